import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import * as blocks from '../../components/PageLayout/styleBlocks';

/** Styles of the {@link TabConfig} page; Teams shows it in a narrow dialog. */
export const useTabConfigStyles = makeStyles({
  root: {
    boxSizing: 'border-box',
    maxWidth: '720px',
    margin: '0 auto',
    padding: `${tokens.spacingVerticalXL} ${tokens.spacingHorizontalL}`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  text: {
    ...typographyStyles.body1,
    margin: 0,
  },
  note: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
  fieldset: blocks.fieldset,
  legend: blocks.legend,
  group: {
    display: 'flex',
    flexDirection: 'column',
    paddingLeft: tokens.spacingHorizontalXL,
  },
  groupTitle: {
    ...typographyStyles.caption1Strong,
    color: tokens.colorNeutralForeground2,
    margin: `${tokens.spacingVerticalXS} 0 0`,
  },
  error: {
    ...typographyStyles.caption1,
    color: tokens.colorPaletteRedForeground1,
    margin: 0,
  },
});
