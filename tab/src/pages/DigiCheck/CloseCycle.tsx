import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import { ApiError } from '../../api/client';
import { closeCycle, type CheckCycleSummary } from '../../api/digicheck';
import { useT } from '../../i18n/i18n';
import type { CycleChanged } from './DigiCheck.types';
import { useDigiCheckStyles } from './useDigiCheckStyles';
import { formatDate } from '../../format';

/** Props of {@link CloseCycle}. */
export interface CloseCycleProps {
  /** An open cycle. */
  cycle: CheckCycleSummary;
  onChanged: CycleChanged;
}

/**
 * Closes the open cycle before its end, after a confirmation: closing adds up the answers and
 * deletes them, so it cannot be undone.
 */
export function CloseCycle({ cycle, onChanged }: CloseCycleProps) {
  const styles = useDigiCheckStyles();
  const { t, locale } = useT();
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState<number>();

  const close = async () => {
    if (sending) return;
    setSending(true);
    setFailed(undefined);
    try {
      const closed = await closeCycle(cycle.id);
      setConfirming(false);
      onChanged(closed);
    } catch (error) {
      setConfirming(false);
      setFailed(error instanceof ApiError ? error.status : 0);
      onChanged();
    } finally {
      setSending(false);
    }
  };

  return (
    <div className={styles.form}>
      <div className={styles.actions}>
        <Button onClick={() => setConfirming(true)} data-testid="close-cycle">
          {t('digicheck.admin.closeNow')}
        </Button>
        <span className={styles.hint}>{t('digicheck.admin.closeHint', { date: formatDate(cycle.closesAt, locale) })}</span>
      </div>
      {failed !== undefined && (
        <MessageBar intent="error" layout="multiline" data-testid="close-failed">
          <MessageBarBody>{t(failed === 0 ? 'digicheck.admin.offline' : failed === 403 ? 'digicheck.admin.forbidden' : 'digicheck.admin.closeFailed')}</MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={confirming} onOpenChange={(_, data) => !data.open && !sending && setConfirming(false)}>
        <DialogSurface data-testid="confirm-close">
          <DialogBody>
            <DialogTitle>{t('digicheck.admin.confirmTitle')}</DialogTitle>
            <DialogContent>{t('digicheck.admin.confirmBody')}</DialogContent>
            <DialogActions fluid>
              <Button appearance="primary" disabled={sending} onClick={() => void close()} data-testid="confirm-close-button">
                {t(sending ? 'digicheck.admin.closing' : 'digicheck.admin.confirmClose')}
              </Button>
              <Button disabled={sending} onClick={() => setConfirming(false)}>
                {t('digicheck.admin.cancel')}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
