import { useT } from '../../i18n/i18n';
import { usePrivacyStyles } from './usePrivacyStyles';

/**
 * Privacy ("Datenschutz"). States only the design principle (anonymous answers) and that the
 * full notice follows with the pulse surveys: nothing is claimed here that is not built.
 */
export function Privacy() {
  const styles = usePrivacyStyles();
  const { t } = useT();
  return (
    <section className={styles.root} aria-labelledby="privacy-title">
      <h2 id="privacy-title" className={styles.title}>
        {t('page.privacy')}
      </h2>
      <h3 className={styles.sectionTitle}>{t('privacy.principleTitle')}</h3>
      <p className={styles.text}>{t('privacy.principle')}</p>
      <h3 className={styles.sectionTitle}>{t('privacy.detailsTitle')}</h3>
      <p className={styles.text}>{t('privacy.details')}</p>
    </section>
  );
}
