import { useEffect, useState } from 'react';
import {
  FluentProvider,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  type Theme,
} from '@fluentui/react-components';
import type { ThemeName } from '../../environment';
import { createTranslate, I18nProvider } from '../../i18n/i18n';
import { detectHost, notifyAppLoaded, onTeamsThemeChange, type HostEnvironment } from '../../teams';
import { HostContext } from './HostContext';
import type { HostRootProps } from './HostRoot.types';
import { useHostRootStyles } from './useHostRootStyles';

/** Our theme names → Fluent's Teams themes. */
const fluentThemes: Record<ThemeName, Theme> = {
  light: teamsLightTheme,
  dark: teamsDarkTheme,
  contrast: teamsHighContrastTheme,
};

/**
 * The root of every tab page: finds the host (Teams or browser), then provides theme, locale
 * and host context to its children, follows Teams theme switches live and tells Teams when the
 * page has rendered.
 */
export function HostRoot({ children }: HostRootProps) {
  const styles = useHostRootStyles();
  const [host, setHost] = useState<HostEnvironment | null>(null);

  useEffect(() => {
    let active = true;
    void detectHost().then((detected) => {
      if (!active) return;
      setHost(detected);
      onTeamsThemeChange((theme) => setHost((previous) => previous && { ...previous, theme }));
    });
    return () => {
      active = false;
    };
  }, []);

  useEffect(() => {
    if (!host) return;
    // Screen readers pick the voice by <html lang>; the window title shows in browser tabs.
    document.documentElement.lang = host.locale;
    document.title = createTranslate(host.locale)('app.name');
    document.documentElement.dataset.theme = host.theme;
    document.documentElement.dataset.host = host.mode;
  }, [host]);

  const ready = host !== null;
  useEffect(() => {
    if (ready) notifyAppLoaded();
  }, [ready]);

  // Until the host answers (≤ 1.5 s) render nothing visible: guessing a theme would flash light
  // content inside a dark Teams client. Teams shows its own loading indicator meanwhile.
  if (!host) return <div aria-busy="true" />;

  return (
    // The page background sits on an inner element: Fluent copies the provider's className to
    // every portal (tooltips, dropdown lists), where a full-height background would cover the page.
    <FluentProvider theme={fluentThemes[host.theme]}>
      <div className={styles.root}>
        <I18nProvider locale={host.locale}>
          <HostContext.Provider value={host}>{children}</HostContext.Provider>
        </I18nProvider>
      </div>
    </FluentProvider>
  );
}
