import type { Localized, Survey } from './survey';

/** Agreement labels for every point of the 1–5 scale (our own wording). */
export const AGREEMENT_LABELS: Localized[] = [
  { de: '1 – trifft gar nicht zu', en: '1 – strongly disagree' },
  { de: '2 – trifft eher nicht zu', en: '2 – disagree' },
  { de: '3 – teils, teils', en: '3 – neither agree nor disagree' },
  { de: '4 – trifft eher zu', en: '4 – agree' },
  { de: '5 – trifft voll zu', en: '5 – strongly agree' },
];

const scale = (id: string, dimension: string, de: string, en: string) =>
  ({ id, kind: 'scale', dimension, text: { de, en }, labels: AGREEMENT_LABELS, optional: false }) as const;

/**
 * The standard change-readiness pulse: the five stages of individual change (awareness, desire,
 * knowledge, ability, reinforcement — after the ADKAR model), the four readiness factors of Holt et
 * al. (appropriateness, management support, efficacy, personal benefit), eNPS and one open question.
 * Item wording is our own.
 */
export const CHANGE_READINESS_PULSE: Survey = {
  id: 'change-readiness',
  title: { de: 'Puls: Wie erleben Sie den digitalen Wandel?', en: 'Pulse: how do you experience the digital change?' },
  intro: {
    de: 'Zwei Minuten, anonym: Ihre Antworten werden getrennt von Ihrer Teilnahme gespeichert und nur gesammelt ab 5 Antworten gezeigt.',
    en: 'Two minutes, anonymous: your answers are stored apart from your participation and shown only in aggregate from 5 answers.',
  },
  questions: [
    scale('awareness', 'awareness', 'Ich weiß, warum unsere Verwaltung digitaler arbeiten will.', 'I understand why our administration wants to work more digitally.'),
    scale('desire', 'desire', 'Ich möchte den digitalen Wandel in meinem Bereich mitgestalten.', 'I want to help shape the digital change in my area.'),
    scale('knowledge', 'knowledge', 'Ich weiß, wie ich mit den neuen digitalen Abläufen und Werkzeugen arbeite.', 'I know how to work with the new digital processes and tools.'),
    scale('ability', 'ability', 'Ich habe Zeit, Ausstattung und Unterstützung, um digital zu arbeiten.', 'I have the time, equipment and support to work digitally.'),
    scale('reinforcement', 'reinforcement', 'Neue digitale Arbeitsweisen setzen sich bei uns dauerhaft durch, Fortschritte werden sichtbar.', 'New digital ways of working stick with us, and progress is made visible.'),
    scale('appropriateness', 'appropriateness', 'Die geplanten Veränderungen sind für unsere Verwaltung der richtige Weg.', 'The planned changes are the right way forward for our administration.'),
    scale('management-support', 'management-support', 'Verwaltungsleitung und Führungskräfte stehen sichtbar hinter dem Wandel.', 'Leadership and managers visibly support the change.'),
    scale('efficacy', 'efficacy', 'Ich traue mir zu, die Veränderungen in meiner Arbeit gut zu bewältigen.', 'I am confident I can manage the changes in my work.'),
    scale('personal-benefit', 'personal-benefit', 'Die Digitalisierung bringt mir in meiner Arbeit persönlich Vorteile.', 'Digitalization benefits me personally in my work.'),
    {
      id: 'enps',
      kind: 'enps',
      text: {
        de: 'Wie wahrscheinlich ist es, dass Sie unsere Verwaltung als Arbeitgeberin weiterempfehlen? (0 = sehr unwahrscheinlich, 10 = sehr wahrscheinlich)',
        en: 'How likely are you to recommend our administration as a place to work? (0 = not at all likely, 10 = extremely likely)',
      },
      optional: false,
    },
    {
      id: 'comment',
      kind: 'text',
      text: {
        de: 'Was sollte beim digitalen Wandel besser werden? (freiwillig – bitte keine Namen nennen)',
        en: 'What should improve in the digital change? (optional – please do not name anyone)',
      },
      optional: true,
    },
  ],
};
