import { makeStyles, tokens, typographyStyles } from '@fluentui/react-components';
import { usePageStyles } from '../../components/PageLayout/usePageStyles';
import * as blocks from '../../components/PageLayout/styleBlocks';

/**
 * Styles of the results page. Colours only from Fluent tokens (they follow light, dark and Teams
 * high contrast); the chart series colours are in `seriesColors.ts`.
 */
const useResultsOwnStyles = makeStyles({
  picker: {
    maxWidth: '480px',
    width: '100%',
  },
  dropdown: {
    width: '100%',
    minWidth: 0,
  },
  option: {
    display: 'flex',
    flexDirection: 'column',
  },
  optionState: {
    ...typographyStyles.caption1,
    color: tokens.colorNeutralForeground3,
  },
  list: { ...blocks.bareList, ...blocks.stack(tokens.spacingVerticalL) },
  question: { ...blocks.stack(tokens.spacingVerticalXS), minWidth: 0 },
  questionText: {
    ...typographyStyles.body1Strong,
    margin: 0,
  },
  figures: {
    ...typographyStyles.body1,
    margin: 0,
  },
  comments: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
  },
  comment: {
    ...typographyStyles.body1,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
    whiteSpace: 'pre-wrap',
  },
  actions: blocks.wrapRow,
  /** Read by screen readers, not shown. */
  visuallyHidden: blocks.visuallyHidden,
  status: blocks.status,
});

/**
 * This page's styles: the shared page rhythm of {@link usePageStyles}
 * (`root`, `title`, `section`, `sectionTitle`, `text`, `hint`) plus the page's own blocks, which win where a
 * name is in both.
 */
export const useResultsStyles = () => ({ ...usePageStyles(), ...useResultsOwnStyles() });
