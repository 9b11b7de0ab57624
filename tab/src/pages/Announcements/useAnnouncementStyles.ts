import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { usePageStyles } from '../../components/PageLayout/usePageStyles';
import * as blocks from '../../components/PageLayout/styleBlocks';

/**
 * Styles of the announcements page: its frame, the list, the compose form and the tracking view
 * (the card preview has its own, `useCardPreviewStyles`). Colours only from Fluent tokens, so
 * light, dark and Teams high contrast work; one column below 960 px, down to 360 px phones.
 */
const useAnnouncementOwnStyles = makeStyles({
  head: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  sectionTitle: {
    ...typographyStyles.subtitle2,
    margin: 0,
    overflowWrap: 'anywhere',
  },
  hint: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
  status: blocks.status,
  toolbar: blocks.wrapRow,
  list: { ...blocks.bareList, ...blocks.stack(tokens.spacingVerticalS) },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  entryHead: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  entryTitle: {
    ...typographyStyles.body1Strong,
    textAlign: 'start',
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  compose: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    // On a phone the preview comes before the buttons: one sees the card before sending it.
    gridTemplateAreas: '"form" "preview" "actions"',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalXL,
    alignItems: 'start',
    '@media (min-width: 960px)': {
      gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
      gridTemplateAreas: '"form preview" "actions preview"',
      gridTemplateRows: 'auto 1fr',
    },
  },
  formArea: { gridArea: 'form' },
  previewArea: { gridArea: 'preview' },
  actionsArea: { gridArea: 'actions' },
  form: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    minWidth: 0,
  },
  previewColumn: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  fieldset: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  legend: {
    ...typographyStyles.body1Strong,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  inline: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
  },
  grow: {
    flexGrow: 1,
    flexBasis: '14rem',
    minWidth: 0,
  },
  dropdown: {
    minWidth: 0,
    width: '100%',
  },
  counter: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    margin: 0,
    textAlign: 'end',
  },
  counterOver: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: {
    ...typographyStyles.caption1,
    color: tokens.colorPaletteRedForeground1,
    margin: 0,
  },
  recipients: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  problems: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    overflowWrap: 'anywhere',
  },
  failure: {
    ...typographyStyles.body1,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorPaletteRedBorder2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
});

/**
 * This page's styles: the shared page rhythm of {@link usePageStyles}
 * (`root`, `title`, `text`) plus the page's own blocks, which win where a
 * name is in both.
 */
export const useAnnouncementStyles = () => ({ ...usePageStyles(), ...useAnnouncementOwnStyles() });
