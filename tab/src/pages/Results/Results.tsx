import { lazy, Suspense } from 'react';
import { ChunkBoundary } from '../../components/ChunkBoundary/ChunkBoundary';
import { useT } from '../../i18n/i18n';
import { useResultsStyles } from './useResultsStyles';

/** The page body comes with the charting library in its own chunk, so the tab's first load stays small. */
const ResultsPage = lazy(() => import('./ResultsPage'));

/**
 * Results ("Ergebnisse"): aggregated pulse results of closed rounds. The heading renders at once;
 * the body loads on first visit.
 */
export function Results() {
  const styles = useResultsStyles();
  const { t } = useT();
  const loading = (
    <p role="status" className={styles.status}>
      {t('results.loadingPage')}
    </p>
  );
  return (
    <section className={styles.root} aria-labelledby="results-title" data-testid="results-page">
      <h2 id="results-title" className={styles.title}>
        {t('page.results')}
      </h2>
      <p className={styles.text}>{t('results.intro')}</p>
      <ChunkBoundary fallback={<p className={styles.text}>{t('results.chunkFailed')}</p>}>
        <Suspense fallback={loading}>
          <ResultsPage />
        </Suspense>
      </ChunkBoundary>
    </section>
  );
}
