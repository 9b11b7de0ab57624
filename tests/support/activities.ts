import { randomUUID } from 'node:crypto';

/** Ids of the simulated bot, tenant and team used across tests. */
export const BOT = { id: '28:digipuls-bot', name: 'DigiPuls' };
export const TENANT = '00000000-0000-4000-8000-000000000001';

/** A person in the simulated tenant. */
export interface TestUser {
  id: string;
  aadObjectId: string;
  name: string;
  /** Their personal-chat conversation id. */
  conversationId: string;
}

/** A new person with a fresh personal chat. */
export function testUser(name = 'Erika Mustermann'): TestUser {
  const aad = randomUUID();
  return { id: `29:${aad}`, aadObjectId: aad, name, conversationId: `a:${aad}` };
}

interface Base {
  serviceUrl: string;
  locale?: string;
}

function personalBase(user: TestUser, o: Base) {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: o.locale ?? 'de-DE',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT,
    conversation: { id: user.conversationId, conversationType: 'personal', tenantId: TENANT },
    channelData: { tenant: { id: TENANT } },
  };
}

/** A text message from a person to the bot in their personal chat. */
export function message(user: TestUser, text: string, o: Base) {
  return { ...personalBase(user, o), type: 'message', text };
}

/** An Adaptive Card Action.Submit from a personal chat (arrives as a message with `value`). */
export function cardSubmit(user: TestUser, value: Record<string, unknown>, o: Base) {
  return { ...personalBase(user, o), type: 'message', value, replyToId: 'card-activity-1' };
}

/** The personal-scope install as Teams sends it. */
export function personalInstall(user: TestUser, o: Base, action: 'add' | 'remove' = 'add') {
  return { ...personalBase(user, o), type: 'installationUpdate', action };
}

/** The conversationUpdate Teams sends alongside an install (bot among the added members). */
export function personalMembersAdded(user: TestUser, o: Base) {
  return { ...personalBase(user, o), type: 'conversationUpdate', membersAdded: [{ id: BOT.id }, { id: user.id }] };
}

/** A team install: conversationUpdate in the team's General channel. */
export function teamInstall(team: { id: string; name: string }, installer: TestUser, o: Base) {
  return {
    id: randomUUID(),
    type: 'conversationUpdate',
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    locale: o.locale ?? 'de-DE',
    from: { id: installer.id, aadObjectId: installer.aadObjectId },
    recipient: BOT,
    conversation: { id: team.id, conversationType: 'channel', isGroup: true, tenantId: TENANT },
    membersAdded: [{ id: BOT.id }],
    channelData: { tenant: { id: TENANT }, team: { id: team.id, name: team.name }, channel: { id: team.id }, eventType: 'teamMemberAdded' },
  };
}

/** An Adaptive Card Action.Execute (Universal Actions) invoke from a personal chat. */
export function cardExecute(user: TestUser, verb: string, data: Record<string, unknown>, o: Base) {
  return {
    ...personalBase(user, o),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId: 'card-activity-1',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

/** A shared conversation: a team channel or a group chat. */
export interface SharedConversation {
  kind: 'channel' | 'groupChat';
  id: string;
  team?: { id: string; name: string };
}

function sharedBase(user: TestUser, where: SharedConversation, o: Base) {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: o.serviceUrl,
    timestamp: new Date().toISOString(),
    locale: o.locale ?? 'de-DE',
    from: { id: user.id, name: user.name, aadObjectId: user.aadObjectId },
    recipient: BOT,
    conversation: { id: where.id, conversationType: where.kind, isGroup: true, tenantId: TENANT },
    channelData: { tenant: { id: TENANT }, ...(where.team && { team: where.team, channel: { id: where.id } }) },
  };
}

/** A text message (the bot @mentioned) from a person in a channel or group chat. */
export function sharedMessage(user: TestUser, text: string, where: SharedConversation, o: Base) {
  return { ...sharedBase(user, where, o), type: 'message', text };
}

/** An Action.Execute invoke from a card in a channel or group chat (e.g. a card refresh or a forged submit). */
export function sharedExecute(user: TestUser, verb: string, data: Record<string, unknown>, where: SharedConversation, o: Base) {
  return { ...sharedBase(user, where, o), type: 'invoke', name: 'adaptiveCard/action', replyToId: 'card-activity-1', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'automatic' } };
}
