import { createContext, useContext } from 'react';
import type { HostEnvironment } from '../../teams';

/** The host environment, provided by {@link HostRoot}. */
export const HostContext = createContext<HostEnvironment>({
  mode: 'standalone',
  locale: 'de',
  theme: 'light',
});

/** Where the tab runs (Teams or standalone), its locale, theme and Teams context. */
export function useHost(): HostEnvironment {
  return useContext(HostContext);
}
