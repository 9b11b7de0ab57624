import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';

/**
 * The shared page rhythm of the tab: the page column, its title, its sections with their titles,
 * running text and hints. Every page uses these same blocks, so they live here once instead of in
 * each page's style hook — a page looks and spaces like every other page, and a change to the
 * rhythm is made in one place. A page's own style hook composes these and adds (or, where a page
 * really differs, overrides) its own blocks. Colours only from Fluent tokens (light, dark, Teams
 * high contrast).
 */
export const usePageStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    // Flex children may shrink below their content (long question texts, wide tables).
    minWidth: 0,
  },
  title: {
    ...typographyStyles.subtitle1,
    margin: 0,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  sectionTitle: {
    ...typographyStyles.subtitle2,
    margin: 0,
  },
  text: {
    ...typographyStyles.body1,
    margin: 0,
    maxWidth: '70ch',
  },
  hint: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
    margin: 0,
    maxWidth: '70ch',
  },
});
