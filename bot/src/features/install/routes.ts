import type { Application, TurnState } from '@microsoft/teams-ai';
import { MessageFactory, type TurnContext } from 'botbuilder';
import type { CommandInfo } from '../../commands';
import type { Config } from '../../config';
import { langOf } from '../../i18n/activity-lang';
import type { Logger } from '../../logger';
import { welcomeCard } from './cards';
import { recordFromActivity } from '../../conversations/model';
import { installEventOf } from './install-event';
import type { ConversationStore } from '../../conversations/store';

/** What the install feature needs from the app. */
export interface InstallDeps {
  store: ConversationStore;
  config: Pick<Config, 'defaultLocale' | 'municipalityName'>;
  log: Logger;
  /** All commands of all features, for the welcome/help card. */
  commands: () => CommandInfo[];
}

/** The help command itself, listed first on the card. */
export const helpCommand: CommandInfo = { nameKey: 'command.help', descriptionKey: 'command.help.description' };

const HELP = /^\s*(hilfe|help|\?)\s*$/i;

/**
 * Registers install/uninstall handling (conversation references for proactive messages, one
 * welcome per install) and the `hilfe` / `help` command.
 */
export function registerInstallRoutes(app: Application<TurnState>, deps: InstallDeps): void {
  const sendWelcome = async (context: TurnContext) => {
    const lang = langOf(context.activity, deps.config.defaultLocale);
    const card = welcomeCard(lang, { municipalityName: deps.config.municipalityName, commands: deps.commands() });
    await context.sendActivity(MessageFactory.attachment(card));
  };

  // Refresh the stored reference (service URLs can change); the store writes only when something
  // differs. Never on an invoke: card actions are the submits of pulses, DigiCheck answers and
  // feedback, and a row naming the person written on that turn would date the submit through its
  // storage write time (trust point 12). Messages and install events refresh it instead.
  // A storage hiccup here must not fail the person's actual request.
  app.turn('beforeTurn', async (context) => {
    if (context.activity.type !== 'invoke' && installEventOf(context.activity) !== 'uninstall') {
      const record = recordFromActivity(context.activity);
      if (record) await deps.store.remember(record).catch((err) => deps.log.warn({ err }, 'could not store conversation reference'));
    }
    return true;
  });

  const onInstallSignal = async (context: TurnContext) => {
    const event = installEventOf(context.activity);
    const record = recordFromActivity(context.activity);
    if (!event || !record) return;
    if (event === 'uninstall') {
      await deps.store.forget(record.conversationId);
      deps.log.info({ kind: record.kind }, 'app uninstalled from a conversation');
      return;
    }
    // Teams sends two install signals and may redeliver them: only the first one greets.
    if (!(await deps.store.markWelcomed(record.conversationId))) return;
    deps.log.info({ kind: record.kind }, 'app installed in a conversation');
    try {
      await sendWelcome(context);
    } catch (err) {
      await deps.store.clearWelcomed(record.conversationId); // let the next signal greet instead
      throw err;
    }
  };

  app.activity('installationUpdate', onInstallSignal);
  app.conversationUpdate('membersAdded', onInstallSignal);
  app.conversationUpdate('membersRemoved', onInstallSignal);
  app.message(HELP, async (context) => sendWelcome(context));
}
