import type { ConversationReference } from 'botbuilder';
import type { Audience, AudienceCount } from '../../api/announcements-contract';
import type { ConversationRecord } from '../../conversations/model';
import type { ConversationStore } from '../../conversations/store';
import type { PeopleStore } from '../people/store';

/** One resolved recipient: a stored conversation. */
export interface Recipient {
  conversationId: string;
  kind: 'personal' | 'channel';
  label: string;
  locale?: string;
  /** The conversation reference, kept with the delivery so sending needs no second lookup. */
  reference: Partial<ConversationReference>;
}

/** A short label for a failure list: the team's name, or the end of a personal chat's id (no names are stored). */
export function labelOf(r: ConversationRecord): string {
  if (r.kind === 'channel') return r.teamName ? `Team ${r.teamName}` : `Team ${r.teamId ?? r.conversationId}`;
  return `personal chat …${(r.userAadObjectId ?? r.userId ?? r.conversationId).slice(-6)}`;
}

/**
 * Resolves an audience into conversations, each once: personal chats of all employees or of the
 * chosen departments' people, and the channel where the app is installed in each chosen team.
 */
export async function resolveAudience(audience: Audience, deps: { conversations: ConversationStore; people: PeopleStore }): Promise<Recipient[]> {
  const out = new Map<string, Recipient>();
  const departments = audience.departments.length > 0 ? await deps.people.departments() : undefined;
  const teams = new Set(audience.teams);
  for await (const r of deps.conversations.list()) {
    if (r.kind === 'personal') {
      const person = r.userAadObjectId ?? r.userId ?? '';
      const inDepartment = departments !== undefined && audience.departments.includes(departments.get(person) ?? '');
      if (audience.allEmployees || inDepartment) out.set(r.conversationId, { conversationId: r.conversationId, kind: 'personal', label: labelOf(r), locale: r.locale, reference: r.reference });
    } else if (r.kind === 'channel' && r.teamId && teams.has(r.teamId)) {
      out.set(r.conversationId, { conversationId: r.conversationId, kind: 'channel', label: labelOf(r), locale: r.locale, reference: r.reference });
    }
  }
  return [...out.values()];
}

/** How many would receive it. */
export function countOf(recipients: Recipient[]): AudienceCount {
  const personal = recipients.filter((r) => r.kind === 'personal').length;
  return { recipients: recipients.length, personal, channels: recipients.length - personal };
}
