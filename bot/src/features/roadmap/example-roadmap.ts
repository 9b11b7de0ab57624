import type { DecisionBody, DecisionState, FundingSource, RoadmapDecision, RoadmapInvestment, RoadmapItemInput, RoadmapMilestone } from '../../api/roadmap-contract';

// This file is data: 40 example items written with the small builders below. Its length and the
// repeated shape of its entries (which the duplicates tool reports) are the data's, not repeated logic;
// kept as TypeScript so the builders fill defaults and the compiler checks every entry against the contract.

/**
 * The day the example describes: milestones before it are done, items that ended before it are
 * done (or delayed, or cancelled), items around it are in progress, later ones planned.
 */
export const EXAMPLE_AS_OF = '2026-11-26';

/** A milestone; done when it lies before {@link EXAMPLE_AS_OF} unless said otherwise (a missed one). */
const ms = (id: string, title: string, date: string, done = date < EXAMPLE_AS_OF): RoadmapMilestone => ({ id, title, date, done });

const dec = (id: string, title: string, body: DecisionBody, due: string, state: DecisionState, note?: string): RoadmapDecision =>
  note === undefined ? { id, title, body, due, state } : { id, title, body, due, state, note };

const money = (oneOff: number, yearly: number, funding: FundingSource, fundingNote?: string): RoadmapInvestment =>
  fundingNote === undefined ? { oneOff, yearly, funding } : { oneOff, yearly, funding, fundingNote };

const svc = (name: string, ozgBefore: number, ozgAfter: number) => ({ name, ozgBefore, ozgAfter });

/** When: one half-year (the program's half-year projects) or dates (longer or exactly dated items). */
const half = (halfYear: string) => ({ halfYear });
const dated = (start: string, end: string) => ({ start, end });

type Example = { id: string; item: RoadmapItemInput };

/** Builds an entry with the empty lists filled in, so each item below names only what it has. */
function example(
  n: number,
  item: Omit<RoadmapItemInput, 'milestones' | 'dependsOn' | 'decisions' | 'services'> & Partial<Pick<RoadmapItemInput, 'milestones' | 'dependsOn' | 'decisions' | 'services'>>,
): Example {
  return {
    id: exampleId(n),
    item: { milestones: [], decisions: [], services: [], ...item, dependsOn: item.dependsOn ?? [] },
  };
}

/** `example-01` … `example-40`: fixed ids, so `npm run seed` finds its own items again. */
export function exampleId(n: number): string {
  return `example-${String(n).padStart(2, '0')}`;
}

const dep = (...ns: number[]) => ns.map(exampleId);

/**
 * The example roadmap of a municipality like Gemeinde Leopoldshöhe (about 160 staff, Kreis Lippe,
 * NRW): kick-off with the IT centre in May 2023, all administrative processes digital by 2030,
 * delivered as half-year projects. Forty items over every area of the example configuration
 * (EXAMPLE_DEPARTMENTS and EXAMPLE_CROSS_CUTTING_AREAS), as of {@link EXAMPLE_AS_OF}.
 *
 * It is an illustration, not the municipality's actual plan: titles, owners and figures are
 * plausible examples in our own wording. Entries are in dependency order (an item only depends on
 * items before it), so loading them one by one always finds each dependency already there.
 */
