import type { Activity, ConversationReference } from 'botbuilder';

/** Where the app is installed: a person's chat with the bot, a team channel, or a group chat. */
export type ConversationKind = 'personal' | 'channel' | 'groupChat';

/**
 * What we keep of a conversation to message it later (proactively): the Bot Framework
 * conversation reference plus the fields we filter audiences by.
 */
export interface ConversationRecord {
  conversationId: string;
  kind: ConversationKind;
  tenantId: string;
  serviceUrl: string;
  botId: string;
  teamId?: string;
  /** The team's name, when Teams sent it (install and team events carry it; messages may not). */
  teamName?: string;
  channelId?: string;
  /** The person's Bot Framework id (personal chats only). */
  userId?: string;
  /** The person's Entra object id (personal chats only). */
  userAadObjectId?: string;
  locale?: string;
  /** The full reference as botbuilder builds it, for `continueConversationAsync`. */
  reference: Partial<ConversationReference>;
}

/**
 * The conversation a channel message belongs to. Teams appends `;messageid=…` for a reply thread;
 * proactive posts go to the channel itself, so the suffix is dropped.
 */
export function baseConversationId(id: string): string {
  return id.split(';messageid=')[0];
}

/** Builds the record for the activity's conversation; `undefined` if the activity lacks the ids. */
export function recordFromActivity(activity: Partial<Activity>): ConversationRecord | undefined {
  const conv = activity.conversation;
  if (!conv?.id || !activity.serviceUrl || !activity.recipient?.id) return undefined;
  const channelData = (activity.channelData ?? {}) as {
    tenant?: { id?: string };
    team?: { id?: string; name?: string };
    channel?: { id?: string };
  };
  const type = String(conv.conversationType ?? 'personal');
  const kind: ConversationKind = type === 'channel' ? 'channel' : type === 'groupChat' ? 'groupChat' : 'personal';
  const conversationId = baseConversationId(conv.id);
  const tenantId = conv.tenantId ?? channelData.tenant?.id ?? '';
  const reference: Partial<ConversationReference> = {
    channelId: activity.channelId,
    serviceUrl: activity.serviceUrl,
    bot: { id: activity.recipient.id, name: activity.recipient.name ?? '' },
    conversation: { id: conversationId, conversationType: type, tenantId, isGroup: kind !== 'personal', name: conv.name ?? '' },
    locale: activity.locale,
  };
  if (kind === 'personal' && activity.from) {
    reference.user = { id: activity.from.id, name: activity.from.name ?? '', aadObjectId: activity.from.aadObjectId };
  }
  return {
    conversationId,
    kind,
    tenantId,
    serviceUrl: activity.serviceUrl,
    botId: activity.recipient.id,
    teamId: channelData.team?.id,
    teamName: channelData.team?.name,
    channelId: channelData.channel?.id,
    userId: kind === 'personal' ? activity.from?.id : undefined,
    userAadObjectId: kind === 'personal' ? activity.from?.aadObjectId : undefined,
    locale: activity.locale,
    reference,
  };
}
