import { Button, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Announcement } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { useAnnouncementStyles } from './useAnnouncementStyles';
import type { ComposeNotice as Notice } from './useComposeActions';

/** Props of {@link ComposeNotice}. */
export interface ComposeNoticeProps {
  notice: Notice | undefined;
  /** After a conflict: continue from the version stored now. */
  onAdopt: (current: Announcement) => void;
}

/**
 * How the last action ended, in words: saved, test sent, the server's reasons for refusing (400,
 * one per line, translated from their codes), a conflict (409, its reason code translated) with the
 * way forward, or a failure.
 */
export function ComposeNotice({ notice, onAdopt }: ComposeNoticeProps) {
  const styles = useAnnouncementStyles();
  const { t } = useT();
  if (!notice) return null;
  switch (notice.kind) {
    case 'saved':
    case 'testSent':
      return (
        <MessageBar intent="success" layout="multiline" data-testid="compose-notice" data-kind={notice.kind}>
          <MessageBarBody>{t(notice.kind === 'saved' ? 'announcements.saved' : 'announcements.testSent')}</MessageBarBody>
        </MessageBar>
      );
    case 'testFailed':
      return (
        <MessageBar intent="warning" layout="multiline" data-testid="compose-notice" data-kind={notice.kind}>
          <MessageBarBody>
            <MessageBarTitle>{t('announcements.testFailed')}</MessageBarTitle> {notice.message}
          </MessageBarBody>
        </MessageBar>
      );
    case 'rejected':
      return (
        <MessageBar intent="error" layout="multiline" data-testid="compose-notice" data-kind={notice.kind}>
          <MessageBarBody>
            <MessageBarTitle>{t('announcements.rejected')}</MessageBarTitle>
            <ul className={styles.problems}>
              {notice.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      );
    case 'conflict': {
      const { current } = notice;
      return (
        <MessageBar intent="warning" layout="multiline" data-testid="compose-notice" data-kind={notice.kind}>
          <MessageBarBody>
            <MessageBarTitle>{t('announcements.conflict')}</MessageBarTitle> {notice.message}{' '}
            {current?.state === 'draft' && (
              <Button size="small" onClick={() => onAdopt(current)} data-testid="conflict-load">
                {t('announcements.conflictLoad')}
              </Button>
            )}
          </MessageBarBody>
        </MessageBar>
      );
    }
    case 'failed': {
      const key = notice.status === 403 ? 'announcements.forbidden' : notice.status === 404 ? 'announcements.gone' : 'announcements.failed';
      return (
        <MessageBar intent="error" layout="multiline" data-testid="compose-notice" data-kind={notice.kind}>
          <MessageBarBody>{t(key)}</MessageBarBody>
        </MessageBar>
      );
    }
  }
}
