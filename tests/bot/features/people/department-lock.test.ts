import type { RunningApp } from '../../../../bot/src/main';
import { CHANGE_READINESS_PULSE } from '../../../../bot/src/features/pulse/default-survey';
import { PeopleStore } from '../../../../bot/src/features/people/store';
import { roundsFor, type Round } from '../../../../bot/src/features/pulse/round';
import { RoundsStore } from '../../../../bot/src/features/pulse/rounds-store';
import { SubmissionsStore } from '../../../../bot/src/features/pulse/submissions-store';
import { Tables } from '../../../../bot/src/storage/tables';
import * as A from '../../../support/activities';
import { cardText, postActivity, startTestApp } from '../../../support/app';
import { RecordingConnector } from '../../../support/connector';
import { openCycle, stepData } from '../../../support/digicheck';

jest.setTimeout(60_000);

const TINY = 'buergermeister'; // a one-person department
const answers = (department: string, awareness: number) => ({
  department, q_awareness: String(awareness), q_desire: '4', q_knowledge: '3', q_ability: '2', q_reinforcement: '4',
  q_appropriateness: '5', 'q_management-support': '4', q_efficacy: '4', 'q_personal-benefit': '3', q_enps: '8',
});

/**
 * Trust 11, the fill-up attack: four colleagues declare themselves members of a one-person
 * department so that it reaches the threshold of 5, then subtract their own answers from its
 * published figures. A person's department is locked while a round or cycle they took part in is
 * open, and the moves that remain possible are counted.
 */
describe('fill-up attack on a one-person department', () => {
  let app: RunningApp;
  let connector: RecordingConnector;
  let tables: Tables;
  let r1: Round;
  let r2: Round;
  let cycleId: string;
  const o = (locale = 'de-DE') => ({ serviceUrl: connector.url, locale });
  const victim = A.testUser('Bürgermeisterin');
  const attackers = Array.from({ length: 4 }, (_, i) => A.testUser(`Angreifer ${i}`));
  const newcomer = A.testUser('Neu im Haus');

  const press = async (user: A.TestUser, verb: string, data: Record<string, unknown>, locale = 'de-DE') => {
    const res = await postActivity(app, A.cardExecute(user, verb, data, o(locale)));
    const body = (await res.json()) as { value?: unknown };
    return cardText({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: body.value }] });
  };

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp();
    tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
    // Everyone has chosen their department before the rounds open.
    await press(victim, 'department.save', { department: TINY });
    for (const a of [...attackers, newcomer]) await press(a, 'department.save', { department: 'finanzen' });
    const window = { opensAt: new Date(Date.now() - 60_000).toISOString(), closesAt: new Date(Date.now() + 86_400_000).toISOString(), departments: [] };
    [r1] = roundsFor({ surveyId: 'r1', ...window }, CHANGE_READINESS_PULSE);
    [r2] = roundsFor({ surveyId: 'r2', ...window }, CHANGE_READINESS_PULSE);
    await new RoundsStore(tables).create(r1);
    await new RoundsStore(tables).create(r2);
    cycleId = await openCycle(app);
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  it('trust 11: colleagues who took part cannot move into a one-person department while the round is open', async () => {
    // The victim answers both rounds: awareness 1, her secret.
    await press(victim, 'pulse.submit', { roundId: r1.id, ...answers(TINY, 1) });
    await press(victim, 'pulse.submit', { roundId: r2.id, ...answers(TINY, 1) });
    // The attackers take part in round 1 in their real department …
    for (const a of attackers) expect(await press(a, 'pulse.submit', { roundId: r1.id, ...answers('finanzen', 5) })).toContain('Danke');
    // … then try to move into the one-person department: by the department card, on the pulse card
    // of round 2, and on DigiCheck card 1.
    const refusals: string[] = [];
    for (const [i, a] of attackers.entries()) {
      const locale = i === 3 ? 'en-US' : 'de-DE';
      refusals.push(await press(a, 'department.save', { department: TINY }, locale));
      refusals.push(await press(a, 'pulse.submit', { roundId: r2.id, ...answers(TINY, 5) }, locale));
      refusals.push(await press(a, 'check.step', stepData(cycleId, 0, () => 4, { department: TINY }), locale));
    }
    // What the attackers learn after round 2 closes (flushed as at closing).
    const submissions = new SubmissionsStore(tables);
    await submissions.tallyInbox(r2.id, CHANGE_READINESS_PULSE, 1);
    const tiny = (await submissions.tallies(r2.id)).get(TINY);
    const ballots = tiny?.ballots ?? 0;
    const awareness = [...(tiny?.counts.awareness ?? [0, 0, 0, 0, 0])];
    awareness[4] -= Math.max(0, ballots - 1); // subtract their own "5"s
    const recovered = ballots >= 5 ? awareness.findIndex((n) => n > 0) + 1 : undefined;
    const stored = await Promise.all(attackers.map(async (a) => (await new PeopleStore(tables).get(a.aadObjectId))?.department));
    console.log(`trust 11: attackers' stored departments after the attempt: ${stored.join(', ')}\n  ballots of "${TINY}" in round 2: ${ballots} (published from 5)\n  the victim's awareness answer recovered by subtraction: ${recovered ?? 'nothing (department not published)'}\n  what the attackers' cards said:\n    ${[...new Set(refusals.map((r) => r.replace(/\n/g, ' / ').slice(0, 160)))].join('\n    ')}`);
    expect(ballots).toBe(1);
    expect(recovered).toBeUndefined();
    expect(stored).toEqual(['finanzen', 'finanzen', 'finanzen', 'finanzen']);
    expect(refusals.filter((r) => r.includes('Ihr Fachbereich kann gerade nicht geändert werden'))).toHaveLength(9);
    expect(refusals.filter((r) => r.includes('Your department cannot be changed right now'))).toHaveLength(3);
  });

  it('trust 11: a move by someone who has not taken part is possible, and it is counted for the open rounds and the cycle', async () => {
    const text = await press(newcomer, 'department.save', { department: TINY });
    expect(text).toContain('Gespeichert');
    const people = new PeopleStore(tables);
    const counts = { r1: (await people.movesInto(`round:${r1.id}`)).get(TINY), r2: (await people.movesInto(`round:${r2.id}`)).get(TINY), cycle: (await people.movesInto(`cycle:${cycleId}`)).get(TINY) };
    console.log(`trust 11: moves into "${TINY}" counted while open: round 1 ${counts.r1}, round 2 ${counts.r2}, DigiCheck ${counts.cycle}`);
    expect(counts).toEqual({ r1: 1, r2: 1, cycle: 1 });
  });
});
