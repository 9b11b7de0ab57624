import type { Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { CommandInfo } from '../../commands';
import type { Config } from '../../config';
import { t, type Lang, type MessageKey } from '../../i18n';
import { langOf } from '../../i18n/activity-lang';
import type { Logger } from '../../logger';
import { formatDateTime, type CardJson } from '../../cards';
import type { PersonalChat } from '../../proactive/personal';
import type { DepartmentGuard } from '../people/department-guard';
import { personKeyOf } from '../people/store';
import { EDIT_VERB, messageCard, pausedCard, RESUME_VERB, stepCard, STEP_VERB, SUMMARY_VERB, summaryCard } from './cards';
import type { CheckView, DigiCheckService } from './service';

/** The chat commands of this feature, for the help card. */
export const checkCommands: CommandInfo[] = [{ nameKey: 'command.check', descriptionKey: 'command.check.description' }];

/** What the DigiCheck routes need. */
export interface CheckRouteDeps {
  service: DigiCheckService;
  config: Pick<Config, 'defaultLocale' | 'departments'>;
  /** The department lock against the fill-up attack (card 1 carries the department). */
  guard: DepartmentGuard;
  /** Answers in the personal chat when `check` is typed in a channel or group chat. */
  personal: PersonalChat;
  log: Logger;
}

const CHECK = /^\s*(digi-?)?check\s*$/i;
const ERASE = /^\s*(digi-?)?check\s+(löschen|loeschen|delete)\s*$/i;

const REFUSALS: Record<Extract<CheckView, { kind: 'refused' }>['reason'], MessageKey> = {
  closed: 'check.closed',
  'not-open': 'check.notYetOpen',
  'unknown-cycle': 'check.unknown',
  malformed: 'check.malformed',
  'save-failed': 'check.saveFailed',
};

/**
 * `check` starts or resumes the DigiCheck; each dimension card's buttons (next, back, continue
 * later, change) are Action.Execute, so the card turns into the next one in place.
 */
export function registerCheckRoutes(app: Application<TurnState>, deps: CheckRouteDeps): void {
  const { service, config } = deps;
  const lang = (c: TurnContext) => langOf(c.activity, config.defaultLocale);

  /**
   * The department on card 1, checked before the answers are taken: refused while the person is
   * held to another one (a round or cycle they took part in is open); a move away from the stored
   * department is saved on this turn alone and the card comes back to be sent again, so no answer
   * turn writes the person's department row (trust points 11 and 12). A first choice is kept with
   * the answers only.
   */
  const departmentStep = async (personKey: string, data: Record<string, unknown>): Promise<CheckView | undefined> => {
    const chosen = typeof data.department === 'string' && config.departments.some((d) => d.id === data.department) ? data.department : undefined;
    if (!chosen) return undefined;
    const change = await deps.guard.check(personKey, chosen);
    if (change.kind === 'same' || change.kind === 'first') return undefined;
    const view = await service.edit(personKey, data.cycleId, data.step);
    if (view.kind !== 'step') return view;
    if (change.kind === 'locked') {
      return { ...view, mode: 'flow', problems: [{ code: 'department-locked', until: change.until }], given: { ...data, department: change.department } };
    }
    await deps.guard.save(personKey, chosen, change);
    return { ...view, mode: 'flow', problems: [{ code: 'department-saved', department: chosen }], given: data };
  };

  const render = (l: Lang, view: CheckView): CardJson => {
    const q = service.questionnaire;
    switch (view.kind) {
      case 'no-cycle':
        return messageCard(l, view.scheduled ? `${t(l, 'check.none')} ${t(l, 'check.scheduled', { date: new Intl.DateTimeFormat(l === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeZone: 'Europe/Berlin' }).format(new Date(view.scheduled.opensAt)) })}` : t(l, 'check.none'));
      case 'step':
        return stepCard(q, { lang: l, cycle: view.cycle, step: view.step, response: view.response, mode: view.mode, departments: config.departments, resumed: view.resumed, problems: view.problems, given: view.given });
      case 'summary':
        return summaryCard(q, l, view.cycle, view.response, config.departments);
      case 'paused':
        return pausedCard(q, l, view.cycle, view.response);
      case 'deleted':
        return messageCard(l, t(l, 'check.deleted'));
      case 'erase-info':
        return messageCard(l, view.what === 'pending' ? t(l, 'check.erase.pending', { date: formatDateTime(view.closedAt ?? '', l) }) : t(l, view.what === 'closed' ? 'check.erase.closed' : 'check.erase.nothing'));
      case 'refused':
        return messageCard(l, t(l, REFUSALS[view.reason]));
    }
  };

  const send = async (context: TurnContext, view: CheckView) => {
    const l = lang(context);
    await deps.personal.send(context, l, MessageFactory.attachment(CardFactory.adaptiveCard(render(l, view))));
  };

  app.message(ERASE, async (context) => {
    const personKey = personKeyOf(context.activity.from);
    if (!personKey) return;
    // Erasing from a shared conversation would announce it there: only in the personal chat.
    if (deps.personal.isShared(context)) return void (await context.sendActivity(t(lang(context), 'personal.onlyThere')));
    await send(context, await service.erase(personKey));
  });

  app.message(CHECK, async (context) => {
    const personKey = personKeyOf(context.activity.from);
    if (!personKey) return;
    await send(context, await service.start(personKey));
  });

  /** Runs a card action; a storage fault becomes "please press again", never a half-saved state. */
  const action = (verb: string, run: (personKey: string, data: Record<string, unknown>) => Promise<CheckView>) =>
    app.adaptiveCards.actionExecute<Record<string, unknown>>(verb, async (context, _state, data) => {
      const l = lang(context);
      // A card action in a channel or group chat would show its answer card to everyone there.
      if (deps.personal.isShared(context)) return messageCard(l, t(l, 'personal.onlyThere'));
      const personKey = personKeyOf(context.activity.from);
      if (!personKey) return messageCard(l, t(l, 'check.malformed'));
      try {
        return render(l, await run(personKey, data ?? {}));
      } catch (err) {
        deps.log.error({ err, verb }, 'digicheck action failed');
        return messageCard(l, t(l, 'check.saveFailed'));
      }
    });

  action(STEP_VERB, async (personKey, data) => (await departmentStep(personKey, data)) ?? service.submit(personKey, data));
  action(EDIT_VERB, (personKey, data) => service.edit(personKey, data.cycleId, data.step));
  action(SUMMARY_VERB, (personKey, data) => service.summary(personKey, data.cycleId));
  action(RESUME_VERB, (personKey) => service.start(personKey));
}
