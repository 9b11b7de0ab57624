import type { ReactNode } from 'react';

/** Props of {@link HostRoot}. */
export interface HostRootProps {
  /** The page content; rendered once the host (Teams or browser) is known. */
  children: ReactNode;
}
