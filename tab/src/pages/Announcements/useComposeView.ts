import { useMemo, useRef, useState } from 'react';
import { countAudience, getAudienceOptions } from '../../api/announcements';
import type { AudienceCount } from '../../api/types';
import { useT } from '../../i18n/i18n';
import { useRequest } from '../../hooks/useRequest';
import {
  audienceOf,
  draftFromInput,
  draftProblems,
  inputFromDraft,
  localToIso,
  scheduleProblem,
  serverProblems,
  type AnnouncementDraft,
  type FormProblem,
} from './announcementForm';
import type { ComposeViewProps } from './ComposeView';
import { useComposeActions } from './useComposeActions';
import { useRecipientCount } from './useRecipientCount';

/** Which check the form made last: it re-checks as the person types, so marks go as they fix them. */
type Checked = 'save' | 'send' | 'schedule';

/**
 * The state of {@link ComposeView} (its render stays apart, as Fluent UI v9 splits a component):
 * the draft, the form's own checks and where each problem is marked, the audience with its live
 * count, and the actions, each checking the form first.
 */
export function useComposeView({ initial, saved: savedAtStart, onChanged, onSent }: Pick<ComposeViewProps, 'initial' | 'saved' | 'onChanged' | 'onSent'>) {
  const { t } = useT();
  const [draft, setDraft] = useState<AnnouncementDraft>(() => draftFromInput(initial));
  const [id] = useState(() => savedAtStart?.id ?? crypto.randomUUID());
  const [checked, setChecked] = useState<Checked>();
  const [scheduleAt, setScheduleAt] = useState('');
  const [confirm, setConfirm] = useState<AudienceCount>();
  const form = useRef<HTMLDivElement>(null);
  const actions = useComposeActions({ id, saved: savedAtStart, onChanged, onSent });
  const options = useRequest((signal) => getAudienceOptions({ signal }), []);

  const input = useMemo(() => inputFromDraft(draft), [draft]);
  const { allEmployees, teams, departments } = draft;
  const audience = useMemo(() => audienceOf({ allEmployees, teams, departments }), [allEmployees, teams, departments]);
  const count = useRecipientCount(audience);

  const set = <K extends keyof AnnouncementDraft>(key: K, value: AnnouncementDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const problemsFor = (kind: Checked | undefined): FormProblem[] => {
    if (!kind) return [];
    const list = draftProblems(draft, kind === 'save' ? 'save' : 'send');
    const when = kind === 'schedule' ? scheduleProblem(scheduleAt, new Date()) : undefined;
    if (when) list.push({ path: 'schedule', key: when });
    if (kind === 'send' && count.state === 'ok' && count.count.recipients === 0 && !list.some((p) => p.path === 'audience')) {
      list.push({ path: 'audience', key: 'announcements.problem.nobody' });
    }
    return list;
  };
  const problems = problemsFor(checked);
  const fromServer = actions.notice?.kind === 'rejected' ? serverProblems(actions.notice.fields, t) : [];
  const errorAt = (path: string) => {
    const mine = problems.find((p) => p.path === path);
    return mine ? t(mine.key, mine.values) : fromServer.find((p) => p.path === path)?.message;
  };
  const field = (path: string) => {
    const message = errorAt(path);
    return message ? { validationState: 'error' as const, validationMessage: message } : {};
  };

  /** Marks the form's problems for `kind`; true when there are none. Else focuses the first marked field. */
  const passes = (kind: Checked) => {
    setChecked(kind);
    if (problemsFor(kind).length === 0) return true;
    window.setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"], [data-path="audience"]')?.focus());
    return false;
  };
  const save = () => passes('save') && void actions.save(input);
  const test = () => passes('save') && void actions.test(input);
  const sendNow = async () => {
    if (!passes('send')) return;
    const known = count.state === 'ok' ? count.count : await countAudience(audience).catch(() => undefined);
    if (known && known.recipients > 0) setConfirm(known);
  };
  const schedule = () => {
    if (passes('schedule')) void actions.send(input, localToIso(scheduleAt));
  };

  /** After a conflict: continue from the version stored now, in the form too. */
  const adopt: typeof actions.adopt = (current) => {
    actions.adopt(current);
    setDraft(draftFromInput(current));
  };
  const confirmSend = () => {
    setConfirm(undefined);
    void actions.send(input);
  };

  return { draft, set, setDraft, id, form, actions, options, input, count, problems, errorAt, field, save, test, sendNow, schedule, scheduleAt, setScheduleAt, confirm, setConfirm, adopt, confirmSend };
}
