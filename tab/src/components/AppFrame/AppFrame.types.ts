import type { ComponentType } from 'react';
import type { PageId } from '../../navigation';

/** Props of {@link AppFrame}. */
export interface AppFrameProps {
  /** The component that renders each page. */
  pages: Record<PageId, ComponentType>;
}
