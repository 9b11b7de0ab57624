import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/**
 * Styles of {@link KeyFigures}: tiles that wrap onto the next line on narrow tabs. Colours only
 * from Fluent tokens (light, dark, Teams high contrast).
 */
export const useKeyFiguresStyles = makeStyles({
  figures: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    margin: 0,
    padding: 0,
  },
  figure: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    flex: '1 1 120px',
    maxWidth: '220px',
  },
  /** Room for values like `1.250.000 €`. */
  wide: {
    flex: '1 1 140px',
    maxWidth: '240px',
  },
  label: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
  large: {
    ...typographyStyles.title3,
    margin: 0,
  },
  medium: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
});
