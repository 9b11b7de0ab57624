import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import * as blocks from '../../components/PageLayout/styleBlocks';

/**
 * Styles of the details panel: the item's sections, its history, the editor form and the conflict
 * view. Colours only from tokens; differing fields are marked with a word as well as a colour.
 */
export const useDetailStyles = makeStyles({
  drawer: {
    // Full width on a phone; the panel's own size elsewhere. Percentages, not vw: 100vw counts
    // a page scrollbar too, and the panel would stick out on the left by its width.
    maxWidth: '100%',
    '@media (max-width: 640px)': { width: '100%' },
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    paddingBottom: tokens.spacingVerticalXXL,
  },
  badges: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalXS,
  },
  section: { ...blocks.stack(tokens.spacingVerticalS), minWidth: 0 },
  sectionTitle: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  text: {
    ...typographyStyles.body1,
    margin: 0,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  hint: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
    '@media (max-width: 480px)': { gridTemplateColumns: '1fr' },
  },
  factLabel: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  factValue: {
    ...typographyStyles.body1,
    margin: 0,
    overflowWrap: 'anywhere',
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  entry: {
    ...typographyStyles.body1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  entryTitle: {
    ...typographyStyles.body1Strong,
  },
  entryMeta: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground2,
  },
  linkButton: {
    ...typographyStyles.body1,
    padding: 0,
    border: 'none',
    background: 'none',
    color: tokens.colorBrandForegroundLink,
    textDecorationLine: 'underline',
    cursor: 'pointer',
    textAlign: 'left',
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  inline: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  grow: {
    flex: '1 1 160px',
    minWidth: 0,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  fieldset: blocks.fieldset,
  legend: blocks.legend,
  subRow: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  small: {
    flex: '0 1 140px',
    minWidth: 0,
  },
  compare: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  compareField: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  differing: {
    borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorderActive}`,
    backgroundColor: tokens.colorPaletteMarigoldBackground1,
  },
  compareHead: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
  versions: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(200px, 1fr))',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
  },
  version: {
    minWidth: 0,
  },
  versionLabel: {
    ...typographyStyles.caption1Strong,
    color: tokens.colorNeutralForeground2,
    margin: 0,
  },
  versionValue: {
    ...typographyStyles.body1,
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
  },
  summary: {
    ...typographyStyles.body1Strong,
    cursor: 'pointer',
  },
  changeList: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
  },
  arrow: {
    color: tokens.colorNeutralForeground3,
    margin: `0 ${tokens.spacingHorizontalXS}`,
  },
});
