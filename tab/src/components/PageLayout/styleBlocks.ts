import { tokens, typographyStyles, type GriffelStyle } from '@fluentui/react-components';

/**
 * Style fragments that the tab's style hooks spread into their own blocks
 * (`list: { ...bareList, ...stack(tokens.spacingVerticalS) }`), so a recurring look — a boxed
 * scroller, a bordered tile, a row of buttons — is written once and every page draws it alike.
 * Plain Griffel objects (no hook): a style hook keeps its own class names and adds only what
 * differs. Colours only from Fluent tokens (light, dark, Teams high contrast).
 */

/** A column of children with `rowGap` between them. */
export const stack = (rowGap: string): GriffelStyle => ({ display: 'flex', flexDirection: 'column', rowGap });

/** A list without bullets or indentation. */
export const bareList: GriffelStyle = { listStyleType: 'none', margin: 0, padding: 0 };

/** A row that wraps: buttons, toolbars, chips. */
export const wrapRow: GriffelStyle = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  columnGap: tokens.spacingHorizontalM,
  rowGap: tokens.spacingVerticalS,
};

/** A thin rounded border in the neutral stroke colour. */
export const thinBorder: GriffelStyle = {
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
};

/** A box that scrolls sideways on its own (wide tables), keyboard-focusable with a visible ring. */
export const scrollBox: GriffelStyle = {
  overflowX: 'auto',
  maxWidth: '100%',
  ...thinBorder,
  ':focus-visible': {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
  },
};

/** A full-width table with collapsed borders. */
export const fullTable: GriffelStyle = { borderCollapse: 'collapse', width: '100%' };

/** A card: a bordered, padded column of its parts, tighter on a phone. */
export const card: GriffelStyle = {
  ...stack(tokens.spacingVerticalM),
  padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
  ...thinBorder,
  backgroundColor: tokens.colorNeutralBackground2,
  minWidth: 0,
  '@media (max-width: 480px)': {
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
};

/** A fieldset as a bordered group with its legend. */
export const fieldset: GriffelStyle = {
  ...stack(tokens.spacingVerticalS),
  minWidth: 0,
  margin: 0,
  padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
  ...thinBorder,
};

/** A fieldset's legend. */
export const legend: GriffelStyle = { ...typographyStyles.body1Strong, padding: `0 ${tokens.spacingHorizontalXS}` };

/** A "loading …" line. */
export const status: GriffelStyle = { ...typographyStyles.body1, color: tokens.colorNeutralForeground3, margin: 0 };

/** Small print below a chart or table, in a wrapping row (legends, counts). */
export const captionRow: GriffelStyle = {
  ...typographyStyles.caption1,
  color: tokens.colorNeutralForeground2,
  display: 'flex',
  flexWrap: 'wrap',
  columnGap: tokens.spacingHorizontalM,
  ...bareList,
};

/** Read by screen readers, not shown. */
export const visuallyHidden: GriffelStyle = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  margin: '-1px',
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
};
