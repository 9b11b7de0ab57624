import { useMemo } from 'react';
import { RequestProblem } from '../../components/RequestProblem/RequestProblem';
import { useMe } from '../../hooks/useMe';
import { useT } from '../../i18n/i18n';
import { channelAreasFromSearch } from './filters';
import { RoadmapBoard } from './RoadmapBoard';
import { useRoadmapData } from './useRoadmapData';
import { useRoadmapStyles } from './useRoadmapStyles';

/**
 * Roadmap ("Fahrplan"): the program's items on a timeline, as a list and as investment totals,
 * with details, history and — for editors — editing. The default page, so the timeline and list
 * come with the first load; details, editing and totals load when first used.
 *
 * A channel tab shows only the areas its configuration chose (`?areas=a,b` in its URL); the
 * personal tab shows all.
 */
export function Roadmap() {
  const styles = useRoadmapStyles();
  const { t } = useT();
  const channelAreas = useMemo(() => channelAreasFromSearch(window.location.search), []);
  const data = useRoadmapData(channelAreas);
  // Edit controls only for editors; the server checks the role on every change anyway.
  const me = useMe();
  const canEdit = me?.roles.includes('editor') ?? false;

  return (
    <section className={styles.root} aria-labelledby="roadmap-title" data-testid="roadmap-page">
      <div className={styles.head}>
        <h2 id="roadmap-title" className={styles.title}>
          {t('page.roadmap')}
        </h2>
        <p className={styles.text}>{t('roadmap.intro')}</p>
      </div>
      {data.state === 'loading' && (
        <p role="status" className={styles.status}>
          {t('roadmap.loading')}
        </p>
      )}
      {data.state === 'error' && (
        <RequestProblem error={data.error} failedText={t('roadmap.failed')} forbiddenText={t('roadmap.forbidden')} retry={data.retry} />
      )}
      {data.state === 'ok' && <RoadmapBoard data={data.data} canEdit={canEdit} onSaved={data.replaceItem} />}
    </section>
  );
}
