import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve, join } from 'node:path';
// Deep imports: the azurite package root pulls in `vscode` and cannot be required outside VS Code.
import TableServer from 'azurite/dist/src/table/TableServer';
import TableConfiguration from 'azurite/dist/src/table/TableConfiguration';
import QueueServer from 'azurite/dist/src/queue/QueueServer';
import QueueConfiguration from 'azurite/dist/src/queue/QueueConfiguration';

/** The well-known Azurite development account (public, documented in the Azurite README). */
export const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** A running embedded Azurite (tables and queues). */
export interface EmbeddedAzurite {
  /** Connection string for @azure/data-tables and @azure/storage-queue. */
  connectionString: string;
  tablePort: number;
  queuePort: number;
  /** Stops both servers; on-disk data is flushed first. */
  close(): Promise<void>;
}

/** Options for {@link startEmbeddedAzurite}. */
export interface EmbeddedAzuriteOptions {
  /** Folder for the on-disk databases; ignored when `inMemory`. */
  dataDir: string;
  /** Keep everything in memory (tests); nothing survives a restart. */
  inMemory: boolean;
}

/**
 * Starts Azurite's table and queue servers inside this process on free loopback ports.
 * In-process because it starts in milliseconds, needs no second command and stops with the app.
 */
export async function startEmbeddedAzurite(opts: EmbeddedAzuriteOptions): Promise<EmbeddedAzurite> {
  const dir = resolve(opts.dataDir);
  if (!opts.inMemory) ownerOnlyFolder(dir);
  const host = '127.0.0.1';

  // Positional constructor: host, port, keepAlive, db path, debug log off, access log off, …,
  // skipApiVersionCheck (the SDK may be newer than the emulator), …, in-memory flag.
  const tableConfig = new TableConfiguration(
    host, 0, undefined, join(dir, '__azurite_db_table__.json'),
    false, false, undefined, undefined, false, true, '', '', '', undefined, false, opts.inMemory,
  );
  const queueConfig = new QueueConfiguration(
    host, 0, undefined, join(dir, '__azurite_db_queue__.json'), join(dir, '__azurite_db_queue_extent__.json'),
    [{ locationId: 'Default', locationPath: join(dir, '__queuestorage__'), maxConcurrency: 1 }],
    false, undefined, false, undefined, false, true, '', '', '', undefined, false, opts.inMemory,
  );
  const tables = new TableServer(tableConfig);
  const queues = new QueueServer(queueConfig);
  await tables.start();
  try {
    await queues.start();
  } catch (err) {
    await tables.close();
    throw err;
  }
  const portOf = (s: { getHttpServerAddress(): string }) => Number(new URL(s.getHttpServerAddress()).port);
  const tablePort = portOf(tables);
  const queuePort = portOf(queues);
  const connectionString =
    `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};` +
    `TableEndpoint=http://${host}:${tablePort}/${DEV_ACCOUNT};QueueEndpoint=http://${host}:${queuePort}/${DEV_ACCOUNT};`;

  // Tell other local tools (`npm run seed`) where this running emulator listens: two emulators on
  // one data folder would overwrite each other's files.
  const endpointFile = join(dir, ENDPOINT_FILE);
  if (!opts.inMemory) writeFileSync(endpointFile, JSON.stringify({ pid: process.pid, connectionString }), { mode: 0o600 });

  let closed = false;
  return {
    connectionString,
    tablePort,
    queuePort,
    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled([queues.close(), tables.close()]);
      if (!opts.inMemory) rmSync(endpointFile, { force: true });
    },
  };
}

/**
 * Creates the data folder readable by its owner only (0700), and tightens it when it exists with
 * looser rights: it holds every ballot, person and feedback, so other accounts on the machine must
 * not read the emulator's files (Azurite writes them with the default umask, often world-readable).
 */
function ownerOnlyFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
}

/** File in the data folder naming the connection string of the app's running emulator. */
export const ENDPOINT_FILE = 'azurite-endpoint.json';

/**
 * The connection string of an emulator that a running app started on `dataDir`, or undefined
 * when none runs there (no file, or its process is gone).
 */
export function runningEmulator(dataDir: string): string | undefined {
  try {
    const { pid, connectionString } = JSON.parse(readFileSync(join(resolve(dataDir), ENDPOINT_FILE), 'utf8')) as { pid: number; connectionString: string };
    process.kill(pid, 0); // throws when no such process
    return connectionString;
  } catch {
    return undefined;
  }
}
