import { createEvents, type EventAttributes } from 'ics';
import type { DecisionBody, DecisionState, FundingSource, RoadmapArea, RoadmapItem, RoadmapStatus } from '../../api/roadmap-contract';
import type { Lang } from '../../i18n';
import { spreadsheetCsv } from '../../http/csv';

type Labels<K extends string> = Record<Lang, Record<K, string>>;

const STATUS: Labels<RoadmapStatus> = {
  de: { proposed: 'vorgeschlagen', planned: 'geplant', 'in-progress': 'in Arbeit', done: 'erledigt', delayed: 'verzögert', cancelled: 'abgebrochen' },
  en: { proposed: 'proposed', planned: 'planned', 'in-progress': 'in progress', done: 'done', delayed: 'delayed', cancelled: 'cancelled' },
};
const BODY: Labels<DecisionBody> = {
  de: { council: 'Gemeinderat', committee: 'Fachausschuss', mayor: 'Bürgermeister', 'executive-board': 'Verwaltungsvorstand', 'department-head': 'Fachbereichsleitung', 'it-steering': 'IT-Lenkungsgruppe' },
  en: { council: 'Council', committee: 'Committee', mayor: 'Mayor', 'executive-board': 'Executive board', 'department-head': 'Head of department', 'it-steering': 'IT steering group' },
};
const STATE: Labels<DecisionState> = {
  de: { open: 'offen', decided: 'entschieden', rejected: 'abgelehnt', postponed: 'vertagt' },
  en: { open: 'open', decided: 'decided', rejected: 'rejected', postponed: 'postponed' },
};
const FUNDING: Labels<FundingSource> = {
  de: { 'own-budget': 'Eigenmittel', 'state-funding': 'Landesförderung', 'federal-funding': 'Bundesförderung', 'eu-funding': 'EU-Förderung', 'it-centre': 'IT-Dienstleister (OWL-IT)', other: 'Sonstige' },
  en: { 'own-budget': 'own budget', 'state-funding': 'state funding', 'federal-funding': 'federal funding', 'eu-funding': 'EU funding', 'it-centre': 'IT centre (OWL-IT)', other: 'other' },
};
const HEADERS: Record<Lang, string[]> = {
  de: ['ID', 'Titel', 'Bereich', 'Status', 'Halbjahr', 'Beginn', 'Ende', 'Verantwortlich', 'Meilensteine', 'Abhängig von', 'Entscheidungen', 'Entscheidung offen', 'Einmalig (EUR)', 'Jährlich (EUR)', 'Finanzierung', 'Onlinedienste (OZG vorher→nachher)', 'Beschreibung', 'Beispieldaten', 'Version', 'Geändert am', 'Geändert von'],
  en: ['ID', 'Title', 'Area', 'Status', 'Half-year', 'Start', 'End', 'Owner', 'Milestones', 'Depends on', 'Decisions', 'Decision open', 'One-off (EUR)', 'Yearly (EUR)', 'Funding', 'Online services (OZG before→after)', 'Description', 'Example data', 'Version', 'Changed at', 'Changed by'],
};
const YES_NO: Record<Lang, [string, string]> = { de: ['ja', 'nein'], en: ['yes', 'no'] };

/**
 * The items as CSV (UTF-8 with BOM for spreadsheet programs), one row per item with labels in
 * the reader's language; lists (milestones, decisions) are joined with " | ".
 */
