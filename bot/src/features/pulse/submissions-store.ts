import { randomUUID } from 'node:crypto';
import { odata, type TableClient, type TransactionAction } from '@azure/data-tables';
import { hasStatus } from '../../storage/errors';
import { encodeKey } from '../../storage/keys';
import type { Tables } from '../../storage/tables';
import type { Ballot } from './ballot';
import type { Survey } from './survey';
import { addBallots, emptyTally, sealTallies, type Tally } from './tally';

/**
 * One partition per round holds everything the round collects, so that the steps that must be
 * atomic are single-partition transactions:
 *
 * - `p|<person>`  participation: who took part (never what they answered);
 * - `b|<random>`  a ballot waiting in the inbox: answers and department, nothing about the person;
 * - `t|<dept>`    the tally (counters) of a department;
 * - `c|<random>`  an open-text comment, without person or department;
 * - `s|summary`   the seal: how many took part (the participation rows are then deleted); once it
 *                 exists nothing is tallied any more, so published figures never change.
 *
 * A submit writes `p` and `b` in one transaction: exactly once (a second submit hits 409 on `p`)
 * and never half-written. Tallying moves at least {@link TALLY_BATCH} inbox ballots at once into
 * the `t` rows and deletes them, again in one transaction, so after tallying no ballot remains
 * and the service-set `Timestamp`s of `t` and `c` rows belong to a batch, not to a person.
 */
export class SubmissionsStore {
  constructor(private readonly tables: Tables) {}

  /**
   * Records participation and queues the ballot, atomically.
   * @returns `accepted`, or `duplicate` when this person already took part in the round.
   */
  async submit(roundId: string, personKey: string, department: string, ballot: Ballot): Promise<'accepted' | 'duplicate'> {
    const client = await this.client();
    const pk = encodeKey(roundId);
    const actions: TransactionAction[] = [
      ['create', { partitionKey: pk, rowKey: `p|${encodeKey(personKey)}` }],
      ['create', { partitionKey: pk, rowKey: `b|${randomUUID()}`, department, answers: JSON.stringify(ballot.answers) }],
    ];
    try {
      await client.submitTransaction(actions);
      return 'accepted';
    } catch (err) {
      if (hasStatus(err, 409)) return 'duplicate';
      throw err;
    }
  }

  /** Whether the person took part in the round (for reminders and the card state). */
  async hasParticipated(roundId: string, personKey: string): Promise<boolean> {
    const client = await this.client();
    try {
      await client.getEntity(encodeKey(roundId), `p|${encodeKey(personKey)}`);
      return true;
    } catch (err) {
      if (hasStatus(err, 404)) return false;
      throw err;
    }
  }

  /** How many people took part: the participation rows, or the count kept when the round was sealed. */
  async participationCount(roundId: string): Promise<number> {
    const client = await this.client();
    try {
      const summary = await client.getEntity<{ participation: number }>(encodeKey(roundId), SUMMARY);
      return summary.participation;
    } catch (err) {
      if (!hasStatus(err, 404)) throw err;
    }
    return this.countPrefix(roundId, 'p|');
  }

  /** How many ballots wait in the inbox. */
  async inboxCount(roundId: string): Promise<number> {
    return this.countPrefix(roundId, 'b|');
  }

  /**
   * Moves inbox ballots into the department tallies and comments, in transactions of at most
   * {@link MAX_PER_TRANSACTION} ballots, shuffled. Waits until at least `minBatch` ballots are
   * there (pass 1 when the round closes). A concurrent tally of the same ballots makes one of
   * the two transactions fail on its ETags; that one simply reads again.
   * @returns how many ballots were tallied.
   */
  async tallyInbox(roundId: string, survey: Survey, minBatch = TALLY_BATCH): Promise<number> {
    const client = await this.client();
    const pk = encodeKey(roundId);
    if (await this.isSealed(client, pk)) {
      // A submit that raced the closing by milliseconds: never counted (the results are final).
      await this.deletePrefix(client, pk, 'b|');
      return 0;
    }
    let moved = 0;
    for (let attempt = 0; attempt < 20; attempt++) {
      const inbox = shuffle(await this.listPrefix<InboxRow>(client, pk, 'b|'));
      if (inbox.length === 0 || inbox.length < minBatch) return moved;
      // Never leave a remainder smaller than the batch behind, unless flushing (minBatch = 1).
      const batch = inbox.length - MAX_PER_TRANSACTION >= minBatch ? inbox.slice(0, MAX_PER_TRANSACTION) : inbox.slice(0, Math.min(inbox.length, MAX_PER_TRANSACTION));
      try {
        await this.tallyBatch(client, pk, survey, batch);
        moved += batch.length;
      } catch (err) {
        if (!hasStatus(err, 412, 409, 404)) throw err; // someone else tallied meanwhile: read again
      }
    }
    return moved;
  }

