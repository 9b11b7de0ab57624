import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMemo } from 'react';
import { useHost } from '../../components/HostRoot/HostContext';
import { useT } from '../../i18n/i18n';
import { buildChannelTabConfig } from './channelTabConfig';
import { useChannelTabConfig } from './useChannelTabConfig';
import { useTabConfigStyles } from './useTabConfigStyles';

/** Absolute URL of the tab folder (`<origin>/tab/`), from Vite's build base. */
function tabBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}

/**
 * The configuration page of the channel tab (`config.html`). In Teams it explains what the tab
 * shows and enables Save; in a browser it explains that it is only used inside Teams.
 */
export function TabConfig() {
  const styles = useTabConfigStyles();
  const host = useHost();
  const { t } = useT();
  const config = useMemo(() => buildChannelTabConfig(tabBaseUrl(), t('app.name')), [t]);
  const state = useChannelTabConfig(host, config, t('config.saveFailed'));

  // Keep ?theme= and ?lang= when leaving for the app, so a demo link stays in its look.
  const appLink = `index.html${window.location.search}`;

  return (
    <main className={styles.root} data-testid="tab-config" data-state={state}>
      <h1 className={styles.title}>{t('config.title')}</h1>
      {state === 'standalone' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t('config.standaloneTitle')}</MessageBarTitle>
            {t('config.standaloneBody')}
          </MessageBarBody>
        </MessageBar>
      )}
      <p className={styles.text}>{t('config.intro')}</p>
      {state === 'ready' && <p className={styles.text}>{t('config.saveHint')}</p>}
      <p className={styles.note}>{t('config.laterChoice')}</p>
      {state === 'standalone' && (
        <p className={styles.text}>
          <Link href={appLink}>{t('config.openApp')}</Link>
        </p>
      )}
    </main>
  );
}
