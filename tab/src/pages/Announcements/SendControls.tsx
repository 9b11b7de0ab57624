import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
} from '@fluentui/react-components';
import type { AudienceCount } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { useAnnouncementStyles } from './useAnnouncementStyles';
import type { ComposeBusy } from './useComposeActions';
import { formatCount } from '../../format';

/** Props of {@link SendControls}. */
export interface SendControlsProps {
  busy: ComposeBusy | undefined;
  onSave: () => void;
  onTest: () => void;
  /** Asks to send now: the form checks, then opens the confirmation. */
  onSendNow: () => void;
  scheduleAt: string;
  /** The earliest value the date-time picker offers (`datetime-local` format). */
  scheduleMin: string;
  onScheduleAtChange: (value: string) => void;
  onSchedule: () => void;
  scheduleError?: string;
  /** The recipients to confirm; the dialog is open while set. */
  confirm: AudienceCount | undefined;
  onConfirm: () => void;
  onCancelConfirm: () => void;
}

/**
 * Save the draft, send it to oneself as a test, send it now (after a confirmation naming the
 * recipient count), or schedule it for a later time.
 */
export function SendControls(p: SendControlsProps) {
  const styles = useAnnouncementStyles();
  const { t, locale } = useT();
  const n = (v: number) => formatCount(v, locale);
  const label = (kind: ComposeBusy, key: Parameters<typeof t>[0]) => t(p.busy === kind ? 'announcements.action.busy' : key);
  const disabled = p.busy !== undefined;
  return (
    <section className={styles.fieldset} aria-labelledby="announcement-actions-title" data-testid="send-controls">
      <h3 id="announcement-actions-title" className={styles.legend}>
        {t('announcements.actions')}
      </h3>
      <div className={styles.actions}>
        <Button onClick={p.onSave} disabled={disabled} data-testid="action-save">
          {label('save', 'announcements.action.save')}
        </Button>
        <Button onClick={p.onTest} disabled={disabled} data-testid="action-test">
          {label('test', 'announcements.action.test')}
        </Button>
        <Button appearance="primary" onClick={p.onSendNow} disabled={disabled} data-testid="action-send">
          {label('send', 'announcements.action.sendNow')}
        </Button>
      </div>
      <div className={styles.inline}>
        <Field
          label={t('announcements.field.scheduleAt')}
          hint={t('announcements.field.scheduleHint')}
          className={styles.grow}
          {...(p.scheduleError ? { validationState: 'error' as const, validationMessage: p.scheduleError } : {})}
        >
          <Input type="datetime-local" value={p.scheduleAt} min={p.scheduleMin} onChange={(_, d) => p.onScheduleAtChange(d.value)} data-testid="schedule-at" />
        </Field>
        <Button onClick={p.onSchedule} disabled={disabled} data-testid="action-schedule">
          {label('schedule', 'announcements.action.schedule')}
        </Button>
      </div>
      <Dialog open={p.confirm !== undefined} onOpenChange={(_, d) => !d.open && p.onCancelConfirm()}>
        <DialogSurface data-testid="confirm-send">
          <DialogBody>
            <DialogTitle>{t('announcements.confirm.title')}</DialogTitle>
            <DialogContent>
              {p.confirm &&
                t('announcements.confirm.body', {
                  recipients: n(p.confirm.recipients),
                  personal: n(p.confirm.personal),
                  channels: n(p.confirm.channels),
                })}
            </DialogContent>
            <DialogActions fluid>
              <Button appearance="primary" onClick={p.onConfirm} data-testid="confirm-send-button">
                {t('announcements.confirm.send', { recipients: n(p.confirm?.recipients ?? 0) })}
              </Button>
              <Button onClick={p.onCancelConfirm}>{t('announcements.confirm.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
