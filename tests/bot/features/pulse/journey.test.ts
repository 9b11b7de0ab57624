import type { RoundResults } from '../../../../bot/src/api/contract';
import { CHANGE_READINESS_PULSE } from '../../../../bot/src/features/pulse/default-survey';
import { roundsFor } from '../../../../bot/src/features/pulse/round';
import { RoundsStore } from '../../../../bot/src/features/pulse/rounds-store';
import { Tables } from '../../../../bot/src/storage/tables';
import * as A from '../../../support/activities';
import { cardText, postActivity, startTestApp, type TestApp } from '../../../support/app';
import { RecordingConnector } from '../../../support/connector';

jest.setTimeout(30_000);

/**
 * The whole path over HTTP with real Bot Framework activities: a round opens, its card reaches
 * every installed person, 12 of them answer (one double-clicks, Teams redelivers another), the
 * round closes, and the results appear in the API — with the small departments suppressed.
 */
it('round opens → cards sent → 12 users answer → results appear', async () => {
  const connector = await new RecordingConnector().start();
  const app: TestApp = await startTestApp();
  try {
    const o = { serviceUrl: connector.url };
    const people = Array.from({ length: 12 }, (_, i) => A.testUser(`Person ${i}`));
    const depts = [...Array(7).fill('finanzen'), ...Array(4).fill('zentrale-dienste'), 'buergerservice'];
    for (const p of people) await postActivity(app, A.personalInstall(p, o));

    const tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
    const now = Date.now();
    const [round] = roundsFor({ surveyId: 'x', opensAt: new Date(now - 1000).toISOString(), closesAt: new Date(now + 6000).toISOString(), departments: [] }, CHANGE_READINESS_PULSE);
    await new RoundsStore(tables).create(round);

    await app.scheduler.tick('pulse', new Date());
    await connector.waitFor(() => people.every((p) => connector.sentTo(p.conversationId).length === 2)); // welcome + pulse card
    for (const p of people) expect(cardText(connector.sentTo(p.conversationId)[1])).toContain(CHANGE_READINESS_PULSE.title.de);

    const answer = (p: A.TestUser, i: number) =>
      postActivity(app, A.cardExecute(p, 'pulse.submit', {
        roundId: round.id, department: depts[i], q_awareness: String((i % 5) + 1), q_desire: '4', q_knowledge: '3', q_ability: '2', q_reinforcement: '4',
        q_appropriateness: '5', 'q_management-support': '4', q_efficacy: '4', 'q_personal-benefit': '3', q_enps: String(6 + (i % 5)), q_comment: `Idee ${i}`,
      }, o));
    // The first press stores the newly chosen department on a turn of its own (trust points 11/12:
    // no person row is written on the turn of a ballot); the card comes back and the second counts.
    await Promise.all(people.map(async (p, i) => {
      expect(JSON.stringify(await (await answer(p, i)).json())).toContain('Ihr Fachbereich ist gespeichert');
      await answer(p, i);
    }));
    await Promise.all([answer(people[0], 0), answer(people[1], 1)]); // a double click, a redelivery

    const results = () => fetch(`${app.url}/api/pulse/rounds/${round.id}/results`);
    expect((await results()).status).toBe(403); // still open: not for a viewer
    await new Promise((r) => setTimeout(r, Math.max(0, Date.parse(round.closesAt) - Date.now() + 100)));
    await app.scheduler.tick('pulse', new Date());

    const res = await results();
    expect(res.status).toBe(200);
    const r = (await res.json()) as RoundResults;
    expect(r.round).toMatchObject({ state: 'closed', participation: 12, final: true });
    expect(r.total?.ballots).toBe(12);
    expect(r.total?.questions.find((q) => q.questionId === 'awareness')?.distribution).toEqual([3, 3, 2, 2, 2]);
    const shown = r.departments.filter((d) => d.shown).map((d) => d.id);
    expect(shown).toEqual(['finanzen']); // zentrale-dienste (4) and buergerservice (1) hidden
    expect(r.comments).toHaveLength(12);
  } finally {
    await app.stop();
    await connector.stop();
  }
});