  /**
   * Seals a closed round, making its results final: (1) flushes the inbox; (2) writes the seal
   * (`s|summary` with the participation count) — from then on nothing is tallied; (3) rewrites the
   * tallies so that only published departments keep a row of their own (see {@link sealTallies}:
   * the others, and hidden question cells, are merged into one "hidden groups" row), in one
   * transaction; (4) rewrites every comment under a new random key, shuffled. Afterwards every
   * result row carries a write time from the sealing, after every participation, so no write time
   * narrows a comment or a department's last change down to the last few participants. (5) "Who
   * took part" is no longer needed: those rows are deleted, and so is any ballot that raced the
   * closing. Every step is safe to repeat (a crash or a second instance repeats it).
   * @param moves department moves counted while the round was open (PeopleStore.movesInto): that
   *   many of a department's ballots count towards no threshold when deciding what is published.
   */
  async seal(roundId: string, survey: Survey, moves: ReadonlyMap<string, number>): Promise<void> {
    const client = await this.client();
    const pk = encodeKey(roundId);
    if (!(await this.isSealed(client, pk))) {
      await this.tallyInbox(roundId, survey, 1);
      const count = (await this.listPrefix<object>(client, pk, 'p|', ['RowKey'])).length;
      await client.createEntity({ partitionKey: pk, rowKey: SUMMARY, participation: count }).catch((err) => {
        if (!hasStatus(err, 409)) throw err; // another instance sealed at the same moment
      });
    }
    await this.mergeTallies(client, pk, survey, moves);
    await this.rewriteComments(client, pk);
    await this.deletePrefix(client, pk, 'p|');
    await this.deletePrefix(client, pk, 'b|');
  }

  private async isSealed(client: TableClient, pk: string): Promise<boolean> {
    try {
      await client.getEntity(pk, SUMMARY);
      return true;
    } catch (err) {
      if (hasStatus(err, 404)) return false;
      throw err;
    }
  }

  private async deletePrefix(client: TableClient, pk: string, prefix: string): Promise<void> {
    const rows = await this.listPrefix<object>(client, pk, prefix, ['RowKey']);
    for (let i = 0; i < rows.length; i += 100) {
      const actions = rows.slice(i, i + 100).map((r): TransactionAction => ['delete', { partitionKey: pk, rowKey: r.rowKey }]);
      await client.submitTransaction(actions).catch(async (err) => {
        if (!hasStatus(err, 404)) throw err; // someone deleted some meanwhile: one by one
        for (const [, e] of actions) await client.deleteEntity(pk, e.rowKey as string).catch((e2) => { if (!hasStatus(e2, 404)) throw e2; });
      });
    }
  }

