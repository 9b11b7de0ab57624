import { PagePlaceholder } from '../../components/PagePlaceholder/PagePlaceholder';
import { useT } from '../../i18n/i18n';

/** Announcements ("Mitteilungen"): news from the program team. Not built yet. */
export function Announcements() {
  const { t } = useT();
  return (
    <PagePlaceholder
      title={t('page.announcements')}
      summary={t('announcements.summary')}
      plannedFeatures={[t('announcements.item1'), t('announcements.item2'), t('announcements.item3')]}
    />
  );
}
