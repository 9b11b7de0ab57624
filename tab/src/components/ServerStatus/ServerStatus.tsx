import { mergeClasses } from '@fluentui/react-components';
import type { HealthState } from '../../hooks/useHealth';
import type { Translate } from '../../i18n/i18n';
import { useT } from '../../i18n/i18n';
import type { ServerStatusProps } from './ServerStatus.types';
import { useServerStatusStyles } from './useServerStatusStyles';

/** `ok`, `degraded` (server up, storage down), or the request states. */
type Shown = 'checking' | 'ok' | 'degraded' | 'unreachable';

function describe(health: HealthState, t: Translate): { shown: Shown; text: string } {
  switch (health.state) {
    case 'checking':
      return { shown: 'checking', text: t('footer.checking') };
    case 'unreachable':
      return { shown: 'unreachable', text: t('footer.unreachable') };
    case 'ok': {
      const { status, version } = health.health;
      return status === 'ok'
        ? { shown: 'ok', text: t('footer.serverVersion', { version }) }
        : { shown: 'degraded', text: t('footer.degraded', { version }) };
    }
  }
}

/**
 * One line in the footer: the server version, or a calm note that the server (or its storage)
 * cannot be reached — the tab keeps working, only server data is missing.
 */
export function ServerStatus({ health }: ServerStatusProps) {
  const styles = useServerStatusStyles();
  const { t } = useT();
  const { shown, text } = describe(health, t);
  return (
    <p
      role="status"
      data-testid="server-status"
      data-state={shown}
      className={mergeClasses(styles.root, (shown === 'unreachable' || shown === 'degraded') && styles.problem)}
    >
      {text}
    </p>
  );
}
