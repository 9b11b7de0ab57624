import { Badge, Button, Link, MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Announcement } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { STATE_COLOR, STATE_LABEL, titleOf } from './format';
import { useAnnouncementStyles } from './useAnnouncementStyles';
import { formatCount, formatDateTime } from '../../format';

/** Props of {@link AnnouncementList}. */
export interface AnnouncementListProps {
  announcements: Announcement[];
  loading: boolean;
  templateFailed: boolean;
  loadingTemplate: boolean;
  onNew: () => void;
  onTemplate: () => void;
  onOpen: (announcement: Announcement) => void;
}

/**
 * Every announcement, newest first: its title (opens the draft or its tracking), a state badge
 * (with the state in words), when it was created, scheduled or sent, and its delivery counts.
 */
export function AnnouncementList({ announcements, loading, templateFailed, loadingTemplate, onNew, onTemplate, onOpen }: AnnouncementListProps) {
  const styles = useAnnouncementStyles();
  const { t, locale } = useT();
  const n = (value: number) => formatCount(value, locale);
  return (
    <div className={styles.root} data-testid="announcement-list">
      <div className={styles.toolbar}>
        <Button appearance="primary" onClick={onNew} data-testid="announcement-new">
          {t('announcements.new')}
        </Button>
        <Button onClick={onTemplate} disabled={loadingTemplate} data-testid="announcement-template">
          {t('announcements.template')}
        </Button>
      </div>
      {templateFailed && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t('announcements.templateFailed')}</MessageBarBody>
        </MessageBar>
      )}
      <section className={styles.root} aria-labelledby="announcement-list-title">
        <h3 id="announcement-list-title" className={styles.sectionTitle}>
          {t('announcements.listTitle')}
        </h3>
        {loading && (
          <p role="status" className={styles.status}>
            {t('announcements.loadingPage')}
          </p>
        )}
        {!loading && announcements.length === 0 && <p className={styles.text}>{t('announcements.empty')}</p>}
        {announcements.length > 0 && (
          <ul className={styles.list}>
            {announcements.map((a) => (
              <li key={a.id} className={styles.entry} data-testid="announcement-entry" data-id={a.id} data-state={a.state}>
                <div className={styles.entryHead}>
                  <Link as="button" className={styles.entryTitle} onClick={() => onOpen(a)}>
                    {titleOf(a, locale) || t('announcements.untitled')}
                  </Link>
                  <Badge appearance="tint" color={STATE_COLOR[a.state]} data-testid="announcement-state">
                    {t(STATE_LABEL[a.state])}
                  </Badge>
                </div>
                <p className={styles.hint}>
                  {a.state === 'scheduled' && a.sendAt
                    ? t('announcements.scheduledFor', { at: formatDateTime(a.sendAt, locale) })
                    : (a.state === 'sent' || a.state === 'sending') && a.sendAt
                      ? t('announcements.sentAt', { at: formatDateTime(a.sendAt, locale) })
                      : t('announcements.createdBy', { at: formatDateTime(a.createdAt, locale), by: a.createdBy })}
                </p>
                {a.counts.recipients > 0 && (
                  <p className={styles.hint} data-testid="announcement-counts">
                    {t('announcements.countsShort', {
                      sent: n(a.counts.sent),
                      recipients: n(a.counts.recipients),
                      failed: n(a.counts.failed),
                      acknowledged: n(a.counts.acknowledged),
                    })}
                  </p>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
