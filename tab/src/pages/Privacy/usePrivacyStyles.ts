import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles of the {@link Privacy} page: short paragraphs at a readable line length. */
export const usePrivacyStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  sectionTitle: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  text: {
    ...typographyStyles.body1,
    margin: 0,
    maxWidth: '70ch',
  },
  list: {
    ...typographyStyles.body1,
    margin: 0,
    maxWidth: '70ch',
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
});
