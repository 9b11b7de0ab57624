/**
 * `npm run seed`: loads the example roadmap (bot/src/features/roadmap/example-roadmap.ts) into the
 * app's storage, the same storage the app uses with the same environment (.env included).
 * Idempotent: items are created under fixed ids through RoadmapService.create, so a second run
 * finds them unchanged, and an example item an editor has changed since is left alone.
 */
import { config as loadDotenv } from 'dotenv';
import type { RoadmapArea } from '../bot/src/api/roadmap-contract';
import { ConfigError, loadConfig, type Config } from '../bot/src/config';
import { roadmapAreas } from '../bot/src/features/roadmap/areas';
import { EXAMPLE_ROADMAP } from '../bot/src/features/roadmap/example-roadmap';
import { itemInputSchema } from '../bot/src/features/roadmap/model';
import { diff, RoadmapService } from '../bot/src/features/roadmap/service';
import { RoadmapStore } from '../bot/src/features/roadmap/store';
import { createLogger } from '../bot/src/logger';
import { runningEmulator, startEmbeddedAzurite, type EmbeddedAzurite } from '../bot/src/storage/azurite';
import { Tables } from '../bot/src/storage/tables';

/** Who the history records as the author of the example items. */
export const SEED_AUTHOR = 'Beispieldaten (npm run seed)';

/** Where to seed: the storage account and table prefix the app uses, and its configured areas. */
export interface SeedTarget {
  connectionString: string;
  tablePrefix: string;
  areas: RoadmapArea[];
}

/** What a run did, per example item. */
export interface SeedCounts {
  /** New items written. */
  created: number;
  /** Items already there with the example's content. */
  unchanged: number;
  /** Items already there that an editor changed since: left as the editor made them. */
  kept: number;
}

/** Thrown when the example cannot be loaded into this configuration (e.g. other areas configured). */
export class SeedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedError';
  }
}

/**
 * Loads the example roadmap, one item after the other in dependency order (so every dependency
 * exists when an item is validated), through {@link RoadmapService.create}: the same validation
 * and audit history as an editor's create, flagged `example: true`.
 * @param onProgress - called after each item with the number done and the total.
 * @throws {@link SeedError} when the configured areas lack an example area, or an item is refused.
 */
export async function seed(target: SeedTarget, onProgress: (done: number, total: number) => void = () => undefined): Promise<SeedCounts> {
  const areaIds = new Set(target.areas.map((a) => a.id));
  const missing = [...new Set(EXAMPLE_ROADMAP.map((e) => e.item.area))].filter((a) => !areaIds.has(a));
  if (missing.length) {
    // Checked up front: half an example roadmap on a municipality's own areas helps nobody.
    throw new SeedError(`the example roadmap uses the example areas, but these are not configured: ${missing.join(', ')} (DEPARTMENTS / CROSS_CUTTING_AREAS)`);
  }
  const service = new RoadmapService({
    store: new RoadmapStore(new Tables(target.connectionString, target.tablePrefix)),
    areas: target.areas,
    // The service logs each create as a JSON line; the progress bar and summary say it better here.
    log: createLogger('silent'),
  });
  const counts: SeedCounts = { created: 0, unchanged: 0, kept: 0 };
  for (const [index, { id, item }] of EXAMPLE_ROADMAP.entries()) {
    const result = await service.create(id, item, SEED_AUTHOR, { example: true });
    switch (result.kind) {
      case 'saved':
        counts.created++;
        break;
      case 'unchanged':
        counts.unchanged++;
        break;
      case 'exists':
        counts.kept++;
        break;
      case 'invalid': {
        // Validation runs before the existence check, so an item that is already there can fail
        // the cross-item rules when editors have changed other items (e.g. a dependency that now
        // makes a circle). It is there: leave it and count it like any other.
        const existing = await service.get(id);
        if (!existing) throw new SeedError(`example item ${id} was refused: ${result.problems.join('; ')}`);
        if (diff(existing, itemInputSchema.parse(item)).length === 0) counts.unchanged++;
        else counts.kept++;
        break;
      }
      default:
        throw new SeedError(`example item ${id}: unexpected answer "${result.kind}"`);
    }
    onProgress(index + 1, EXAMPLE_ROADMAP.length);
  }
  return counts;
}

/** `[#####-----] 20/40`: a text progress bar of `width` cells. */
export function progressBar(done: number, total: number, width = 30): string {
  const filled = total === 0 ? width : Math.round((done / total) * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total}`;
}

/**
 * Progress on stderr: one bar redrawn in place with `\r` on a terminal; in logs and pipes (no
 * TTY, where `\r` would pile up as one endless line) a plain line every tenth item and at the end.
 */
function progressReporter(stream: NodeJS.WriteStream = process.stderr): (done: number, total: number) => void {
  return (done, total) => {
    if (stream.isTTY) stream.write(`\r${progressBar(done, total)}${done === total ? '\n' : ''}`);
    else if (done % 10 === 0 || done === total) stream.write(`${progressBar(done, total)}\n`);
  };
}

/** The storage the app would use with `config`, and how to let go of it afterwards. */
async function openStorage(config: Config): Promise<{ connectionString: string; where: string; close(): Promise<void> }> {
  if (config.storage.kind === 'external') {
    return { connectionString: config.storage.connectionString, where: 'the storage account of STORAGE_CONNECTION_STRING', close: async () => undefined };
  }
  if (config.storage.inMemory) {
    throw new SeedError('AZURITE_IN_MEMORY is on: the app keeps its data in its own memory, which this script cannot reach. Unset it (data in DATA_DIR) or set STORAGE_CONNECTION_STRING.');
  }
  const { dataDir } = config.storage;
  // Two emulators on one data folder would overwrite each other's files: use the app's if it runs.
  const running = runningEmulator(dataDir);
  if (running) return { connectionString: running, where: `the running app's emulator on ${dataDir}`, close: async () => undefined };
  const azurite: EmbeddedAzurite = await startEmbeddedAzurite({ dataDir, inMemory: false });
  return { connectionString: azurite.connectionString, where: `the embedded emulator on ${dataDir}`, close: () => azurite.close() };
}

/** The command line: configuration → storage → seed → summary. Exit 2 on a configuration error, 1 on any other failure. */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    for (const problem of err.problems) console.error(`Configuration error: ${problem}`);
    process.exitCode = 2;
    return;
  }
  let storage: Awaited<ReturnType<typeof openStorage>> | undefined;
  try {
    storage = await openStorage(config);
    console.error(`Loading the example roadmap into ${storage.where} …`);
    const counts = await seed({ connectionString: storage.connectionString, tablePrefix: config.tablePrefix, areas: roadmapAreas(config) }, progressReporter());
    console.log(`Example roadmap: created ${counts.created}, unchanged ${counts.unchanged}, kept ${counts.kept} (edited since)`);
  } catch (err) {
    const detail = err instanceof SeedError ? err.message : `storage failed: ${(err as Error)?.message ?? String(err)}`;
    console.error(`\nSeed failed: ${detail}`);
    process.exitCode = 1;
  } finally {
    await storage?.close();
  }
}

if (require.main === module) {
  main().catch((err) => {
    console.error('Seed failed:', err);
    process.exit(1);
  });
}
