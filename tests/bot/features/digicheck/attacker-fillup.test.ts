/**
 * Attacker (trust 11, the fill-up attack on the DigiCheck): four colleagues who have not begun the
 * check move into a one-person department while a cycle is open (allowed, counted), then all five
 * complete it. At closing, checks that may be from movers count towards no threshold, so the
 * department is not published and "whole minus the shown departments minus ours" leaves either
 * nothing or at least 5 checks that are not theirs.
 */
import type { CheckGroupResult, CheckResults } from '../../../../bot/src/api/digicheck-contract';
import { QUESTIONNAIRE } from '../../../../bot/src/features/digicheck/questionnaire';
import * as A from '../../../support/activities';
import { postActivity, startTestApp, type TestApp } from '../../../support/app';
import { RecordingConnector } from '../../../support/connector';
import { openCycle, simulateColleagues, stepData } from '../../../support/digicheck';

jest.setTimeout(90_000);

const TINY = 'buergermeister';
const say = (line: string) => process.stdout.write(`  [attacker] ${line}\n`);

describe('attacker: colleagues move into a one-person department during a DigiCheck cycle (trust 11)', () => {
  let app: TestApp;
  let connector: RecordingConnector;
  let results: CheckResults;
  const victim = A.testUser('Bürgermeisterin');
  const attackers = Array.from({ length: 4 }, (_, i) => A.testUser(`Auffüller ${i}`));
  const save = (user: A.TestUser, department: string) => postActivity(app, A.cardExecute(user, 'department.save', { department }, { serviceUrl: connector.url, locale: 'de-DE' }));
  const complete = async (personKey: string, cycleId: string, department: string, level: number) => {
    for (let step = 0; step < QUESTIONNAIRE.dimensions.length; step++) {
      const view = await app.digicheck.submit(personKey, stepData(cycleId, step, () => level, step === 0 ? { department } : {}));
      if (view.kind === 'refused' || (view.kind === 'step' && view.problems?.length)) throw new Error(`check refused: ${JSON.stringify(view)}`);
    }
  };

  beforeAll(async () => {
    connector = await new RecordingConnector().start();
    app = await startTestApp({ DEV_ROLES: 'changeTeam' });
    await save(victim, TINY);
    for (const a of attackers) await save(a, 'finanzen');
    const cycleId = await openCycle(app);
    // During the cycle, before beginning the check: the moves (counted) …
    for (const a of attackers) await save(a, TINY);
    // … then everyone completes it. The victim's secret: level 0 everywhere; the movers answer 4.
    await complete(victim.aadObjectId, cycleId, TINY, 0);
    for (const a of attackers) await complete(a.aadObjectId, cycleId, TINY, 4);
    await simulateColleagues(app, cycleId, 6, 'finanzen', (_q, i) => 1 + (i % 3));
    await simulateColleagues(app, cycleId, 5, 'bauen-umwelt', (_q, i) => 1 + (i % 3));
    const closed = await app.digicheck.close(cycleId);
    expect(closed.kind).toBe('ok');
    const outcome = await app.digicheck.results(cycleId);
    if (outcome.kind !== 'ok') throw new Error(`no results: ${outcome.kind}`);
    results = outcome.value;
  });
  afterAll(async () => {
    await app?.stop();
    await connector?.stop();
  });

  it('trust 11: four colleagues who moved into a one-person department during the cycle and then completed the check recover nothing of the fifth', () => {
    const shown = results.departments.filter((d): d is { department: string; result: CheckGroupResult } => d.result !== null);
    say(`published departments: ${shown.map((d) => `${d.department} (${d.result.respondents})`).join(', ') || '(none)'}; whole ${results.whole?.respondents ?? 'hidden'}`);
    const q = QUESTIONNAIRE.dimensions[0].questions[0].id;
    const own = [0, 0, 0, 0, 4]; // the movers' four "4"s
    const tiny = shown.find((d) => d.department === TINY);
    const left = tiny
      ? tiny.result.questions[q].map((n, i) => n - own[i])
      : (results.whole?.questions[q] ?? [0, 0, 0, 0, 0]).map((n, i) => n - own[i] - shown.reduce((a, d) => a + (d.result.questions[q]?.[i] ?? 0), 0));
    const count = left.reduce((a, b) => a + b, 0);
    say(`${tiny ? `"${TINY}" minus ours` : 'whole − shown departments − ours'} for "${q}": [${left.join(', ')}] → the victim's answer ${count === 1 ? `recovered: level ${left.findIndex((n) => n > 0)}` : `not recovered (${count} checks not ours, none can be told apart)`}`);
    expect(tiny).toBeUndefined();
    expect(count === 0 || count >= 5).toBe(true);
  });
});
