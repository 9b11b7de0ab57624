import type { MessageKey } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n';
import { usePrivacyStyles } from './usePrivacyStyles';

/** One part of the notice: a heading and its paragraphs (or list items). */
interface PrivacySection {
  id: string;
  title: MessageKey;
  paragraphs?: MessageKey[];
  items?: MessageKey[];
}

/**
 * The notice in the order people ask: how answers are stored, counted and deleted, the one
 * limit, what results show, reminders, the department, the DigiCheck (built differently: answers
 * stay with the person until the cycle closes), and the legal frame. Every sentence describes what
 * is built; nothing more is claimed.
 */
const SECTIONS: PrivacySection[] = [
  { id: 'separate', title: 'privacy.separateTitle', paragraphs: ['privacy.separate'] },
  { id: 'once', title: 'privacy.onceTitle', paragraphs: ['privacy.once'] },
  { id: 'inbox', title: 'privacy.inboxTitle', paragraphs: ['privacy.inbox', 'privacy.writeTimes'] },
  { id: 'limit', title: 'privacy.limitTitle', paragraphs: ['privacy.limit'] },
  { id: 'results', title: 'privacy.resultsTitle', items: ['privacy.results1', 'privacy.results2', 'privacy.results3', 'privacy.results4', 'privacy.resultsFinal', 'privacy.resultsNoInterim', 'privacy.resultsPerQuestion', 'privacy.resultsStorage'] },
  { id: 'reminders', title: 'privacy.remindersTitle', paragraphs: ['privacy.reminders'] },
  { id: 'department', title: 'privacy.departmentTitle', paragraphs: ['privacy.department'] },
  { id: 'fill-up', title: 'privacy.fillUpTitle', paragraphs: ['privacy.fillUp', 'privacy.fillUpLimit'] },
  { id: 'shared', title: 'privacy.sharedTitle', paragraphs: ['privacy.shared'] },
  { id: 'digicheck', title: 'privacy.digicheckTitle', paragraphs: ['privacy.digicheck1', 'privacy.digicheck2', 'privacy.digicheck3'] },
  { id: 'legal', title: 'privacy.legalTitle', paragraphs: ['privacy.legal1', 'privacy.legal2'] },
];

/**
 * Privacy ("Datenschutz"): how DigiPuls keeps pulse answers apart from the people who gave
 * them, and how DigiCheck answers are added up and deleted at the end of a cycle, in plain German
 * and English, for employees and the staff council.
 */
export function Privacy() {
  const styles = usePrivacyStyles();
  const { t } = useT();
  return (
    <section className={styles.root} aria-labelledby="privacy-title" data-testid="privacy-page">
      <h2 id="privacy-title" className={styles.title}>
        {t('page.privacy')}
      </h2>
      <p className={styles.text}>{t('privacy.intro')}</p>
      {SECTIONS.map((section) => (
        <section key={section.id} className={styles.section} aria-labelledby={`privacy-${section.id}`} data-section={section.id}>
          <h3 id={`privacy-${section.id}`} className={styles.sectionTitle}>
            {t(section.title)}
          </h3>
          {section.paragraphs?.map((key) => (
            <p key={key} className={styles.text}>
              {t(key)}
            </p>
          ))}
          {section.items && (
            <ul className={styles.list}>
              {section.items.map((key) => (
                <li key={key}>{t(key)}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </section>
  );
}
