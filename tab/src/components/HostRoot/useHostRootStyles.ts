import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles of {@link HostRoot}: the provider fills the frame with the theme's page background. */
export const useHostRootStyles = makeStyles({
  root: {
    minHeight: '100vh',
    // dvh follows the mobile browser chrome; browsers without it keep the vh line above.
    '@supports (min-height: 100dvh)': { minHeight: '100dvh' },
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
  },
});
