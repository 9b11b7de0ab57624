/**
 * Pure rules behind the announcements tab (no browser): the compose form as a draft and back, its
 * checks mirroring the server's, the server's reasons mapped onto fields, the scheduling time,
 * and the words and numbers of the list and tracking.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnnouncementInput, DeliveryCounts } from '../../bot/src/api/announcements-contract';
import { announcementInputSchema, draftSchema, isHttpsUrl as serverIsHttpsUrl } from '../../bot/src/features/announcements/model';
import { kickoffTemplate } from '../../bot/src/features/announcements/template';
import {
  audienceOf,
  draftFromInput,
  draftProblems,
  inputFromDraft,
  isHttpsUrl,
  isoToLocal,
  languagesOf,
  localToIso,
  MAX_TEXT,
  scheduleProblem,
  serverProblems,
  type AnnouncementDraft,
} from '../../tab/src/pages/Announcements/announcementForm';
import { isLive, progressOf, replaceAnnouncement, titleOf } from '../../tab/src/pages/Announcements/format';

const counts = (over: Partial<DeliveryCounts> = {}): DeliveryCounts => ({ recipients: 0, queued: 0, sent: 0, failed: 0, acknowledged: 0, ...over });
const filled = (over: Partial<AnnouncementDraft> = {}): AnnouncementDraft => ({
  ...draftFromInput(),
  languages: 'de',
  de: { title: 'Hinweis', text: 'Ein Text.', linkLabel: '' },
  ...over,
});

describe('draftFromInput / inputFromDraft', () => {
  it('starts empty: both languages, all employees, with acknowledgement', () => {
    const draft = draftFromInput();
    expect(draft).toMatchObject({ languages: 'both', imageUrl: '', linkUrl: '', author: '', acknowledge: true, allEmployees: true, teams: [], departments: [] });
    expect(draft.de).toEqual({ title: '', text: '', linkLabel: '' });
  });

  it('round-trips the kick-off template unchanged, and the result passes the server schema', () => {
    const template = kickoffTemplate('Gemeinde Leopoldshöhe', 'https://digipuls.example.org/roadmap');
    const input = inputFromDraft(draftFromInput(template));
    expect(input).toEqual(template);
    expect(announcementInputSchema.safeParse(input).success).toBe(true);
  });

  it('trims, keeps only the chosen languages and leaves empty optional fields out', () => {
    const draft = filled({
      languages: 'de',
      de: { title: '  Hinweis ', text: ' Text \n', linkLabel: ' ' },
      en: { title: 'Kept in the form only', text: 'x', linkLabel: '' },
      imageUrl: '  ',
      linkUrl: ' https://example.org/a ',
      author: ' Die Leitung ',
      teams: ['19:t'],
    });
    const input: AnnouncementInput = inputFromDraft(draft);
    expect(input).toEqual({
      languages: 'de',
      de: { title: 'Hinweis', text: 'Text' },
      linkUrl: 'https://example.org/a',
      author: 'Die Leitung',
      acknowledge: true,
      audience: { allEmployees: true, teams: ['19:t'], departments: [] },
    });
    expect(draftSchema.safeParse(input).success).toBe(true);
  });

  it('names the languages German first, and the audience as the API takes it', () => {
    expect(languagesOf('both')).toEqual(['de', 'en']);
    expect(languagesOf('en')).toEqual(['en']);
    expect(audienceOf({ allEmployees: false, teams: ['a'], departments: ['finanzen'] })).toEqual({ allEmployees: false, teams: ['a'], departments: ['finanzen'] });
  });
});

describe('draftProblems', () => {
  it('lets an unfinished draft be saved, but not sent', () => {
    const draft = filled({ languages: 'both', de: { title: '', text: '', linkLabel: '' } });
    expect(draftProblems(draft, 'save')).toEqual([]);
    expect(draftProblems(draft, 'send').map((p) => `${p.path}:${p.key}`)).toEqual([
      'de.title:announcements.problem.titleEmpty',
      'de.text:announcements.problem.textEmpty',
      'en.title:announcements.problem.titleEmpty',
      'en.text:announcements.problem.textEmpty',
    ]);
  });

  it('refuses oversized text and titles (as the server does), at the limit not', () => {
    expect(draftProblems(filled({ de: { title: 'x', text: 'y'.repeat(MAX_TEXT), linkLabel: '' } }), 'send')).toEqual([]);
    expect(draftProblems(filled({ de: { title: 'x'.repeat(121), text: 'y'.repeat(MAX_TEXT + 1), linkLabel: '' } }), 'save')).toEqual([
      { path: 'de.title', key: 'announcements.problem.tooLong', values: { max: 120 } },
      { path: 'de.text', key: 'announcements.problem.tooLong', values: { max: 4000 } },
    ]);
  });

  it('refuses non-https and malformed URLs, like the server', () => {
    for (const url of ['http://example.org/a.png', 'https//broken', 'javascript:alert(1)', 'https://localhost/a', 'https://user:pw@example.org/']) {
      expect([url, isHttpsUrl(url), serverIsHttpsUrl(url)]).toEqual([url, false, false]);
    }
    expect(isHttpsUrl('https://example.org/bild.png')).toBe(true);
    expect(draftProblems(filled({ imageUrl: 'http://example.org/a.png', linkUrl: 'https//x' }), 'save').map((p) => p.path)).toEqual(['imageUrl', 'linkUrl']);
  });

  it('asks for a link label per language when there is a link, and for an audience', () => {
    const draft = filled({ languages: 'both', en: { title: 'Note', text: 'Text', linkLabel: 'Open' }, linkUrl: 'https://example.org', allEmployees: false });
    expect(draftProblems(draft, 'send').map((p) => `${p.path}:${p.key}`)).toEqual([
      'de.linkLabel:announcements.problem.linkLabelMissing',
      'audience:announcements.problem.audienceEmpty',
    ]);
    expect(draftProblems({ ...draft, departments: ['finanzen'], de: { ...draft.de, linkLabel: 'Öffnen' } }, 'send')).toEqual([]);
  });
});

describe('serverProblems', () => {
  type Translate = Parameters<typeof serverProblems>[1];
  // A translate over one catalog file (the React i18n module is JSX, which these Node tests do not compile).
  const createTranslate = (locale: 'de' | 'en') => {
    const catalog = JSON.parse(readFileSync(join(__dirname, '..', '..', 'tab', 'src', 'i18n', `${locale}.json`), 'utf8')) as Record<string, string>;
    return ((key: string, values?: Record<string, string | number>) =>
      (catalog[key] ?? key).replace(/\{(\w+)\}/g, (m, name: string) => (values && name in values ? String(values[name]) : m))) as Translate;
  };
  it('puts each of the server reasons at the field it names, in the reader\'s language (never the English message)', () => {
    const problem = (path: string, code: string, params?: Record<string, string | number>) => ({ path, code, message: 'English, not shown', ...(params && { params }) });
    const problems = [
      problem('announcement.de.title', 'required'),
      problem('announcement.imageUrl', 'invalid_url'),
      problem('announcement.audience.departments', 'departments.unknown', { departments: 'mars' }),
      problem('at', 'at.inPast'),
      problem('announcement.en', 'required'),
      problem('', 'something-new'),
    ];
    expect(serverProblems(problems, createTranslate('de'))).toEqual([
      { path: 'de.title', message: 'Bitte ausfüllen.' },
      { path: 'imageUrl', message: 'Bitte eine vollständige https://-Adresse angeben.' },
      { path: 'audience', message: 'Unbekannte Bereiche: mars.' },
      { path: 'schedule', message: expect.stringMatching(/^Dieser Zeitpunkt liegt in der Vergangenheit/) },
      { path: 'en', message: 'Bitte ausfüllen.' },
      { path: '', message: 'Diese Angabe ist ungültig.' },
    ]);
    expect(serverProblems([problem('announcement.de.text', 'markdown.html')], createTranslate('en'))[0].message).toMatch(/^HTML is not allowed/);
  });
});

describe('scheduling', () => {
  const now = new Date('2027-01-15T08:00:00Z');

  it('reads a datetime-local value as local time, and back', () => {
    const iso = localToIso('2027-01-15T09:30');
    expect(iso).toBe(new Date(2027, 0, 15, 9, 30).toISOString());
    expect(isoToLocal(iso!)).toBe('2027-01-15T09:30');
    expect(localToIso('15.01.2027 09:30')).toBeUndefined();
    expect(localToIso('2027-13-45T99:99')).toBeUndefined();
  });

  it('refuses times in the past or less than a minute ahead, and empty or malformed ones', () => {
    expect(scheduleProblem('', now)).toBe('announcements.problem.scheduleMissing');
    expect(scheduleProblem('2027-01-15', now)).toBe('announcements.problem.scheduleInvalid');
    expect(scheduleProblem(isoToLocal('2020-01-01T09:00:00Z'), now)).toBe('announcements.problem.schedulePast');
    expect(scheduleProblem(isoToLocal(new Date(now.getTime() + 30_000).toISOString()), now)).toBe('announcements.problem.schedulePast');
    expect(scheduleProblem(isoToLocal(new Date(now.getTime() + 5 * 60_000).toISOString()), now)).toBeUndefined();
  });
});

describe('format', () => {
  it('measures progress as done (sent or failed) of the recipients, unknown before they are', () => {
    expect(progressOf(counts())).toBeUndefined();
    expect(progressOf(counts({ recipients: 4, sent: 1, failed: 1, queued: 2 }))).toBe(0.5);
    expect(progressOf(counts({ recipients: 4, sent: 3, failed: 1 }))).toBe(1);
  });

  it('polls only while scheduled or sending', () => {
    expect((['draft', 'scheduled', 'sending', 'sent', 'cancelled'] as const).filter(isLive)).toEqual(['scheduled', 'sending']);
  });

  it('titles an announcement in the reader’s language, else the other', () => {
    expect(titleOf({ de: { title: 'Hinweis', text: '' }, en: { title: 'Note', text: '' } }, 'en')).toBe('Note');
    expect(titleOf({ de: { title: 'Hinweis', text: '' } }, 'en')).toBe('Hinweis');
    expect(titleOf({}, 'de')).toBe('');
  });

  it('replaces a changed announcement in the list, newest first', () => {
    const a = (id: string, createdAt: string, title = id) => ({ id, createdAt, de: { title, text: '' } }) as never;
    const list = [a('b', '2027-01-02'), a('a', '2027-01-01')];
    expect(replaceAnnouncement(list, a('a', '2027-01-01', 'changed')).map((x) => `${x.id}:${x.de?.title}`)).toEqual(['b:b', 'a:changed']);
    expect(replaceAnnouncement(list, a('c', '2027-01-03')).map((x) => x.id)).toEqual(['c', 'b', 'a']);
  });
});
