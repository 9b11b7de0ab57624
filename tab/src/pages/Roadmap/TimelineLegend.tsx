import { mergeClasses } from '@fluentui/react-components';
import { useT } from '../../i18n/i18n';
import { STATUSES } from './filters';
import { STATUS_LABEL, STATUS_SIGN } from './format';
import { useTimelineStyles } from './useTimelineStyles';

/** The key to the timeline's signs, in words. */
export function TimelineLegend() {
  const styles = useTimelineStyles();
  const { t } = useT();
  return (
    <ul className={styles.legend} aria-label={t('roadmap.legend')}>
      {STATUSES.map((status) => (
        <li key={status} className={styles.legendItem}>
          <span className={mergeClasses(styles.legendBar, styles[status])} aria-hidden="true">
            {STATUS_SIGN[status]}
          </span>
          {t(STATUS_LABEL[status])}
        </li>
      ))}
      <li className={styles.legendItem}>
        <span className={styles.legendMilestone} aria-hidden="true" />
        {t('roadmap.legendMilestone')}
      </li>
      <li className={styles.legendItem}>
        <span className={styles.legendToday} aria-hidden="true" />
        {t('roadmap.today')}
      </li>
      <li className={styles.legendItem}>
        <span className={styles.tag} aria-hidden="true">
          ←2
        </span>
        {t('roadmap.legendDepends')}
      </li>
    </ul>
  );
}
