/**
 * Chart series colours. Stacked bars use Fluent tokens (CSS variables), so they follow the
 * theme by themselves; in Teams high contrast every palette token is white, so there the three
 * parts get the three distinct high-contrast colours instead (yellow, white, cyan). Trend lines
 * use the charting library's own data-visualisation palette, in its dark variant on dark themes.
 */
import { DataVizPalette, getColorFromToken } from '@fluentui/react-charts';
import { tokens } from '@fluentui/react-components';
import type { ThemeName } from '../../environment';

/** Colours of the three parts of a bar: unfavourable / neutral / favourable (detractors / passives / promoters). */
export interface ShareColors {
  low: string;
  middle: string;
  high: string;
}

export function shareColors(theme: ThemeName): ShareColors {
  if (theme === 'contrast') {
    return { low: tokens.colorBrandForegroundLink, middle: tokens.colorNeutralForeground1, high: tokens.colorPaletteGreenBorderActive };
  }
  return { low: tokens.colorPaletteRedBorderActive, middle: tokens.colorNeutralStrokeAccessible, high: tokens.colorPaletteGreenBorderActive };
}

const QUALITATIVE = Object.values(DataVizPalette).filter((token) => token.startsWith('qualitative.'));

/** The colour of the `index`-th trend line. */
export function lineColor(index: number, theme: ThemeName): string {
  return getColorFromToken(QUALITATIVE[index % QUALITATIVE.length], theme !== 'light');
}
