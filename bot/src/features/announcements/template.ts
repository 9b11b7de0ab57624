import type { AnnouncementInput } from '../../api/announcements-contract';

/**
 * The kick-off announcement as a starting point for the mayor's office (our own wording; the
 * office edits it before sending). The municipality's name comes from configuration; the link
 * button opens the roadmap when the server knows its public https URL.
 */
export function kickoffTemplate(municipality: string, roadmapUrl?: string): AnnouncementInput {
  const name = municipality || 'unsere Gemeinde';
  const nameEn = municipality || 'our municipality';
  return {
    languages: 'both',
    de: {
      title: 'Auftakt: Wir gestalten die digitale Verwaltung gemeinsam',
      text: [
        `Liebe Kolleginnen und Kollegen, heute beginnt das Digitalisierungsprogramm der ${name}.`,
        '',
        'Bis 2030 sollen alle Verwaltungsabläufe digital laufen – Schritt für Schritt, in Halbjahresprojekten, und **mit Ihnen**:',
        '- Der **Fahrplan** zeigt für jeden Bereich, was wann kommt und welche Entscheidungen nötig sind.',
        '- Kurze **Stimmungsumfragen** fragen, wie es Ihnen mit den Veränderungen geht – anonym.',
        '- Mit **Feedback** erreichen Ihre Fragen und Ideen direkt das Change-Team.',
        '',
        'Bitte bestätigen Sie kurz, dass Sie diese Nachricht gelesen haben.',
      ].join('\n'),
      linkLabel: 'Zum Fahrplan',
    },
    en: {
      title: 'Kick-off: shaping the digital administration together',
      text: [
        `Dear colleagues, today the digitalization programme of ${nameEn} begins.`,
        '',
        'By 2030 every administrative process is to run digitally – step by step, in half-year projects, and **with you**:',
        '- The **roadmap** shows for every area what comes when and which decisions are needed.',
        '- Short **pulse surveys** ask how the changes work for you – anonymously.',
        '- With **feedback** your questions and ideas reach the change team directly.',
        '',
        'Please confirm briefly that you have read this message.',
      ].join('\n'),
      linkLabel: 'Open the roadmap',
    },
    ...(roadmapUrl && { linkUrl: roadmapUrl }),
    author: 'Der Bürgermeister',
    acknowledge: true,
    audience: { allEmployees: true, teams: [], departments: [] },
  };
}
