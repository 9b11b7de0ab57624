import { useCallback, useRef, useState } from 'react';
import { ApiError } from '../../api/client';
import {
  announcementConflict,
  announcementProblems,
  conflictText,
  createAnnouncement,
  sendAnnouncement,
  sendTestAnnouncement,
  updateAnnouncement,
} from '../../api/announcements';
import type { Announcement, AnnouncementInput } from '../../api/types';
import { apiProblems, type FieldProblem } from '../../api/problems';
import { useT, type Translate } from '../../i18n/i18n';

/** How the last action ended, as the form tells it. */
export type ComposeNotice =
  | { kind: 'saved' }
  | { kind: 'testSent' }
  /** `message`: the reason in the reader's language (from the server's `reason` code). */
  | { kind: 'testFailed'; message: string }
  /** `problems` as lines for the notice; `fields` to mark each at its field. */
  | { kind: 'rejected'; problems: string[]; fields: FieldProblem[] }
  | { kind: 'conflict'; message: string; current?: Announcement }
  | { kind: 'failed'; status: number };

/** Which action is running. */
export type ComposeBusy = 'save' | 'test' | 'send' | 'schedule';

/** Says how a failed request ended: a conflict (409), the server's reasons (400), or a failure. */
function noticeOf(error: unknown, t: Translate): ComposeNotice {
  const conflict = announcementConflict(error);
  if (conflict) return { kind: 'conflict', message: conflictText(t, conflict), ...(conflict.current && { current: conflict.current }) };
  const problems = announcementProblems(error, t);
  if (problems.length > 0) return { kind: 'rejected', problems, fields: apiProblems(error) };
  return { kind: 'failed', status: error instanceof ApiError ? error.status : 0 };
}

/**
 * The compose form's server actions. Each first saves the draft (created under the form's id the
 * first time, so a double click creates it once; afterwards changed with the ETag it was read
 * with), then tests, sends or schedules it. Never throws: every ending is a {@link ComposeNotice}.
 */
export function useComposeActions(o: {
  /** The id chosen once per form (a saved draft's own id). */
  id: string;
  saved?: Announcement;
  onChanged: (a: Announcement) => void;
  onSent: (a: Announcement) => void;
}) {
  const { t } = useT();
  const [saved, setSaved] = useState(o.saved);
  const [busy, setBusy] = useState<ComposeBusy>();
  const [notice, setNotice] = useState<ComposeNotice>();
  // The latest version for chained requests (state updates arrive only with the next render).
  const latest = useRef(o.saved);
  const running = useRef(false);
  const { id, onChanged, onSent } = o;

  const keep = useCallback(
    (a: Announcement) => {
      latest.current = a;
      setSaved(a);
      onChanged(a);
    },
    [onChanged],
  );

  const persist = useCallback(
    async (input: AnnouncementInput) => {
      const current = latest.current;
      const a = current ? await updateAnnouncement(current.id, current.etag, input) : await createAnnouncement(id, input);
      keep(a);
      return a;
    },
    [id, keep],
  );

  const run = useCallback(async (kind: ComposeBusy, work: () => Promise<ComposeNotice | undefined>) => {
    if (running.current) return;
    running.current = true;
    setBusy(kind);
    setNotice(undefined);
    try {
      setNotice(await work());
    } catch (error) {
      setNotice(noticeOf(error, t));
    } finally {
      running.current = false;
      setBusy(undefined);
    }
  }, [t]);

  const save = (input: AnnouncementInput) =>
    run('save', async () => {
      await persist(input);
      return { kind: 'saved' };
    });

  const test = (input: AnnouncementInput) =>
    run('test', async () => {
      const a = await persist(input);
      try {
        await sendTestAnnouncement(a.id);
        return { kind: 'testSent' };
      } catch (error) {
        const conflict = announcementConflict(error);
        if (conflict) return { kind: 'testFailed', message: conflictText(t, conflict) };
        throw error;
      }
    });

  /** Sends now (`at` absent) or schedules for `at` (ISO). */
  const send = (input: AnnouncementInput, at?: string) =>
    run(at ? 'schedule' : 'send', async () => {
      const a = await persist(input);
      const sent = await sendAnnouncement(a.id, a.etag, at);
      keep(sent);
      onSent(sent);
      return undefined;
    });

  /** After a conflict: continue from the version stored now. */
  const adopt = (a: Announcement) => {
    keep(a);
    setNotice(undefined);
  };

  return { saved, busy, notice, save, test, send, adopt };
}
