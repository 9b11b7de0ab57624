import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { usePageStyles } from '../../components/PageLayout/usePageStyles';

/** Styles of the {@link Privacy} page: short paragraphs at a readable line length. */
const usePrivacyOwnStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  list: {
    ...typographyStyles.body1,
    margin: 0,
    maxWidth: '70ch',
    paddingLeft: tokens.spacingHorizontalXL,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
});

/**
 * This page's styles: the shared page rhythm of {@link usePageStyles}
 * (`title`, `sectionTitle`, `text`) plus the page's own blocks, which win where a
 * name is in both.
 */
export const usePrivacyStyles = () => ({ ...usePageStyles(), ...usePrivacyOwnStyles() });
