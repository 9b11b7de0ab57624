import { spreadsheetCsv } from '../../http/csv';
import type { Lang } from '../../i18n';
import type { Delivery } from './store';

const HEADERS: Record<Lang, string[]> = {
  de: ['Empfänger', 'Art', 'Status', 'HTTP-Status', 'Grund', 'Zeitpunkt', 'Versuche'],
  en: ['Recipient', 'Kind', 'State', 'HTTP status', 'Reason', 'At', 'Attempts'],
};

/**
 * An announcement's deliveries as CSV for the announcer, one row per recipient. Labels (team
 * names) and failure reasons come from outside the app, so they go through the formula-safe writer.
 */
export function deliveriesCsv(deliveries: Array<Pick<Delivery, 'label' | 'kind' | 'state' | 'status' | 'reason' | 'at' | 'attempts'>>, lang: Lang): string {
  return spreadsheetCsv([HEADERS[lang], ...deliveries.map((d) => [d.label, d.kind, d.state, d.status ?? '', d.reason ?? '', d.at ?? '', d.attempts])]);
}
