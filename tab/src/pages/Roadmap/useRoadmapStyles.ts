import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import * as blocks from '../../components/PageLayout/styleBlocks';

/**
 * Styles of the roadmap page: its frame, filters, list and totals (the timeline has its own,
 * `useTimelineStyles`; the details panel `useDetailStyles`). Colours only from Fluent tokens, so
 * light, dark and Teams high contrast work.
 */
export const useRoadmapStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    // Flex children may shrink below their content (the timeline and tables scroll inside).
    minWidth: 0,
  },
  head: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  text: {
    ...typographyStyles.body1,
    margin: 0,
    maxWidth: '70ch',
  },
  hint: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
  status: blocks.status,
  toolbar: blocks.wrapRow,
  exports: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  legendText: {
    ...typographyStyles.caption1Strong,
    padding: 0,
    // A fieldset legend sits on the border; as the first line it reads like a heading.
    float: 'left',
    width: '100%',
  },
  filter: {
    flex: '1 1 180px',
    minWidth: 0,
    maxWidth: '260px',
    '@media (max-width: 480px)': { maxWidth: 'none' },
  },
  dropdown: {
    width: '100%',
    minWidth: 0,
  },
  filterEnd: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  count: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
    margin: 0,
  },
  viewPanel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  viewTabs: {
    flexWrap: 'wrap',
  },
  tableScroller: blocks.scrollBox,
  table: { ...typographyStyles.caption1, ...blocks.fullTable },
  th: {
    ...typographyStyles.caption1Strong,
    textAlign: 'left',
    verticalAlign: 'bottom',
    padding: 0,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    whiteSpace: 'nowrap',
  },
  sortButton: {
    ...typographyStyles.caption1Strong,
    display: 'inline-flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalXS,
    width: '100%',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    background: 'none',
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    textAlign: 'left',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: '-2px',
    },
  },
  sortSign: {
    color: tokens.colorNeutralForeground3,
  },
  row: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  cell: {
    textAlign: 'left',
    verticalAlign: 'top',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    color: tokens.colorNeutralForeground1,
  },
  nowrap: { whiteSpace: 'nowrap' },
  number: {
    textAlign: 'right',
    whiteSpace: 'nowrap',
    fontVariantNumeric: 'tabular-nums',
  },
  stickyCell: {
    // The title stays visible while the other columns scroll sideways on a phone.
    position: 'sticky',
    left: 0,
    zIndex: 1,
    minWidth: '140px',
    maxWidth: '260px',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    '@media (max-width: 480px)': { minWidth: '120px', maxWidth: '150px' },
  },
  titleButton: {
    ...typographyStyles.caption1Strong,
    display: 'inline',
    padding: 0,
    border: 'none',
    background: 'none',
    color: tokens.colorBrandForegroundLink,
    textAlign: 'left',
    cursor: 'pointer',
    overflowWrap: 'anywhere',
    ':hover': { textDecorationLine: 'underline' },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  statusSign: {
    ...typographyStyles.caption1Strong,
    marginRight: tokens.spacingHorizontalXS,
  },
  exampleTag: {
    ...typographyStyles.caption2Strong,
    display: 'inline-block',
    marginLeft: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    color: tokens.colorNeutralForeground2,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  sumColumn: {
    borderRight: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  wrapHead: {
    // Area names wrap, so more areas fit before the table scrolls.
    whiteSpace: 'normal',
    minWidth: '96px',
    maxWidth: '140px',
  },
  totalsRow: {
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
  strong: {
    fontWeight: tokens.fontWeightSemibold,
  },
  yearly: {
    display: 'block',
    color: tokens.colorNeutralForeground3,
  },
  /** Read by screen readers, not shown. */
  visuallyHidden: blocks.visuallyHidden,
});
