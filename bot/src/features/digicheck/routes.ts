import type { AdaptiveCard, Application, TurnState } from '@microsoft/teams-ai';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { CommandInfo } from '../../commands';
import type { Config } from '../../config';
import { t, type Lang, type MessageKey } from '../../i18n';
import { langOf } from '../../i18n/activity-lang';
import type { Logger } from '../../logger';
import type { CardJson } from '../pulse/cards';
import { personKeyOf } from '../people/store';
import { EDIT_VERB, messageCard, pausedCard, RESUME_VERB, stepCard, STEP_VERB, SUMMARY_VERB, summaryCard } from './cards';
import type { CheckView, DigiCheckService } from './service';

/** The chat commands of this feature, for the help card. */
export const checkCommands: CommandInfo[] = [{ nameKey: 'command.check', descriptionKey: 'command.check.description' }];

/** What the DigiCheck routes need. */
export interface CheckRouteDeps {
  service: DigiCheckService;
  config: Pick<Config, 'defaultLocale' | 'departments'>;
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

/** Our card JSON is built by hand against schema 1.5; botbuilder's type is only a loose shape. */
const asCard = (c: CardJson) => c as unknown as AdaptiveCard;

/**
 * `check` starts or resumes the DigiCheck; each dimension card's buttons (next, back, continue
 * later, change) are Action.Execute, so the card turns into the next one in place.
 */
export function registerCheckRoutes(app: Application<TurnState>, deps: CheckRouteDeps): void {
  const { service, config } = deps;
  const lang = (c: TurnContext) => langOf(c.activity, config.defaultLocale);

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
      case 'refused':
        return messageCard(l, t(l, REFUSALS[view.reason]));
    }
  };

  const send = async (context: TurnContext, view: CheckView) => {
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(render(lang(context), view))));
  };

  app.message(ERASE, async (context) => {
    const personKey = personKeyOf(context.activity.from);
    if (!personKey) return;
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
      const personKey = personKeyOf(context.activity.from);
      if (!personKey) return asCard(messageCard(l, t(l, 'check.malformed')));
      try {
        return asCard(render(l, await run(personKey, data ?? {})));
      } catch (err) {
        deps.log.error({ err, verb }, 'digicheck action failed');
        return asCard(messageCard(l, t(l, 'check.saveFailed')));
      }
    });

  action(STEP_VERB, (personKey, data) => service.submit(personKey, data));
  action(EDIT_VERB, (personKey, data) => service.edit(personKey, data.cycleId, data.step));
  action(SUMMARY_VERB, (personKey, data) => service.summary(personKey, data.cycleId));
  action(RESUME_VERB, (personKey) => service.start(personKey));
}
