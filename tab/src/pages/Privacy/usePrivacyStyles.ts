import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles of the {@link Privacy} page. */
export const usePrivacyStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  sectionTitle: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  text: {
    ...typographyStyles.body1,
    margin: 0,
    maxWidth: '70ch',
  },
});
