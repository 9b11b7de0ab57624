import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { CommandInfo } from '../../commands';
import type { Config } from '../../config';
import { t, type Lang } from '../../i18n';
import { langOf } from '../../i18n/activity-lang';
import type { Logger } from '../../logger';
import type { PersonalChat } from '../../proactive/personal';
import type { DepartmentCheck, DepartmentGuard } from '../people/department-guard';
import { departmentName } from '../people/departments';
import { personKeyOf, type PeopleStore } from '../people/store';
import type { BallotProblem } from './ballot';
import { formatDateTime, resultCard, type CardJson } from '../../cards';
import { departmentCard, pulseCard, SUBMIT_VERB, type PulseCardOptions } from './cards';
import type { Round } from './round';
import type { PulseService, SubmitOutcome } from './service';

/** The chat commands of this feature, for the help card. */
export const pulseCommands: CommandInfo[] = [
  { nameKey: 'command.pulse', descriptionKey: 'command.pulse.description' },
  { nameKey: 'command.department', descriptionKey: 'command.department.description' },
];

/** What the pulse routes need. */
export interface PulseRouteDeps {
  service: PulseService;
  people: PeopleStore;
  /** The department lock against the fill-up attack; saves changes on turns of their own. */
  guard: DepartmentGuard;
  /** Answers personal things in the personal chat when asked in a channel or group chat. */
  personal: PersonalChat;
  config: Pick<Config, 'defaultLocale' | 'departments' | 'departmentsAreExample'>;
  log: Logger;
}

const PULSE = /^\s*(umfrage|pulse|puls)\s*$/i;
const DEPARTMENT = /^\s*(fachbereich|department|abteilung)\s*$/i;

/** Registers `umfrage` / `pulse`, `fachbereich` / `department` and the card submits. */
export function registerPulseRoutes(app: Application<TurnState>, deps: PulseRouteDeps): void {
  const { config } = deps;
  const lang = (c: TurnContext) => langOf(c.activity, config.defaultLocale);
  const cardOptions = (l: Lang, department?: string): PulseCardOptions => ({ lang: l, departments: config.departments, departmentsAreExample: config.departmentsAreExample, department });

  const { personal } = deps;
  /** A card action pressed in a channel or group chat: answered with a neutral card, nothing is taken. */
  const sharedRefusal = (l: Lang) => resultCard(t(l, 'department.card.title'), t(l, 'personal.onlyThere'));
  const lockedText = (l: Lang, until: string) => t(l, 'department.locked', { date: formatDateTime(until, l) });

  app.message(PULSE, async (context) => {
    const l = lang(context);
    const personKey = personKeyOf(context.activity.from);
    if (!personKey) return void (await context.sendActivity(t(l, 'pulse.none')));
    const department = (await deps.guard.lock(personKey))?.department ?? (await deps.guard.stored(personKey));
    const { round, answeredAll } = await deps.service.nextRoundFor(personKey, department);
    if (!round) return void (await personal.send(context, l, MessageFactory.text(t(l, answeredAll ? 'pulse.alreadyAnswered' : 'pulse.none'))));
    await personal.send(context, l, MessageFactory.attachment(CardFactory.adaptiveCard(pulseCard(round, cardOptions(l, department)))));
  });

  app.message(DEPARTMENT, async (context) => {
    const l = lang(context);
    const personKey = personKeyOf(context.activity.from);
    const current = personKey ? await deps.guard.stored(personKey) : undefined;
    await personal.send(context, l, MessageFactory.attachment(CardFactory.adaptiveCard(departmentCard(l, config.departments, current, config.departmentsAreExample))));
  });

  app.adaptiveCards.actionExecute<Record<string, unknown>>(SUBMIT_VERB, async (context, _state, data) => {
    const l = lang(context);
    if (personal.isShared(context)) return sharedRefusal(l);
    const personKey = personKeyOf(context.activity.from);
    if (!personKey) return resultCard(t(l, 'pulse.problems'), t(l, 'pulse.problem.malformed'));
    let outcome: SubmitOutcome;
    try {
      // A department other than the stored one is a change: checked against the lock and saved on
      // this turn alone; the answers are sent again on the next (the card keeps them).
      const departmentStep = async (round: Round, department: string): Promise<SubmitOutcome | undefined> => {
        const change: DepartmentCheck = await deps.guard.check(personKey, department);
        if (change.kind === 'same') return undefined;
        if (change.kind === 'locked') return { kind: 'department-locked', round, department: change.department, until: change.until };
        await deps.guard.save(personKey, department, change);
        return { kind: 'department-saved', round, department };
      };
      outcome = await deps.service.submit(data?.roundId, personKey, data ?? {}, departmentStep);
    } catch (err) {
      deps.log.error({ err }, 'pulse submit failed');
      return resultCard(t(l, 'pulse.problems'), t(l, 'pulse.saveFailed'));
    }
    return outcomeCard(outcome, data ?? {}, cardOptions(l));
  });

  app.adaptiveCards.actionExecute<Record<string, unknown>>('department.save', async (context, _state, data) => {
    const l = lang(context);
    if (personal.isShared(context)) return sharedRefusal(l);
    const personKey = personKeyOf(context.activity.from);
    const id = typeof data?.department === 'string' ? data.department : '';
    if (!personKey || !config.departments.some((d) => d.id === id)) {
      return departmentCard(l, config.departments, undefined, config.departmentsAreExample);
    }
    const change = await deps.guard.check(personKey, id);
    if (change.kind === 'locked') return resultCard(t(l, 'department.card.title'), lockedText(l, change.until));
    await deps.guard.save(personKey, id, change);
    return resultCard(t(l, 'department.card.title'), t(l, 'department.saved', { department: departmentName(config.departments, id, l) }));
  });
}

