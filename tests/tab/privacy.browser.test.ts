/**
 * The privacy page in a real browser, German and English: every statement the brief asks for
 * (separate storage, one step, inbox and deletion, the honest limit, result thresholds, reminders,
 * the department, DigiCheck's storage until closing and deletion at closing, the legal frame) is on
 * the page. Screenshots go to tests/.artifacts/.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { RunningApp } from '../../bot/src/main';
import { launchBrowser, PageTracker, screenshot } from '../support/browser';
import { startTabServer } from '../support/tab-server';

let server: RunningApp;
let browser: Browser;
const pages = new PageTracker();

beforeAll(async () => {
  server = await startTabServer();
  browser = await launchBrowser();
}, 60_000);

afterEach(async () => {
  await pages.cleanup();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openPrivacy(query: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await pages.open(browser, options);
  await page.goto(`${server.url}/tab/index.html?${query}#privacy`);
  await page.getByTestId('privacy-page').waitFor({ timeout: 10_000 });
  return page;
}

/** Collapses whitespace (and the no-break spaces of "§ 72") for matching. */
const plain = (text: string | null) => (text ?? '').replace(/\s+/g, ' ');

const STATEMENTS = {
  de: [
    'Antworten auf Pulsbefragungen sind anonym',
    'Nach Ende der Befragung wird auch der Teilnahme-Eintrag gelöscht',
    'Der Teilnahme-Eintrag hält fest, dass Sie teilgenommen haben; er enthält Ihre Entra-ID',
    'Der Antwort-Eintrag enthält nur Ihre Antworten und den Fachbereich, den Sie auf der Karte gewählt haben — keine Kennung, keinen Hashwert',
    'Beide Einträge werden in einem einzigen Schritt geschrieben',
    'Ein Doppelklick oder eine erneut gesendete Nachricht wird nur einmal gezählt',
    'bis dort mindestens 5 Antworten liegen',
    'die einzelnen Antworten werden dabei gelöscht',
    'Danach gibt es nur noch Summen',
    'nie zum Zeitpunkt, zu dem eine einzelne Person geantwortet hat',
    'mit direktem Lesezugriff auf das Speicherkonto',
    'auf den Betreiber beschränkt, die Ostwestfalen-Lippe-IT',
    'erst ab 5 Antworten gezeigt',
    'Freitext-Kommentare erscheinen erst ab 10 Antworten, nur für die gesamte Verwaltung und in zufälliger Reihenfolge',
    'komplementäre Unterdrückung',
    'Ergebnisse einer laufenden Runde werden nicht gezeigt',
    'Eine gesendete Antwort lässt sich nicht mehr ändern',
    'Erinnerungen gehen nur an Personen, für die noch keine Teilnahme vermerkt ist',
    'mit „fachbereich“',
    'in einem eigenen Schritt, nie zusammen mit einer Antwort',
    'Auch Feedback wird nur mit dem Tag gespeichert',
    'kann niemand seinen Fachbereich ändern, solange eine Umfrage oder ein DigiCheck läuft, an dem er teilgenommen hat',
    'werden je Fachbereich gezählt, ohne Namen',
    'Antworten, die von Gewechselten stammen können, zählen für keine Mindestzahl',
    'nach Abzug der Wechsel in ihn noch mindestens 5 Antworten hat',
    'nur insgesamt, nicht je Fachbereich',
    'Gezählt werden nur Wechsel, während eine Runde oder ein DigiCheck läuft',
    'während der Runde zum ersten Mal wählt',
    'Die Grenze, ehrlich gesagt',
    'Ein Bereich mit sehr wenigen Beschäftigten ist darum nie wirklich geschützt',
    'Ich habe Ihnen eine persönliche Nachricht geschickt',
    '§ 72 LPVG NRW',
    'Dienstvereinbarung',
    '§ 18 DSG NRW',
    'legt die Dienstvereinbarung der Gemeinde fest',
    'Beim DigiCheck werden Ihre Antworten bis zum Abschluss des Zyklus zusammen mit Ihrer Person gespeichert',
    'So können Sie unterbrechen, später weitermachen, Antworten ändern und Ihre eigene Zusammenfassung sehen',
    'Mit „check löschen“ im Chat mit DigiPuls löschen Sie Ihre Antworten jederzeit',
    'die Antworten aller vollständig ausgefüllten Checks je Fachbereich zusammengezählt, und jede einzelne Antwortzeile wird gelöscht',
    'Danach verbindet nichts mehr eine Antwort mit einer Person',
    'Unvollständige Checks werden nicht gezählt und ebenfalls gelöscht',
    'Ein Fachbereich wird erst ab 5 vollständigen Checks gezeigt',
    'dass sie sich auch nicht aus der Gesamtzahl berechnen lassen',
  ],
  en: [
    'Answers to pulse surveys are designed to be anonymous',
    'When the survey ends, the participation record is deleted too',
    'The participation record notes that you took part; it holds your Entra id',
    'The ballot holds only your answers and the department you chose on the card — no id, no hash',
    'Both records are written in one single step',
    'a double click or a message sent again is counted only once',
    'until at least 5 answers are there',
    'the individual answers are deleted then',
    'only totals remain',
    'never to the moment one person answered',
    'direct read access to the storage account',
    'restricted to the operator, Ostwestfalen-Lippe-IT',
    'is shown only from 5 answers',
    'Free-text comments appear only from 10 answers, only for the whole administration and in random order',
    'complementary suppression',
    'Results of a running round are not shown',
    'An answer cannot be changed after it was sent',
    'Reminders go only to people for whom no participation is recorded yet',
    'in the chat with DigiPuls with “department”',
    'in a step of its own, never together with an answer',
    'Feedback, too, is stored with the day only',
    'nobody can change their department while a survey or DigiCheck they took part in is running',
    'are counted per department, without names',
    'Answers that may come from people who moved count towards no threshold',
    'at least 5 answers after subtracting the moves into it',
    'only in total, not per department',
    'Only moves while a round or DigiCheck is running are counted',
    'for the first time during the round',
    'The limit, honestly',
    'A department with very few staff is therefore never truly protected',
    "I've sent you a personal message",
    'LPVG NRW § 72',
    'Dienstvereinbarung',
    'DSG NRW § 18',
    "set in the municipality's Dienstvereinbarung",
    'In the DigiCheck, your answers are stored with your person until the cycle closes',
    'you can pause, resume later, change answers and see your own summary',
    'Sending “check delete” in the chat with DigiPuls deletes your answers at any time',
    'the answers of all completed checks are added up per department, and every answer row is deleted',
    'nothing links an answer to a person',
    'Incomplete checks are not counted and are deleted too',
    'A department is shown only from 5 completed checks',
    'cannot be worked out from the total',
  ],
} as const;

describe.each([
  { theme: 'light', lang: 'de', title: 'Datenschutz' },
  { theme: 'dark', lang: 'en', title: 'Privacy' },
] as const)('privacy page, $theme, $lang', ({ theme, lang, title }) => {
  it('states the built design in plain words, with headings', async () => {
    const page = await openPrivacy(`theme=${theme}&lang=${lang}`);
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    expect(await page.locator('[data-testid="privacy-page"] h3').count()).toBe(11); // + fill-up, personal chat (trust 11, 13)
    const text = plain(await page.getByTestId('privacy-page').textContent());
    for (const statement of STATEMENTS[lang]) expect([statement, text.includes(plain(statement))]).toEqual([statement, true]);
    await screenshot(page, `privacy-${theme}-${lang}`);
  });
});

it('privacy page fits 360 px', async () => {
  const page = await openPrivacy('theme=light&lang=de', { viewport: { width: 360, height: 740 } });
  const overflow: number = await page
    .locator('html')
    .evaluate((html) => html.scrollWidth - html.ownerDocument.defaultView.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await screenshot(page, 'privacy-mobile-light-de');
});
