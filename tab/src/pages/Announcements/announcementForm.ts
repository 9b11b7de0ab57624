/**
 * The compose form's rules: an announcement as editable text fields (a draft) and back, the checks
 * the form makes before saving or sending (mirroring the server's, which checks everything again
 * and explains the rest, e.g. the markdown subset), the server's reasons mapped onto fields, and
 * the scheduling time. DOM-free, unit-tested in Node (tests/tab/announcements.form.test.ts).
 */
import type { AnnouncementContent, AnnouncementInput, Audience } from '../../api/types';
import type { MessageKey } from './format';
import { isHttpsUrl } from '../../../../bot/src/api/https-url';
import type { FieldProblem } from '../../../../bot/src/api/contract';
import { problemReason, type Translate } from '../../api/problemText';

/** Limits of the server (bot/src/features/announcements/model.ts). */
export const MAX_TITLE = 120;
export const MAX_TEXT = 4000;
export const MAX_LINK_LABEL = 40;
export const MAX_AUTHOR = 120;

/** A card language. */
export type Lang = 'de' | 'en';

/** Title, text and link label in one language, as the inputs hold them. */
export interface ContentDraft {
  title: string;
  text: string;
  linkLabel: string;
}

/** The compose form's state: every field as the inputs hold it. */
export interface AnnouncementDraft {
  languages: AnnouncementInput['languages'];
  /** Both languages are kept while the person switches between them; only the chosen ones are saved. */
  de: ContentDraft;
  en: ContentDraft;
  imageUrl: string;
  linkUrl: string;
  author: string;
  acknowledge: boolean;
  allEmployees: boolean;
  teams: string[];
  departments: string[];
}

/** A problem the form found, at a field (`de.title`, `imageUrl`, `audience`, …), in the reader's words. */
export interface FormProblem {
  path: string;
  key: MessageKey;
  values?: Record<string, string | number>;
}

/** A reason the server gave (400), at the field it names when it names one. */
export interface ServerProblem {
  path: string;
  message: string;
}

const emptyContent = (): ContentDraft => ({ title: '', text: '', linkLabel: '' });
const contentDraft = (c: AnnouncementContent | undefined): ContentDraft =>
  c ? { title: c.title, text: c.text, linkLabel: c.linkLabel ?? '' } : emptyContent();

/** The form for `input`, or an empty one (German and English, all employees, with acknowledgement). */
export function draftFromInput(input?: AnnouncementInput): AnnouncementDraft {
  return {
    languages: input?.languages ?? 'both',
    de: contentDraft(input?.de),
    en: contentDraft(input?.en),
    imageUrl: input?.imageUrl ?? '',
    linkUrl: input?.linkUrl ?? '',
    author: input?.author ?? '',
    acknowledge: input?.acknowledge ?? true,
    allEmployees: input?.audience.allEmployees ?? true,
    teams: [...(input?.audience.teams ?? [])],
    departments: [...(input?.audience.departments ?? [])],
  };
}

/** The languages an announcement carries, German first. */
export function languagesOf(languages: AnnouncementDraft['languages']): Lang[] {
  return languages === 'both' ? ['de', 'en'] : [languages];
}

/** The audience the form describes. */
export function audienceOf(draft: Pick<AnnouncementDraft, 'allEmployees' | 'teams' | 'departments'>): Audience {
  return { allEmployees: draft.allEmployees, teams: [...draft.teams], departments: [...draft.departments] };
}

/**
 * The announcement the form describes, as the API takes it: trimmed, only the chosen languages,
 * optional fields left out when empty. (Checks are {@link draftProblems}; the server checks again.)
 */
export function inputFromDraft(draft: AnnouncementDraft): AnnouncementInput {
  const input: AnnouncementInput = {
    languages: draft.languages,
    author: draft.author.trim(),
    acknowledge: draft.acknowledge,
    audience: audienceOf(draft),
  };
  for (const lang of languagesOf(draft.languages)) {
    const c = draft[lang];
    const linkLabel = c.linkLabel.trim();
    input[lang] = { title: c.title.trim(), text: c.text.trim(), ...(linkLabel && { linkLabel }) };
  }
  const imageUrl = draft.imageUrl.trim();
  const linkUrl = draft.linkUrl.trim();
  if (imageUrl) input.imageUrl = imageUrl;
  if (linkUrl) input.linkUrl = linkUrl;
  return input;
}

