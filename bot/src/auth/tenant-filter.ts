import type { Activity, Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logger';

/**
 * The events botbuilder itself builds for our own proactive turns (from a conversation reference
 * stored when an allowed tenant's person installed the app). Teams never sends these names.
 */
const PROACTIVE_EVENTS = new Set(['ContinueConversation', 'CreateConversation']);

/** How many refused tenant ids are remembered for "log once"; past that, a refusal is logged again. */
const LOGGED_TENANTS_MAX = 1000;

/**
 * Every tenant id an activity names: Teams puts it in `channelData.tenant.id` and, for most
 * conversations, in `conversation.tenantId`. Both are read, because a forged activity could set
 * one to the right tenant and the other to its own.
 */
export function tenantIdsOf(activity: Partial<Activity>): string[] {
  const fromChannel = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
  const fromConversation = activity.conversation?.tenantId;
  return [fromChannel, fromConversation].filter((id): id is string => typeof id === 'string' && id !== '').map((id) => id.toLowerCase());
}

/**
 * The first adapter middleware: an activity is let through only when every tenant id it names is
 * one of `allowed` (and it names at least one). A refused activity ends the turn here — before
 * teams-ai loads turn state (which writes storage), before any feature sees it — so it stores,
 * counts and answers nothing. An invoke is answered with a bare 403 (Teams expects an invoke
 * response); a message gets no reply. Each foreign tenant id is logged once.
 * With no allowed tenant (local mode) every activity passes.
 */
export function tenantFilter(allowed: readonly string[], log: Logger): Middleware {
  const tenants = new Set(allowed.map((t) => t.toLowerCase()));
  const logged = new Set<string>();
  return {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
      if (tenants.size === 0) return next();
      if (context.activity.type === 'event' && PROACTIVE_EVENTS.has(context.activity.name ?? '')) return next();
      const ids = tenantIdsOf(context.activity);
      if (ids.length > 0 && ids.every((id) => tenants.has(id))) return next();
      const key = ids.join(',') || '(none)';
      if (!logged.has(key)) {
        if (logged.size >= LOGGED_TENANTS_MAX) logged.clear();
        logged.add(key);
        log.warn({ tenantId: key, activityType: context.activity.type }, 'activity from a tenant that is not allowed: ignored (logged once per tenant)');
      }
      if (context.activity.type === 'invoke') {
        // An invokeResponse activity is not sent anywhere; the adapter returns it as the HTTP answer.
        await context.sendActivity({ type: 'invokeResponse', value: { status: 403 } });
      }
    },
  };
}
