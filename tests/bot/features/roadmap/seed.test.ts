import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadConfig } from '../../../../bot/src/config';
import { roadmapAreas } from '../../../../bot/src/features/roadmap/areas';
import { EXAMPLE_AS_OF, EXAMPLE_ROADMAP, exampleId } from '../../../../bot/src/features/roadmap/example-roadmap';
import { itemInputSchema, spanOf } from '../../../../bot/src/features/roadmap/model';
import { findCycle, RoadmapService } from '../../../../bot/src/features/roadmap/service';
import { RoadmapStore } from '../../../../bot/src/features/roadmap/store';
import { EXAMPLE_CROSS_CUTTING_AREAS, EXAMPLE_DEPARTMENTS } from '../../../../bot/src/features/people/departments';
import { createLogger } from '../../../../bot/src/logger';
import { startEmbeddedAzurite, type EmbeddedAzurite } from '../../../../bot/src/storage/azurite';
import { Tables } from '../../../../bot/src/storage/tables';
import { progressBar, seed, SEED_AUTHOR, SeedError } from '../../../../scripts/seed';

const ROOT = resolve(__dirname, '../../../..');
const areas = roadmapAreas(loadConfig({}));

describe('the example roadmap', () => {
  const parsed = EXAMPLE_ROADMAP.map(({ id, item }) => ({ id, r: itemInputSchema.safeParse(item) }));
  const items = EXAMPLE_ROADMAP.map(({ id, item }) => ({ id, item: itemInputSchema.parse(item), ...spanOf(item) }));

  it('has 40 items with the ids example-01 … example-40, each valid as an editor would send it', () => {
    expect(EXAMPLE_ROADMAP.map((e) => e.id)).toEqual(Array.from({ length: 40 }, (_, i) => exampleId(i + 1)));
    expect(parsed.filter((p) => !p.r.success).map((p) => `${p.id}: ${!p.r.success && p.r.error.issues[0].message}`)).toEqual([]);
  });

  it('uses every area of the example configuration and no other', () => {
    const used = new Set(items.map((i) => i.item.area));
    expect([...used].sort()).toEqual([...EXAMPLE_DEPARTMENTS, ...EXAMPLE_CROSS_CUTTING_AREAS].map((a) => a.id).sort());
    expect(areas.map((a) => a.id).sort()).toEqual([...used].sort());
  });

  it('spans the program, 2023 to 2030, with mostly half-year items and a few dated ones', () => {
    expect(items.map((i) => i.from).sort()[0].slice(0, 4)).toBe('2023');
    expect(items.map((i) => i.to).sort().at(-1)!.slice(0, 4)).toBe('2030');
    const dated = items.filter((i) => i.item.start !== undefined);
    expect(dated.length).toBeGreaterThanOrEqual(3);
    expect(dated.length).toBeLessThan(items.length / 2);
    expect(dated.filter((i) => i.halfYears.length > 1).length).toBeGreaterThanOrEqual(3);
  });

  it('depends only on items listed before it (dependency order), so there is no circle', () => {
    const seen = new Set<string>();
    const graph = new Map(items.map((i) => [i.id, i.item.dependsOn]));
    for (const { id, item } of items) {
      expect({ id, missing: item.dependsOn.filter((d) => !seen.has(d)) }).toEqual({ id, missing: [] });
      expect(findCycle(id, graph)).toBeUndefined();
      seen.add(id);
    }
    expect(items.filter((i) => i.item.dependsOn.length > 0).length).toBeGreaterThanOrEqual(20);
  });

  it(`has statuses that fit ${EXAMPLE_AS_OF}: past items done, delayed or cancelled; current in progress; future planned`, () => {
    const wrong = items.filter(({ item, from, to }) => {
      if (to < EXAMPLE_AS_OF) return !['done', 'delayed', 'cancelled'].includes(item.status);
      if (from > EXAMPLE_AS_OF) return !['planned', 'cancelled'].includes(item.status);
      return !['in-progress', 'delayed'].includes(item.status);
    });
    expect(wrong.map((i) => `${i.id} ${i.item.status} ${i.from}…${i.to}`)).toEqual([]);
    const count = (s: string) => items.filter((i) => i.item.status === s).length;
    expect(count('in-progress')).toBeGreaterThanOrEqual(4);
    expect(count('delayed')).toBeGreaterThanOrEqual(1);
    expect([1, 2]).toContain(count('cancelled'));
  });

  it('has milestones inside each item span, done only when past, and nothing done on a planned item', () => {
    const bad = items.flatMap(({ id, item, from, to }) =>
      item.milestones
        .filter((m) => m.date < from || m.date > to || (m.done && m.date >= EXAMPLE_AS_OF) || (item.status === 'done' && !m.done) || (item.status === 'planned' && m.done))
        .map((m) => `${id}/${m.id} ${m.date} done=${m.done}`),
    );
    expect(bad).toEqual([]);
  });

  it('has decisions of every body, several still open, some due within the next four weeks', () => {
    const decisions = items.flatMap((i) => i.item.decisions.map((d) => ({ ...d, status: i.item.status })));
    expect(new Set(decisions.map((d) => d.body)).size).toBe(6);
    const open = decisions.filter((d) => d.state === 'open');
    expect(open.length).toBeGreaterThanOrEqual(5);
    const soon = open.filter((d) => d.due >= EXAMPLE_AS_OF && d.due <= '2026-12-24');
    expect(soon.length).toBeGreaterThanOrEqual(2);
    // Nobody still waits for a decision on finished or abandoned work.
    expect(open.filter((d) => d.status === 'done' || d.status === 'cancelled')).toEqual([]);
  });

  it('has investments from every kind of funding source, and OZG levels that never go down', () => {
    const funding = new Set(items.flatMap((i) => (i.item.investment ? [i.item.investment.funding] : [])));
    for (const f of ['own-budget', 'state-funding', 'federal-funding', 'eu-funding', 'it-centre']) expect(funding).toContain(f);
    const services = items.flatMap((i) => i.item.services.map((s) => ({ id: i.id, ...s })));
    expect(services.length).toBeGreaterThanOrEqual(10);
    expect(services.filter((s) => s.ozgAfter < s.ozgBefore)).toEqual([]);
    expect(new Set(services.map((s) => s.id)).size).toBeGreaterThanOrEqual(8);
  });
});

