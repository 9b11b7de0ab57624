import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { usePageStyles } from '../../components/PageLayout/usePageStyles';
import * as blocks from '../../components/PageLayout/styleBlocks';

/**
 * Styles of the change-team page. Colours only from Fluent tokens (light, dark, high contrast);
 * forms are one column that fits Teams mobile (~360 px).
 */
const useChangeTeamOwnStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXL,
    minWidth: 0,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  subTitle: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  status: blocks.status,
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  plainList: {
    ...typographyStyles.body1,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: 'anywhere',
  },
  card: blocks.card,
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    maxWidth: '640px',
    minWidth: 0,
  },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalM,
  },
  rowField: {
    flex: '1 1 220px',
    minWidth: 0,
  },
  smallField: {
    flex: '0 1 180px',
    minWidth: 0,
  },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
  quote: {
    ...typographyStyles.body1,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  answerText: {
    ...typographyStyles.body1,
    margin: 0,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  actions: blocks.wrapRow,
  /** A native select is as wide as its longest option: keep it within the form on a phone. */
  select: {
    width: '100%',
    minWidth: 0,
  },
  selectControl: {
    minWidth: 0,
    textOverflow: 'ellipsis',
  },
  json: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
  },
  accordionHeader: {
    overflowWrap: 'anywhere',
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalM,
  },
  label: {
    ...typographyStyles.caption1Strong,
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
  /** Focus target after an action (a message that is not a control itself). */
  focusTarget: {
    outlineStyle: 'none',
  },
  hiddenInput: {
    display: 'none',
  },
});

/**
 * This page's styles: the shared page rhythm of {@link usePageStyles}
 * (`title`, `sectionTitle`, `text`, `hint`) plus the page's own blocks, which win where a
 * name is in both.
 */
export const useChangeTeamStyles = () => ({ ...usePageStyles(), ...useChangeTeamOwnStyles() });
