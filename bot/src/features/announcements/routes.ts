import type { Application, TurnState } from '@microsoft/teams-ai';
import type { Config } from '../../config';
import { t } from '../../i18n';
import { langOf } from '../../i18n/activity-lang';
import type { Logger } from '../../logger';
import { baseConversationId } from '../../conversations/model';
import { personKeyOf } from '../people/store';
import { encodeKey } from '../../storage/keys';
import { resultCard } from '../../cards';
import { ACK_VERB, announcementCard } from './cards';
import type { AnnouncementStore } from './store';

/**
 * The acknowledgement button ("Gelesen" / "Got it", Action.Execute): counts the person once and
 * answers with the updated card — in a personal chat "read, thanks"; in a channel, where the card
 * is shared, the number of people who acknowledged.
 */
export function registerAnnouncementRoutes(app: Application<TurnState>, deps: { store: AnnouncementStore; config: Pick<Config, 'defaultLocale'>; log: Logger; now?: () => Date }): void {
  app.adaptiveCards.actionExecute<Record<string, unknown>>(ACK_VERB, async (context, _state, data) => {
    const lang = langOf(context.activity, deps.config.defaultLocale);
    const id = typeof data?.announcementId === 'string' ? data.announcementId.slice(0, 40) : '';
    const announcement = id ? await deps.store.get(id) : undefined;
    const person = personKeyOf(context.activity.from);
    if (!announcement || !person) return resultCard(t(lang, 'announcement.ack'), t(lang, 'announcement.invalid'));
    // Trust point 16: only announcements that asked for it, and only from a conversation it was
    // delivered to (a personal delivery: only from its own person). A forged invoke counts nothing.
    const title = announcement.input[lang]?.title ?? t(lang, 'announcement.ack');
    if (!announcement.input.acknowledge) return resultCard(title, t(lang, 'announcement.notAsked'));
    const conversationId = baseConversationId(context.activity.conversation?.id ?? '');
    const delivery = conversationId ? await deps.store.delivery(id, encodeKey(conversationId)) : undefined;
    const user = delivery?.reference?.user;
    const reached = delivery !== undefined && (delivery.state === 'sent' || delivery.state === 'sending') && (delivery.kind !== 'personal' || (user !== undefined && (user.aadObjectId || user.id) === person));
    if (!reached) return resultCard(title, t(lang, 'announcement.notDelivered'));
    try {
      await deps.store.acknowledge(id, person, (deps.now?.() ?? new Date()).toISOString());
    } catch (err) {
      deps.log.error({ err }, 'acknowledgement not stored');
      return resultCard(announcement.input[lang]?.title ?? t(lang, 'announcement.ack'), t(lang, 'announcement.ackFailed'));
    }
    const channel = context.activity.conversation?.conversationType === 'channel';
    const card = channel
      ? announcementCard(id, announcement.input, 'all', { ack: { kind: 'channel', count: await deps.store.ackCount(id) } })
      : announcementCard(id, announcement.input, lang, { ack: { kind: 'personal' } });
    return card;
  });
}
