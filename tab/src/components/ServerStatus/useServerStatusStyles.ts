import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/** Styles of {@link ServerStatus}. */
export const useServerStatusStyles = makeStyles({
  root: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
  problem: {
    color: tokens.colorStatusWarningForeground3,
  },
});