describe('seed() against Azurite', () => {
  let azurite: EmbeddedAzurite;
  let service: RoadmapService;
  let store: RoadmapStore;
  const target = () => ({ connectionString: azurite.connectionString, tablePrefix: 'seed', areas });
  beforeAll(async () => {
    azurite = await startEmbeddedAzurite({ dataDir: '', inMemory: true });
    store = new RoadmapStore(new Tables(azurite.connectionString, 'seed'));
    service = new RoadmapService({ store, areas, log: createLogger('silent') });
  });
  afterAll(() => azurite.close());

  const etags = async () => new Map((await store.list()).map((s) => [s.id, s.etag]));

  it('creates all 40 through the service (cross-item rules, history, example flag), reporting progress', async () => {
    const progress: Array<[number, number]> = [];
    expect(await seed(target(), (done, total) => progress.push([done, total]))).toEqual({ created: 40, unchanged: 0, kept: 0 });
    expect(progress).toHaveLength(40);
    expect(progress.at(-1)).toEqual([40, 40]);
    const all = await service.list();
    expect(all).toHaveLength(40);
    expect(all.every((i) => i.example && i.createdBy === SEED_AUTHOR && i.version === 1)).toBe(true);
    expect((await service.history('example-28')).map((h) => [h.kind, h.by])).toEqual([['created', SEED_AUTHOR]]);
  });

  it('a second run creates nothing and writes nothing (every etag unchanged)', async () => {
    const before = await etags();
    expect(await seed(target())).toEqual({ created: 0, unchanged: 40, kept: 0 });
    expect(await etags()).toEqual(before);
  });

  it('keeps an item an editor changed since, and counts it as kept', async () => {
    const edited = (await service.get('example-29'))!;
    const result = await service.patch(edited.id, edited.etag, { status: 'delayed', owner: 'Frau Beispiel, Planung' }, 'Editorin');
    expect(result.kind).toBe('saved');
    const before = await etags();
    expect(await seed(target())).toEqual({ created: 0, unchanged: 39, kept: 1 });
    expect(await etags()).toEqual(before);
    const now = (await service.get('example-29'))!;
    expect([now.status, now.owner, now.version]).toEqual(['delayed', 'Frau Beispiel, Planung', 2]);
  });

  it('keeps an item whose example content no longer passes the cross-item rules because of editors’ changes', async () => {
    // An editor makes example-10 depend on example-17, which depends on example-10: the example
    // version of example-17 would now close a circle, but it is there and unchanged.
    const ten = (await service.get('example-10'))!;
    const edit = await service.patch(ten.id, ten.etag, { dependsOn: ['example-01', 'example-17'] }, 'Editor');
    expect(edit.kind).toBe('invalid'); // the service refuses the circle itself …
    const seventeen = (await service.get('example-17'))!;
    expect((await service.patch(seventeen.id, seventeen.etag, { dependsOn: [] }, 'Editor')).kind).toBe('saved');
    const ten2 = (await service.get('example-10'))!;
    expect((await service.patch(ten2.id, ten2.etag, { dependsOn: ['example-01', 'example-17'] }, 'Editor')).kind).toBe('saved');
    // … so example-17's original content (depends on example-10) would close it; create still answers by what is stored.
    expect((await service.create('example-17', EXAMPLE_ROADMAP[16].item, SEED_AUTHOR, { example: true })).kind).toBe('exists');
    expect(await seed(target())).toEqual({ created: 0, unchanged: 37, kept: 3 });
  });

  it('refuses to load into a configuration without the example areas, writing nothing', async () => {
    const other = await startEmbeddedAzurite({ dataDir: '', inMemory: true });
    try {
      const own = [{ id: 'finanzen', de: 'Finanzen', en: 'Finance', kind: 'department' as const }];
      await expect(seed({ connectionString: other.connectionString, tablePrefix: 'x', areas: own })).rejects.toThrow(SeedError);
      await expect(seed({ connectionString: other.connectionString, tablePrefix: 'x', areas: own })).rejects.toThrow(/not configured: .*buergermeister/);
      expect(await new RoadmapStore(new Tables(other.connectionString, 'x')).list()).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('draws the progress bar', () => {
    expect(progressBar(20, 40, 10)).toBe('[#####-----] 20/40');
    expect(progressBar(0, 40, 4)).toBe('[----] 0/40');
    expect(progressBar(40, 40, 4)).toBe('[####] 40/40');
  });
});

describe('npm run seed (child process, embedded Azurite on DATA_DIR)', () => {
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'digipuls-seed-'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  /** Runs `npx tsx scripts/seed.ts` with only the variables that matter (no .env surprises). */
  const run = (env: Record<string, string>) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((ok, fail) => {
      const child = spawn('npx', ['tsx', 'scripts/seed.ts'], {
        cwd: ROOT,
        // Blank values count as set for dotenv, so a developer's .env cannot redirect the test.
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? tmpdir(), STORAGE_CONNECTION_STRING: '', AZURITE_IN_MEMORY: '', TABLE_PREFIX: '', DEPARTMENTS: '', CROSS_CUTTING_AREAS: '', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      child.once('error', fail);
      child.once('exit', (code) => ok({ code, stdout, stderr }));
    });

  it('loads the example on the first run and changes nothing on the second', async () => {
    const first = await run({ DATA_DIR: dataDir });
    expect({ code: first.code, stdout: first.stdout.trim() }).toEqual({ code: 0, stdout: 'Example roadmap: created 40, unchanged 0, kept 0 (edited since)' });
    expect(first.stderr).toContain('[##############################] 40/40');
    const second = await run({ DATA_DIR: dataDir });
    expect({ code: second.code, stdout: second.stdout.trim() }).toEqual({ code: 0, stdout: 'Example roadmap: created 0, unchanged 40, kept 0 (edited since)' });
  }, 90_000);

  it('exits non-zero with a clear message on a configuration error', async () => {
    const res = await run({ DATA_DIR: dataDir, TABLE_PREFIX: 'Not Valid' });
    expect(res.code).toBe(2);
    expect(res.stderr).toContain('Configuration error: TABLE_PREFIX must be 1–20 lower-case letters or digits');
    expect(res.stdout).toBe('');
  }, 60_000);

  it('exits non-zero with a clear message when storage fails', async () => {
    const res = await run({ STORAGE_CONNECTION_STRING: `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;` });
    expect(res.code).toBe(1);
    expect(res.stderr).toMatch(/Seed failed: storage failed: .*ECONNREFUSED/);
  }, 60_000);
});
