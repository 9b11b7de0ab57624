import { mergeClasses } from '@fluentui/react-components';
import { useId } from 'react';
import { DIMENSION_IDS, type CheckGroupResult, type CheckTargets } from '../../api/digicheck';
import { useT } from '../../i18n/i18n';
import { useNarrow } from '../../hooks/useNarrow';
import type { CheckNames } from './DigiCheck.types';
import { WHOLE } from './format';
import { labelPlace, polygonPoints, radarPoint, wrapLabel, type RadarFrame } from './radar';
import { useRadarStyles } from './useRadarStyles';

/** Props of {@link RadarChart}. */
export interface RadarChartProps {
  /** The group shown (a department id or `all`). */
  group: string;
  figures: CheckGroupResult;
  /** The whole administration, drawn for comparison when `group` is a department. */
  whole: CheckGroupResult;
  targets: CheckTargets;
  names: CheckNames;
}

/** The three series and how they differ besides colour: marker shape, line style. */
type SeriesKind = 'group' | 'whole' | 'target';

const LEVELS = [1, 2, 3, 4];
/** Wide: dimension titles beside the axes. Narrow (phones): axis numbers and a key below. */
const WIDE = { width: 600, height: 420, frame: { cx: 300, cy: 210, radius: 140, max: 4, axes: DIMENSION_IDS.length }, gap: 16, wrap: 20 };
const NARROW = { width: 320, height: 290, frame: { cx: 160, cy: 145, radius: 110, max: 4, axes: DIMENSION_IDS.length }, gap: 18, wrap: 0 };
const LINE_PX = 15;

/**
 * The radar ("Netzdiagramm"): six axes, one per dimension, from level 0 in the centre to 4 at the
 * rim; the chosen department, the whole administration and the change team's target (dashed) as
 * closed outlines. Drawn as plain SVG with Fluent tokens, so it follows light, dark and high
 * contrast; the series differ by line style and marker shape as well as colour. The drawing is one
 * image with a caption for screen readers; the figures themselves are in the table below it.
 */
export function RadarChart({ group, figures, whole, targets, names }: RadarChartProps) {
  const styles = useRadarStyles();
  const { t } = useT();
  const narrow = useNarrow();
  const captionId = useId();
  const layout = narrow ? NARROW : WIDE;
  const frame: RadarFrame = layout.frame;
  const dimensions = names.questionnaire.dimensions;
  const levels = (values: Record<string, number>) => dimensions.map((d) => values[d.id] ?? 0);
  const series: Array<{ kind: SeriesKind; label: string; values: number[] }> = [
    ...(group === WHOLE ? [] : [{ kind: 'group' as const, label: names.groupName(group), values: levels(figures.dimensions) }]),
    { kind: 'whole', label: names.groupName(WHOLE), values: levels(whole.dimensions) },
    { kind: 'target', label: t('digicheck.target'), values: levels(targets) },
  ];
  const ring = (level: number) => polygonPoints(frame, dimensions.map(() => level));

  return (
    <figure className={styles.figure} data-testid="digicheck-radar" data-ready="true" data-group={group}>
      <svg
        className={styles.svg}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        style={{ maxWidth: `${layout.width}px` }}
        role="img"
        aria-labelledby={captionId}
      >
        <g aria-hidden="true">
          {LEVELS.map((level) => (
            <polygon key={level} points={ring(level)} className={mergeClasses(styles.grid, level === 4 && styles.rim)} />
          ))}
          {dimensions.map((d, index) => {
            const end = radarPoint(frame, index, frame.max);
            return <line key={d.id} x1={frame.cx} y1={frame.cy} x2={end.x} y2={end.y} className={styles.grid} />;
          })}
          {LEVELS.map((level) => {
            // On the ring between the last and the first axis, where no series has a marker.
            const [a, b] = [radarPoint(frame, frame.axes - 1, level), radarPoint(frame, 0, level)];
            const at = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
            return (
              <text key={level} x={at.x} y={at.y - 3} textAnchor="middle" className={styles.tick}>
                {level}
              </text>
            );
          })}
          {series.map(({ kind, values }) => (
            <g key={kind} data-series={kind}>
              <polygon points={polygonPoints(frame, values)} className={styles[kind]} />
              {kind !== 'target' &&
                values.map((value, index) => {
                  const { x, y } = radarPoint(frame, index, value);
                  return kind === 'group' ? (
                    <circle key={index} cx={x} cy={y} r={4.5} className={styles.groupMarker} />
                  ) : (
                    <rect key={index} x={x - 3.5} y={y - 3.5} width={7} height={7} className={styles.wholeMarker} />
                  );
                })}
            </g>
          ))}
          {dimensions.map((d, index) => {
            const place = labelPlace(frame, index, layout.gap);
            const lines = layout.wrap ? wrapLabel(names.dimensionTitle(d.id), layout.wrap) : [String(index + 1)];
            const top = place.growsUp ? place.y - (lines.length - 1) * LINE_PX : Math.abs(place.x - frame.cx) < 1 ? place.y + 8 : place.y;
            return (
              <text key={d.id} x={place.x} y={top} textAnchor={place.anchor} className={mergeClasses(styles.label, !layout.wrap && styles.number)}>
                {lines.map((line, i) => (
                  <tspan key={i} x={place.x} dy={i === 0 ? 0 : LINE_PX}>
                    {line}
                  </tspan>
                ))}
              </text>
            );
          })}
        </g>
      </svg>
      <figcaption id={captionId} className={styles.caption}>
        {group === WHOLE ? t('digicheck.radarCaptionWhole') : t('digicheck.radarCaption', { group: names.groupName(group) })}
      </figcaption>
      {narrow && (
        <ol className={styles.key} aria-hidden="true">
          {dimensions.map((d) => (
            <li key={d.id}>{names.dimensionTitle(d.id)}</li>
          ))}
        </ol>
      )}
      <ul className={styles.legend} aria-label={t('digicheck.legend')}>
        {series.map(({ kind, label }) => (
          <li key={kind} className={styles.legendItem} data-series={kind}>
            <svg width="30" height="12" viewBox="0 0 30 12" aria-hidden="true" className={styles.legendSample}>
              <line x1="1" y1="6" x2="29" y2="6" className={styles[kind]} />
              {kind === 'group' && <circle cx="15" cy="6" r="4" className={styles.groupMarker} />}
              {kind === 'whole' && <rect x="11.5" y="2.5" width="7" height="7" className={styles.wholeMarker} />}
            </svg>
            {kind === 'target' ? t('digicheck.targetDashed') : label}
          </li>
        ))}
      </ul>
    </figure>
  );
}
