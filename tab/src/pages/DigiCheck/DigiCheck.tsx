import { lazy, Suspense } from 'react';
import { ChunkBoundary } from '../../components/ChunkBoundary/ChunkBoundary';
import { useT } from '../../i18n/i18n';
import { useDigiCheckStyles } from './useDigiCheckStyles';

/** The page body (results, radar, forms) comes in its own chunk, so the tab's first load stays small. */
const DigiCheckPage = lazy(() => import('./DigiCheckPage'));

/**
 * DigiCheck: the departments' self-assessed digital maturity in six dimensions, per closed cycle,
 * against the change team's targets; gaps become roadmap proposals. The heading renders at once;
 * the body loads on first visit.
 */
export function DigiCheck() {
  const styles = useDigiCheckStyles();
  const { t } = useT();
  return (
    <section className={styles.root} aria-labelledby="digicheck-title" data-testid="digicheck-page">
      <h2 id="digicheck-title" className={styles.title}>
        {t('page.digicheck')}
      </h2>
      <p className={styles.text}>{t('digicheck.intro')}</p>
      <ChunkBoundary fallback={<p className={styles.text}>{t('digicheck.chunkFailed')}</p>}>
        <Suspense
          fallback={
            <p role="status" className={styles.status}>
              {t('digicheck.loading')}
            </p>
          }
        >
          <DigiCheckPage />
        </Suspense>
      </ChunkBoundary>
    </section>
  );
}
