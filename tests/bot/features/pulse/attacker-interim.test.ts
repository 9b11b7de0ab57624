/**
 * Attacker: a member of the change team who reads the round list and the results of an open round
 * after every single submit, and differences consecutive reads to learn individual ballots (any
 * group whose figures moved by 1–4 ballots gives those ballots away) and to time each submit.
 */
import type { GroupResults, RoundResults, RoundSummary } from '../../../../bot/src/api/contract';
import type { RunningApp } from '../../../../bot/src/main';
import { CHANGE_READINESS_PULSE as S } from '../../../../bot/src/features/pulse/default-survey';
import { roundsFor, type Round } from '../../../../bot/src/features/pulse/round';
import { RoundsStore } from '../../../../bot/src/features/pulse/rounds-store';
import { SubmissionsStore } from '../../../../bot/src/features/pulse/submissions-store';
import { Tables } from '../../../../bot/src/storage/tables';
import { startTestApp } from '../../../support/app';

const DAY = 86_400_000;
const answers = (awareness: number) => ({ awareness, desire: 4, knowledge: 3, ability: 2, reinforcement: 4, appropriateness: 5, 'management-support': 4, efficacy: 4, 'personal-benefit': 3, enps: 9 });
const say = (line: string) => process.stdout.write(`  [attacker] ${line}\n`);

/** Zentrale Dienste ×5, Finanzen ×5, then one more Zentrale Dienste among four Finanzen. */
const SEQUENCE = [...Array(5).fill('zentrale-dienste'), ...Array(5).fill('finanzen'), 'zentrale-dienste', 'finanzen', 'finanzen', 'finanzen', 'finanzen'];

async function seedOpenRound(app: RunningApp): Promise<{ round: Round; submissions: SubmissionsStore }> {
  const tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
  const [round] = roundsFor({ surveyId: 'x', opensAt: new Date(Date.now() - DAY).toISOString(), closesAt: new Date(Date.now() + DAY).toISOString(), departments: [] }, S);
  await new RoundsStore(tables).create(round);
  return { round, submissions: new SubmissionsStore(tables) };
}

/** Every group (total or department) and question whose counts moved by 1–4 ballots between two reads. */
function differences(before: RoundResults | undefined, after: RoundResults | undefined): string[] {
  if (!before || !after) return [];
  const groups = (r: RoundResults) => new Map<string, GroupResults>([...(r.total ? [['total', r.total] as const] : []), ...r.departments.flatMap((d) => (d.results ? [[d.id, d.results] as const] : []))]);
  const [a, b] = [groups(before), groups(after)];
  const found: string[] = [];
  for (const [id, g] of b) {
    const prev = a.get(id);
    if (!prev || g.ballots - prev.ballots < 1 || g.ballots - prev.ballots > 4) continue;
    const moved = g.questions.map((q, i) => `${q.questionId}:${q.distribution.map((n, k) => n - (prev.questions[i].distribution[k] ?? 0)).join('')}`);
    found.push(`${id} +${g.ballots - prev.ballots} ballot(s): ${moved.slice(0, 2).join(' ')} …`);
  }
  return found;
}

describe('attacker: the change team reads after every single submit (trust 9, trust 12)', () => {
  let team: RunningApp;
  let viewer: RunningApp;
  beforeAll(async () => {
    team = await startTestApp({ DEV_ROLES: 'viewer,changeTeam' });
    viewer = await startTestApp({ DEV_ROLES: 'viewer' });
  });
  afterAll(async () => {
    await team?.stop();
    await viewer?.stop();
  });

  it('trust 9: interim results of an open round cannot be differenced — the change team gets no figure, only the participation', async () => {
    const { round, submissions } = await seedOpenRound(team);
    let previous: RoundResults | undefined;
    const recovered: string[] = [];
    const statuses: number[] = [];
    for (const [i, department] of SEQUENCE.entries()) {
      await submissions.submit(round.id, `person-${i}`, department, { roundId: round.id, answers: answers((i % 5) + 1) });
      await submissions.tallyInbox(round.id, S); // what the background tally does after a submit
      const res = await fetch(`${team.url}/api/pulse/rounds/${round.id}/results`);
      statuses.push(res.status);
      const current = res.status === 200 ? ((await res.json()) as RoundResults) : undefined;
      for (const d of differences(previous, current)) recovered.push(`after submit #${i + 1}: ${d}`);
      if (current) previous = current;
    }
    say(`results statuses after each submit: ${statuses.join(' ')}`);
    say(recovered.length ? `recovered ${recovered.length} small difference(s):\n    ${recovered.join('\n    ')}` : 'recovered nothing: no interim figure was ever shown');
    expect(recovered).toEqual([]);
    expect(statuses.every((s) => s === 403)).toBe(true);
  });

  it('trust 12: live participation of an open round is shown to nobody but the change team, and only rounded down to 5', async () => {
    const seen: Array<number | null> = [];
    const { round, submissions } = await seedOpenRound(team);
    const other = await seedOpenRound(viewer);
    for (let i = 0; i < 12; i++) {
      await submissions.submit(round.id, `person-${i}`, 'finanzen', { roundId: round.id, answers: answers(3) });
      await other.submissions.submit(other.round.id, `person-${i}`, 'finanzen', { roundId: other.round.id, answers: answers(3) });
      const list = (await (await fetch(`${team.url}/api/pulse/rounds`)).json()) as RoundSummary[];
      seen.push(list.find((r) => r.id === round.id)!.participation);
    }
    const asViewer = ((await (await fetch(`${viewer.url}/api/pulse/rounds`)).json()) as RoundSummary[]).find((r) => r.id === other.round.id)!;
    say(`change team saw the live count after each submit: ${seen.join(' ')}`);
    say(`a viewer sees for an open round with 12 participants: ${asViewer.participation}`);
    expect(seen).toEqual([0, 0, 0, 0, 5, 5, 5, 5, 5, 10, 10, 10]);
    expect(asViewer.participation).toBeNull();
  });
});