export function roadmapCsv(items: RoadmapItem[], areas: RoadmapArea[], lang: Lang): string {
  const areaName = new Map(areas.map((a) => [a.id, a[lang]]));
  const yn = (b: boolean) => YES_NO[lang][b ? 0 : 1];
  const rows: unknown[][] = [HEADERS[lang]];
  for (const i of items) {
    rows.push([
      i.id, i.title, areaName.get(i.area) ?? i.area, STATUS[lang][i.status], i.halfYear ?? '', i.from, i.to, i.owner,
      i.milestones.map((m) => `${m.date} ${m.title}${m.done ? ' ✓' : ''}`).join(' | '),
      i.dependsOn.join(' | '),
      i.decisions.map((d) => `${d.due} ${BODY[lang][d.body]}: ${d.title} (${STATE[lang][d.state]})`).join(' | '),
      yn(i.decisionNeeded),
      i.investment?.oneOff ?? '', i.investment?.yearly ?? '',
      i.investment ? FUNDING[lang][i.investment.funding] + (i.investment.fundingNote ? ` – ${i.investment.fundingNote}` : '') : '',
      i.services.map((s) => `${s.name} (${s.ozgBefore}→${s.ozgAfter})`).join(' | '),
      i.description, yn(i.example), i.version, i.updatedAt, i.updatedBy,
    ]);
  }
  return spreadsheetCsv(rows);
}

const dayArray = (d: string): [number, number, number] => [Number(d.slice(0, 4)), Number(d.slice(5, 7)), Number(d.slice(8, 10))];

/** An all-day event on `day`: DTSTART and the exclusive DTEND of the next day (RFC 5545 §3.6.1). */
function allDay(day: string): Pick<EventAttributes, 'start'> & { end: [number, number, number] } {
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { start: dayArray(day), end: dayArray(next) } as never;
}

/**
 * Text as an iCalendar TEXT value may carry it (RFC 5545 §3.3.11 allows no control character but
 * tab): a CR or CRLF becomes a line feed, which the ics library writes as the escaped `\n`; every
 * other C0 control character and DEL is dropped. A bare CR would otherwise pass through and make
 * some readers start a new line — and with it, text such as `END:VEVENT` could forge events.
 */
export function icsText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0B-\x1F\x7F]/g, '');
}

/**
 * Milestones and decision due dates as an iCalendar file (all-day events). Each event's UID is
 * derived from the item and milestone/decision id, so a calendar that imports the file again
 * updates the events instead of doubling them.
 * @param host - the server's host name, for globally unique UIDs.
 */
export function roadmapIcs(items: RoadmapItem[], lang: Lang, host: string): string {
  const events: EventAttributes[] = [];
  const label = lang === 'de' ? { milestone: 'Meilenstein', decision: 'Entscheidung', due: 'fällig' } : { milestone: 'Milestone', decision: 'Decision', due: 'due' };
  for (const i of items) {
    for (const m of i.milestones) {
      events.push({
        uid: `${i.id}.m.${m.id}@${host}`, ...allDay(m.date),
        title: icsText(`${label.milestone}: ${m.title} (${i.title})`), description: icsText(i.description), categories: ['DigiPuls', label.milestone],
        status: m.done ? 'CONFIRMED' : 'TENTATIVE', productId: 'digipuls/roadmap',
      });
    }
    for (const d of i.decisions) {
      events.push({
        uid: `${i.id}.d.${d.id}@${host}`, ...allDay(d.due),
        title: icsText(`${label.decision} ${label.due}: ${d.title} – ${BODY[lang][d.body]} (${i.title})`),
        description: icsText(`${STATE[lang][d.state]}${d.note ? ` – ${d.note}` : ''}`), categories: ['DigiPuls', label.decision],
        status: d.state === 'open' ? 'TENTATIVE' : 'CONFIRMED', productId: 'digipuls/roadmap',
      });
    }
  }
  if (events.length === 0) return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:digipuls/roadmap', 'CALSCALE:GREGORIAN', 'END:VCALENDAR', ''].join('\r\n');
  const { error, value } = createEvents(events);
  if (error || !value) throw error ?? new Error('calendar export failed');
  return foldOctets(value);
}

/**
 * Re-folds content lines at 75 octets (RFC 5545 §3.1): the ics library folds at 75 characters,
 * which umlauts and dashes push past the octet limit. Never splits a character.
 */
export function foldOctets(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      const parts: string[] = [];
      let part = '';
      let octets = 0;
      for (const ch of line) {
        const n = Buffer.byteLength(ch);
        if (octets + n > (parts.length ? 74 : 75)) {
          parts.push(part);
          part = '';
          octets = 0;
        }
        part += ch;
        octets += n;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}
