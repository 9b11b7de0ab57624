import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { lazy, Suspense } from 'react';
import { ChunkBoundary } from '../../components/ChunkBoundary/ChunkBoundary';
import { useMe } from '../../hooks/useMe';
import { useT } from '../../i18n/i18n';
import { PAGE_ROLES } from '../../navigation';
import { useAnnouncementStyles } from './useAnnouncementStyles';

/** The list, the compose form and tracking come with their Fluent components in their own chunk. */
const AnnouncementsPage = lazy(() => import('./AnnouncementsPage'));

/**
 * Announcements ("Mitteilungen"): the administration's leadership writes, previews, tests, sends or
 * schedules announcements and tracks their delivery. Offered in the navigation only with the
 * announcer role; someone without it who opens the page by a link is told so (the server checks
 * the role on every request anyway).
 */
export function Announcements() {
  const styles = useAnnouncementStyles();
  const { t } = useT();
  const me = useMe();
  const allowed = me === undefined || me.roles.includes(PAGE_ROLES.announcements ?? 'announcer');
  return (
    <section className={styles.root} aria-labelledby="announcements-title" data-testid="announcements-page">
      <div className={styles.head}>
        <h2 id="announcements-title" className={styles.title}>
          {t('page.announcements')}
        </h2>
        <p className={styles.text}>{t('announcements.intro')}</p>
      </div>
      {allowed ? (
        <ChunkBoundary fallback={<p className={styles.text}>{t('announcements.chunkFailed')}</p>}>
          <Suspense
            fallback={
              <p role="status" className={styles.status}>
                {t('announcements.loadingPage')}
              </p>
            }
          >
            <AnnouncementsPage />
          </Suspense>
        </ChunkBoundary>
      ) : (
        <MessageBar intent="info" layout="multiline" data-testid="forbidden">
          <MessageBarBody>{t('announcements.forbidden')}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
