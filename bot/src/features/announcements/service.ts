import { CardFactory, MessageFactory } from 'botbuilder';
import type { Announcement, AnnouncementConflictReason, AnnouncementState, AudienceCount, AudienceOptions, DeliveryCounts } from '../../api/announcements-contract';
import type { FieldProblem } from '../../api/contract';
import { problem, zodProblems } from '../../http/validation';
import type { Principal } from '../../auth/roles';
import type { Config } from '../../config';
import { langFromLocale } from '../../i18n';
import type { Logger } from '../../logger';
import type { SendResult } from '../../proactive/sender';
import { ConcurrencyError } from '../../storage/errors';
import type { ConversationRecord } from '../../conversations/model';
import type { ConversationStore } from '../../conversations/store';
import type { PeopleStore } from '../people/store';
import { countOf, resolveAudience } from './audience';
import { announcementCard, type CardLanguage } from './cards';
import type { FanOut } from './fanout';
import { announcementInputSchema, draftSchema } from './model';
import type { AnnouncementStore, StoredAnnouncement } from './store';

/** What an announcement action came to; the API maps each to a status code. */
export type Outcome<T = Announcement> =
  | { kind: 'ok'; value: T; created?: boolean }
  | { kind: 'invalid'; problems: FieldProblem[] }
  | { kind: 'not-found' }
  | { kind: 'conflict'; reason: AnnouncementConflictReason; message: string; state?: AnnouncementState; current?: Announcement };

/** The earliest a scheduled send may be: a little ahead, so "in 1 minute" is not refused by clock skew. */
const MIN_LEAD_MS = 30_000;

const problems = zodProblems;

/** Compose, schedule, send and track announcements. */
export class AnnouncementService {
  private readonly countCache = new Map<string, { counts: DeliveryCounts; state: string; until: number }>();

  constructor(private readonly deps: {
    store: AnnouncementStore;
    fanOut: FanOut;
    conversations: ConversationStore;
    people: PeopleStore;
    config: Pick<Config, 'departments' | 'defaultLocale' | 'municipalityName'>;
    sendDirect: (record: ConversationRecord, activity: ReturnType<typeof MessageFactory.attachment>) => Promise<SendResult>;
    log: Logger;
    now?: () => Date;
  }) {}

