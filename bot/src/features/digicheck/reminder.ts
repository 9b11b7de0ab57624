import { CardFactory, MessageFactory } from 'botbuilder';
import { langFromLocale, type Lang } from '../../i18n';
import type { SendResult } from '../../proactive/sender';
import type { ConversationRecord } from '../../conversations/model';
import type { ConversationStore } from '../../conversations/store';
import { reminderCard } from './cards';
import type { Cycle } from './cycle';

/** What the chat reminder needs. */
export interface ReminderDeps {
  conversations: ConversationStore;
  /** Sends one message into a stored conversation (paced, retried). */
  send: (record: ConversationRecord, activity: ReturnType<typeof MessageFactory.attachment>) => Promise<SendResult>;
  defaultLocale: Lang;
}

/**
 * Reminds people in their personal chat that their check is unfinished (only complete checks
 * count). Only the service knows who is unfinished; this finds their chats and sends the card.
 */
export function remindThroughChat(deps: ReminderDeps) {
  return async (personKeys: Set<string>, cycle: Cycle): Promise<number> => {
    let reached = 0;
    if (personKeys.size === 0) return 0;
    for await (const record of deps.conversations.list('personal')) {
      const personKey = record.userAadObjectId ?? record.userId;
      if (!personKey || !personKeys.has(personKey)) continue;
      const card = reminderCard(langFromLocale(record.locale, deps.defaultLocale), cycle);
      if ((await deps.send(record, MessageFactory.attachment(CardFactory.adaptiveCard(card)))).ok) reached++;
    }
    return reached;
  };
}
