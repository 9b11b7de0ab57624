import type { GroupResults, RoundResults } from '../../api/contract';
import type { Lang } from '../../i18n';
import { spreadsheetCsv } from '../../http/csv';

const HEADERS: Record<Lang, string[]> = {
  de: ['Gruppe', 'Frage-ID', 'Frage', 'Antworten', 'Mittelwert (1–5)', 'Zustimmung', 'Neutral', 'Ablehnung', 'eNPS', 'Promotoren', 'Passive', 'Kritiker', 'Verteilung'],
  en: ['Group', 'Question id', 'Question', 'Answers', 'Mean (1–5)', 'Favourable', 'Neutral', 'Unfavourable', 'eNPS', 'Promoters', 'Passives', 'Detractors', 'Distribution'],
};
const TOTAL: Record<Lang, string> = { de: 'Gesamte Verwaltung', en: 'Whole administration' };
const HIDDEN: Record<Lang, string> = { de: 'zu wenige Antworten – nicht ausgewiesen', en: 'too few answers – not shown' };

/**
 * The round's aggregates as CSV (UTF-8 with BOM, so spreadsheet programs read umlauts): one row
 * per group and question, exactly what the results page shows — no ids of people, no raw answers,
 * hidden groups without figures.
 */
export function resultsCsv(results: RoundResults, lang: Lang): string {
  const rows: unknown[][] = [HEADERS[lang]];
  const group = (name: string, g: GroupResults | undefined) => {
    if (!g) {
      rows.push([name, '', HIDDEN[lang], '', '', '', '', '', '', '', '', '', '']);
      return;
    }
    for (const q of g.questions) {
      const common = [name, q.questionId, q.text[lang], q.answered];
      if (q.suppressed) rows.push([...common, HIDDEN[lang], '', '', '', '', '', '', '', '']);
      else if (q.kind === 'scale') rows.push([...common, q.mean, q.favourable, q.neutral, q.unfavourable, '', '', '', '', q.distribution.join(' ')]);
      else rows.push([...common, '', '', '', '', q.score, q.promoters, q.passives, q.detractors, q.distribution.join(' ')]);
    }
  };
  group(TOTAL[lang], results.total ?? undefined);
  for (const d of results.departments) group(d.name[lang], d.shown ? d.results : undefined);
  return spreadsheetCsv(rows);
}
