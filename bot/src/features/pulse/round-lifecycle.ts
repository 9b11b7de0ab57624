import { CardFactory, MessageFactory } from 'botbuilder';
import type { Config } from '../../config';
import { langFromLocale, t } from '../../i18n';
import type { Logger } from '../../logger';
import type { SendResult } from '../../proactive/sender';
import type { ConversationRecord } from '../../conversations/model';
import type { ConversationStore } from '../../conversations/store';
import type { PeopleStore } from '../people/store';
import { formatClosing } from '../../cards';
import { reminderDue } from '../../scheduling/due';
import { pulseCard } from './cards';
import { roundMovesScope } from './round';
import { roundState, type Round } from './round';
import type { RoundsStore } from './rounds-store';
import type { SubmissionsStore } from './submissions-store';

/** What the round life cycle needs. */
export interface RoundLifecycleDeps {
  rounds: RoundsStore;
  submissions: SubmissionsStore;
  people: PeopleStore;
  conversations: ConversationStore;
  /** Sends one message into a stored conversation (paced, retried). */
  send: (record: ConversationRecord, activity: ReturnType<typeof MessageFactory.attachment>) => Promise<SendResult>;
  config: Pick<Config, 'defaultLocale' | 'departments' | 'departmentsAreExample'>;
  log: Logger;
  now?: () => Date;
}

/** Counts of one fan-out. */
export interface FanOutReport {
  sent: number;
  failed: number;
  /** Conversations removed because Teams said the app is no longer there (403/404). */
  removed: number;
}

/** Parallel sends per fan-out; the sender paces them below Teams' global limit anyway. */
const CONCURRENCY = 8;

/**
 * Drives the rounds' life cycle, one pass per tick of the app's scheduler (the `pulse` job): when
 * a round opens, its card goes to every installed person it is meant for; before it closes, one
 * reminder goes to those without participation; after it closes, the last ballots are tallied and
 * the round is sealed (see SubmissionsStore.seal), which makes its results final. Each step is
 * claimed on the round with an ETag, so with several app instances exactly one does it.
 */
export class RoundLifecycle {
  private running?: Promise<void>;
  private readonly now: () => Date;

  constructor(private readonly deps: RoundLifecycleDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /** One pass over all rounds; overlapping calls share the pass in progress. */
  tick(now = this.now()): Promise<void> {
    this.running ??= this.pass(now).finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(now: Date): Promise<void> {
    for (const round of await this.deps.rounds.list()) {
      const state = roundState(round, now);
      if (state === 'open' && !round.announcedAt && (await this.deps.rounds.claim(round.id, 'announcedAt', now))) {
        const report = await this.fanOut(round, false);
        this.deps.log.info({ roundId: round.id, ...report }, 'pulse round announced');
      }
      if (state === 'open' && !round.remindedAt && reminderDue(round, now) && (await this.deps.rounds.claim(round.id, 'remindedAt', now))) {
        const report = await this.fanOut(round, true);
        this.deps.log.info({ roundId: round.id, ...report }, 'pulse reminder sent');
      }
      if (state === 'closed' && !round.finalizedAt) {
        // Sealing flushes the inbox and is safe to repeat, so a crash is mended by the next pass;
        // until `finalizedAt` is set, every results route says "being finalised". Moves into a
        // department during the round count towards no threshold (trust point 11): a mover's move
        // is counted on a turn before their ballot, so every one of them is counted by now.
        await this.deps.submissions.seal(round.id, round.survey, await this.deps.people.movesInto(roundMovesScope(round.id)));
        if (await this.deps.rounds.claim(round.id, 'finalizedAt', now)) this.deps.log.info({ roundId: round.id }, 'pulse round closed, tallied and sealed');
      }
    }
  }

  /** Sends the round's card to everyone it is meant for (reminder: only those without participation). */
  private async fanOut(round: Round, reminder: boolean): Promise<FanOutReport> {
    const report: FanOutReport = { sent: 0, failed: 0, removed: 0 };
    const targets: ConversationRecord[] = [];
    for await (const record of this.deps.conversations.list('personal')) targets.push(record);
    let next = 0;
    const worker = async () => {
      while (next < targets.length) {
        const record = targets[next++];
        const personKey = record.userAadObjectId ?? record.userId;
        if (!personKey) continue;
        const department = (await this.deps.people.get(personKey))?.department;
        // People who have not chosen a department yet get the card and choose on it.
        if (round.departments.length > 0 && department && !round.departments.includes(department)) continue;
        if (reminder && (await this.deps.submissions.hasParticipated(round.id, personKey))) continue;
        const lang = langFromLocale(record.locale, this.deps.config.defaultLocale);
        const card = pulseCard(round, {
          lang,
          departments: this.deps.config.departments,
          departmentsAreExample: this.deps.config.departmentsAreExample,
          department,
          notice: reminder ? t(lang, 'pulse.reminder', { date: formatClosing(round, lang) }) : undefined,
        });
        const result = await this.deps.send(record, MessageFactory.attachment(CardFactory.adaptiveCard(card)));
        if (result.ok) report.sent++;
        else {
          report.failed++;
          if (result.permanent && (result.status === 403 || result.status === 404)) {
            await this.deps.conversations.forget(record.conversationId);
            report.removed++;
          }
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    return report;
  }
}
