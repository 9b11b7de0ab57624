import { PagePlaceholder } from '../../components/PagePlaceholder/PagePlaceholder';
import { useT } from '../../i18n/i18n';

/** Roadmap ("Fahrplan"): the program's projects and milestones. Not built yet. */
export function Roadmap() {
  const { t } = useT();
  return (
    <PagePlaceholder
      title={t('page.roadmap')}
      summary={t('roadmap.summary')}
      plannedFeatures={[t('roadmap.item1'), t('roadmap.item2'), t('roadmap.item3')]}
    />
  );
}
