import type { Activity, TurnContext } from 'botbuilder';
import type { ConversationStore } from '../conversations/store';
import { t, type Lang } from '../i18n';
import type { Logger } from '../logger';

/** What {@link PersonalChat} needs. */
export interface PersonalChatDeps {
  conversations: ConversationStore;
  /** The bot's app id ('' in anonymous local mode), for continuing a stored conversation. */
  botAppId: string;
  log: Logger;
}

/**
 * Personal things stay personal (trust point 13): whatever the bot answers in a channel or group
 * chat, everyone there reads. Commands that show a person's answers, department or feedback are
 * therefore answered in the person's personal chat (proactively, through the conversation
 * reference stored when they installed the app), and the shared conversation only hears "I've sent
 * you a personal message" — or, without a personal install, how to open the personal chat.
 */
export class PersonalChat {
  constructor(private readonly deps: PersonalChatDeps) {}

  /** True in a channel or group chat: anything answered there is seen by all its members. */
  isShared(context: TurnContext): boolean {
    const type = context.activity.conversation?.conversationType;
    return context.activity.conversation?.isGroup === true || type === 'channel' || type === 'groupChat';
  }

  /**
   * Sends `activity` where only the person reads it: in a personal chat as a reply, from a shared
   * conversation into their personal chat, with a neutral line in the shared conversation.
   */
  async send(context: TurnContext, lang: Lang, activity: Partial<Activity>): Promise<void> {
    if (!this.isShared(context)) {
      await context.sendActivity(activity);
      return;
    }
    const from = context.activity.from;
    const record = from ? await this.deps.conversations.personalOf({ aadObjectId: from.aadObjectId, id: from.id }) : undefined;
    let sent = false;
    if (record) {
      try {
        let failure: unknown;
        await context.adapter.continueConversationAsync(this.deps.botAppId, record.reference, async (personal) => {
          try {
            await personal.sendActivity(activity);
          } catch (err) {
            failure = err ?? new Error('send failed');
          }
        });
        if (failure) throw failure;
        sent = true;
      } catch (err) {
        this.deps.log.warn({ err }, 'could not answer in the personal chat; the shared conversation gets the way there');
      }
    }
    await context.sendActivity(t(lang, sent ? 'personal.sent' : 'personal.none'));
  }
}