export const EXAMPLE_ROADMAP: Example[] = [
  // ── 2023: strategy and analysis ───────────────────────────────────────────────────────────────
  example(1, {
    title: 'Digitalstrategie erarbeiten und beschließen',
    description: 'Gemeinsam mit dem kommunalen IT-Dienstleister (damals KRZ, seit 2024 Ostwestfalen-Lippe-IT) und einem Institut für Verwaltungsmanagement erarbeitet die Verwaltung eine ganzheitliche Digitalisierungsstrategie: Bestandsaufnahme aller Bereiche, ein Zeitplan bis 2030, die nötigen Entscheidungen und Investitionen sowie ein Change-Management, das die Beschäftigten mitnimmt.',
    area: 'buergermeister', ...dated('2023-05-22', '2023-12-31'), status: 'done', owner: 'Bürgermeister mit Digitalisierungskoordination',
    milestones: [ms('kickoff', 'Auftakt mit dem IT-Dienstleister und dem Institut', '2023-05-22'), ms('workshops', 'DigiCheck-Workshops in allen Fachbereichen abgeschlossen', '2023-09-29'), ms('entwurf', 'Strategieentwurf im Verwaltungsvorstand', '2023-11-10')],
    decisions: [dec('beschluss', 'Digitalisierungsstrategie beschließen', 'council', '2023-12-14', 'decided', 'Beschluss in der Ratssitzung im Dezember')],
    investment: money(38_000, 0, 'own-budget', 'Beratungsprogramm DigiCheck des IT-Dienstleisters'),
  }),
  example(2, {
    title: 'Arbeitsplatzanalyse: alle Arbeitsplätze erfassen',
    description: 'Alle rund 160 Arbeitsplätze werden im Gespräch mit den Beschäftigten untersucht: Welche Aufgaben, welche Fachverfahren, wo wird noch mit Papier gearbeitet, wo gibt es Medienbrüche? Das Ergebnis ist die Grundlage der Halbjahresprojekte bis 2030.',
    area: 'change', ...dated('2023-09-01', '2024-01-31'), status: 'done', owner: 'Digitalisierungskoordination mit dem Personalrat',
    milestones: [ms('interviews', 'Gespräche in allen Fachbereichen geführt', '2023-12-15'), ms('bericht', 'Ergebnisbericht an Verwaltungsvorstand und Personalrat', '2024-01-25')],
    dependsOn: dep(1),
    decisions: [dec('ziel-2030', 'Ziel: alle Verwaltungsprozesse bis 2030 digital', 'executive-board', '2024-01-31', 'decided')],
  }),
  example(3, {
    title: 'IT-Lenkungsgruppe und Projektsteuerung einrichten',
    description: 'Eine IT-Lenkungsgruppe aus Verwaltungsvorstand, IT-Koordination, Personalrat und Datenschutz priorisiert die Halbjahresprojekte, gibt Budgets frei und berichtet dem Rat. Jedes Projekt bekommt einen kurzen, einheitlichen Steckbrief.',
    area: 'zentrale-dienste', ...half('2023-H2'), status: 'done', owner: 'Fachbereichsleitung Zentrale Dienste',
    milestones: [ms('geschaeftsordnung', 'Geschäftsordnung der Lenkungsgruppe', '2023-10-16'), ms('erste-sitzung', 'Erste Sitzung: Projektliste 2024 priorisiert', '2023-11-28')],
    dependsOn: dep(1),
    decisions: [dec('einrichtung', 'Einrichtung der IT-Lenkungsgruppe', 'executive-board', '2023-09-29', 'decided')],
  }),

  // ── 2024: first half-year projects ─────────────────────────────────────────────────────────────
  example(4, {
    title: 'Ratsinformationssystem und papierlose Gremienarbeit',
    description: 'Sitzungsunterlagen für Rat und Ausschüsse gibt es nur noch digital im Ratsinformationssystem; die Ratsmitglieder erhalten Tablets. Bürgerinnen und Bürger finden Tagesordnungen, öffentliche Vorlagen und Niederschriften online.',
    area: 'buergermeister', ...half('2024-H1'), status: 'done', owner: 'Büro des Bürgermeisters (Ratsangelegenheiten)',
    milestones: [ms('tablets', 'Tablets an die Ratsmitglieder ausgegeben', '2024-03-15'), ms('erste-sitzung', 'Erste papierlose Ratssitzung', '2024-05-16')],
    dependsOn: dep(1),
    decisions: [dec('tablets', 'Ausstattung der Ratsmitglieder mit Tablets', 'council', '2024-02-22', 'decided')],
    investment: money(24_000, 6_500, 'it-centre', 'Ratsinformationssystem im Verbund des IT-Dienstleisters'),
  }),
  example(5, {
    title: 'E-Akte: Pilot im Bürgerservice',
    description: 'Das Bürgerbüro führt als Pilot die elektronische Akte im Dokumentenmanagementsystem des IT-Dienstleisters ein: Aktenplan, Scannen der Eingänge, Zugriffsrechte, Aufbewahrungsfristen. Die Erfahrungen fließen in den Rollout ein.',
    area: 'e-akte', ...half('2024-H1'), status: 'done', owner: 'IT-Koordination mit dem Bürgerbüro',
    milestones: [ms('aktenplan', 'Aktenplan für den Pilot abgestimmt', '2024-02-15'), ms('produktiv', 'Pilot produktiv', '2024-04-02'), ms('auswertung', 'Auswertung mit den Beschäftigten', '2024-06-20')],
    dependsOn: dep(3),
    decisions: [dec('dms', 'Auswahl des Dokumentenmanagementsystems', 'it-steering', '2024-01-19', 'decided')],
    investment: money(42_000, 9_600, 'own-budget'),
  }),
  example(6, {
    title: 'Mobiles Arbeiten: Notebooks, VPN und Dienstvereinbarung',
    description: 'Alle Büroarbeitsplätze erhalten Notebooks mit Dockingstation statt Desktop-PCs, dazu einen sicheren Fernzugang (VPN mit Zwei-Faktor-Anmeldung). Eine Dienstvereinbarung mit dem Personalrat regelt das mobile Arbeiten.',
    area: 'it-arbeitsplatz', ...dated('2024-01-15', '2024-12-20'), status: 'done', owner: 'IT-Koordination',
    milestones: [ms('dienstvereinbarung', 'Dienstvereinbarung mobiles Arbeiten unterschrieben', '2024-04-30'), ms('welle-1', 'Erste Welle: 80 Notebooks', '2024-06-28'), ms('welle-2', 'Zweite Welle: alle übrigen Arbeitsplätze', '2024-11-29')],
    dependsOn: dep(2),
    decisions: [dec('dv', 'Dienstvereinbarung mobiles Arbeiten', 'mayor', '2024-04-30', 'decided', 'mit Zustimmung des Personalrats')],
    investment: money(168_000, 21_000, 'own-budget', 'Investitionsplan IT im Haushalt 2024'),
  }),
  example(7, {
    title: 'Fortbildung Digitallotsinnen und Digitallotsen',
    description: 'In jedem Fachbereich werden Beschäftigte zu Digitallotsinnen und Digitallotsen qualifiziert: Ansprechpersonen für die Kolleginnen und Kollegen, Mitwirkung an den Halbjahresprojekten, Rückmeldungen an die Lenkungsgruppe.',
    area: 'change', ...half('2024-H1'), status: 'done', owner: 'Personalentwicklung',
    milestones: [ms('auswahl', 'Digitallotsen in allen Fachbereichen benannt', '2024-02-09'), ms('qualifizierung', 'Qualifizierung abgeschlossen', '2024-06-14')],
    dependsOn: dep(2),
    investment: money(14_500, 3_000, 'state-funding', 'Digitalisierungsoffensive NRW'),
  }),
  example(8, {
    title: 'Online-Terminvergabe im Bürgerbüro',
    description: 'Termine für Ausweise, Pässe, Meldeangelegenheiten und Beglaubigungen werden online gebucht, mit Erinnerung per E-Mail. Die Wartezeiten sinken, das Bürgerbüro kann die Besetzung besser planen.',
    area: 'buergerservice', ...half('2024-H1'), status: 'done', owner: 'Bürgerbüro',
    milestones: [ms('start', 'Online-Terminbuchung freigeschaltet', '2024-03-04'), ms('auswertung', 'Auswertung: Wartezeiten und nicht wahrgenommene Termine', '2024-06-28')],
    investment: money(6_800, 2_400, 'own-budget'),
    services: [svc('Terminbuchung im Bürgerbüro', 1, 3)],
  }),
  example(9, {
    title: 'Schulen-WLAN und digitale Tafeln (DigitalPakt Schule)',
    description: 'Die Grundschulen in Trägerschaft der Gemeinde erhalten flächendeckendes WLAN, eine strukturierte Verkabelung und digitale Tafeln in allen Klassenräumen, umgesetzt nach dem Medienentwicklungsplan und gefördert aus dem DigitalPakt Schule.',
    area: 'bildung-soziales', ...dated('2024-03-01', '2025-06-30'), status: 'done', owner: 'Schulverwaltung',
    milestones: [ms('bewilligung', 'Förderantrag bewilligt', '2024-04-26'), ms('verkabelung', 'Verkabelung in den Sommerferien', '2024-08-23'), ms('tafeln', 'Digitale Tafeln in allen Klassenräumen', '2025-03-28'), ms('nachweis', 'Abnahme und Verwendungsnachweis', '2025-06-20')],
    decisions: [dec('mep', 'Medienentwicklungsplan der Grundschulen', 'committee', '2024-03-14', 'decided', 'Schulausschuss')],
    investment: money(236_000, 14_000, 'federal-funding', 'DigitalPakt Schule (90 % Förderung, 10 % Eigenanteil)'),
  }),
  example(10, {
    title: 'Bürgerportal mit Servicekonto.NRW',
    description: 'Die Website erhält ein Bürgerportal mit Anmeldung über das Servicekonto.NRW bzw. die BundID. Onlineanträge kommen strukturiert im Postfach der Verwaltung an; Bescheide gehen digital in das Postfach der Antragstellenden zurück.',
    area: 'onlinedienste', ...half('2024-H2'), status: 'done', owner: 'IT-Koordination mit Ostwestfalen-Lippe-IT',
    milestones: [ms('portal', 'Bürgerportal freigeschaltet', '2024-09-16'), ms('erste-dienste', 'Die ersten zehn Onlinedienste verknüpft', '2024-12-13')],
    dependsOn: dep(1),
    investment: money(18_000, 7_200, 'it-centre', 'Portalverbund über Ostwestfalen-Lippe-IT'),
    services: [svc('Meldebescheinigung beantragen', 1, 4), svc('Fundsache melden', 1, 3)],
  }),
  example(11, {
    title: 'E-Rechnung: XRechnungen empfangen',
    description: 'Die Gemeinde empfängt elektronische Rechnungen (XRechnung, ZUGFeRD) zentral über eine Rechnungseingangsplattform; sie werden automatisch geprüft und in das Finanzverfahren übernommen. Papierrechnungen werden vorerst gescannt.',
    area: 'finanzen', ...half('2024-H2'), status: 'done', owner: 'Kämmerei',
    milestones: [ms('plattform', 'Anbindung an die Rechnungseingangsplattform', '2024-08-30'), ms('lieferanten', 'Lieferanten informiert', '2024-10-15')],
    dependsOn: dep(3),
    investment: money(9_500, 3_600, 'it-centre'),
  }),
  example(12, {
    title: 'Digitaler Posteingang und zentrale Scanstelle',
    description: 'Die Eingangspost wird zentral gescannt, ausgelesen und digital an die Fachbereiche verteilt. Originale werden nach festen Regeln aufbewahrt oder vernichtet (ersetzendes Scannen nach TR-RESISCAN).',
    area: 'zentrale-dienste', ...half('2024-H2'), status: 'done', owner: 'Zentrale Dienste (Poststelle)',
    milestones: [ms('scanner', 'Hochleistungsscanner in Betrieb', '2024-09-02'), ms('verfahrensdoku', 'Verfahrensdokumentation ersetzendes Scannen', '2024-11-22')],
    dependsOn: dep(5),
    decisions: [dec('ersetzendes-scannen', 'Dienstanweisung ersetzendes Scannen', 'mayor', '2024-11-29', 'decided')],
    investment: money(27_500, 4_800, 'own-budget'),
  }),

  // ── 2025: rollout and the first online services ────────────────────────────────────────────────
  example(13, {
    title: 'E-Akte-Rollout: Zentrale Dienste und Finanzen',
    description: 'Nach dem Pilot führen Zentrale Dienste und Finanzen die E-Akte ein. Laufende Akten werden digital weitergeführt, Altakten nur bei Bedarf gescannt.',
    area: 'e-akte', ...half('2025-H1'), status: 'done', owner: 'IT-Koordination',
    milestones: [ms('schulung', 'Schulungen abgeschlossen', '2025-02-28'), ms('produktiv', 'Beide Fachbereiche arbeiten in der E-Akte', '2025-05-30')],
    dependsOn: dep(5, 12),
    investment: money(36_000, 12_000, 'own-budget'),
  }),
  example(14, {
    title: 'Digitaler Bauantrag (OZG): Beteiligung über das Bauportal.NRW',
    description: 'Bauanträge werden in NRW digital über das Bauportal.NRW gestellt. Untere Bauaufsichtsbehörde ist für die Gemeinde der Kreis; die Gemeinde wird digital beteiligt und gibt ihr gemeindliches Einvernehmen ohne Medienbruch ab.',
    area: 'bauen-umwelt', ...dated('2025-01-01', '2025-12-31'), status: 'done', owner: 'Bauverwaltung',
    milestones: [ms('anbindung', 'Anbindung an das Bauportal.NRW', '2025-04-30'), ms('einvernehmen', 'Stellungnahmen zum Einvernehmen nur noch digital', '2025-09-30'), ms('auswertung', 'Auswertung der Bearbeitungszeiten', '2025-12-12')],
    dependsOn: dep(10),
    decisions: [dec('arbeitsweise', 'Einvernehmen nur noch digital bearbeiten', 'department-head', '2025-06-30', 'decided')],
    investment: money(12_000, 2_400, 'state-funding', 'Bauportal.NRW (Landeslösung)'),
    services: [svc('Baugenehmigung beantragen', 1, 4), svc('Bauvoranfrage stellen', 1, 4)],
  }),
  example(15, {
    title: 'Informationssicherheit nach BSI-IT-Grundschutz (Basis-Absicherung)',
    description: 'Aufbau eines Managements für Informationssicherheit nach BSI-IT-Grundschutz, zunächst als Basis-Absicherung: Leitlinie, Strukturanalyse, Notfallhandbuch, Schulungen. Verzögert, weil die Stelle der oder des Informationssicherheitsbeauftragten noch nicht dauerhaft besetzt ist.',
    area: 'it-arbeitsplatz', ...dated('2025-01-01', '2026-06-30'), status: 'delayed', owner: 'Informationssicherheit (kommissarisch: IT-Koordination)',
    milestones: [
      ms('leitlinie', 'Leitlinie Informationssicherheit in Kraft', '2025-03-31'),
      ms('strukturanalyse', 'Strukturanalyse und Schutzbedarfsfeststellung', '2025-10-31'),
      ms('notfallhandbuch', 'Notfallhandbuch und erste Notfallübung', '2026-05-29', false),
      ms('grundschutz-check', 'IT-Grundschutz-Check der Basis-Absicherung', '2026-06-30', false),
    ],
    dependsOn: dep(3),
    decisions: [
      dec('leitlinie', 'Leitlinie zur Informationssicherheit', 'mayor', '2025-03-31', 'decided'),
      dec('isb-stelle', 'Halbe Stelle Informationssicherheitsbeauftragte/r schaffen', 'executive-board', '2026-12-15', 'open', 'Voraussetzung für den Abschluss'),
    ],
    investment: money(28_000, 19_500, 'own-budget', 'einschließlich externer Beratung'),
  }),
  example(16, {
    title: 'Digitaler Rechnungsworkflow mit Freigabe in der E-Akte',
    description: 'Rechnungen laufen digital vom Eingang über die sachliche und rechnerische Prüfung bis zur Anordnung. Freigaben erfolgen im Vier-Augen-Prinzip im System, die Belege liegen revisionssicher in der E-Akte.',
    area: 'finanzen', ...half('2025-H1'), status: 'done', owner: 'Kämmerei',
    milestones: [ms('workflow', 'Workflow eingerichtet und getestet', '2025-03-14'), ms('live', 'Alle Fachbereiche geben digital frei', '2025-06-27')],
    dependsOn: dep(11, 13),
    decisions: [dec('dienstanweisung', 'Änderung der Dienstanweisung für die Finanzbuchhaltung', 'mayor', '2025-03-31', 'decided')],
    investment: money(22_000, 5_400, 'own-budget'),
  }),
  example(17, {
    title: 'Gewerbeanzeige online',
    description: 'Gewerbe werden online an-, um- und abgemeldet; die Anzeigen kommen strukturiert im Fachverfahren an, die Gebühr wird online bezahlt.',
    area: 'onlinedienste', ...half('2025-H1'), status: 'done', owner: 'Ordnungsamt (Gewerbe)',
    milestones: [ms('anbindung', 'Fachverfahren angebunden', '2025-03-21'), ms('live', 'Onlinedienst im Bürgerportal', '2025-04-15')],
    dependsOn: dep(10),
    investment: money(4_500, 1_200, 'it-centre'),
    services: [svc('Gewerbeanmeldung', 2, 4), svc('Gewerbeummeldung', 2, 4), svc('Gewerbeabmeldung', 2, 4)],
  }),
  example(18, {
    title: 'Serverraum im Rathaus erneuern',
    description: 'Geplant war, die Server im Rathaus zu erneuern. Abgebrochen: Fachverfahren und Dateiablage ziehen stattdessen in das Rechenzentrum von Ostwestfalen-Lippe-IT; das ist sicherer und erspart eigene Technik.',
    area: 'it-arbeitsplatz', ...half('2025-H1'), status: 'cancelled', owner: 'IT-Koordination',
    milestones: [ms('angebote', 'Angebote eingeholt', '2025-02-14')],
    dependsOn: dep(3),
    decisions: [dec('beschaffung', 'Neubeschaffung der Server', 'it-steering', '2025-03-20', 'rejected', 'Stattdessen Betrieb im Rechenzentrum von Ostwestfalen-Lippe-IT')],
    investment: money(95_000, 11_000, 'own-budget'),
  }),
  example(19, {
    title: 'Digitale Lichtbilder im Bürgerbüro',
    description: 'Seit Mai 2025 werden Lichtbilder für Ausweise und Pässe nur noch digital übermittelt. Das Bürgerbüro stellt dafür ein Selbstbedienungsterminal auf; Fotostudios liefern über den sicheren Cloud-Upload.',
    area: 'buergerservice', ...half('2025-H1'), status: 'done', owner: 'Bürgerbüro',
    milestones: [ms('terminal', 'Selbstbedienungsterminal aufgestellt', '2025-04-11'), ms('nur-digital', 'Nur noch digitale Lichtbilder', '2025-05-01')],
    investment: money(1_500, 900, 'federal-funding', 'Gerät vom Bund gestellt; Eigenanteil für Aufstellung und Betrieb'),
  }),
  example(20, {
    title: 'Geodaten: GIS-Auskunft für Verwaltung und Bürgerschaft',
    description: 'Bebauungspläne, Grundstücke, Leitungen und das Kanalkataster stehen allen Fachbereichen im GIS zur Verfügung; rechtskräftige Bebauungspläne sind für Bürgerinnen und Bürger online einsehbar.',
    area: 'bauen-umwelt', ...half('2025-H2'), status: 'done', owner: 'Bauverwaltung (Planung)',
    milestones: [ms('daten', 'Bebauungspläne digitalisiert und georeferenziert', '2025-09-30'), ms('geoportal', 'Öffentliches Geoportal online', '2025-11-28')],
    investment: money(31_000, 6_000, 'own-budget', 'gemeinsam mit dem Geoportal des Kreises'),
    services: [svc('Einsicht in Bebauungspläne', 1, 3)],
  }),
  example(21, {
    title: 'Eigene Bürger-App der Gemeinde',
    description: 'Eine eigene App der Gemeinde war angedacht. Abgebrochen: Die Onlinedienste sind über Bürgerportal und Servicekonto auch mobil nutzbar; eine zusätzliche App hätte laufende Kosten ohne zusätzlichen Nutzen.',
    area: 'onlinedienste', ...half('2025-H2'), status: 'cancelled', owner: 'Büro des Bürgermeisters',
    dependsOn: dep(10),
    decisions: [dec('app', 'Entwicklung einer eigenen Bürger-App', 'council', '2025-09-25', 'rejected', 'Mittel stattdessen für weitere Onlinedienste')],
    investment: money(60_000, 12_000, 'own-budget'),
  }),
  example(22, {
    title: 'OGS-Anmeldung und Elternbeiträge online',
    description: 'Eltern melden ihr Kind online für die Offene Ganztagsschule an und reichen die Einkommensnachweise für die Elternbeiträge digital ein; die Bescheide gehen in das Postfach des Servicekontos.',
    area: 'bildung-soziales', ...half('2025-H2'), status: 'done', owner: 'Schulverwaltung',
    milestones: [ms('formular', 'Onlineformular freigeschaltet', '2025-10-01'), ms('anmeldephase', 'Erste Anmeldephase vollständig online', '2025-12-15')],
    dependsOn: dep(10),
    investment: money(5_200, 1_800, 'own-budget'),
    services: [svc('Anmeldung zur Offenen Ganztagsschule', 1, 4), svc('Festsetzung der Elternbeiträge', 1, 3)],
  }),
  example(23, {
    title: 'Barrierefreier Relaunch der Website',
    description: 'Die Website wird neu aufgebaut: barrierefrei nach BITV 2.0, die wichtigsten Themen auch in Leichter Sprache, alle Onlinedienste an einer Stelle und ein Zuständigkeitsfinder.',
    area: 'buergermeister', ...half('2025-H2'), status: 'done', owner: 'Büro des Bürgermeisters (Öffentlichkeitsarbeit)',
    milestones: [ms('konzept', 'Inhaltskonzept mit den Fachbereichen', '2025-08-29'), ms('launch', 'Neue Website online', '2025-11-20')],
    dependsOn: dep(10),
    investment: money(34_000, 4_200, 'own-budget'),
  }),
  example(24, {
    title: 'E-Akte-Rollout: Bürgerservice, Bauen und Soziales',
    description: 'Die E-Akte erreicht die publikumsintensiven Fachbereiche. Schwerpunkt sind Bauakten und Personenstandsvorgänge; Altbestände werden nach Bedarf gescannt.',
    area: 'e-akte', ...dated('2025-07-01', '2026-06-30'), status: 'done', owner: 'IT-Koordination',
    milestones: [ms('buergerservice', 'Bürgerservice vollständig in der E-Akte', '2025-10-31'), ms('bauen', 'Bauen, Planen und Umwelt produktiv', '2026-02-27'), ms('soziales', 'Jugend, Familie, Bildung und Soziales produktiv', '2026-06-26')],
    dependsOn: dep(13),
    investment: money(48_000, 14_400, 'own-budget'),
  }),

  // ── 2026: the current half-year ────────────────────────────────────────────────────────────────
  example(25, {
    title: 'Digitale Personalakte',
    description: 'Personalakten werden digital im Personalverfahren geführt, mit strengen Zugriffsrechten. Verzögert: Die Dienstvereinbarung mit dem Personalrat ist noch nicht abgeschlossen.',
    area: 'zentrale-dienste', ...half('2026-H1'), status: 'delayed', owner: 'Personalabteilung',
    milestones: [ms('berechtigungen', 'Berechtigungskonzept abgestimmt', '2026-02-27'), ms('bestand', 'Bestandsakten digitalisiert', '2026-06-30', false)],
    dependsOn: dep(13),
    decisions: [
      dec('dv', 'Dienstvereinbarung digitale Personalakte', 'mayor', '2026-06-30', 'postponed', 'Der Personalrat hat weiteren Beratungsbedarf angemeldet'),
      dec('dv-neuer-termin', 'Dienstvereinbarung digitale Personalakte (neuer Termin)', 'mayor', '2027-01-29', 'open'),
    ],
    investment: money(15_000, 3_600, 'own-budget'),
  }),
  example(26, {
    title: 'Hundesteuer online an- und abmelden',
    description: 'Hunde werden online an- und abgemeldet; die Anzeige fließt in das Steuerverfahren, der Bescheid geht digital zurück. Nur die Steuermarke kommt per Post.',
    area: 'finanzen', ...half('2026-H1'), status: 'done', owner: 'Steueramt',
    milestones: [ms('live', 'Onlinedienst freigeschaltet', '2026-03-02')],
    dependsOn: dep(10, 16),
    investment: money(3_800, 900, 'own-budget'),
    services: [svc('Hundesteuer: Anmeldung', 1, 4), svc('Hundesteuer: Abmeldung', 1, 4)],
  }),
  example(27, {
    title: 'E-Rechnung: eigene Rechnungen als XRechnung',
    description: 'Die Gemeinde stellt ihre Rechnungen an Unternehmen und Behörden (etwa Mieten und Leistungen des Bauhofs) als E-Rechnung aus, wie es die E-Rechnungspflicht im Geschäftsverkehr schrittweise verlangt.',
    area: 'finanzen', ...half('2026-H2'), status: 'in-progress', owner: 'Kämmerei',
    milestones: [ms('fachverfahren', 'Fachverfahren erzeugt XRechnungen', '2026-09-30'), ms('umstellung', 'Alle Rechnungen an Unternehmen elektronisch', '2026-12-18')],
    dependsOn: dep(16),
    investment: money(7_500, 1_800, 'it-centre'),
  }),
  example(28, {
    title: 'KI-Assistenz: Pilot für Textentwürfe und Recherche',
    description: 'Zwanzig Beschäftigte aus mehreren Fachbereichen erproben einen KI-Assistenten für Textentwürfe, Zusammenfassungen und Recherche, datenschutzkonform betrieben über den IT-Dienstleister. Personenbezogene Daten nur nach Freigabe; ausgewertet wird gemeinsam mit Personalrat und Datenschutz.',
    area: 'change', ...dated('2026-09-01', '2027-06-30'), status: 'in-progress', owner: 'Digitalisierungskoordination',
    milestones: [ms('start', 'Pilotgruppe geschult, Start', '2026-10-01'), ms('zwischenbilanz', 'Zwischenbilanz mit der Pilotgruppe', '2027-01-29'), ms('empfehlung', 'Empfehlung zur Ausweitung', '2027-06-18')],
    dependsOn: dep(7, 15),
    decisions: [
      dec('dienstanweisung-ki', 'Dienstanweisung zur Nutzung von KI', 'it-steering', '2026-12-10', 'open'),
      dec('ausweitung', 'Ausweitung auf alle Arbeitsplätze', 'executive-board', '2027-06-30', 'open'),
    ],
    investment: money(12_000, 9_600, 'state-funding', 'Digitalisierungsoffensive NRW (Antrag gestellt)'),
  }),
  example(29, {
    title: 'Bauleitplanung digital: XPlanung und Online-Beteiligung',
    description: 'Neue Bebauungs- und Flächennutzungspläne entstehen im Austauschstandard XPlanung. Öffentlichkeit und Träger öffentlicher Belange werden online beteiligt, die Stellungnahmen digital ausgewertet.',
    area: 'bauen-umwelt', ...half('2026-H2'), status: 'in-progress', owner: 'Bauverwaltung (Planung)',
    milestones: [ms('xplanung', 'Planungsbüros liefern XPlanung', '2026-08-31'), ms('beteiligung', 'Erste Online-Beteiligung zu einem Bebauungsplan', '2026-11-13'), ms('auswertung', 'Stellungnahmen digital ausgewertet', '2026-12-18')],
    dependsOn: dep(20),
    decisions: [dec('regelverfahren', 'Online-Beteiligung als Regelverfahren', 'committee', '2026-12-03', 'open', 'Ausschuss für Planung, Bauen und Umwelt')],
    investment: money(16_500, 3_000, 'own-budget'),
    services: [svc('Beteiligung an der Bauleitplanung', 1, 4)],
  }),
  example(30, {
    title: 'Standesamt: Urkunden online beantragen und bezahlen',
    description: 'Geburts-, Ehe- und Sterbeurkunden werden online beantragt und bezahlt; die Urkunde kommt per Post. Die Anmeldung zur Eheschließung wird online vorbereitet.',
    area: 'buergerservice', ...half('2026-H2'), status: 'in-progress', owner: 'Standesamt',
    milestones: [ms('urkunden', 'Urkundenbestellung online', '2026-10-15'), ms('eheschliessung', 'Anmeldung der Eheschließung online vorbereitet', '2026-12-11')],
    dependsOn: dep(10),
    investment: money(6_400, 1_500, 'it-centre'),
    services: [svc('Personenstandsurkunde beantragen', 1, 3), svc('Eheschließung anmelden', 0, 2)],
  }),
  example(31, {
    title: 'Schul-IT: Geräteverwaltung und Support',
    description: 'Die Endgeräte der Grundschulen werden zentral verwaltet (Mobile-Device-Management); ein Supportvertrag entlastet die Lehrkräfte von Technikaufgaben.',
    area: 'bildung-soziales', ...half('2026-H2'), status: 'in-progress', owner: 'Schulverwaltung mit Ostwestfalen-Lippe-IT',
    milestones: [ms('mdm', 'Alle Tablets in der Geräteverwaltung', '2026-10-30'), ms('support', 'Supportvertrag in Kraft', '2026-12-01')],
    dependsOn: dep(9),
    decisions: [dec('vergabe', 'Vergabe des Supportvertrags', 'committee', '2026-11-19', 'decided', 'Schulausschuss')],
    investment: money(18_000, 26_000, 'federal-funding', 'DigitalPakt Schule (Administration)'),
  }),
  example(32, {
    title: 'E-Akte in allen Fachbereichen',
    description: 'Die letzten Bereiche (Bürgermeisterbüro, Ordnungsamt, Verwaltung des Bauhofs) wechseln in die E-Akte; neue Papierakten werden nicht mehr angelegt, die Papierregistratur läuft aus.',
    area: 'e-akte', ...dated('2026-07-01', '2027-12-31'), status: 'in-progress', owner: 'IT-Koordination',
    milestones: [ms('buergermeister', 'Bürgermeisterbüro in der E-Akte', '2026-10-30'), ms('ordnung', 'Ordnungsamt in der E-Akte', '2027-04-30'), ms('papierlos', 'Keine neuen Papierakten mehr', '2027-12-17')],
    dependsOn: dep(24),
    decisions: [dec('altakten', 'Umgang mit Altakten: scannen oder auslaufen lassen', 'department-head', '2027-02-26', 'open')],
    investment: money(39_000, 15_600, 'own-budget'),
  }),

  // ── 2027–2030: the way to "everything digital" ─────────────────────────────────────────────────
  example(33, {
    title: 'Fortschreibung der Digitalstrategie und Digitalbudget 2027/2028',
    description: 'Halbzeitbilanz des Programms: Was ist erreicht, was fehlt bis 2030? Die Strategie wird fortgeschrieben, die Halbjahresprojekte 2027/2028 werden priorisiert und im Haushalt abgesichert.',
    area: 'buergermeister', ...half('2027-H1'), status: 'planned', owner: 'Bürgermeister',
    milestones: [ms('bilanz', 'Halbzeitbilanz veröffentlicht', '2027-03-31'), ms('fortschreibung', 'Fortschreibung im Rat', '2027-06-24')],
    dependsOn: dep(1),
    decisions: [
      dec('budget', 'Haushaltsmittel für die Digitalisierung 2027/2028', 'council', '2026-12-17', 'open', 'in den Haushaltsberatungen'),
      dec('fortschreibung', 'Fortgeschriebene Digitalstrategie', 'council', '2027-06-24', 'open'),
    ],
    investment: money(15_000, 0, 'own-budget'),
  }),
  example(34, {
    title: 'Alle kommunalen Leistungen online (EfA-Nachnutzung)',
    description: 'Alle Leistungen, für die die Gemeinde zuständig ist, werden online angeboten, wo möglich durch Nachnutzung von „Einer für Alle“-Diensten. Ziel ist mindestens Reifegrad 3 für jede Leistung.',
    area: 'onlinedienste', ...dated('2027-01-01', '2028-12-31'), status: 'planned', owner: 'Digitalisierungskoordination mit den Fachbereichen',
    milestones: [ms('katalog', 'Leistungskatalog mit Reifegrad je Leistung', '2027-03-31'), ms('haelfte', 'Hälfte der Leistungen mindestens Reifegrad 3', '2027-12-17'), ms('alle', 'Alle Leistungen online', '2028-12-15')],
    dependsOn: dep(10, 32),
    decisions: [dec('efa', 'Nachnutzung von EfA-Diensten und Kostenbeteiligung', 'council', '2027-03-25', 'open')],
    investment: money(85_000, 24_000, 'state-funding', 'Digitalisierungsoffensive NRW'),
    services: [svc('Sondernutzungserlaubnis für Straßen', 1, 3), svc('Veranstaltung anzeigen', 1, 3), svc('Baumfällung nach Baumschutzsatzung beantragen', 1, 3)],
  }),
  example(35, {
    title: 'Cloud-Telefonie über Microsoft Teams',
    description: 'Die alte Telefonanlage wird abgelöst; telefoniert wird über Teams am Notebook und mit Headset, auch mobil. Die Rufnummern bleiben, Zentrale und Vertretungen werden neu organisiert.',
    area: 'it-arbeitsplatz', ...half('2027-H2'), status: 'planned', owner: 'IT-Koordination',
    milestones: [ms('pilot', 'Pilot im Bürgerbüro', '2027-09-30'), ms('umstellung', 'Alle Anschlüsse umgestellt', '2027-12-10')],
    dependsOn: dep(6),
    decisions: [dec('vergabe', 'Vergabe der Telefonie-Dienstleistung', 'it-steering', '2027-05-28', 'open')],
    investment: money(42_000, 16_800, 'it-centre'),
  }),
  example(36, {
    title: 'Elektronische Zeiterfassung und Dienstplanung',
    description: 'Arbeitszeiten werden digital am Arbeitsplatz oder mobil erfasst, wie es die Rechtsprechung zur Arbeitszeiterfassung verlangt; Bauhof und Schulhausmeister planen ihre Dienste im selben System.',
    area: 'zentrale-dienste', ...half('2028-H1'), status: 'planned', owner: 'Personalabteilung',
    milestones: [ms('auswahl', 'Verfahren ausgewählt', '2028-02-25'), ms('start', 'Alle Beschäftigten erfassen digital', '2028-06-30')],
    dependsOn: dep(25),
    decisions: [dec('dv', 'Dienstvereinbarung Arbeitszeiterfassung', 'mayor', '2027-11-30', 'open', 'mit dem Personalrat')],
    investment: money(21_000, 7_800, 'own-budget'),
  }),
  example(37, {
    title: 'Ende-zu-Ende digital im Bürgerservice',
    description: 'Anträge im Bürgerservice werden vom Antrag bis zum Bescheid ohne Medienbruch bearbeitet: Die Daten fließen aus dem Onlinedienst in das Fachverfahren, der Bescheid geht in das Postfach, gezahlt wird online.',
    area: 'buergerservice', ...half('2028-H2'), status: 'planned', owner: 'Fachbereichsleitung Bürgerservice und Ordnung',
    milestones: [ms('prozesse', 'Alle Prozesse modelliert', '2028-09-29'), ms('live', 'Ende-zu-Ende für die zehn häufigsten Leistungen', '2028-12-15')],
    dependsOn: dep(30, 34),
    investment: money(26_000, 6_000, 'own-budget'),
    services: [svc('Veranstaltung anzeigen', 3, 4), svc('Sondernutzungserlaubnis für Straßen', 3, 4), svc('Fundsache melden', 3, 4)],
  }),
  example(38, {
    title: 'Schul-IT: Ersatzbeschaffung und zweite Ausstattungsrunde',
    description: 'Die 2024/2025 beschaffte Technik erreicht das Ende ihrer Nutzungsdauer: Tafeln, Tablets und Netzkomponenten werden nach dem fortgeschriebenen Medienentwicklungsplan ersetzt. Die Finanzierung hängt an einer Anschlussförderung.',
    area: 'bildung-soziales', ...half('2029-H1'), status: 'planned', owner: 'Schulverwaltung',
    milestones: [ms('mep', 'Medienentwicklungsplan fortgeschrieben', '2029-02-28'), ms('ersatz', 'Ersatzbeschaffung abgeschlossen', '2029-06-29')],
    dependsOn: dep(31),
    decisions: [dec('finanzierung', 'Finanzierung der Ersatzbeschaffung', 'council', '2028-12-14', 'open')],
    investment: money(190_000, 26_000, 'federal-funding', 'Anschlussförderung (DigitalPakt 2.0), sonst Eigenmittel'),
  }),
  example(39, {
    title: 'Digitales Baum- und Straßenkataster',
    description: 'Bäume, Straßen, Spielplätze und Beschilderung werden im GIS erfasst; der Bauhof dokumentiert Kontrollen und Schäden mobil vor Ort. So ist die Verkehrssicherungspflicht nachweisbar erfüllt.',
    area: 'bauen-umwelt', ...half('2029-H2'), status: 'planned', owner: 'Bauhof mit der Bauverwaltung',
    milestones: [ms('erfassung', 'Bestand erfasst', '2029-09-28'), ms('mobil', 'Kontrollen nur noch mobil dokumentiert', '2029-12-14')],
    dependsOn: dep(20),
    investment: money(38_000, 5_400, 'eu-funding', 'EFRE/JTF-Programm NRW 2021–2027 (Antrag geplant)'),
  }),
  example(40, {
    title: 'Programmabschluss: alle Verwaltungsprozesse digital',
    description: 'Abschluss des Programms: Alle Verwaltungsprozesse laufen digital. Bewertung mit Beschäftigten und Bürgerschaft, Übergang der Aufgaben in den Regelbetrieb und Abschlussbericht an den Rat.',
    area: 'change', ...dated('2030-01-01', '2030-12-31'), status: 'planned', owner: 'Bürgermeister mit Digitalisierungskoordination',
    milestones: [ms('befragung', 'Abschlussbefragung der Beschäftigten', '2030-06-28'), ms('bericht', 'Abschlussbericht an den Rat', '2030-12-10')],
    dependsOn: dep(32, 34, 37),
    decisions: [dec('regelbetrieb', 'Übergang in den Regelbetrieb', 'council', '2030-12-12', 'open')],
  }),
];
