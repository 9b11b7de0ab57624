import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { usePageStyles } from '../../components/PageLayout/usePageStyles';
import * as blocks from '../../components/PageLayout/styleBlocks';

/** Styles of the feedback board. Colours only from Fluent tokens (light, dark, high contrast). */
const useFeedbackOwnStyles = makeStyles({
  command: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    padding: `0 ${tokens.spacingHorizontalXS}`,
  },
  status: blocks.status,
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
  },
  entry: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
    '@media (max-width: 480px)': {
      padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    },
  },
  label: {
    ...typographyStyles.caption1Strong,
    color: tokens.colorNeutralForeground3,
    margin: 0,
  },
  question: {
    ...typographyStyles.body1Strong,
    margin: 0,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  quote: {
    ...typographyStyles.body1Strong,
    margin: 0,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  answer: {
    ...typographyStyles.body1,
    margin: 0,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
});

/**
 * This page's styles: the shared page rhythm of {@link usePageStyles}
 * (`root`, `title`, `text`) plus the page's own blocks, which win where a
 * name is in both.
 */
export const useFeedbackStyles = () => ({ ...usePageStyles(), ...useFeedbackOwnStyles() });
