import { lazy, Suspense } from 'react';
import { ChunkBoundary } from '../../components/ChunkBoundary/ChunkBoundary';
import { useT } from '../../i18n/i18n';
import { useChangeTeamStyles } from './useChangeTeamStyles';

/** The forms come with their Fluent components in their own chunk, so the tab's first load stays small. */
const ChangeTeamPage = lazy(() => import('./ChangeTeamPage'));

/**
 * Change team ("Change-Team"): answer feedback, schedule pulse rounds, import surveys. Offered in
 * the navigation only to the change team; the server checks the role on every request.
 */
export function ChangeTeam() {
  const styles = useChangeTeamStyles();
  const { t } = useT();
  return (
    <section className={styles.root} aria-labelledby="change-team-title" data-testid="change-team-page">
      <div className={styles.section}>
        <h2 id="change-team-title" className={styles.title}>
          {t('page.change-team')}
        </h2>
        <p className={styles.text}>{t('changeTeam.intro')}</p>
      </div>
      <ChunkBoundary fallback={<p className={styles.text}>{t('changeTeam.chunkFailed')}</p>}>
        <Suspense
          fallback={
            <p role="status" className={styles.status}>
              {t('changeTeam.loadingPage')}
            </p>
          }
        >
          <ChangeTeamPage />
        </Suspense>
      </ChunkBoundary>
    </section>
  );
}
