import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles of {@link AppHeader}. */
export const useAppHeaderStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
  },
  name: {
    ...typographyStyles.title3,
    margin: 0,
  },
  tagline: {
    ...typographyStyles.body1,
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
  standaloneHint: {
    ...typographyStyles.caption1,
    flexBasis: '100%',
    color: tokens.colorNeutralForeground2,
    margin: 0,
  },
});
