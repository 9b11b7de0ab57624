import { Tab, TabList } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import { useHashPage } from '../../hooks/useHashPage';
import { useHealth } from '../../hooks/useHealth';
import { useMe } from '../../hooks/useMe';
import { useT } from '../../i18n/i18n';
import { isPageId, navigationPages } from '../../navigation';
import { AppHeader } from '../AppHeader/AppHeader';
import { useHost } from '../HostRoot/HostContext';
import { ServerStatus } from '../ServerStatus/ServerStatus';
import type { AppFrameProps } from './AppFrame.types';
import { useAppFrameStyles } from './useAppFrameStyles';

const PANEL_ID = 'digipuls-page';
const tabId = (page: string) => `digipuls-tab-${page}`;

/**
 * Scrolls the tab strip (only the strip, never the page or Teams' frame around it) so the
 * selected tab is fully visible: on a phone the strip is wider than the screen, and a deep link
 * to the last page would otherwise select a tab that is cut off.
 */
function revealTab(strip: HTMLElement | null, id: string): void {
  const tab = strip?.querySelector<HTMLElement>(`#${id}`);
  if (!strip || !tab) return;
  // Positions within the strip's scrollable content.
  const left = tab.getBoundingClientRect().left - strip.getBoundingClientRect().left + strip.scrollLeft;
  const right = left + tab.offsetWidth;
  if (left < strip.scrollLeft) strip.scrollLeft = left;
  else if (right > strip.scrollLeft + strip.clientWidth) strip.scrollLeft = right - strip.clientWidth;
}

/**
 * The tab's frame: header, page navigation (a keyboard-accessible Fluent TabList whose selection
 * lives in the URL hash), the selected page, and a footer with the server version.
 */
export function AppFrame({ pages }: AppFrameProps) {
  const styles = useAppFrameStyles();
  const { t } = useT();
  const host = useHost();
  // A Teams deep link names its target page as subPageId; the hash still wins when present.
  const [page, selectPage] = useHashPage(host.teams?.subPageId);
  const health = useHealth();
  // Pages that need a role (the change team's) appear once /api/me says the person has it.
  const me = useMe();
  const navigation = navigationPages(me?.roles);
  const Page = pages[page];
  const strip = useRef<HTMLElement>(null);
  useEffect(() => revealTab(strip.current, tabId(page)), [page, navigation.length]);

  return (
    <div className={styles.root}>
      <AppHeader standalone={host.mode === 'standalone'} />
      <nav ref={strip} className={styles.nav} aria-label={t('nav.label')}>
        <TabList
          className={styles.tabList}
          selectedValue={page}
          onTabSelect={(_, data) => {
            if (typeof data.value === 'string' && isPageId(data.value)) selectPage(data.value);
          }}
        >
          {navigation.map((id) => (
            <Tab key={id} value={id} id={tabId(id)} aria-controls={PANEL_ID} className={styles.tab}>
              {t(`page.${id}`)}
            </Tab>
          ))}
        </TabList>
      </nav>
      <main>
        {/* Focusable (tabIndex 0) as the ARIA tabs pattern asks while pages hold no controls. */}
        <div
          id={PANEL_ID}
          role="tabpanel"
          tabIndex={0}
          aria-labelledby={tabId(page)}
          className={styles.panel}
          data-page={page}
        >
          <Page />
        </div>
      </main>
      <footer className={styles.footer}>
        <ServerStatus health={health} />
      </footer>
    </div>
  );
}
