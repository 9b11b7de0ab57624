import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles of {@link PagePlaceholder}. */
export const usePagePlaceholderStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  summary: {
    ...typographyStyles.body1,
    margin: 0,
  },
  listTitle: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  list: {
    ...typographyStyles.body1,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
});
