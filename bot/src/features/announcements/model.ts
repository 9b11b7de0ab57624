import MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { z } from 'zod';
import type { AnnouncementInput } from '../../api/announcements-contract';
import { CARD_MARKDOWN_OPTIONS } from '../../api/card-markdown';
import { isHttpsUrl } from '../../api/https-url';
import { coded } from '../../http/validation';

/** Longest text accepted: a card stays readable, and Teams' 28 KB message limit is far away. */
export const MAX_TEXT = 4000;
const MAX_TITLE = 120;

/**
 * The card's markdown parser, read strictly for checking: the card's options, plus
 * - `html` on, so raw HTML shows up as html tokens (the card escapes it; Teams would show it as
 *   raw symbols) — with no html token in the text, the parse is the same as with `html` off;
 * - `linkify` on for URLs with a scheme, because Teams clients turn a bare `http://…` in a
 *   TextBlock into a link themselves, whatever the preview does (no fuzzy links or e-mails, so
 *   "rathaus.de" or "it@rathaus.de" in a sentence stay allowed text);
 * - every link target accepted by the parser (`validateLink`), so a `javascript:` or `data:` link,
 *   which markdown-it would silently leave as text, becomes a token and is judged here.
 */
const checker = new MarkdownIt({ ...CARD_MARKDOWN_OPTIONS, html: true, linkify: true });
checker.linkify.set({ fuzzyLink: false, fuzzyEmail: false, fuzzyIP: false });
checker.validateLink = () => true;

/** Every token of the text, inline children included, in document order. */
function* tokensOf(list: Token[]): Generator<Token> {
  for (const t of list) {
    yield t;
    if (t.children) yield* tokensOf(t.children);
  }
}

/**
 * Problems with a text in the safe markdown subset Teams renders in Adaptive Card TextBlocks:
 * paragraphs, **bold**, _italic_, "- " and "1. " lists, and [links](https://…). Anything else
 * (HTML, images, headings, code, tables) would reach people as raw symbols, or not at all.
 * Links are judged on the parsed text — inline, reference-style, autolinks and bare URLs, after
 * entities and escapes are decoded — so no spelling of an http or script link slips past.
 */
export function markdownProblems(text: string): string[] {
  return markdownIssues(text).map((p) => p.message);
}

/** {@link markdownProblems} with a stable code each (`markdown.heading`, …), which the tab translates. */
export function markdownIssues(text: string): Array<{ code: string; message: string }> {
  const problems: Array<{ code: string; message: string }> = [];
  const push = (code: string, message: string) => problems.push({ code: `markdown.${code}`, message });
  if (/^\s{0,3}#{1,6}\s/m.test(text)) push('heading', 'headings (#) are not shown by Teams cards; use **bold** lines');
  if (/```|^\s{4,}\S/m.test(text)) push('code', 'code blocks are not allowed');
  if (/^\s*\|.*\|\s*$/m.test(text)) push('table', 'tables are not allowed');
  let html = false;
  let images = false;
  let link: { href: string; text: string } | undefined;
  for (const t of tokensOf(checker.parse(text, {}))) {
    if (t.type === 'html_inline' || t.type === 'html_block') html = true;
    else if (t.type === 'image') {
      images = true;
      const src = t.attrGet('src') ?? '';
      if (!isHttpsUrl(src)) push('httpsOnly', `links must be https URLs: ${src.slice(0, 80) || '(empty)'}`);
    } else if (t.type === 'link_open') {
      link = { href: t.attrGet('href') ?? '', text: '' };
      if (!isHttpsUrl(link.href)) push('httpsOnly', `links must be https URLs: ${link.href.slice(0, 80) || '(empty)'}`);
    } else if (t.type === 'link_close' && link) {
      if (!link.text.trim()) push('linkText', `a link needs a text: [text](${link.href})`);
      link = undefined;
    } else if (link && t.content) link.text += t.content;
  }
  if (html) problems.unshift({ code: 'markdown.html', message: 'HTML tags are not allowed; use **bold**, _italic_, lists and [links](https://…)' });
  if (images) push('image', 'images inside the text are not allowed; use the image field');
  return problems;
}

export { isHttpsUrl };

const httpsUrl = z.string().trim().max(2048, 'at most 2048 characters').refine(isHttpsUrl, { message: 'a complete https:// URL', params: coded('invalid_url') });

/** Title and text in one language; a draft may still have them empty. */
const content = (complete: boolean) => z.object({
  title: z.string().trim().min(complete ? 1 : 0, 'the title must not be empty').max(MAX_TITLE, `at most ${MAX_TITLE} characters`),
  text: z.string().trim().min(complete ? 1 : 0, 'the text must not be empty').max(MAX_TEXT, `at most ${MAX_TEXT} characters`).superRefine((t, ctx) => {
    for (const p of markdownIssues(t)) ctx.addIssue({ code: z.ZodIssueCode.custom, message: p.message, params: coded(p.code) });
  }),
  /** Label of the link button, in this language (when there is a link). */
  linkLabel: z.string().trim().max(40, 'at most 40 characters').optional(),
}).strict();

/** Who receives an announcement. */
export const audienceSchema = z.object({
  /** Every person who has the app installed personally. */
  allEmployees: z.boolean().default(false),
  /** Team ids whose channel (where the app is installed) gets a post. */
  teams: z.array(z.string().min(1).max(200)).max(100).default([]),
  /** Department ids: their people get it personally. */
  departments: z.array(z.string().min(1).max(30)).max(50).default([]),
}).strict();

const fields = (complete: boolean) => z.object({
  languages: z.enum(['de', 'en', 'both'], { errorMap: () => ({ message: 'de, en or both' }) }),
  de: content(complete).optional(),
  en: content(complete).optional(),
  imageUrl: httpsUrl.optional(),
  linkUrl: httpsUrl.optional(),
  author: z.string().trim().max(120, 'at most 120 characters').default(''),
  acknowledge: z.boolean().default(true),
  audience: audienceSchema,
}).strict();

/**
 * A draft: every field well-formed (lengths, https URLs, the markdown subset), but it may be
 * unfinished — saving half-written work must not be refused.
 */
export const draftSchema = fields(false) satisfies z.ZodType<AnnouncementInput, z.ZodTypeDef, unknown>;

/** An announcement ready to send: complete in each of its languages, and with an audience. */
export const announcementInputSchema = fields(true).superRefine((a, ctx) => {
  const needed = a.languages === 'both' ? (['de', 'en'] as const) : [a.languages];
  for (const lang of needed) if (!a[lang]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [lang], message: `the ${lang === 'de' ? 'German' : 'English'} title and text are needed for languages "${a.languages}"`, params: coded('required') });
  if (a.linkUrl) for (const lang of needed) if (a[lang] && !a[lang]?.linkLabel) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [lang, 'linkLabel'], message: 'a label for the link button is needed', params: coded('required') });
  if (!a.audience.allEmployees && a.audience.teams.length === 0 && a.audience.departments.length === 0) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['audience'], message: 'choose who receives it: all employees, teams or departments', params: coded('audience.required') });
  }
}) satisfies z.ZodType<AnnouncementInput, z.ZodTypeDef, unknown>;
