import { PagePlaceholder } from '../../components/PagePlaceholder/PagePlaceholder';
import { useT } from '../../i18n/i18n';

/** Results ("Ergebnisse"): summarized pulse survey results. Not built yet. */
export function Results() {
  const { t } = useT();
  return (
    <PagePlaceholder
      title={t('page.results')}
      summary={t('results.summary')}
      plannedFeatures={[t('results.item1'), t('results.item2'), t('results.item3')]}
    />
  );
}
