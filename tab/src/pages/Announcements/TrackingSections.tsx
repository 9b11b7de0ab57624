import { Field, Link, MessageBar, MessageBarBody, ProgressBar } from '@fluentui/react-components';
import { useState, type MouseEvent } from 'react';
import { deliveriesCsvUrl, downloadDeliveriesCsv } from '../../api/announcements';
import type { Announcement, DeliveryFailure } from '../../api/types';
import { formatCount, formatDateTime } from '../../format';
import { useT } from '../../i18n/i18n';
import { isTeamsReady } from '../../teams';
import { progressOf } from './format';
import { useAnnouncementStyles } from './useAnnouncementStyles';

/** How far sending has come: delivered or failed of all recipients (waiting until they are known). */
export function DeliveryProgress({ announcement: a }: { announcement: Announcement }) {
  const { t, locale } = useT();
  const n = (v: number) => formatCount(v, locale);
  const progress = progressOf(a.counts);
  const done = a.counts.sent + a.counts.failed;
  return (
    <Field
      label={t('announcements.track.progress')}
      hint={progress === undefined ? t('announcements.track.waiting') : t('announcements.track.progressText', { done: n(done), recipients: n(a.counts.recipients) })}
      validationState={a.counts.failed > 0 ? 'warning' : 'none'}
    >
      <ProgressBar
        value={progress}
        max={1}
        thickness="large"
        color={a.state === 'sent' ? (a.counts.failed > 0 ? 'warning' : 'success') : 'brand'}
        data-testid="tracking-progress"
        data-value={progress ?? ''}
      />
    </Field>
  );
}

/** Props of {@link DeliveryFailures}. */
export interface DeliveryFailuresProps {
  announcement: Announcement;
  failures: DeliveryFailure[];
}

/** The deliveries that failed, with their reasons, and the whole delivery list as CSV. */
export function DeliveryFailures({ announcement: a, failures }: DeliveryFailuresProps) {
  const styles = useAnnouncementStyles();
  const { t, locale } = useT();
  const [csvFailed, setCsvFailed] = useState(false);
  // Inside Teams a plain link cannot send the SSO token: download with it instead.
  const onCsv = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isTeamsReady()) return;
    event.preventDefault();
    setCsvFailed(false);
    downloadDeliveriesCsv(a.id, locale).catch(() => setCsvFailed(true));
  };
  return (
    <section aria-labelledby="tracking-failures-title" className={styles.form} data-testid="tracking-failures">
      <h4 id="tracking-failures-title" className={styles.sectionTitle}>
        {t('announcements.track.failures')}
      </h4>
      {failures.length === 0 ? (
        <p className={styles.text}>{t('announcements.track.noFailures')}</p>
      ) : (
        <ul className={styles.list}>
          {failures.map((f) => (
            <li key={`${f.recipient}-${f.at}`} className={styles.failure} data-testid="failure">
              <span>
                <strong>{f.recipient}</strong> · {t(f.kind === 'channel' ? 'announcements.track.kind.channel' : 'announcements.track.kind.personal')}
              </span>
              <span data-testid="failure-reason">{f.reason}</span>
              <span className={styles.hint}>{formatDateTime(f.at, locale)}</span>
            </li>
          ))}
        </ul>
      )}
      <p className={styles.text}>
        <Link href={deliveriesCsvUrl(a.id, locale)} download onClick={onCsv} data-testid="deliveries-csv">
          {t('announcements.track.csv')}
        </Link>
      </p>
      {csvFailed && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('announcements.track.csvFailed')}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
