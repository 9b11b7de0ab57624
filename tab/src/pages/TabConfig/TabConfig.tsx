import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { getRoadmapAreas } from '../../api/roadmap';
import { useHost } from '../../components/HostRoot/HostContext';
import { RequestProblem } from '../../components/RequestProblem/RequestProblem';
import { useT } from '../../i18n/i18n';
import { useRequest } from '../../hooks/useRequest';
import { AreaPicker } from './AreaPicker';
import { areaOptions, buildChannelTabConfig, isAreaChoiceValid, type AreaChoice } from './channelTabConfig';
import { useChannelTabConfig } from './useChannelTabConfig';
import { useTabConfigStyles } from './useTabConfigStyles';

/** Absolute URL of the tab folder (`<origin>/tab/`), from Vite's build base. */
function tabBaseUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href;
}

/**
 * The configuration page of the channel tab (`config.html`): chooses the roadmap areas this
 * channel shows (all, or some), which are saved in the tab's content URL (`index.html?areas=a,b`).
 * In Teams it enables Save while the choice is complete; in a browser it explains that it is only
 * used inside Teams, and its link previews the choice.
 */
export function TabConfig() {
  const styles = useTabConfigStyles();
  const host = useHost();
  const { t, locale } = useT();
  const areas = useRequest((signal) => getRoadmapAreas({ signal }), []);
  const [choice, setChoice] = useState<AreaChoice>({ all: true, chosen: [] });
  const known = useMemo(() => (areas.state === 'ok' ? areas.data.areas.map((area) => area.id) : []), [areas]);
  // Without the areas (sign-in failed) "all" is still a complete choice: the tab can be added.
  const valid = isAreaChoiceValid(choice, known);
  const options = useMemo(() => areaOptions(choice, known), [choice, known]);
  const config = useMemo(() => {
    const chosen = options.areas as readonly string[] | undefined;
    const single = chosen?.length === 1 && areas.state === 'ok' ? areas.data.areas.find((area) => area.id === chosen[0]) : undefined;
    const name = single ? t('config.displayNameArea', { area: single[locale] }) : t('app.name');
    return buildChannelTabConfig(tabBaseUrl(), name, options);
  }, [options, areas, t, locale]);
  const state = useChannelTabConfig(host, config, valid, t('config.saveFailed'));

  // Keep ?theme= and ?lang= when leaving for the app, so a demo link stays in its look; the
  // chosen areas come along, so the link shows what the channel will show.
  const preview = new URL(config.contentUrl);
  new URLSearchParams(window.location.search).forEach((value, key) => {
    if (key === 'theme' || key === 'lang') preview.searchParams.set(key, value);
  });
  const appLink = `index.html${preview.search.replace(/%2C/g, ',')}`;

  return (
    <main className={styles.root} data-testid="tab-config" data-state={state} data-valid={valid} data-content-url={config.contentUrl}>
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
      {areas.state === 'loading' && (
        <p role="status" className={styles.note}>
          {t('config.areas.loading')}
        </p>
      )}
      {areas.state === 'error' && (
        <RequestProblem error={areas.error} failedText={t('config.areas.failed')} forbiddenText={t('config.areas.failed')} retry={areas.retry} />
      )}
      {areas.state === 'ok' && <AreaPicker areas={areas.data} choice={choice} onChange={setChoice} invalid={!valid} />}
      {state === 'ready' && valid && <p className={styles.text}>{t('config.saveHint')}</p>}
      {state === 'standalone' && (
        <p className={styles.text}>
          <Link href={appLink}>{t('config.openApp')}</Link>
        </p>
      )}
    </main>
  );
}
