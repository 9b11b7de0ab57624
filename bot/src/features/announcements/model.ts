import { z } from 'zod';
import type { AnnouncementInput } from '../../api/announcements-contract';
import { isHttpsUrl } from '../../api/https-url';

/** Longest text accepted: a card stays readable, and Teams' 28 KB message limit is far away. */
export const MAX_TEXT = 4000;
const MAX_TITLE = 120;

/**
 * Problems with a text in the safe markdown subset Teams renders in Adaptive Card TextBlocks:
 * paragraphs, **bold**, _italic_, "- " and "1. " lists, and [links](https://…). Anything else
 * (HTML, images, headings, code, tables) would reach people as raw symbols, or not at all.
 */
export function markdownProblems(text: string): string[] {
  const problems: string[] = [];
  if (/<\/?[a-z!][^>]*>/i.test(text)) problems.push('HTML tags are not allowed; use **bold**, _italic_, lists and [links](https://…)');
  if (/!\[[^\]]*\]\(/.test(text)) problems.push('images inside the text are not allowed; use the image field');
  if (/^\s{0,3}#{1,6}\s/m.test(text)) problems.push('headings (#) are not shown by Teams cards; use **bold** lines');
  if (/```|^\s{4,}\S/m.test(text)) problems.push('code blocks are not allowed');
  if (/^\s*\|.*\|\s*$/m.test(text)) problems.push('tables are not allowed');
  for (const m of text.matchAll(/\[([^\]]*)\]\(([^)\s]*)\)/g)) {
    if (!m[1].trim()) problems.push(`a link needs a text: [text](${m[2]})`);
    if (!isHttpsUrl(m[2])) problems.push(`links must be https URLs: ${m[2].slice(0, 80) || '(empty)'}`);
  }
  return problems;
}

export { isHttpsUrl };

const httpsUrl = z.string().trim().max(2048, 'at most 2048 characters').refine(isHttpsUrl, 'a complete https:// URL');

/** Title and text in one language; a draft may still have them empty. */
const content = (complete: boolean) => z.object({
  title: z.string().trim().min(complete ? 1 : 0, 'the title must not be empty').max(MAX_TITLE, `at most ${MAX_TITLE} characters`),
  text: z.string().trim().min(complete ? 1 : 0, 'the text must not be empty').max(MAX_TEXT, `at most ${MAX_TEXT} characters`).superRefine((t, ctx) => {
    for (const message of markdownProblems(t)) ctx.addIssue({ code: z.ZodIssueCode.custom, message });
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
  for (const lang of needed) if (!a[lang]) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [lang], message: `the ${lang === 'de' ? 'German' : 'English'} title and text are needed for languages "${a.languages}"` });
  if (a.linkUrl) for (const lang of needed) if (a[lang] && !a[lang]?.linkLabel) ctx.addIssue({ code: z.ZodIssueCode.custom, path: [lang, 'linkLabel'], message: 'a label for the link button is needed' });
  if (!a.audience.allEmployees && a.audience.teams.length === 0 && a.audience.departments.length === 0) {
    ctx.addIssue({ code: z.ZodIssueCode.custom, path: ['audience'], message: 'choose who receives it: all employees, teams or departments' });
  }
}) satisfies z.ZodType<AnnouncementInput, z.ZodTypeDef, unknown>;