  /**
   * Announcements, newest first; `page` picks the ones to show (sorted) before their delivery
   * counts are read, so a page costs its own counts only.
   */
  async list(page: (all: StoredAnnouncement[]) => StoredAnnouncement[] = (all) => [...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt))): Promise<Announcement[]> {
    return Promise.all(page(await this.deps.store.list()).map((a) => this.view(a)));
  }

  async get(id: string): Promise<Announcement | undefined> {
    const a = await this.deps.store.get(id);
    return a && this.view(a);
  }

  /** A new draft under a client-chosen id; the same request again answers with the stored draft. */
  async create(id: string, body: unknown, by: Principal): Promise<Outcome> {
    const parsed = draftSchema.safeParse(body);
    if (!parsed.success) return { kind: 'invalid', problems: problems(parsed.error, 'announcement') };
    const at = this.now();
    try {
      const a = await this.deps.store.create({ id, input: parsed.data, state: 'draft', createdAt: at, createdBy: by.name, updatedAt: at, updatedBy: by.name, recipients: 0 });
      return { kind: 'ok', value: await this.view(a), created: true };
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      const existing = await this.deps.store.get(id);
      if (existing && JSON.stringify(existing.input) === JSON.stringify(parsed.data)) return { kind: 'ok', value: await this.view(existing) };
      return { kind: 'conflict', reason: 'id-taken', message: `an announcement with id "${id}" exists already; choose another id` };
    }
  }

  /** Changes a draft or a scheduled announcement (not one being sent), if unchanged since `etag`. */
  async update(id: string, etag: string, body: unknown, by: Principal): Promise<Outcome> {
    const parsed = draftSchema.safeParse(body);
    if (!parsed.success) return { kind: 'invalid', problems: problems(parsed.error, 'announcement') };
    const a = await this.deps.store.get(id);
    if (!a) return { kind: 'not-found' };
    if (a.state !== 'draft' && a.state !== 'scheduled') return { kind: 'conflict', reason: 'not-editable', state: a.state, message: `it is ${a.state} and can no longer be changed`, current: await this.view(a) };
    if (a.state === 'scheduled') {
      const complete = announcementInputSchema.safeParse(parsed.data);
      if (!complete.success) return { kind: 'invalid', problems: problems(complete.error, 'announcement') };
    }
    return this.save(a, etag, { ...a, input: parsed.data, updatedAt: this.now(), updatedBy: by.name });
  }

  /**
   * Sends now (`at` absent) or schedules for `at`. The announcement must be complete, its
   * audience must reach someone, and `at` must lie in the future.
   */
  async send(id: string, etag: string, at: string | undefined, by: Principal): Promise<Outcome> {
    const a = await this.deps.store.get(id);
    if (!a) return { kind: 'not-found' };
    if (a.state !== 'draft' && a.state !== 'scheduled') return { kind: 'conflict', reason: 'not-sendable', state: a.state, message: `it is ${a.state} already`, current: await this.view(a) };
    const complete = announcementInputSchema.safeParse(a.input);
    if (!complete.success) return { kind: 'invalid', problems: problems(complete.error, 'announcement') };
    const unknownDepartments = a.input.audience.departments.filter((d) => !this.deps.config.departments.some((x) => x.id === d));
    if (unknownDepartments.length) return { kind: 'invalid', problems: [problem('announcement.audience.departments', 'departments.unknown', `unknown ${unknownDepartments.join(', ')}`, { departments: unknownDepartments.join(', ') })] };
    const teams = new Set((await this.audienceOptions()).teams.map((t) => t.id));
    const unknownTeams = a.input.audience.teams.filter((t) => !teams.has(t));
    if (unknownTeams.length) return { kind: 'invalid', problems: [problem('announcement.audience.teams', 'teams.notInstalled', `the app is not installed in ${unknownTeams.join(', ')}`, { teams: unknownTeams.join(', ') })] };
    let sendAt = this.now();
    if (at !== undefined) {
      const t = Date.parse(at);
      if (!/^\d{4}-\d{2}-\d{2}T/.test(at) || Number.isNaN(t)) return { kind: 'invalid', problems: [problem('at', 'invalid_date', 'an ISO date-time, e.g. 2027-01-15T09:00:00+01:00')] };
      if (t < Date.parse(this.now()) + MIN_LEAD_MS) return { kind: 'invalid', problems: [problem('at', 'at.inPast', 'scheduling in the past is not possible; choose a time at least a minute ahead, or send now')] };
      sendAt = new Date(t).toISOString();
    }
    const count = countOf(await resolveAudience(a.input.audience, this.deps));
    if (count.recipients === 0) return { kind: 'invalid', problems: [problem('announcement.audience', 'audience.empty', 'nobody would receive it (the app is installed for no one in this audience)')] };
    const saved = await this.save(a, etag, { ...a, state: 'scheduled', sendAt, updatedAt: this.now(), updatedBy: by.name });
    // Sending now: start the fan-out without waiting for the next tick.
    if (saved.kind === 'ok' && at === undefined) void this.deps.fanOut.tick().catch((err) => this.deps.log.error({ err }, 'announcement fan-out failed; the next tick resumes it'));
    return saved;
  }

  /** Cancels a scheduled announcement (nothing was sent yet). */
  async cancel(id: string, etag: string, by: Principal): Promise<Outcome> {
    const a = await this.deps.store.get(id);
    if (!a) return { kind: 'not-found' };
    if (a.state !== 'scheduled' && a.state !== 'draft') return { kind: 'conflict', reason: 'not-cancellable', state: a.state, message: `it is ${a.state}; only a draft or a scheduled announcement can be cancelled`, current: await this.view(a) };
    return this.save(a, etag, { ...a, state: 'cancelled', updatedAt: this.now(), updatedBy: by.name });
  }

  /** Sends the announcement (even unfinished) to the caller's own personal chat, marked as a test. */
  async sendTest(id: string, principal: Principal): Promise<Outcome<{ sent: true }>> {
    const a = await this.deps.store.get(id);
    if (!a) return { kind: 'not-found' };
    let mine: ConversationRecord | undefined;
    for await (const r of this.deps.conversations.list('personal')) if (r.userAadObjectId?.toLowerCase() === principal.oid.toLowerCase()) mine = r;
    if (!mine) return { kind: 'conflict', reason: 'no-personal-chat', message: 'there is no personal chat with you yet: open DigiPuls in Teams once (install it personally), then try again' };
    const lang = langFromLocale(mine.locale, this.deps.config.defaultLocale);
    const result = await this.deps.sendDirect(mine, MessageFactory.attachment(CardFactory.adaptiveCard(announcementCard(a.id, a.input, lang, { test: true }))));
    if (!result.ok) return { kind: 'conflict', reason: 'test-undeliverable', message: `the test could not be delivered: ${result.reason}` };
    return { kind: 'ok', value: { sent: true } };
  }

  /** The card JSON for the preview: exactly what is sent. */
  preview(id: string, body: unknown, lang: CardLanguage): Outcome<Record<string, unknown>> {
    const parsed = draftSchema.safeParse(body);
    if (!parsed.success) return { kind: 'invalid', problems: problems(parsed.error, 'announcement') };
    return { kind: 'ok', value: announcementCard(id, parsed.data, lang) };
  }

  async audienceCount(body: unknown): Promise<Outcome<AudienceCount>> {
    const parsed = draftSchema.shape.audience.safeParse(body);
    if (!parsed.success) return { kind: 'invalid', problems: problems(parsed.error, 'audience') };
    return { kind: 'ok', value: countOf(await resolveAudience(parsed.data, this.deps)) };
  }

  async audienceOptions(): Promise<AudienceOptions> {
    const teams = new Map<string, string>();
    let employees = 0;
    for await (const r of this.deps.conversations.list()) {
      if (r.kind === 'personal') employees++;
      else if (r.kind === 'channel' && r.teamId) teams.set(r.teamId, r.teamName ?? teams.get(r.teamId) ?? r.teamId);
    }
    return { teams: [...teams].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name)), departments: this.deps.config.departments, employees };
  }

  failures(id: string) {
    return this.deps.store.failures(id);
  }

  deliveries(id: string) {
    return this.deps.store.listDeliveries(id);
  }

  private async save(a: StoredAnnouncement, etag: string, next: StoredAnnouncement): Promise<Outcome> {
    if (etag !== a.etag) return { kind: 'conflict', reason: 'changed-meanwhile', message: 'changed by someone else meanwhile — reload, review and try again', current: await this.view(a) };
    try {
      return { kind: 'ok', value: await this.view(await this.deps.store.update(next, etag)) };
    } catch (err) {
      if (!(err instanceof ConcurrencyError)) throw err;
      const latest = await this.deps.store.get(a.id);
      return { kind: 'conflict', reason: 'changed-meanwhile', message: 'changed by someone else meanwhile — reload, review and try again', current: latest && (await this.view(latest)) };
    }
  }

  private async view(a: StoredAnnouncement): Promise<Announcement> {
    const counts = a.state === 'draft' || a.state === 'cancelled' || (a.state === 'scheduled' && a.recipients === 0)
      ? { recipients: 0, queued: 0, sent: 0, failed: 0, acknowledged: 0 }
      : await this.counts(a);
    return { ...a.input, id: a.id, state: a.state, sendAt: a.sendAt, createdAt: a.createdAt, createdBy: a.createdBy, updatedAt: a.updatedAt, updatedBy: a.updatedBy, etag: a.etag, counts };
  }

  /**
   * Counts read every delivery row, so they are kept for 2 s per announcement: several people
   * watching the progress bar (it polls every 2 s) cost one count, not one each.
   */
  private async counts(a: StoredAnnouncement): Promise<DeliveryCounts> {
    const hit = this.countCache.get(a.id);
    if (hit && hit.until > Date.now() && hit.state === a.state) return hit.counts;
    const counts = await this.deps.store.counts(a.id, a.recipients);
    this.countCache.set(a.id, { counts, state: a.state, until: Date.now() + 2000 });
    return counts;
  }

  private now(): string {
    return (this.deps.now?.() ?? new Date()).toISOString();
  }
}
