import { useT } from '../../i18n/i18n';
import type { AppHeaderProps } from './AppHeader.types';
import { useAppHeaderStyles } from './useAppHeaderStyles';

/** The app name, what it is for, and — outside Teams — a hint that this is the browser view. */
export function AppHeader({ standalone }: AppHeaderProps) {
  const styles = useAppHeaderStyles();
  const { t } = useT();
  return (
    <header className={styles.root}>
      <h1 className={styles.name}>{t('app.name')}</h1>
      <p className={styles.tagline}>{t('app.tagline')}</p>
      {standalone && (
        <p className={styles.standaloneHint} data-testid="standalone-hint">
          {t('host.standaloneHint')}
        </p>
      )}
    </header>
  );
}
