import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/**
 * The preview's frame, made to look like a Teams chat: the app's avatar and name, and the card in
 * a message bubble on the chat background. The card's own elements (`ac-*` classes of the
 * adaptivecards renderer) get Teams-like buttons. Colours only from tokens.
 */
export const useCardPreviewStyles = makeStyles({
  chat: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
    '@media (max-width: 480px)': { padding: tokens.spacingHorizontalS },
  },
  avatar: {
    flexShrink: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    width: '32px',
    height: '32px',
    borderRadius: tokens.borderRadiusCircular,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    ...typographyStyles.caption1Strong,
    '@media (max-width: 480px)': { display: 'none' },
  },
  message: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    flexGrow: 1,
    minWidth: 0,
  },
  meta: {
    ...typographyStyles.caption1,
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
  sender: {
    ...typographyStyles.caption1Strong,
    color: tokens.colorNeutralForeground1,
  },
  card: {
    minHeight: '3rem',
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
    overflow: 'hidden',
    overflowWrap: 'anywhere',
    '& .ac-adaptiveCard': { outline: 'none' },
    '& .ac-textBlock p': { marginTop: 0, marginBottom: tokens.spacingVerticalS },
    '& .ac-textBlock ul, & .ac-textBlock ol': { marginTop: 0, marginBottom: tokens.spacingVerticalS, paddingInlineStart: tokens.spacingHorizontalXL },
    '& .ac-textBlock > :last-child': { marginBottom: 0 },
    '& a': { color: tokens.colorBrandForegroundLink },
    '& .ac-image': { maxWidth: '100%', height: 'auto' },
    // Buttons wrap onto a new line on a phone instead of being cut off.
    // (The renderer's spacer divs between buttons would indent a wrapped row: gaps instead.)
    '& .ac-actionSet': { flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
    '& .ac-actionSet > div': { display: 'none' },
    '& .ac-pushButton': {
      ...typographyStyles.body1Strong,
      fontFamily: tokens.fontFamilyBase,
      minHeight: '32px',
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
      borderRadius: tokens.borderRadiusMedium,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorNeutralForeground1,
      cursor: 'pointer',
      maxWidth: '100%',
      textAlign: 'center',
      ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
      ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
    },
    '& .ac-pushButton.style-positive': {
      backgroundColor: tokens.colorBrandBackground,
      color: tokens.colorNeutralForegroundOnBrand,
      border: `${tokens.strokeWidthThin} solid ${tokens.colorTransparentStroke}`,
      ':hover': { backgroundColor: tokens.colorBrandBackgroundHover },
    },
  },
  controls: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
  },
});
