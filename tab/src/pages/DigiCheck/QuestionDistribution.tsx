import type { CheckGroupResult } from '../../api/digicheck';
import { useT } from '../../i18n/i18n';
import type { CheckNames } from './DigiCheck.types';
import { LevelBar } from './LevelBar';
import { useDigiCheckStyles } from './useDigiCheckStyles';
import { formatLevel } from '../../format';

/** Props of {@link QuestionDistribution}. */
export interface QuestionDistributionProps {
  group: string;
  figures: CheckGroupResult;
  names: CheckNames;
}

/**
 * How the group answered each question: per dimension (a disclosure with the dimension's level)
 * its questions, each with its answers per level as a stacked bar, the mean and the counts; then
 * the OZG level of the department's citizen services when anyone answered that optional question.
 */
export function QuestionDistribution({ group, figures, names }: QuestionDistributionProps) {
  const styles = useDigiCheckStyles();
  const { t, locale } = useT();
  const { questionnaire } = names;
  return (
    <section className={styles.section} aria-labelledby="digicheck-distribution" data-testid="digicheck-distribution" data-group={group}>
      <h3 id="digicheck-distribution" className={styles.sectionTitle}>
        {t('digicheck.distributionTitle', { group: names.groupName(group) })}
      </h3>
      <p className={styles.hint}>{t('digicheck.distributionHint')}</p>
      {questionnaire.dimensions.map((dimension) => (
        <details key={dimension.id} className={styles.dimension} data-dimension={dimension.id}>
          <summary className={styles.dimensionSummary}>
            {t('digicheck.dimensionSummary', { title: dimension.title[locale], level: formatLevel(figures.dimensions[dimension.id], locale) })}
          </summary>
          <p className={styles.hint}>{dimension.description[locale]}</p>
          <ol className={styles.questions}>
            {dimension.questions.map((question) => (
              <li key={question.id} className={styles.question} data-question={question.id}>
                <p className={styles.questionText}>{question.text[locale]}</p>
                <LevelBar counts={figures.questions[question.id] ?? [0, 0, 0, 0, 0]} anchors={question.anchors} />
              </li>
            ))}
          </ol>
        </details>
      ))}
      {figures.ozg && (
        <div className={styles.ozg} data-testid="digicheck-ozg">
          <h4 className={styles.subTitle}>{t('digicheck.ozgTitle')}</h4>
          <p className={styles.questionText}>{questionnaire.ozg.text[locale]}</p>
          <LevelBar counts={figures.ozg.counts} anchors={questionnaire.ozg.anchors} mean={figures.ozg.mean} />
          <p className={styles.hint}>{t('digicheck.ozgHint')}</p>
        </div>
      )}
    </section>
  );
}
