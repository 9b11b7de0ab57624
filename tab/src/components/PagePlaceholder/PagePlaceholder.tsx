import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useT } from '../../i18n/i18n';
import type { PagePlaceholderProps } from './PagePlaceholder.types';
import { usePagePlaceholderStyles } from './usePagePlaceholderStyles';

/**
 * The honest state of a page that is not built yet: it says so plainly and tells what the page
 * will offer, instead of showing empty or invented content.
 */
export function PagePlaceholder({ title, summary, plannedFeatures }: PagePlaceholderProps) {
  const styles = usePagePlaceholderStyles();
  const { t } = useT();
  return (
    <section className={styles.root} data-testid="page-placeholder">
      <h2 className={styles.title}>{title}</h2>
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{t('placeholder.notAvailable')}</MessageBarBody>
      </MessageBar>
      <p className={styles.summary}>{summary}</p>
      <p className={styles.listTitle}>{t('placeholder.willDo')}</p>
      <ul className={styles.list}>
        {plannedFeatures.map((feature) => (
          <li key={feature}>{feature}</li>
        ))}
      </ul>
    </section>
  );
}
