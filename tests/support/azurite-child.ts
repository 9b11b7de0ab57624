/**
 * Runs an in-memory Azurite (tables + queues) as its own process and prints its connection string
 * as one JSON line; stops on SIGTERM. Started by azurite-process.ts.
 */
import { startEmbeddedAzurite } from '../../bot/src/storage/azurite';

void (async () => {
  const azurite = await startEmbeddedAzurite({ dataDir: '', inMemory: true });
  process.stdout.write(`${JSON.stringify({ connectionString: azurite.connectionString })}\n`);
  const stop = () => void azurite.close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
})();
