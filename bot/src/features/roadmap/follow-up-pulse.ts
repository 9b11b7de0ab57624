import { createHash } from 'node:crypto';
import type { RoadmapFollowUpPulse, RoadmapItem } from '../../api/roadmap-contract';
import type { Logger } from '../../logger';
import type { Department } from '../people/departments';
import { AGREEMENT_LABELS } from '../pulse/default-survey';
import { newRoundId, type Round } from '../pulse/round';
import type { RoundsStore } from '../pulse/rounds-store';
import { parseSurvey, type Survey } from '../pulse/survey';
import type { SurveysStore } from '../pulse/surveys-store';
import type { RoadmapService } from './service';

/** How long a follow-up pulse stays open. */
export const FOLLOW_UP_DAYS = 14;

/** What the follow-up needs. */
export interface FollowUpDeps {
  roadmap: RoadmapService;
  surveys: SurveysStore;
  rounds: RoundsStore;
  departments: Department[];
  log: Logger;
  now?: () => Date;
}

/** The outcome of a follow-up request. */
export type FollowUpOutcome = { kind: 'ok'; value: RoadmapFollowUpPulse } | { kind: 'not-found' } | { kind: 'not-done'; status: string };

/** One survey id per item, so the survey itself is the "already sent" marker. */
const surveyIdOf = (itemId: string) => `followup-${createHash('sha256').update(itemId).digest('hex').slice(0, 16)}`;

/**
 * Milestone → pulse: once a roadmap item is done, the change team sends a short pulse about it to
 * the item's area in one action ("How did the introduction of X go?"). It is an ordinary pulse
 * round (announced by the pulse scheduler, anonymous, results after closing with the thresholds);
 * a department area asks that department, a cross-cutting area everyone.
 */
export class FollowUpPulse {
  private readonly now: () => Date;

  constructor(private readonly deps: FollowUpDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** The follow-up pulse already made for the item, if any. */
  async find(itemId: string): Promise<RoadmapFollowUpPulse | undefined> {
    const surveyId = surveyIdOf(itemId);
    const round = (await this.deps.rounds.list()).find((r) => r.survey.id === surveyId);
    return round && view(round, false);
  }

  /** Makes the pulse (survey + round opening now); repeating it answers the round made first. */
  async send(itemId: string): Promise<FollowUpOutcome> {
    const item = await this.deps.roadmap.get(itemId);
    if (!item) return { kind: 'not-found' };
    if (item.status !== 'done') return { kind: 'not-done', status: item.status };
    const existing = await this.find(itemId);
    if (existing) return { kind: 'ok', value: existing };
    const survey = followUpSurvey(surveyIdOf(itemId), item);
    // Creating the survey is the lock: exactly one request (of a double click, or two instances)
    // gets `created` and makes the round; the other answers the round once it is there.
    if ((await this.deps.surveys.create(survey)) === 'exists') {
      for (let i = 0; i < 20; i++) {
        const made = await this.find(itemId);
        if (made) return { kind: 'ok', value: made };
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const now = this.now();
    const round: Round = {
      id: newRoundId(now),
      survey,
      opensAt: now.toISOString(),
      closesAt: new Date(now.getTime() + FOLLOW_UP_DAYS * 86_400_000).toISOString(),
      departments: this.deps.departments.some((d) => d.id === item.area) ? [item.area] : [],
    };
    await this.deps.rounds.create(round);
    this.deps.log.info({ item: itemId, roundId: round.id, departments: round.departments }, 'follow-up pulse created');
    return { kind: 'ok', value: view(round, true) };
  }
}

function view(round: Round, created: boolean): RoadmapFollowUpPulse {
  return { roundId: round.id, surveyId: round.survey.id, opensAt: round.opensAt, closesAt: round.closesAt, departments: round.departments, created };
}

/** Three questions: how it went, whether one can work with it now, and what to do differently. */
export function followUpSurvey(id: string, item: Pick<RoadmapItem, 'title'>): Survey {
  const title = item.title.length > 120 ? `${item.title.slice(0, 119)}…` : item.title;
  const parsed = parseSurvey({
    id,
    title: { de: `Kurz-Pulse: ${title}`, en: `Short pulse: ${title}` },
    intro: {
      de: `„${title}“ ist abgeschlossen. Drei kurze Fragen, anonym wie jede Puls-Umfrage.`,
      en: `“${title}” is done. Three short questions, anonymous like every pulse.`,
    },
    questions: [
      { id: 'went-well', kind: 'scale', dimension: 'reinforcement', text: { de: `Die Einführung von „${title}“ ist aus meiner Sicht gut gelaufen.`, en: `From my point of view, the introduction of “${title}” went well.` }, labels: AGREEMENT_LABELS },
      { id: 'works-now', kind: 'scale', dimension: 'ability', text: { de: 'Ich kann mit dem Neuen inzwischen gut arbeiten.', en: 'I can now work well with the new way.' }, labels: AGREEMENT_LABELS },
      { id: 'next-time', kind: 'text', text: { de: 'Was sollten wir beim nächsten Vorhaben anders machen?', en: 'What should we do differently next time?' } },
    ],
  });
  if (!parsed.ok) throw new Error(`follow-up survey invalid: ${parsed.errors.join('; ')}`);
  return parsed.survey;
}
