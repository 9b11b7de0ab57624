/**
 * Attacker: someone with read access to the storage account after a round was sealed. They join
 * the people rows (person → department) with the round's stored tally rows: a department's tally
 * with 1–4 ballots, or one that was never published, narrows its few members' answers down.
 */
import { odata, TableClient } from '@azure/data-tables';
import type { RoundResults } from '../../../../bot/src/api/contract';
import type { Survey } from '../../../../bot/src/features/pulse/survey';
import { SurveysStore } from '../../../../bot/src/features/pulse/surveys-store';
import { roundsFor, type Round } from '../../../../bot/src/features/pulse/round';
import { RoundsStore } from '../../../../bot/src/features/pulse/rounds-store';
import { SubmissionsStore } from '../../../../bot/src/features/pulse/submissions-store';
import { encodeKey } from '../../../../bot/src/storage/keys';
import { Tables } from '../../../../bot/src/storage/tables';
import { startTestApp, type TestApp } from '../../../support/app';

const DAY = 86_400_000;
const text = (s: string) => ({ de: s, en: s });
const LABELS = [1, 2, 3, 4, 5].map((n) => text(String(n)));
const SURVEY: Survey = {
  id: 'storage-attack',
  title: text('Storage attack'),
  questions: [
    { id: 'mood', kind: 'scale', text: text('mood'), labels: LABELS, optional: false },
    { id: 'extra', kind: 'scale', text: text('optional extra'), labels: LABELS, optional: true },
  ],
};
/** Finanzen 7 (3 answer the optional question), Bauen 6, Zentrale Dienste 3, Bürgerservice 1: the two small ones are hidden, so Bauen is hidden too. */
const BALLOTS: Array<[string, number, number | undefined]> = [
  ...Array.from({ length: 7 }, (_, i) => ['finanzen', 4, i < 3 ? 1 : undefined] as [string, number, number | undefined]),
  ...Array.from({ length: 6 }, () => ['bauen-umwelt', 3, 5] as [string, number, number | undefined]),
  ...Array.from({ length: 3 }, () => ['zentrale-dienste', 2, 5] as [string, number, number | undefined]),
  ['buergerservice', 1, 2],
];
const say = (line: string) => process.stdout.write(`  [attacker] ${line}\n`);

describe('attacker: storage reader joins person → department with stored tallies (trust 14)', () => {
  let app: TestApp;
  let round: Round;
  beforeAll(async () => {
    app = await startTestApp({ DEV_ROLES: 'viewer' });
    const tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
    await new SurveysStore(tables).create(SURVEY);
    [round] = roundsFor({ surveyId: SURVEY.id, opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() - 60_000).toISOString(), departments: [] }, SURVEY);
    // The store takes ballots without looking at the clock: these stand for submits while it ran.
    await new RoundsStore(tables).create(round);
    const submissions = new SubmissionsStore(tables);
    for (const [i, [department, mood, extra]] of BALLOTS.entries()) {
      await submissions.submit(round.id, `person-${i}`, department, { roundId: round.id, answers: { mood, ...(extra !== undefined && { extra }) } });
      await submissions.tallyInbox(round.id, SURVEY); // background tally while the round runs
    }
  });
  afterAll(() => app.stop());

  it('trust 14: after sealing, no stored tally row belongs to an unpublished department (none with 1–4 ballots), no department row holds a hidden cell, and the published figures are unchanged', async () => {
    const tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
    const submissions = new SubmissionsStore(tables);
    const { roundResults } = await import('../../../../bot/src/features/pulse/results');
    await submissions.tallyInbox(round.id, SURVEY, 1);
    // What would be published, computed from the raw tallies just before sealing.
    const expected = roundResults({ round: { ...round, finalizedAt: 'x' }, participation: BALLOTS.length, tallies: await submissions.tallies(round.id), comments: [], departments: app.config.departments, departmentsAreExample: app.config.departmentsAreExample, now: new Date(Date.parse(round.closesAt) + 2000) });

    await app.scheduler.tick('pulse', new Date(Date.parse(round.closesAt) + 1000));

    // The attacker scans the round's whole partition.
    const client = TableClient.fromConnectionString(app.storageConnectionString, `${app.config.tablePrefix}Submissions`, { allowInsecureConnection: true });
    const rows: Array<Record<string, unknown>> = [];
    for await (const e of client.listEntities({ queryOptions: { filter: odata`PartitionKey eq ${encodeKey(round.id)}` } })) rows.push(e);
    const tallies = rows.filter((r) => String(r.rowKey).startsWith('t|'));
    for (const t of tallies) say(`tally row ${String(t.rowKey)}: department "${String(t.department)}", ${String(t.ballots)} ballot(s), counts ${String(t.counts)}`);

    const published = (await (await fetch(`${app.url}/api/pulse/rounds/${round.id}/results`)).json()) as RoundResults;
    const shown = new Set(published.departments.filter((d) => d.shown).map((d) => d.id));
    say(`published departments: ${[...shown].join(', ') || '(none)'}`);
    const leaks: string[] = [];
    for (const t of tallies) {
      const department = String(t.department);
      const ballots = Number(t.ballots);
      const counts = JSON.parse(String(t.counts)) as Record<string, number[]>;
      const isDepartment = app.config.departments.some((d) => d.id === department);
      if (isDepartment && !shown.has(department)) leaks.push(`"${department}" is not published, yet its tally (${ballots} ballot(s)) is stored: its members' answers ${String(t.counts)}`);
      for (const [q, c] of Object.entries(counts)) {
        const n = c.reduce((a, b) => a + b, 0);
        if (isDepartment && n >= 1 && n <= 4) leaks.push(`"${department}" stores ${n} answer(s) to "${q}": ${c.join(',')}`);
      }
    }
    for (const l of leaks) say(`recovered: ${l}`);
    if (!leaks.length) say('recovered nothing: only published departments and one merged "hidden groups" row are stored');
    expect(leaks).toEqual([]);
    expect(published.total?.ballots).toBe(BALLOTS.length);
    expect({ ...published, round: undefined }).toEqual({ ...expected, round: undefined });
  });
});
