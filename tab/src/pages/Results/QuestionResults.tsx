import type { EnpsQuestionResult, GroupResults, ScaleQuestionResult } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { ShareBar } from './ShareBar';
import { useResultsStyles } from './useResultsStyles';
import { formatCount, formatMean, formatScore, formatShare } from '../../format';

/** Props of {@link QuestionResults}. */
export interface QuestionResultsProps {
  /** The whole administration's figures, as the server sent them. */
  total: GroupResults;
}

/** Per scale question a stacked bar with mean and favourable share, then the eNPS. */
export function QuestionResults({ total }: QuestionResultsProps) {
  const styles = useResultsStyles();
  const { t } = useT();
  const scale = total.questions.filter((q): q is ScaleQuestionResult => q.kind === 'scale');
  const enps = total.questions.find((q): q is EnpsQuestionResult => q.kind === 'enps');
  return (
    <>
      <section className={styles.section} aria-labelledby="results-questions" data-testid="results-questions">
        <h3 id="results-questions" className={styles.sectionTitle}>
          {t('results.questionsTitle')}
        </h3>
        <p className={styles.hint}>{t('results.questionsHint')}</p>
        <ol className={styles.list}>
          {scale.map((question) => (
            <ScaleQuestion key={question.questionId} question={question} />
          ))}
        </ol>
      </section>
      {enps && <Enps question={enps} />}
    </>
  );
}

function ScaleQuestion({ question }: { question: ScaleQuestionResult }) {
  const styles = useResultsStyles();
  const { t, locale } = useT();
  const { mean, favourable, neutral, unfavourable, distribution } = question;
  const { answered } = question;
  const shown = !question.suppressed && answered !== null && mean !== null && favourable !== null && neutral !== null && unfavourable !== null;
  return (
    <li className={styles.question} data-question={question.questionId}>
      <p className={styles.questionText}>{question.text[locale]}</p>
      {shown ? (
        <>
          <p className={styles.figures}>
            {t('results.questionFigures', {
              mean: formatMean(mean, locale),
              favourable: formatShare(favourable, locale),
              answered: formatCount(answered, locale),
            })}
          </p>
          <ShareBar
            total={answered}
            parts={[
              { label: t('results.unfavourable'), count: distribution[0] + distribution[1], share: unfavourable },
              { label: t('results.neutral'), count: distribution[2], share: neutral },
              { label: t('results.favourable'), count: distribution[3] + distribution[4], share: favourable },
            ]}
          />
        </>
      ) : (
        <p className={styles.hint}>{t('results.tooFewAnswers')}</p>
      )}
    </li>
  );
}

function Enps({ question }: { question: EnpsQuestionResult }) {
  const styles = useResultsStyles();
  const { t, locale } = useT();
  const { score, promoters, passives, detractors, answered } = question;
  return (
    <section className={styles.section} aria-labelledby="results-enps" data-testid="results-enps">
      <h3 id="results-enps" className={styles.sectionTitle}>
        {t('results.enpsTitle')}
      </h3>
      <p className={styles.text}>{question.text[locale]}</p>
      {question.suppressed || score === null || answered === null || answered === 0 ? (
        <p className={styles.hint}>{t('results.tooFewAnswers')}</p>
      ) : (
        <>
          <p className={styles.figures}>
            {t('results.enpsFigures', {
              score: formatScore(score, locale),
              promoters: formatCount(promoters, locale),
              passives: formatCount(passives, locale),
              detractors: formatCount(detractors, locale),
              answered: formatCount(answered, locale),
            })}
          </p>
          <ShareBar
            total={answered}
            parts={[
              { label: t('results.detractors'), count: detractors, share: detractors / answered },
              { label: t('results.passives'), count: passives, share: passives / answered },
              { label: t('results.promoters'), count: promoters, share: promoters / answered },
            ]}
          />
          <p className={styles.hint}>{t('results.enpsExplained')}</p>
        </>
      )}
    </section>
  );
}
