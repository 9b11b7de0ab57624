import { randomUUID } from 'node:crypto';
import { TableClient } from '@azure/data-tables';
import { CHANGE_READINESS_PULSE } from '../bot/src/features/pulse/default-survey';
import { roundsFor } from '../bot/src/features/pulse/round';
import { RoundsStore } from '../bot/src/features/pulse/rounds-store';
import { SubmissionsStore } from '../bot/src/features/pulse/submissions-store';
import { sumTallies } from '../bot/src/features/pulse/tally';
import { startApp } from '../bot/src/main';
import { Tables } from '../bot/src/storage/tables';
import * as A from '../tests/support/activities';
import { RecordingConnector } from '../tests/support/connector';
import { percentile, ratioLine, runPool } from './stats';

const answers = {
  department: 'finanzen', q_awareness: '4', q_desire: '4', q_knowledge: '3', q_ability: '2', q_reinforcement: '4',
  q_appropriateness: '5', 'q_management-support': '4', q_efficacy: '4', 'q_personal-benefit': '3', q_enps: '9',
};

/**
 * Pulse submit benchmark. Floor = a turn that no route handles (adapter + teams-ai turn state) plus
 * one Azurite upsert, measured in the same run on the same app; the submit turn is reported as a
 * ratio to it. Then a burst of 2,000 answers from 500 concurrent users (4 rounds each), counting
 * lost and doubled ballots, with throughput as a fraction of the raw Azurite upsert rate.
 */
export async function benchPulseSubmit(opts: { samples: number; users: number; roundsPerUser: number }): Promise<string[]> {
  const app = await startApp({ PORT: '0', HOST: '127.0.0.1', AZURITE_IN_MEMORY: 'true', LOG_LEVEL: 'silent' });
  const lines: string[] = [];
  try {
    const tables = new Tables(app.storageConnectionString, app.config.tablePrefix);
    const rounds = new RoundsStore(tables);
    const now = Date.now();
    const created = Array.from({ length: opts.roundsPerUser + 1 }, () =>
      roundsFor({ surveyId: 'x', opensAt: new Date(now - 60_000).toISOString(), closesAt: new Date(now + 3_600_000).toISOString(), departments: [] }, CHANGE_READINESS_PULSE)[0],
    );
    for (const r of created) await rounds.create(r);
    const [latencyRound, ...burstRounds] = created;
    const post = async (body: unknown) => {
      const res = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`status ${res.status}`);
    };
    const o = { serviceUrl: 'http://127.0.0.1:9/' }; // never called: invokes answer in the HTTP response
    const raw = TableClient.fromConnectionString(app.storageConnectionString, 'benchraw', { allowInsecureConnection: true });
    await raw.createTable();
    const upsert = () => raw.upsertEntity({ partitionKey: 'p', rowKey: randomUUID(), v: 1 }, 'Replace');

    // Warm-up, then interleave floor and submit samples so drift hits both alike.
    for (let i = 0; i < 30; i++) {
      await post({ ...A.message(A.testUser(), 'x', o), type: 'messageReaction' });
      await upsert();
    }
    const floor: number[] = [];
    const submit: number[] = [];
    for (let i = 0; i < opts.samples; i++) {
      const user = A.testUser();
      // A person chooses the department once, on a turn of its own (never on a submit turn, so no
      // person row carries a ballot's write time); not timed.
      await post(A.cardExecute(user, 'department.save', { department: answers.department }, o));
      let t0 = performance.now();
      await post({ ...A.message(user, 'x', o), type: 'messageReaction' });
      await upsert();
      floor.push(performance.now() - t0);
      t0 = performance.now();
      await post(A.cardExecute(user, 'pulse.submit', { roundId: latencyRound.id, ...answers }, o));
      submit.push(performance.now() - t0);
    }
    const f50 = percentile(floor, 50);
    const f99 = percentile(floor, 99);
    const s50 = percentile(submit, 50);
    const s99 = percentile(submit, 99);
    lines.push(`pulse submit turn: ${opts.samples} samples; floor p50 ${f50.toFixed(2)} ms, p99 ${f99.toFixed(2)} ms; submit p50 ${s50.toFixed(2)} ms, p99 ${s99.toFixed(2)} ms`);
    lines.push(ratioLine('submit p50 / floor p50', s50 / f50, '<= 1.3', s50 / f50 <= 1.3));
    lines.push(ratioLine('submit p99 / floor p99', s99 / f99, '<= 2', s99 / f99 <= 2));

    // Burst: every user answers every burst round, 500 in flight. People install the app long
    // before they answer a pulse, so they install first (not timed), as in real use.
    const users = Array.from({ length: opts.users }, () => A.testUser());
    const connector = await new RecordingConnector().start(); // receives the welcome cards
    await runPool(users.length, 50, async (i) => post(A.personalInstall(users[i], { serviceUrl: connector.url })));
    await runPool(users.length, 50, async (i) => post(A.cardExecute(users[i], 'department.save', { department: answers.department }, o)));
    await connector.stop();
    const jobs = users.flatMap((u) => burstRounds.map((r) => ({ u, r })));
    let t0 = performance.now();
    await runPool(jobs.length, opts.users, async (i) => post(A.cardExecute(jobs[i].u, 'pulse.submit', { roundId: jobs[i].r.id, ...answers }, o)));
    const burstMs = performance.now() - t0;
    t0 = performance.now();
    await runPool(jobs.length, opts.users, async () => void (await upsert()));
    const rawMs = performance.now() - t0;

    const submissions = new SubmissionsStore(tables);
    let tallied = 0;
    let participations = 0;
    for (const r of burstRounds) {
      await submissions.tallyInbox(r.id, r.survey, 1);
      tallied += sumTallies(CHANGE_READINESS_PULSE, [...(await submissions.tallies(r.id)).values()]).ballots;
      participations += await submissions.participationCount(r.id);
    }
    const rate = jobs.length / (burstMs / 1000);
    const rawRate = jobs.length / (rawMs / 1000);
    lines.push(`burst: ${jobs.length} answers from ${opts.users} concurrent users in ${(burstMs / 1000).toFixed(2)} s = ${rate.toFixed(0)}/s; raw Azurite upserts ${rawRate.toFixed(0)}/s`);
    lines.push(ratioLine('lost ballots', Math.max(0, jobs.length - tallied), '0', tallied >= jobs.length));
    lines.push(ratioLine('doubled ballots', Math.max(0, tallied - jobs.length) + Math.max(0, participations - jobs.length), '0', tallied <= jobs.length && participations <= jobs.length));
    lines.push(ratioLine('submit rate / raw upsert rate', rate / rawRate, '>= 0.5', rate / rawRate >= 0.5));
  } finally {
    await app.stop();
  }
  return lines;
}