function outcomeCard(outcome: SubmitOutcome, data: Record<string, unknown>, options: PulseCardOptions): CardJson {
  const l = options.lang;
  switch (outcome.kind) {
    case 'accepted':
      return resultCard(t(l, 'pulse.thanks.title'), t(l, 'pulse.thanks.text'));
    case 'duplicate':
      return resultCard(t(l, 'pulse.duplicate.title'), t(l, 'pulse.duplicate.text'));
    case 'closed':
      return resultCard(t(l, 'pulse.problems'), t(l, 'pulse.closed'));
    case 'not-open':
      return resultCard(t(l, 'pulse.problems'), t(l, 'pulse.notYetOpen'));
    case 'not-for-you':
      return resultCard(t(l, 'pulse.problems'), t(l, 'pulse.notForYou'));
    case 'unknown-round':
      return resultCard(t(l, 'pulse.problems'), t(l, 'pulse.unknownRound'));
    case 'department-locked':
      return pulseCard(outcome.round, { ...options, problems: [t(l, 'department.locked', { date: formatDateTime(outcome.until, l) })], previous: { ...data, department: outcome.department } });
    case 'department-saved':
      return pulseCard(outcome.round, { ...options, department: outcome.department, notice: t(l, 'pulse.departmentSaved', { department: departmentName(options.departments, outcome.department, l) }), previous: data });
    case 'invalid': {
      const problems = outcome.problems.map((p) => problemText(l, outcome.round, p));
      if (outcome.departmentMissing) problems.unshift(t(l, 'pulse.problem.department'));
      return pulseCard(outcome.round, { ...options, problems, previous: data });
    }
  }
}

function problemText(l: Lang, round: Round, p: BallotProblem): string {
  const question = (id: string) => round.survey.questions.find((q) => q.id === id)?.text[l] ?? id;
  switch (p.code) {
    case 'missing':
      return t(l, 'pulse.problem.missing', { question: question(p.questionId) });
    case 'out-of-range':
      return t(l, 'pulse.problem.outOfRange', { question: question(p.questionId) });
    case 'too-long':
      return t(l, 'pulse.problem.tooLong', { question: question(p.questionId), max: p.max });
    case 'unknown-answer':
      return t(l, 'pulse.problem.unknownAnswer', { field: p.field.replace(/[^\w-]/g, '?') });
    case 'malformed':
      return t(l, 'pulse.problem.malformed');
  }
}
