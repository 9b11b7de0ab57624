import { Badge, Button, MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState, type RefObject } from 'react';
import { announcementConflict, cancelAnnouncement, conflictText } from '../../api/announcements';
import type { Announcement, DeliveryCounts } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { isLive, STATE_COLOR, STATE_LABEL, titleOf, type MessageKey } from './format';
import { useAnnouncementStyles } from './useAnnouncementStyles';
import { DeliveryFailures, DeliveryProgress } from './TrackingSections';
import { useTracking } from './useTracking';
import { formatCount, formatDateTime } from '../../format';
import { KeyFigures } from '../../components/KeyFigures/KeyFigures';

/** Props of {@link TrackingView}. */
export interface TrackingViewProps {
  headingRef: RefObject<HTMLHeadingElement | null>;
  initial: Announcement;
  onChanged: (a: Announcement) => void;
  onBack: () => void;
}

const COUNTS: Array<[keyof DeliveryCounts, MessageKey]> = [
  ['recipients', 'announcements.counts.recipients'],
  ['queued', 'announcements.counts.queued'],
  ['sent', 'announcements.counts.sent'],
  ['failed', 'announcements.counts.failed'],
  ['acknowledged', 'announcements.counts.acknowledged'],
];

/**
 * One announcement's delivery: its state, the counts (queued, sent, failed, acknowledged) live
 * while it is scheduled or sending, a progress bar, the failures with their reasons, the delivery
 * list as CSV, and cancelling while it is only scheduled.
 */
export function TrackingView({ headingRef, initial, onChanged, onBack }: TrackingViewProps) {
  const styles = useAnnouncementStyles();
  const { t, locale } = useT();
  const tracking = useTracking(initial, onChanged);
  const { announcement: a, failures } = tracking;
  const [problem, setProblem] = useState<string>();
  const n = (v: number) => formatCount(v, locale);
  // A scheduled one shows progress once it is due (a send now starts as scheduled for now).
  const started = a.state === 'sending' || a.state === 'sent' || (a.state === 'scheduled' && Date.parse(a.sendAt ?? '') <= Date.now() + 5000);

  const cancel = async () => {
    setProblem(undefined);
    try {
      const next = await cancelAnnouncement(a.id, a.etag);
      tracking.replace(next);
      onChanged(next);
    } catch (error) {
      const conflict = announcementConflict(error);
      if (conflict?.current) tracking.replace(conflict.current);
      setProblem(conflict ? conflictText(t, conflict) : t('announcements.failed'));
    }
  };

  return (
    <div className={styles.root} data-testid="tracking" data-id={a.id} data-state={a.state}>
      <div className={styles.toolbar}>
        <Button appearance="subtle" onClick={onBack} data-testid="back">
          {t('announcements.back')}
        </Button>
      </div>
      <div className={styles.head}>
        <div className={styles.entryHead}>
          <h3 ref={headingRef} tabIndex={-1} className={styles.title}>
            {titleOf(a, locale) || t('announcements.untitled')}
          </h3>
          <Badge appearance="tint" color={STATE_COLOR[a.state]} data-testid="tracking-state">
            {t(STATE_LABEL[a.state])}
          </Badge>
        </div>
        {a.sendAt && (
          <p className={styles.hint}>{t(a.state === 'scheduled' ? 'announcements.scheduledFor' : 'announcements.sentAt', { at: formatDateTime(a.sendAt, locale) })}</p>
        )}
        {isLive(a.state) && <p className={styles.hint}>{t('announcements.track.live')}</p>}
      </div>
      {a.state === 'cancelled' && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{t('announcements.track.cancelled')}</MessageBarBody>
        </MessageBar>
      )}
      {started && <DeliveryProgress announcement={a} />}
      <section aria-labelledby="tracking-counts-title" className={styles.form}>
        <h4 id="tracking-counts-title" className={styles.sectionTitle}>
          {t('announcements.track.counts')}
        </h4>
        <KeyFigures
          testId="tracking-counts"
          figures={COUNTS.map(([key, label]) => ({ id: key, valueTestId: `count-${key}`, label: t(label), value: n(a.counts[key]) }))}
        />
      </section>
      {tracking.stale && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('announcements.track.loadFailed')}</MessageBarBody>
        </MessageBar>
      )}
      {a.state === 'scheduled' && (
        <div className={styles.toolbar}>
          <Button onClick={() => void cancel()} data-testid="tracking-cancel">
            {t('announcements.track.cancel')}
          </Button>
        </div>
      )}
      {problem && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {(a.state === 'sending' || a.state === 'sent') && <DeliveryFailures announcement={a} failures={failures} />}
    </div>
  );
}
