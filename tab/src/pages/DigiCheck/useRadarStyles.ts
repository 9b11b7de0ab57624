import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import * as blocks from '../../components/PageLayout/styleBlocks';

/**
 * Styles of the radar. Strokes and fills are Fluent tokens (CSS variables), so the drawing follows
 * light, dark and Teams high contrast by itself; each series also has its own line style and
 * marker (department: solid with circles, whole administration: solid with squares, target:
 * dashed), so it never depends on colour alone.
 */
export const useRadarStyles = makeStyles({
  figure: {
    margin: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  svg: {
    display: 'block',
    width: '100%',
    height: 'auto',
    overflow: 'visible',
  },
  grid: {
    fill: 'none',
    stroke: tokens.colorNeutralStroke2,
    strokeWidth: 1,
  },
  rim: {
    stroke: tokens.colorNeutralStroke1,
  },
  tick: {
    ...typographyStyles.caption2,
    fill: tokens.colorNeutralForeground3,
  },
  label: {
    ...typographyStyles.caption1,
    fill: tokens.colorNeutralForeground1,
  },
  number: {
    ...typographyStyles.body1Strong,
  },
  group: {
    fill: tokens.colorBrandBackground,
    fillOpacity: 0.18,
    stroke: tokens.colorBrandForeground1,
    strokeWidth: 2.5,
    strokeLinejoin: 'round',
  },
  groupMarker: {
    fill: tokens.colorBrandForeground1,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: 1,
  },
  whole: {
    fill: 'none',
    stroke: tokens.colorPaletteDarkOrangeBorderActive,
    strokeWidth: 2,
    strokeLinejoin: 'round',
  },
  wholeMarker: {
    fill: tokens.colorPaletteDarkOrangeBorderActive,
    stroke: tokens.colorNeutralBackground1,
    strokeWidth: 1,
  },
  target: {
    fill: 'none',
    stroke: tokens.colorNeutralForeground1,
    strokeWidth: 2,
    strokeDasharray: '6 4',
    strokeLinejoin: 'round',
  },
  caption: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    maxWidth: '70ch',
  },
  key: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
  },
  legend: { ...blocks.captionRow, columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS },
  legendItem: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
  },
  legendSample: {
    flexShrink: 0,
    overflow: 'visible',
  },
});
