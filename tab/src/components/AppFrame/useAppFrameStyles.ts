import { createFocusOutlineStyle, makeStyles, tokens } from '@fluentui/react-components';

/** Styles of {@link AppFrame}: one centred column that also fits Teams mobile (~360 px). */
export const useAppFrameStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    maxWidth: '960px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    '@media (max-width: 480px)': {
      padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalS}`,
    },
  },
  nav: {
    // Four German labels can be wider than a phone: the strip scrolls sideways instead of
    // wrapping (a cut-off label shows there is more); AppFrame keeps the selected tab in view.
    overflowX: 'auto',
    scrollbarWidth: 'thin',
    // Room for the tabs' keyboard focus ring, which a scrolling box would otherwise clip.
    padding: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tabList: {
    flexWrap: 'nowrap',
  },
  tab: {
    flexShrink: 0,
    '@media (max-width: 480px)': {
      paddingLeft: tokens.spacingHorizontalS,
      paddingRight: tokens.spacingHorizontalS,
    },
  },
  panel: {
    ...createFocusOutlineStyle(),
    // The focus outline is an absolutely positioned ::after: anchor it to the panel.
    position: 'relative',
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusLarge,
    boxShadow: tokens.shadow4,
    // Teams high contrast has no shadows: keep the card edge visible with a stroke.
    border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
    padding: tokens.spacingHorizontalXL,
    '@media (max-width: 480px)': {
      padding: tokens.spacingHorizontalM,
    },
  },
  footer: {
    paddingTop: tokens.spacingVerticalS,
  },
});