/** The server's own URL rule (one implementation for both). */
export { isHttpsUrl };

/**
 * What the form refuses before asking the server. `save` (a draft, a preview, a test): lengths and
 * https URLs — unfinished work may be kept. `send` (now or scheduled): also every chosen language's
 * title and text, a link label per language when there is a link, and an audience.
 */
export function draftProblems(draft: AnnouncementDraft, purpose: 'save' | 'send'): FormProblem[] {
  const problems: FormProblem[] = [];
  const complete = purpose === 'send';
  for (const lang of languagesOf(draft.languages)) {
    const c = draft[lang];
    const title = c.title.trim();
    const text = c.text.trim();
    if (complete && !title) problems.push({ path: `${lang}.title`, key: 'announcements.problem.titleEmpty' });
    if (title.length > MAX_TITLE) problems.push({ path: `${lang}.title`, key: 'announcements.problem.tooLong', values: { max: MAX_TITLE } });
    if (complete && !text) problems.push({ path: `${lang}.text`, key: 'announcements.problem.textEmpty' });
    if (text.length > MAX_TEXT) problems.push({ path: `${lang}.text`, key: 'announcements.problem.tooLong', values: { max: MAX_TEXT } });
    const label = c.linkLabel.trim();
    if (label.length > MAX_LINK_LABEL) problems.push({ path: `${lang}.linkLabel`, key: 'announcements.problem.tooLong', values: { max: MAX_LINK_LABEL } });
    if (complete && draft.linkUrl.trim() && !label) problems.push({ path: `${lang}.linkLabel`, key: 'announcements.problem.linkLabelMissing' });
  }
  for (const field of ['imageUrl', 'linkUrl'] as const) {
    const url = draft[field].trim();
    if (url && !isHttpsUrl(url)) problems.push({ path: field, key: 'announcements.problem.https' });
  }
  if (draft.author.trim().length > MAX_AUTHOR) problems.push({ path: 'author', key: 'announcements.problem.tooLong', values: { max: MAX_AUTHOR } });
  if (complete && !draft.allEmployees && draft.teams.length === 0 && draft.departments.length === 0) {
    problems.push({ path: 'audience', key: 'announcements.problem.audienceEmpty' });
  }
  return problems;
}

/**
 * The server's reasons (`{ path: 'announcement.de.title', code: 'required' }`), each in words at the
 * form field it names: the path without `announcement.`, shortened to a field the form has
 * (`audience.departments` → `audience`). Reasons without a path keep path `''`.
 */
export function serverProblems(problems: readonly FieldProblem[], t: Translate): ServerProblem[] {
  return problems.map((problem) => {
    const parts = problem.path.replace(/^announcement\./, '').split('.');
    const path = parts[0] === 'de' || parts[0] === 'en' ? parts.slice(0, 2).join('.') : parts[0] === 'at' ? 'schedule' : parts[0];
    return { path, message: problemReason(t, problem) };
  });
}

/** The earliest a scheduled send may be, ahead of now (the server allows 30 s; the form asks for a minute). */
export const MIN_SCHEDULE_LEAD_MS = 60_000;

/**
 * A `datetime-local` value (`2027-01-15T09:00`, the person's own time) as an ISO instant.
 * @returns `undefined` when the value is not a date-time.
 */
export function localToIso(local: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(local)) return undefined;
  const time = new Date(local).getTime();
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** An instant as a `datetime-local` value in the runtime's time zone (minutes precision). */
export function isoToLocal(iso: string): string {
  const d = new Date(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** Why a scheduling time cannot be used, or `undefined` when it can (at least a minute ahead of `now`). */
export function scheduleProblem(local: string, now: Date): MessageKey | undefined {
  if (!local.trim()) return 'announcements.problem.scheduleMissing';
  const iso = localToIso(local);
  if (!iso) return 'announcements.problem.scheduleInvalid';
  return Date.parse(iso) < now.getTime() + MIN_SCHEDULE_LEAD_MS ? 'announcements.problem.schedulePast' : undefined;
}
