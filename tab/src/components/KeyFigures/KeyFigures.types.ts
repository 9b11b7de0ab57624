import type { ReactNode } from 'react';

/** One key figure: a short label above its value. */
export interface KeyFigure {
  /** Names the figure among its siblings (React key, and `data-figure` on the tile). */
  id: string;
  label: ReactNode;
  value: ReactNode;
  /** `data-testid` of the tile (label and value). */
  testId?: string;
  /** `data-testid` of the value alone. */
  valueTestId?: string;
}

/** Props of {@link KeyFigures}. */
export interface KeyFiguresProps {
  /** The figures, in reading order; each is one tile. */
  figures: readonly KeyFigure[];
  /**
   * `large` (default) for counts; `medium` for long values such as sums of money, which would
   * overflow a tile in the large type.
   */
  size?: 'large' | 'medium';
  /** `data-testid` of the whole list. */
  testId?: string;
}
