import { ApiError } from '../../api/client';
import { RequestProblem } from '../../components/RequestProblem/RequestProblem';
import { useT } from '../../i18n/i18n';
import { FeedbackInbox } from './FeedbackInbox';
import { ScheduleRound } from './ScheduleRound';
import { SurveyImport } from './SurveyImport';
import { SurveyList } from './SurveyList';
import { useChangeTeamStyles } from './useChangeTeamStyles';
import { useInbox } from './useInbox';
import { useSurveys } from './useSurveys';

/** True for "not signed in" and "not allowed": then the whole page says so once. */
const isAccessProblem = (error: unknown) => error instanceof ApiError && (error.status === 401 || error.status === 403);

/**
 * The change team's tools (loaded lazily with their form components): the feedback inbox,
 * scheduling a round, and importing a survey definition.
 */
export default function ChangeTeamPage() {
  const styles = useChangeTeamStyles();
  const { t } = useT();
  const inbox = useInbox();
  const surveys = useSurveys();

  if (inbox.request.state === 'error' && isAccessProblem(inbox.request.error)) {
    return <RequestProblem error={inbox.request.error} failedText={t('inbox.loadFailed')} forbiddenText={t('changeTeam.forbidden')} />;
  }
  return (
    <div className={styles.root}>
      <FeedbackInbox inbox={inbox} />
      <section className={styles.section} aria-labelledby="schedule-title" data-testid="schedule-section">
        <h3 id="schedule-title" className={styles.sectionTitle}>
          {t('schedule.title')}
        </h3>
        <p className={styles.hint}>{t('schedule.hint')}</p>
        <ScheduleRound surveys={surveys} />
      </section>
      <section className={styles.section} aria-labelledby="import-title" data-testid="import-section">
        <h3 id="import-title" className={styles.sectionTitle}>
          {t('import.title')}
        </h3>
        <p className={styles.hint}>{t('import.hint')}</p>
        <SurveyImport surveys={surveys} />
        <SurveyList surveys={surveys} />
      </section>
    </div>
  );
}
