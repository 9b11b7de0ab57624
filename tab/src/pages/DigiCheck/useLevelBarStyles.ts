import { makeStyles, shorthands, tokens, typographyStyles } from '@fluentui/react-components';
import * as blocks from '../../components/PageLayout/styleBlocks';

/**
 * Styles of a level bar. Levels 0–4 go from red to green (Fluent palette tokens, which follow light
 * and dark); every part also shows its level number and is set off by a border, which is what
 * remains in Teams high contrast.
 */
export const useLevelBarStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    minWidth: 0,
  },
  bar: {
    display: 'flex',
    width: '100%',
    maxWidth: '640px',
    height: '20px',
    borderRadius: tokens.borderRadiusMedium,
    overflow: 'hidden',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  part: {
    ...typographyStyles.caption2Strong,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    overflow: 'hidden',
    color: tokens.colorNeutralForeground1,
    boxSizing: 'border-box',
    ':not(:last-child)': {
      ...shorthands.borderRight(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    },
  },
  level0: { backgroundColor: tokens.colorPaletteRedBackground2 },
  level1: { backgroundColor: tokens.colorPaletteDarkOrangeBackground2 },
  level2: { backgroundColor: tokens.colorPaletteYellowBackground2 },
  level3: { backgroundColor: tokens.colorPaletteLightGreenBackground2 },
  level4: { backgroundColor: tokens.colorPaletteGreenBackground2 },
  figures: {
    ...typographyStyles.body1,
    margin: 0,
  },
  counts: blocks.captionRow,
  swatch: {
    display: 'inline-block',
    width: '10px',
    height: '10px',
    marginRight: tokens.spacingHorizontalXS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    verticalAlign: 'baseline',
  },
  anchors: {
    ...typographyStyles.caption1,
  },
  summary: {
    cursor: 'pointer',
    color: tokens.colorBrandForegroundLink,
    width: 'fit-content',
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    },
  },
  anchorList: {
    margin: `${tokens.spacingVerticalXS} 0 0`,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
  },
  anchorRow: {
    display: 'grid',
    gridTemplateColumns: '5.5em 1fr',
    columnGap: tokens.spacingHorizontalS,
  },
  anchorLevel: {
    ...typographyStyles.caption1Strong,
  },
  anchorText: {
    margin: 0,
    overflowWrap: 'anywhere',
  },
});
