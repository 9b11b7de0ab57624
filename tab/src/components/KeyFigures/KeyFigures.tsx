import { mergeClasses } from '@fluentui/react-components';
import type { KeyFiguresProps } from './KeyFigures.types';
import { useKeyFiguresStyles } from './useKeyFiguresStyles';

/**
 * A row of key figures (participation, respondents, sums, delivery counts) as a definition list:
 * screen readers read each label with its value, and the tiles wrap on narrow tabs.
 */
export function KeyFigures({ figures, size = 'large', testId }: KeyFiguresProps) {
  const styles = useKeyFiguresStyles();
  const tile = mergeClasses(styles.figure, size === 'medium' && styles.wide);
  return (
    <dl className={styles.figures} data-testid={testId}>
      {figures.map((figure) => (
        <div key={figure.id} className={tile} data-figure={figure.id} data-testid={figure.testId}>
          <dt className={styles.label}>{figure.label}</dt>
          <dd className={styles[size]} data-testid={figure.valueTestId}>
            {figure.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
