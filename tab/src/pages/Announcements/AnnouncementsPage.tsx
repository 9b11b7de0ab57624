import { useCallback, useEffect, useRef, useState } from 'react';
import { getKickoffTemplate, listAnnouncements } from '../../api/announcements';
import type { Announcement, AnnouncementInput } from '../../api/types';
import { RequestProblem } from '../../components/RequestProblem/RequestProblem';
import { useT } from '../../i18n/i18n';
import { AnnouncementList } from './AnnouncementList';
import { ComposeView } from './ComposeView';
import { replaceAnnouncement } from './format';
import { TrackingView } from './TrackingView';
import { useRequest } from '../../hooks/useRequest';

/** What the page shows: the list, the compose form (new or a draft), or one announcement's delivery. */
type View =
  | { kind: 'list' }
  | { kind: 'compose'; key: string; initial?: AnnouncementInput; saved?: Announcement }
  | { kind: 'track'; announcement: Announcement };

/**
 * The announcer's tools (loaded lazily): the list of announcements, composing one (from scratch,
 * from the kick-off template, or a saved draft), and tracking one that is scheduled or sent.
 */
export default function AnnouncementsPage() {
  const { t } = useT();
  const list = useRequest((signal) => listAnnouncements({ signal }), []);
  const [announcements, setAnnouncements] = useState<Announcement[]>([]);
  const [view, setView] = useState<View>({ kind: 'list' });
  const [templateFailed, setTemplateFailed] = useState(false);
  const [loadingTemplate, setLoadingTemplate] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  const loaded = list.state === 'ok' ? list.data : undefined;
  useEffect(() => {
    if (loaded) setAnnouncements(loaded);
  }, [loaded]);
  // A new view starts at its heading, so keyboard and screen reader users know where they are.
  useEffect(() => {
    if (view.kind !== 'list') heading.current?.focus();
  }, [view.kind]);

  const onChanged = useCallback((a: Announcement) => setAnnouncements((previous) => replaceAnnouncement(previous, a)), []);
  const newKey = () => crypto.randomUUID();
  const open = (a: Announcement) =>
    setView(a.state === 'draft' ? { kind: 'compose', key: a.id, initial: a, saved: a } : { kind: 'track', announcement: a });
  const fromTemplate = async () => {
    setTemplateFailed(false);
    setLoadingTemplate(true);
    try {
      const initial = await getKickoffTemplate();
      setView({ kind: 'compose', key: newKey(), initial });
    } catch {
      setTemplateFailed(true);
    } finally {
      setLoadingTemplate(false);
    }
  };
  const back = () => {
    setView({ kind: 'list' });
    list.retry();
  };

  if (list.state === 'error') {
    return <RequestProblem error={list.error} failedText={t('announcements.loadFailed')} forbiddenText={t('announcements.forbidden')} retry={list.retry} />;
  }
  if (view.kind === 'compose') {
    return (
      <ComposeView
        key={view.key}
        headingRef={heading}
        initial={view.initial}
        saved={view.saved}
        onChanged={onChanged}
        onSent={(a) => {
          onChanged(a);
          setView({ kind: 'track', announcement: a });
        }}
        onBack={back}
      />
    );
  }
  if (view.kind === 'track') {
    return <TrackingView key={view.announcement.id} headingRef={heading} initial={view.announcement} onChanged={onChanged} onBack={back} />;
  }
  return (
    <AnnouncementList
      announcements={announcements}
      loading={list.state === 'loading' && announcements.length === 0}
      templateFailed={templateFailed}
      loadingTemplate={loadingTemplate}
      onNew={() => setView({ kind: 'compose', key: newKey() })}
      onTemplate={() => void fromTemplate()}
      onOpen={open}
    />
  );
}
