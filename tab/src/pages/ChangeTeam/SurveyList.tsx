import type { Surveys } from './useSurveys';
import { useT } from '../../i18n/i18n';
import { useChangeTeamStyles } from './useChangeTeamStyles';

/** Props of {@link SurveyList}. */
export interface SurveyListProps {
  surveys: Surveys;
}

/** The survey definitions the server has (those just imported included). */
export function SurveyList({ surveys }: SurveyListProps) {
  const styles = useChangeTeamStyles();
  const { t, locale } = useT();
  if (surveys.request.state !== 'ok') return null;
  return (
    <>
      <h4 className={styles.subTitle}>{t('import.existing')}</h4>
      <ul className={styles.plainList} data-testid="survey-list">
        {surveys.list.map((survey) => (
          <li key={survey.id} data-id={survey.id}>
            {t('import.surveyLine', { title: survey.title[locale], id: survey.id, count: survey.questions.length })}
          </li>
        ))}
      </ul>
    </>
  );
}
