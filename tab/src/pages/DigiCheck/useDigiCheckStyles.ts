import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { usePageStyles } from '../../components/PageLayout/usePageStyles';
import * as blocks from '../../components/PageLayout/styleBlocks';

/**
 * Styles of the DigiCheck page. Colours only from Fluent tokens (light, dark, Teams high contrast);
 * one column that fits Teams mobile (~360 px), tables scroll sideways inside their own box. The
 * radar's and the level bars' styles are in their own files.
 */
const useDigiCheckOwnStyles = makeStyles({
  subTitle: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  status: blocks.status,
  picker: {
    maxWidth: '480px',
    width: '100%',
  },
  // A native select is as wide as its longest option; on a phone it must shrink to the screen.
  select: {
    width: '100%',
    minWidth: 0,
  },
  selectControl: {
    minWidth: 0,
    textOverflow: 'ellipsis',
  },
  pickerBlock: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  hiddenGroups: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  inlineList: {
    ...typographyStyles.caption1,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  hiddenGroup: {
    color: tokens.colorNeutralForeground3,
    fontStyle: 'italic',
  },
  /** Read by screen readers, not shown. */
  visuallyHidden: blocks.visuallyHidden,
  tableBlock: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  scroller: {
    // Positioned, so the visually hidden texts inside the table are clipped with it, not laid out beyond the page.
    position: 'relative',
    ...blocks.scrollBox,
  },
  table: { ...typographyStyles.body1, ...blocks.fullTable },
  caption: {
    ...typographyStyles.caption1Strong,
    textAlign: 'left',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalXS}`,
  },
  head: {
    ...typographyStyles.caption1Strong,
    textAlign: 'left',
    verticalAlign: 'bottom',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  headNumber: {
    ...typographyStyles.caption1Strong,
    textAlign: 'right',
    verticalAlign: 'bottom',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    maxWidth: '140px',
  },
  row: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  rowHead: {
    ...typographyStyles.body1,
    textAlign: 'left',
    fontWeight: tokens.fontWeightRegular,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    minWidth: '140px',
  },
  number: {
    textAlign: 'right',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontVariantNumeric: 'tabular-nums',
    whiteSpace: 'nowrap',
  },
  up: { color: tokens.colorPaletteGreenForeground1 },
  down: { color: tokens.colorPaletteRedForeground1 },
  same: { color: tokens.colorNeutralForeground2 },
  dimension: {
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  dimensionSummary: {
    ...typographyStyles.body1Strong,
    cursor: 'pointer',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  questions: { ...blocks.bareList, margin: `${tokens.spacingVerticalS} 0 0`, ...blocks.stack(tokens.spacingVerticalL) },
  question: { ...blocks.stack(tokens.spacingVerticalXS), minWidth: 0 },
  questionText: {
    ...typographyStyles.body1Strong,
    margin: 0,
    maxWidth: '70ch',
  },
  ozg: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
  },
  gaps: { ...blocks.bareList, ...blocks.stack(tokens.spacingVerticalM) },
  gap: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteDarkOrangeBorderActive}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  gapTitle: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  linked: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalS,
  },
  actions: blocks.wrapRow,
  plainList: {
    ...typographyStyles.body1,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    overflowWrap: 'anywhere',
  },
  card: blocks.card,
  form: { ...blocks.stack(tokens.spacingVerticalM), minWidth: 0 },
  dayField: {
    maxWidth: '240px',
  },
  targets: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    alignItems: 'end',
  },
  targetField: {
    minWidth: 0,
  },
});

/**
 * This page's styles: the shared page rhythm of {@link usePageStyles}
 * (`root`, `title`, `section`, `sectionTitle`, `text`, `hint`) plus the page's own blocks, which win where a
 * name is in both.
 */
export const useDigiCheckStyles = () => ({ ...usePageStyles(), ...useDigiCheckOwnStyles() });
