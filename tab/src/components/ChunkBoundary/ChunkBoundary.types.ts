import type { ReactNode } from 'react';

/** Props of {@link ChunkBoundary}. */
export interface ChunkBoundaryProps {
  /** Shown instead of `children` once they failed to render (e.g. their code chunk did not load). */
  fallback: ReactNode;
  children: ReactNode;
}
