import { HorizontalBarChart, type ChartDataPoint, type HorizontalBarChartStyles } from '@fluentui/react-charts';
import { makeStyles, tokens } from '@fluentui/react-components';
import { useHost } from '../../components/HostRoot/HostContext';
import { useT } from '../../i18n/i18n';
import { shareColors } from './seriesColors';
import { formatShare } from '../../format';
import * as blocks from '../../components/PageLayout/styleBlocks';

/** One part of a {@link ShareBar}: a label, how many answers and their share (both from the API). */
export interface SharePart {
  label: string;
  count: number;
  share: number;
}

/** Props of {@link ShareBar}. */
export interface ShareBarProps {
  /** Exactly three parts, low to high: unfavourable, neutral, favourable (or detractors, passives, promoters). */
  parts: readonly [SharePart, SharePart, SharePart];
  /** Answers in all, for the bar's scale. */
  total: number;
}

const useStyles = makeStyles({
  chart: {
    // The library draws every bar part as a focusable option; the text below carries the figures.
    pointerEvents: 'none',
  },
  // The text list below names the parts with their colours; the library's legend would repeat it.
  hiddenLegend: { display: 'none' },
  parts: blocks.captionRow,
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginRight: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
    verticalAlign: 'baseline',
  },
});

/**
 * A horizontal stacked bar of three parts, with the parts as text right below it: the text is
 * what screen readers get (the drawn bar is hidden from them), and it also carries the figures in
 * high contrast, where colours are few.
 */
export function ShareBar({ parts, total }: ShareBarProps) {
  const styles = useStyles();
  const { locale } = useT();
  const colors = shareColors(useHost().theme);
  const partColors = [colors.low, colors.middle, colors.high];
  const chartData: ChartDataPoint[] = parts.map((part, index) => ({
    legend: part.label,
    horizontalBarChartdata: { x: part.count, total },
    color: partColors[index],
  }));
  return (
    <div>
      <div className={styles.chart} aria-hidden="true" inert>
        <HorizontalBarChart
          data={[{ chartData }]}
          chartDataMode="hidden"
          hideTooltip
          barHeight={14}
          culture={locale}
          // The library types every slot as required but merges each one only when given.
          styles={{ legendContainer: styles.hiddenLegend } as Partial<HorizontalBarChartStyles> as HorizontalBarChartStyles}
        />
      </div>
      <ul className={styles.parts}>
        {parts.map((part, index) => (
          <li key={part.label}>
            <span className={styles.swatch} style={{ backgroundColor: partColors[index] }} aria-hidden="true" />
            {part.label}: {formatShare(part.share, locale)}
          </li>
        ))}
      </ul>
    </div>
  );
}
