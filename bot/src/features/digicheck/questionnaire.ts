import type { CheckText, Questionnaire } from '../../api/digicheck-contract';

const t = (de: string, en: string): CheckText => ({ de, en });

/**
 * The DigiCheck questionnaire: a self-assessment of a department's digital maturity in six dimensions
 * (after the EU EDIH public-sector Digital Maturity Assessment), each question answered on levels 0–4
 * with a written anchor per level, plus the optional OZG level of the department's citizen services.
 * The wording is our own, after the public EDIH DMA and OZG maturity models; it is not KRZ's DigiCheck.
 *
 * Over 300 lines on purpose: this is data (every question with five anchors in two languages), read
 * and reviewed as one questionnaire; split, it would be harder to proofread.
 */
export const QUESTIONNAIRE: Questionnaire = {
  dimensions: [
    {
      id: 'strategy',
      title: t('Strategie und Investitionen', 'Strategy and investment'),
      description: t(
        'Ob der Fachbereich Ziele, Prioritäten, Verantwortung und Haushaltsmittel für die Digitalisierung hat.',
        'Whether the department has goals, priorities, responsibility and budget for digitalisation.',
      ),
      questions: [
        {
          id: 'strategy-goals',
          text: t(
            'Der Fachbereich hat schriftliche Digitalisierungsziele, abgeleitet aus der Digitalisierungsstrategie der Gemeinde.',
            "The department has written digitalisation goals derived from the municipality's digitalisation strategy.",
          ),
          anchors: [
            t('Keine Digitalisierungsziele für den Fachbereich', 'No digitalisation goals for the department'),
            t('Erste Ideen gesammelt, aber nicht schriftlich festgehalten', 'First ideas collected, but not written down'),
            t('Ziele für einzelne Themen schriftlich formuliert', 'Goals written down for some topics'),
            t('Ziele für den ganzen Fachbereich festgelegt und allen bekannt', 'Goals set for the whole department and known to everyone'),
            t('Ziele mit Kennzahlen, jährlich überprüft und fortgeschrieben', 'Goals with indicators, reviewed and updated every year'),
          ],
        },
        {
          id: 'strategy-roadmap',
          text: t(
            'Der Fachbereich weiß, welche Prozesse und Leistungen er in welcher Reihenfolge digitalisiert.',
            'The department knows which processes and services it will digitalise, and in what order.',
          ),
          anchors: [
            t('Kein Überblick über die zu digitalisierenden Prozesse', 'No overview of the processes to digitalise'),
            t('Einzelne Vorhaben bekannt, aber ohne Reihenfolge', 'Some projects known, but not prioritised'),
            t('Liste der Vorhaben vorhanden, teilweise priorisiert', 'A list of projects exists, partly prioritised'),
            t('Abgestimmter, priorisierter Fahrplan für den ganzen Fachbereich', 'An agreed, prioritised roadmap for the whole department'),
            t('Fahrplan wird regelmäßig überprüft, Fortschritt wird gemessen', 'The roadmap is reviewed regularly and progress is measured'),
          ],
        },
        {
          id: 'strategy-budget',
          text: t(
            'Digitalisierungsvorhaben des Fachbereichs sind im Haushalt mit eigenen Mitteln eingeplant.',
            "The department's digitalisation projects have their own funds in the municipal budget.",
          ),
          anchors: [
            t('Keine Mittel für Digitalisierung im Haushalt eingeplant', 'No funds for digitalisation in the budget'),
            t('Mittel werden im Einzelfall und kurzfristig beantragt', 'Funds are requested case by case, at short notice'),
            t('Für einzelne Vorhaben sind Mittel im Haushalt eingeplant', 'Funds are budgeted for some projects'),
            t('Alle Vorhaben sind im Haushalt eingeplant, samt Folgekosten', 'All projects are budgeted, including running costs'),
            t('Mehrjährige Planung; der Nutzen der Investitionen wird nachgehalten', 'Multi-year planning; the benefit of investments is tracked'),
          ],
        },
        {
          id: 'strategy-leadership',
          text: t(
            'Die Fachbereichsleitung treibt die Digitalisierung sichtbar voran und regelt Zeit und Zuständigkeiten dafür.',
            'The head of department visibly drives digitalisation and sets time and responsibility for it.',
          ),
          anchors: [
            t('Digitalisierung ist kein Thema der Leitung', 'Digitalisation is not a topic for management'),
            t('Leitung unterstützt Einzelinitiativen, ohne feste Zuständigkeit', 'Management backs single initiatives, without set responsibility'),
            t('Für einzelne Vorhaben gibt es Verantwortliche und Zeitanteile', 'Some projects have named owners and time set aside'),
            t('Feste Zuständigkeit; regelmäßig Thema in Dienstbesprechungen', 'Set responsibility; a regular topic in team meetings'),
            t('Leitung steuert mit Zielen und Kennzahlen und berichtet regelmäßig', 'Management steers with goals and indicators and reports regularly'),
          ],
        },
      ],
    },
    {
      id: 'readiness',
      title: t('Digitale Prozesse und Werkzeuge', 'Digital readiness of processes and tools'),
      description: t(
        'Wie weit Akten, Abläufe, Fachverfahren und Zusammenarbeit im Fachbereich heute schon digital sind.',
        "How far the department's files, workflows, specialist applications and collaboration are digital today.",
      ),
      questions: [
        {
          id: 'readiness-efile',
          text: t(
            'Vorgänge werden im Fachbereich in der E-Akte (Dokumentenmanagement) geführt statt in Papierakten.',
            'Cases in the department are kept in the e-file (document management) instead of paper files.',
          ),
          anchors: [
            t('Akten werden nur auf Papier geführt', 'Files are kept on paper only'),
            t('Einzelne Dokumente digital abgelegt, die Papierakte ist führend', 'Some documents stored digitally; the paper file is the record'),
            t('E-Akte in einzelnen Sachgebieten erprobt', 'E-file piloted in some teams'),
            t('Die E-Akte ist im ganzen Fachbereich führend', 'The e-file is the record across the department'),
            t('E-Akte ist Routine; Abläufe darin werden ausgewertet und verbessert', 'The e-file is routine; its workflows are reviewed and improved'),
          ],
        },
        {
          id: 'readiness-workflows',
          text: t(
            'Interne Abläufe (z. B. Mitzeichnung, Freigaben, Rechnungen) laufen im Fachbereich digital und ohne Medienbruch.',
            'Internal workflows (e.g. co-signing, approvals, invoices) in the department run digitally, without switching to paper.',
          ),
          anchors: [
            t('Alle Abläufe auf Papier, mit Unterschrift und Hauspost', 'All workflows on paper, with signatures and internal mail'),
            t('Einzelne Abläufe per E-Mail, sonst Ausdruck und Unterschrift', 'Some workflows by email, otherwise print and sign'),
            t('Einige Abläufe digital, z. B. Rechnungen, teils mit Medienbruch', 'Some workflows digital, e.g. invoices, partly still on paper'),
            t('Die meisten Abläufe laufen digital, ohne Ausdruck', 'Most workflows run digitally, without printing'),
            t('Papierloses Arbeiten ist Routine; Abläufe werden gemessen und verbessert', 'Paperless work is routine; workflows are measured and improved'),
          ],
        },
        {
          id: 'readiness-applications',
          text: t(
            'Die Fachverfahren des Fachbereichs sind aktuell und bilden die Aufgaben digital ab.',
            "The department's specialist applications are up to date and cover its tasks digitally.",
          ),
          anchors: [
            t('Aufgaben werden ohne Fachverfahren erledigt (Papier, Excel)', 'Tasks are done without specialist software (paper, Excel)'),
            t('Fachverfahren vorhanden, aber veraltet oder kaum genutzt', 'Specialist software exists but is outdated or barely used'),
            t('Fachverfahren für einen Teil der Aufgaben im Einsatz', 'Specialist software in use for part of the tasks'),
            t('Fachverfahren decken die Aufgaben ab und werden von allen genutzt', 'Specialist software covers the tasks and everyone uses it'),
            t('Fachverfahren werden regelmäßig bewertet und weiterentwickelt', 'Specialist software is reviewed and developed regularly'),
          ],
        },
        {
          id: 'readiness-collaboration',
          text: t(
            'Für Zusammenarbeit und Besprechungen nutzt der Fachbereich digitale Werkzeuge (z. B. Teams, gemeinsame Dokumente, Videokonferenzen).',
            'The department uses digital tools for collaboration and meetings (e.g. Teams, shared documents, video calls).',
          ),
          anchors: [
            t('Zusammenarbeit nur persönlich, per Telefon und auf Papier', 'Collaboration only in person, by phone and on paper'),
            t('Einzelne nutzen Chat oder Videokonferenzen', 'A few people use chat or video calls'),
            t('Digitale Werkzeuge in einzelnen Sachgebieten erprobt', 'Digital tools tried out in some teams'),
            t('Gemeinsame Dokumente und Videokonferenzen sind im Fachbereich üblich', 'Shared documents and video calls are common across the department'),
            t('Vereinbarte Regeln zur Zusammenarbeit, regelmäßig überprüft und verbessert', 'Agreed ways of working together, reviewed and improved regularly'),
          ],
        },
      ],
    },
    {
      id: 'people',
      title: t('Menschen, Kompetenzen und Beteiligung', 'People, skills and involvement'),
      description: t(
        'Ob die Beschäftigten geschult, sicher im Umgang mit digitalen Werkzeugen und an Veränderungen beteiligt sind.',
        'Whether staff are trained, confident with digital tools and involved in changes.',
      ),
      questions: [
        {
          id: 'people-training',
          text: t(
            'Die Beschäftigten des Fachbereichs werden für neue digitale Werkzeuge und Verfahren geschult.',
            "The department's staff are trained for new digital tools and procedures.",
          ),
          anchors: [
            t('Keine Schulungen; Einarbeitung nur nebenbei', 'No training; people learn on the job'),
            t('Schulungen nur vereinzelt oder auf eigene Initiative', 'Training only now and then or on own initiative'),
            t('Schulungen bei größeren Einführungen, aber nicht für alle', 'Training for major roll-outs, but not for everyone'),
            t('Alle Betroffenen werden vor jeder Einführung geschult', 'Everyone affected is trained before each roll-out'),
            t('Schulungsbedarf wird jährlich erhoben, Angebote werden ausgewertet', 'Training needs are assessed every year; courses are evaluated'),
          ],
        },
        {
          id: 'people-skills',
          text: t(
            'Die Beschäftigten fühlen sich im Umgang mit den digitalen Werkzeugen sicher und helfen sich gegenseitig.',
            'Staff feel confident using the digital tools and help each other.',
          ),
          anchors: [
            t('Viele sind unsicher, Hilfe gibt es kaum', 'Many feel unsure; there is little help'),
            t('Einzelne Kundige helfen anderen nebenbei', 'A few skilled colleagues help others on the side'),
            t('Ein Teil arbeitet sicher, andere brauchen oft Hilfe', 'Some work confidently, others often need help'),
            t('Die meisten arbeiten sicher; Key-User helfen im Alltag', 'Most work confidently; key users help day to day'),
            t('Kompetenzen werden regelmäßig erhoben und gezielt gefördert', 'Skills are assessed regularly and developed on purpose'),
          ],
        },
        {
          id: 'people-involvement',
          text: t(
            'Die Beschäftigten werden früh an Digitalisierungsvorhaben beteiligt, der Personalrat von Anfang an eingebunden.',
            'Staff are involved early in digitalisation projects, and the staff council from the start.',
          ),
          anchors: [
            t('Beschäftigte erfahren von Änderungen erst bei der Einführung', 'Staff learn of changes only at roll-out'),
            t('Einzelne werden informell nach ihrer Meinung gefragt', 'Some are asked informally for their views'),
            t('Bei einzelnen Vorhaben gibt es Workshops oder Testgruppen', 'Workshops or test groups for some projects'),
            t('Beschäftigte und Personalrat sind bei allen Vorhaben früh dabei', 'Staff and staff council take part early in all projects'),
            t('Beteiligung ist Standard; Rückmeldungen werden ausgewertet und umgesetzt', 'Involvement is standard; feedback is evaluated and acted on'),
          ],
        },
      ],
    },
    {
      id: 'data',
      title: t('Daten und Informationssicherheit', 'Data and security'),
      description: t(
        'Wie der Fachbereich seine Daten ordnet und nach Datenschutzrecht und BSI IT-Grundschutz schützt.',
        'How the department organises its data and protects it under data-protection law and BSI IT baseline protection.',
      ),
      questions: [
        {
          id: 'data-security',
          text: t(
            'Die Informationssicherheit im Fachbereich ist nach BSI IT-Grundschutz geregelt (Schutzbedarf, Maßnahmen, Zuständigkeit).',
            'Information security in the department follows BSI IT baseline protection (protection needs, measures, responsibility).',
          ),
          anchors: [
            t('Keine Regeln zur Informationssicherheit bekannt', 'No information security rules known'),
            t('Allgemeine Hinweise der IT, ohne Bezug zum Fachbereich', 'General IT guidance, not specific to the department'),
            t('Schutzbedarf für einige Fachverfahren festgestellt', 'Protection needs assessed for some applications'),
            t('Schutzbedarf und Maßnahmen für alle Fachverfahren dokumentiert', 'Protection needs and measures documented for all applications'),
            t('Maßnahmen werden regelmäßig geprüft, Vorfälle ausgewertet', 'Measures are checked regularly; incidents are reviewed'),
          ],
        },
        {
          id: 'data-awareness',
          text: t(
            'Die Beschäftigten kennen die Regeln zu Datenschutz und Informationssicherheit und erkennen z. B. Phishing-Mails.',
            'Staff know the rules on data protection and information security and recognise e.g. phishing emails.',
          ),
          anchors: [
            t('Regeln sind kaum bekannt, keine Sensibilisierung', 'Rules are hardly known; no awareness training'),
            t('Einmalige Hinweise, z. B. bei der Einstellung', 'One-off guidance, e.g. when starting the job'),
            t('Ein Teil der Beschäftigten hat an Schulungen teilgenommen', 'Some staff have attended training'),
            t('Alle werden regelmäßig sensibilisiert, z. B. jährlich', 'Everyone gets regular awareness training, e.g. yearly'),
            t('Sensibilisierung mit Übungen (z. B. Phishing-Test), Ergebnisse ausgewertet', 'Awareness tested (e.g. phishing drills); results are reviewed'),
          ],
        },
        {
          id: 'data-management',
          text: t(
            'Die Daten des Fachbereichs sind geordnet: Zuständigkeit, Ablage, Aufbewahrung und Löschfristen sind festgelegt.',
            "The department's data is in order: owners, filing, retention and deletion periods are set.",
          ),
          anchors: [
            t('Daten liegen verstreut, ohne Regeln', 'Data is scattered, without rules'),
            t('Einzelne Ablageregeln, aber nicht verbindlich', 'Some filing rules, but not binding'),
            t('Regeln für einen Teil der Daten, z. B. einzelne Fachverfahren', 'Rules for part of the data, e.g. some applications'),
            t('Verbindliche Regeln für alle Daten, samt Löschfristen', 'Binding rules for all data, including deletion periods'),
            t('Einhaltung wird geprüft; Daten werden auch zur Steuerung genutzt', 'Compliance is checked; data is also used for steering'),
          ],
        },
      ],
    },
    {
      id: 'interoperability',
      title: t('Interoperabilität', 'Interoperability'),
      description: t(
        'Ob Daten zwischen Fachverfahren, IT-Dienstleister und anderen Behörden über Schnittstellen und Standards fließen.',
        'Whether data flows between applications, the IT provider and other authorities through interfaces and standards.',
      ),
      questions: [
        {
          id: 'interoperability-interfaces',
          text: t(
            'Die Fachverfahren des Fachbereichs tauschen Daten über Schnittstellen aus (mit der E-Akte und den Verfahren des kommunalen IT-Dienstleisters).',
            "The department's applications exchange data through interfaces (with the e-file and the municipal IT provider's systems).",
          ),
          anchors: [
            t('Daten werden von Hand übertragen oder abgetippt', 'Data is transferred or retyped by hand'),
            t('Einzelne Exporte und Importe per Datei, meist von Hand', 'Some file exports and imports, mostly manual'),
            t('Einige Fachverfahren über Schnittstellen verbunden', 'Some applications linked through interfaces'),
            t('Alle wichtigen Fachverfahren über Schnittstellen verbunden', 'All key applications linked through interfaces'),
            t('Schnittstellen werden überwacht, Fehler und Lücken behoben', 'Interfaces are monitored; errors and gaps are fixed'),
          ],
        },
        {
          id: 'interoperability-standards',
          text: t(
            'Mit anderen Behörden tauscht der Fachbereich Daten über XÖV-Standards aus (z. B. XMeld, XBau, XPersonenstand) statt per Papier, Fax oder E-Mail.',
            'The department exchanges data with other authorities using XÖV standards (e.g. XMeld, XBau, XPersonenstand) instead of paper, fax or email.',
          ),
          anchors: [
            t('Austausch nur per Papier, Fax oder E-Mail', 'Exchange only by paper, fax or email'),
            t('XÖV-Standards sind bekannt, werden aber nicht genutzt', 'XÖV standards are known but not used'),
            t('Ein Standard im Einsatz, anderer Austausch noch auf Papier', 'One standard in use; other exchanges still on paper'),
            t('Wo es Standards gibt, werden sie durchgängig genutzt', 'Where standards exist, they are used throughout'),
            t('Nutzung wird überwacht, neue Standards werden zügig eingeführt', 'Use is monitored; new standards are adopted promptly'),
          ],
        },
        {
          id: 'interoperability-once-only',
          text: t(
            'Daten, die der Verwaltung schon vorliegen (z. B. im Melderegister), werden nicht erneut bei Bürgerinnen, Bürgern oder Unternehmen erfragt (Once-only).',
            'Data the administration already holds (e.g. in the population register) is not asked for again from citizens or businesses (once-only).',
          ),
          anchors: [
            t('Nachweise werden immer erneut angefordert', 'Evidence is always requested again'),
            t('Im Einzelfall werden vorhandene Daten intern abgerufen', 'Existing data is fetched internally now and then'),
            t('Für einige Leistungen werden vorhandene Daten intern abgerufen', 'Existing data is fetched internally for some services'),
            t('Für alle Leistungen werden vorhandene Daten zuerst intern abgerufen', 'For all services, existing data is fetched internally first'),
            t('Once-only ist digitale Routine; die Nutzung wird ausgewertet', 'Once-only is digital routine; its use is reviewed'),
          ],
        },
      ],
    },
    {
      id: 'sustainability',
      title: t('Nachhaltige Digitalisierung', 'Sustainable digitalisation'),
      description: t(
        'Ob der Fachbereich Papier, Energie und Geräte bei der Digitalisierung sparsam und ressourcenschonend einsetzt.',
        'Whether the department uses paper, energy and devices sparingly and with care for resources as it digitalises.',
      ),
      questions: [
        {
          id: 'sustainability-paper',
          text: t(
            'Der Fachbereich senkt durch Digitalisierung seinen Papier- und Druckverbrauch.',
            'The department uses digitalisation to cut its use of paper and printing.',
          ),
          anchors: [
            t('Papier- und Druckverbrauch sind kein Thema', 'Paper use and printing are not considered'),
            t('Einzelne drucken bewusst weniger', 'A few people consciously print less'),
            t('Erste Maßnahmen, z. B. Duplexdruck oder weniger Drucker', 'First measures, e.g. double-sided printing or fewer printers'),
            t('Gedruckt wird nur, wo nötig; Regeln gelten im ganzen Fachbereich', 'Printing only where needed; rules apply department-wide'),
            t('Verbrauch wird gemessen, Ziele werden nachgehalten', 'Use is measured and targets are tracked'),
          ],
        },
        {
          id: 'sustainability-energy',
          text: t(
            'Beim Kauf und Betrieb der IT im Fachbereich wird auf den Energieverbrauch geachtet (z. B. Energiesparmodus, effiziente Geräte).',
            "Energy use is considered when buying and running the department's IT (e.g. power-saving mode, efficient devices).",
          ),
          anchors: [
            t('Der Energieverbrauch der IT spielt keine Rolle', 'The energy use of IT plays no role'),
            t('Einzelne schalten Geräte bewusst ab', 'A few people switch devices off deliberately'),
            t('Energiesparmodus oder Effizienzkriterien teilweise eingeführt', 'Power saving or efficiency criteria partly in place'),
            t('Energiesparende Einstellungen und Kaufkriterien gelten überall', 'Power-saving settings and purchasing criteria apply everywhere'),
            t('Der Energieverbrauch der IT wird gemessen und gezielt gesenkt', 'The energy use of IT is measured and reduced on purpose'),
          ],
        },
        {
          id: 'sustainability-reuse',
          text: t(
            'Geräte des Fachbereichs werden lange genutzt, repariert und danach weiterverwendet oder fachgerecht recycelt.',
            "The department's devices are used for a long time, repaired, and then reused or properly recycled.",
          ),
          anchors: [
            t('Geräte werden nach Ablauf ersetzt und entsorgt', 'Devices are replaced when due and thrown away'),
            t('Gelegentlich werden Geräte repariert oder weitergegeben', 'Devices are occasionally repaired or passed on'),
            t('Für einige Gerätearten gibt es Reparatur oder Weitergabe', 'Repair or reuse for some types of device'),
            t('Längere Nutzung, Reparatur und Weitergabe sind die Regel', 'Longer use, repair and reuse are the rule'),
            t('Nutzungsdauer und Verbleib der Geräte werden erfasst und verbessert', 'Device lifetimes and what happens to devices are tracked and improved'),
          ],
        },
      ],
    },
  ],
  ozg: {
    id: 'ozg-level',
    text: t(
      'Wie weit sind die Leistungen des Fachbereichs für Bürgerinnen, Bürger und Unternehmen überwiegend online nutzbar (OZG-Reifegrad)?',
      "How far are most of the department's services for citizens and businesses available online (OZG maturity level)?",
    ),
    anchors: [
      t('Offline: keine Informationen zur Leistung im Internet', 'Offline: no information about the service online'),
      t('Information: die Leistung ist online beschrieben', 'Information: the service is described online'),
      t('Formularhilfe: Hilfe beim Ausfüllen, Abgabe aber nicht online', 'Form assistant: help filling in, but no online submission'),
      t('Online-Dienst: Antrag samt Nachweisen online einreichbar', 'Online service: application and evidence submitted online'),
      t('Online-Transaktion: voll digital, Nachweise nur einmal (Once-only)', 'Online transaction: fully digital, evidence given only once (once-only)'),
    ],
  },
};