  /** Step (3) of {@link seal}: all tally rows in one transaction, conditional on their ETags. */
  private async mergeTallies(client: TableClient, pk: string, survey: Survey, moves: ReadonlyMap<string, number>): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const rows = await this.listPrefix<TallyRow>(client, pk, 't|');
      const sealed = sealTallies(survey, new Map(rows.map((r) => [r.department, { ballots: r.ballots, counts: JSON.parse(r.counts) }])), moves);
      const byKey = new Map(rows.map((r) => [r.department, r]));
      // Rows that go are emptied under their ETag here (a transaction's delete takes none), then deleted.
      const actions: TransactionAction[] = rows
        .filter((r) => !sealed.has(r.department))
        .map((r) => ['update', { partitionKey: pk, rowKey: r.rowKey, department: r.department, ballots: 0, counts: '{}' }, 'Replace', { etag: r.etag }]);
      for (const [department, t] of sealed) {
        const entity = { partitionKey: pk, rowKey: `t|${encodeKey(department)}`, department, ballots: t.ballots, counts: JSON.stringify(t.counts) };
        const prev = byKey.get(department);
        actions.push(prev ? ['update', entity, 'Replace', { etag: prev.etag }] : ['create', entity]);
      }
      if (actions.length > 100) throw new RangeError('at most 99 departments per round');
      try {
        if (actions.length) await client.submitTransaction(shuffle(actions));
        const emptied = (await this.listPrefix<TallyRow>(client, pk, 't|')).filter((r) => r.ballots === 0 && r.counts === '{}');
        for (const r of emptied) await client.deleteEntity(pk, r.rowKey, { etag: r.etag }).catch((err) => { if (!hasStatus(err, 404, 412)) throw err; });
        return;
      } catch (err) {
        // Another instance sealed meanwhile: read again (merging is idempotent).
        if (attempt >= 5 || !hasStatus(err, 412, 409, 404)) throw err;
      }
    }
  }

  private async rewriteComments(client: TableClient, pk: string): Promise<void> {
    const comments = await this.listPrefix<CommentRow>(client, pk, 'c|');
    const ops: TransactionAction[][] = shuffle([
      ...comments.map((c): TransactionAction[] => [
        ['delete', { partitionKey: pk, rowKey: c.rowKey }],
        ['create', { partitionKey: pk, rowKey: `c|${randomUUID()}`, questionId: c.questionId, text: c.text }],
      ]),
    ]);
    let batch: TransactionAction[] = [];
    for (const group of ops) {
      if (batch.length + group.length > 100) {
        await client.submitTransaction(batch);
        batch = [];
      }
      batch.push(...group);
    }
    if (batch.length) await client.submitTransaction(batch);
  }

  /** The tally of every department in the round. */
  async tallies(roundId: string): Promise<Map<string, Tally>> {
    const client = await this.client();
    const rows = await this.listPrefix<TallyRow>(client, encodeKey(roundId), 't|');
    return new Map(rows.map((r) => [r.department, { ballots: r.ballots, counts: JSON.parse(r.counts) }]));
  }

  /** The open-text comments of the round, in storage order (random by construction). */
  async comments(roundId: string): Promise<Array<{ questionId: string; text: string }>> {
    const client = await this.client();
    const rows = await this.listPrefix<CommentRow>(client, encodeKey(roundId), 'c|');
    return rows.map((r) => ({ questionId: r.questionId, text: r.text }));
  }

  private async tallyBatch(client: TableClient, pk: string, survey: Survey, batch: Array<InboxRow & { rowKey: string }>): Promise<void> {
    const existing = new Map((await this.listPrefix<TallyRow>(client, pk, 't|')).map((r) => [r.department, r]));
    const byDept = new Map<string, Ballot[]>();
    const actions: TransactionAction[] = [];
    const textIds = new Set(survey.questions.filter((q) => q.kind === 'text').map((q) => q.id));
    for (const row of batch) {
      const answers = JSON.parse(row.answers) as Ballot['answers'];
      const list = byDept.get(row.department) ?? [];
      list.push({ roundId: '', answers });
      byDept.set(row.department, list);
      // Deleting a ballot another tally already took fails with 404 and aborts the whole transaction.
      actions.push(['delete', { partitionKey: pk, rowKey: row.rowKey }]);
      for (const [qid, v] of Object.entries(answers)) {
        if (textIds.has(qid) && typeof v === 'string') {
          actions.push(['create', { partitionKey: pk, rowKey: `c|${randomUUID()}`, questionId: qid, text: v }]);
        }
      }
    }
    for (const [department, ballots] of byDept) {
      const prev = existing.get(department);
      const base: Tally = prev ? { ballots: prev.ballots, counts: JSON.parse(prev.counts) } : emptyTally(survey);
      const next = addBallots(survey, base, ballots);
      const entity = { partitionKey: pk, rowKey: `t|${encodeKey(department)}`, department, ballots: next.ballots, counts: JSON.stringify(next.counts) };
      actions.push(prev ? ['update', entity, 'Replace', { etag: prev.etag }] : ['create', entity]);
    }
    await client.submitTransaction(actions);
  }

  private async countPrefix(roundId: string, prefix: string): Promise<number> {
    const client = await this.client();
    return (await this.listPrefix<object>(client, encodeKey(roundId), prefix, ['RowKey'])).length;
  }

  private async listPrefix<T extends object>(client: TableClient, pk: string, prefix: string, select?: string[]): Promise<Array<T & { rowKey: string; etag: string }>> {
    const end = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
    const filter = odata`PartitionKey eq ${pk} and RowKey ge ${prefix} and RowKey lt ${end}`;
    const out: Array<T & { rowKey: string; etag: string }> = [];
    for await (const e of client.listEntities<T>({ queryOptions: { filter, select } })) out.push(e as T & { rowKey: string; etag: string });
    return out;
  }

  private client(): Promise<TableClient> {
    return this.tables.table('Submissions');
  }
}

const SUMMARY = 's|summary';

/** Ballots are tallied in batches of at least this many (the anonymity threshold). */
export const TALLY_BATCH = 5;
/** A transaction holds ≤ 100 operations: 30 deletes + ≤ 30 comments + ≤ 30 tallies fit. */
const MAX_PER_TRANSACTION = 30;

interface InboxRow {
  department: string;
  answers: string;
}
interface TallyRow {
  department: string;
  ballots: number;
  counts: string;
}
interface CommentRow {
  questionId: string;
  text: string;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}
