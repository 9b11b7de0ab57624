/**
 * Attacker: a signed-in viewer who reads every results route of a round between its closing time
 * and its sealing, and again afterwards, hoping to catch figures that later change (a late ballot
 * tallied after a first read would be revealed by the difference).
 */
import type { RoundResults, RoundSummary, Trend } from '../../../../bot/src/api/contract';
import { CHANGE_READINESS_PULSE as S } from '../../../../bot/src/features/pulse/default-survey';
import { roundsFor, type Round } from '../../../../bot/src/features/pulse/round';
import { RoundsStore } from '../../../../bot/src/features/pulse/rounds-store';
import { SubmissionsStore } from '../../../../bot/src/features/pulse/submissions-store';
import { Tables } from '../../../../bot/src/storage/tables';
import { startTestApp, type TestApp } from '../../../support/app';

const DAY = 86_400_000;
const answers = (awareness: number) => ({ awareness, desire: 4, knowledge: 3, ability: 2, reinforcement: 4, appropriateness: 5, 'management-support': 4, efficacy: 4, 'personal-benefit': 3, enps: 9 });
const say = (line: string) => process.stdout.write(`  [attacker] ${line}\n`);

describe('attacker: reading results between closing and sealing (trust 8)', () => {
  let app: TestApp;
  let round: Round;
  let submissions: SubmissionsStore;
  const get = (path: string) => fetch(`${app.url}${path}`);

  beforeAll(async () => {
    app = await startTestApp();
    const tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
    submissions = new SubmissionsStore(tables);
    const now = Date.now();
    [round] = roundsFor({ surveyId: 'x', opensAt: new Date(now - 10 * DAY).toISOString(), closesAt: new Date(now - 60_000).toISOString(), departments: [] }, S);
    await new RoundsStore(tables).create(round);
    for (let i = 0; i < 12; i++) await submissions.submit(round.id, `person-${i}`, i < 7 ? 'finanzen' : 'zentrale-dienste', { roundId: round.id, answers: answers((i % 5) + 1) });
    await submissions.tallyInbox(round.id, S); // the background tally while the round ran (batches of 5)
  });
  afterAll(() => app.stop());

  it('trust 8: between closing time and sealing every results route says "being finalised" and shows no figure; afterwards the figures never change', async () => {
    // 1. The round is closed, 2 ballots still wait in the inbox, nothing is sealed yet.
    const json = await get(`/api/pulse/rounds/${round.id}/results`);
    const jsonBody = (await json.json()) as RoundResults & { code?: string };
    say(`results JSON before sealing: ${json.status} ${jsonBody.code ?? `total ballots ${jsonBody.total?.ballots}`}`);
    const csv = await get(`/api/pulse/rounds/${round.id}/results.csv`);
    const csvText = await csv.text();
    say(`results CSV before sealing: ${csv.status} ${csvText.slice(0, 80).replace(/\s+/g, ' ')}`);
    const trendRes = await get(`/api/pulse/trend?surveyId=${S.id}`);
    const trendBody = (await trendRes.json()) as Trend & { code?: string };
    say(`trend before sealing: ${trendRes.status} points ${JSON.stringify(trendBody.points?.map((p) => p.ballots))} finalising ${JSON.stringify(trendBody.finalising)}`);
    const list = (await (await get('/api/pulse/rounds')).json()) as RoundSummary[];
    say(`round list before sealing: participation ${list[0].participation}, final ${list[0].final}`);

    expect(json.status).toBe(409);
    expect(jsonBody).toMatchObject({ code: 'being-finalised' });
    expect(JSON.stringify(jsonBody)).not.toMatch(/"ballots"|"distribution"/);
    expect(csv.status).toBe(409);
    expect(csvText).toContain('being-finalised');
    expect(trendBody.points ?? []).toHaveLength(0);
    expect(trendBody.finalising).toEqual([round.id]);
    expect(list[0]).toMatchObject({ state: 'closed', final: false, participation: null });

    // 2. The scheduler seals the round: now the figures appear, with every ballot in them.
    await app.scheduler.tick('pulse', new Date(Date.parse(round.closesAt) + 1000));
    const first = (await (await get(`/api/pulse/rounds/${round.id}/results`)).json()) as RoundResults;
    say(`results after sealing: total ballots ${first.total?.ballots}, participation ${first.round.participation}`);
    expect(first.total?.ballots).toBe(12);
    expect(first.round).toMatchObject({ final: true, participation: 12 });

    // 3. A late ballot (a submit that passed its check a moment before closing) lands in the inbox
    //    and a tally runs: the published figures must not move.
    await submissions.submit(round.id, 'person-late', 'zentrale-dienste', { roundId: round.id, answers: answers(1) });
    for (let i = 0; i < 5; i++) await submissions.submit(round.id, `person-late-${i}`, 'zentrale-dienste', { roundId: round.id, answers: answers(1) });
    await submissions.tallyInbox(round.id, S, 1);
    await app.scheduler.tick('pulse', new Date(Date.parse(round.closesAt) + 60_000));
    const second = (await (await get(`/api/pulse/rounds/${round.id}/results`)).json()) as RoundResults;
    say(`results after late ballots: total ballots ${second.total?.ballots} (first read ${first.total?.ballots})`);
    // Comments come in random order on every read; everything else is compared as is.
    const stable = (r: RoundResults) => ({ ...r, comments: r.comments && [...r.comments].sort() });
    expect(stable(second)).toEqual(stable(first));
    expect(await (await get(`/api/pulse/rounds/${round.id}/results.csv`)).text()).toBe(await (await get(`/api/pulse/rounds/${round.id}/results.csv`)).text());
  });
});
