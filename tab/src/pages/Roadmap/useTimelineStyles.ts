import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import * as blocks from '../../components/PageLayout/styleBlocks';

/** Height of one row of bars in a lane, in pixels (a bar plus room for its milestone marks). */
export const ROW_PX = 36;
/** The narrowest a half-year column gets; below that the timeline scrolls sideways (phones). */
export const COLUMN_MIN_PX = 52;
/** A lane's height besides its rows: its title line and bottom padding (for `contain-intrinsic-size`). */
export const LANE_HEAD_PX = 34;

/**
 * Styles of the timeline. Everything is plain elements with these classes — no Fluent component
 * per bar — so a thousand items render fast. Colours only from tokens (light, dark, high contrast);
 * each status also has its own sign and border, so it never depends on colour alone.
 */
export const useTimelineStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  scroller: {
    overflowX: 'auto',
    maxWidth: '100%',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    scrollbarWidth: 'thin',
  },
  canvas: {
    position: 'relative',
    // Room below the last row and to the right for labels that run past their bar.
    paddingBottom: tokens.spacingVerticalS,
  },
  header: {
    display: 'grid',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  year: {
    ...typographyStyles.caption1Strong,
    textAlign: 'center',
    paddingTop: tokens.spacingVerticalXXS,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  half: {
    ...typographyStyles.caption2,
    color: tokens.colorNeutralForeground2,
    textAlign: 'center',
    paddingBottom: tokens.spacingVerticalXXS,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  currentHalf: {
    ...typographyStyles.caption2Strong,
    color: tokens.colorNeutralForeground1,
  },
  body: {
    position: 'relative',
    // A strip above the first lane for the "today" label, where no lane title can cover it.
    paddingTop: '18px',
  },
  gridLine: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    pointerEvents: 'none',
  },
  yearLine: {
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  today: {
    position: 'absolute',
    top: 0,
    bottom: 0,
    width: 0,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorderActive}`,
    zIndex: 2,
    pointerEvents: 'none',
  },
  todayLabel: {
    ...typographyStyles.caption2Strong,
    position: 'absolute',
    top: 0,
    left: tokens.spacingHorizontalXXS,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    borderRadius: tokens.borderRadiusSmall,
    whiteSpace: 'nowrap',
    color: tokens.colorNeutralForegroundOnBrand,
    backgroundColor: tokens.colorPaletteRedBackground3,
  },
  lane: {
    position: 'relative',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingBottom: tokens.spacingVerticalXS,
    // Lanes out of view are not laid out or painted until scrolled near (a thousand bars would
    // take ~100 ms of layout before the first paint); they stay in the accessibility tree and
    // reachable by keyboard. The lane's height is known, so it is given (no jumping scrollbar).
    contentVisibility: 'auto',
    // That makes each lane a stacking context: lanes go above the today line, which then shows
    // between the bars and never crosses a lane's title.
    zIndex: 3,
  },
  laneTitle: {
    ...typographyStyles.body1Strong,
    // The lane's name stays in view while the timeline scrolls sideways on a phone.
    position: 'sticky',
    left: 0,
    zIndex: 3,
    display: 'inline-block',
    margin: `${tokens.spacingVerticalXS} 0 ${tokens.spacingVerticalXXS}`,
    padding: `0 ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    // On a phone a long area name wraps within the visible part of the timeline.
    '@media (max-width: 480px)': { maxWidth: '250px' },
  },
  laneCount: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    marginLeft: tokens.spacingHorizontalXS,
  },
  laneEmpty: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    margin: 0,
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
  },
  rows: {
    position: 'relative',
  },
  bar: {
    position: 'absolute',
    boxSizing: 'border-box',
    height: '22px',
    marginTop: '2px',
    padding: 0,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStrokeAccessible}`,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    textAlign: 'left',
    font: 'inherit',
    zIndex: 1,
    ':hover': { zIndex: 4, boxShadow: tokens.shadow4 },
    ':focus-visible': {
      zIndex: 4,
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '2px',
    },
    // Highlighted while another bar is hovered or focused: what it depends on, and what depends on it.
    '&[data-rel="dependency"]': {
      zIndex: 3,
      outline: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
      outlineOffset: '1px',
    },
    '&[data-rel="dependent"]': {
      zIndex: 3,
      outline: `${tokens.strokeWidthThicker} dashed ${tokens.colorBrandStroke1}`,
      outlineOffset: '1px',
    },
  },
  // Proposed: not agreed yet — a dashed outline in the brand colour, no fill, italic title (and its own sign).
  proposed: {
    ...shorthands.borderStyle('dashed'),
    ...shorthands.borderColor(tokens.colorBrandStroke1),
    backgroundColor: 'transparent',
    fontStyle: 'italic',
  },
  planned: {
    ...shorthands.borderStyle('dashed'),
    backgroundColor: tokens.colorNeutralBackground1,
  },
  'in-progress': {
    ...shorthands.borderColor(tokens.colorPaletteBlueBorderActive),
    backgroundColor: tokens.colorPaletteBlueBackground2,
  },
  done: {
    ...shorthands.borderColor(tokens.colorPaletteGreenBorderActive),
    backgroundColor: tokens.colorPaletteGreenBackground2,
  },
  delayed: {
    ...shorthands.borderColor(tokens.colorPaletteDarkOrangeBorderActive),
    backgroundColor: tokens.colorPaletteDarkOrangeBackground2,
  },
  cancelled: {
    ...shorthands.borderStyle('dotted'),
    ...shorthands.borderColor(tokens.colorNeutralStroke1),
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground3,
    textDecorationLine: 'line-through',
  },
  label: {
    ...typographyStyles.caption1,
    display: 'block',
    // Labels may run past a short bar (the label's width is set per bar); long titles end in "…".
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    textOverflow: 'ellipsis',
    lineHeight: '18px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    boxSizing: 'border-box',
    pointerEvents: 'none',
  },
  sign: {
    ...typographyStyles.caption1Strong,
    marginRight: tokens.spacingHorizontalXXS,
  },
  tag: {
    ...typographyStyles.caption2Strong,
    marginRight: tokens.spacingHorizontalXXS,
    padding: `0 ${tokens.spacingHorizontalXXS}`,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground2,
  },
  milestone: {
    position: 'absolute',
    // Below the bar, so the diamond never covers the label.
    bottom: '-11px',
    width: '8px',
    height: '8px',
    marginLeft: '-5px',
    transform: 'rotate(45deg)',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralForeground1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    pointerEvents: 'none',
  },
  milestoneDone: {
    backgroundColor: tokens.colorNeutralForeground1,
  },
  legend: { ...blocks.captionRow, columnGap: tokens.spacingHorizontalL, rowGap: tokens.spacingVerticalXXS },
  legendItem: {
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
  },
  legendBar: {
    display: 'inline-block',
    boxSizing: 'border-box',
    minWidth: '28px',
    height: '16px',
    lineHeight: '12px',
    textAlign: 'center',
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStrokeAccessible}`,
  },
  legendMilestone: {
    position: 'relative',
    display: 'inline-block',
    width: '8px',
    height: '8px',
    margin: '0 4px',
    transform: 'rotate(45deg)',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralForeground1}`,
  },
  legendToday: {
    display: 'inline-block',
    width: 0,
    height: '14px',
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteRedBorderActive}`,
  },
});
