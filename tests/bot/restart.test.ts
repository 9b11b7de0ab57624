import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConversationStore } from '../../bot/src/conversations/store';
import { startEmbeddedAzurite } from '../../bot/src/storage/azurite';
import { Tables } from '../../bot/src/storage/tables';
import * as A from '../support/activities';
import { startAppProcess } from '../support/app-process';
import { RecordingConnector } from '../support/connector';

const post = (url: string, body: unknown) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('restart: the app as a process on an on-disk data folder', () => {
  let dataDir: string;
  let connector: RecordingConnector;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'digipuls-restart-'));
    connector = await new RecordingConnector().start();
  });
  afterAll(async () => {
    await connector.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps data across a stop and start, and finishes an in-flight turn on SIGTERM', async () => {
    const user = A.testUser();
    const o = { serviceUrl: connector.url };

    // First run: install (stores the reference and the welcome marker).
    const first = await startAppProcess({ DATA_DIR: dataDir });
    expect((await post(first.url, A.personalInstall(user, o))).status).toBe(200);
    await connector.waitFor(() => connector.sentTo(user.conversationId).length === 1);

    // A turn in flight when SIGTERM arrives still completes: the connector holds the reply 500 ms.
    connector.delayMs = 500;
    const inFlight = post(first.url, A.message(user, 'hilfe', o));
    await connector.waitFor(() => connector.pending > 0);
    const exitCode = await first.stop('SIGTERM');
    expect((await inFlight).status).toBe(200);
    expect(exitCode).toBe(0);
    expect(first.output()).toContain('"msg":"stopped"');
    connector.delayMs = 0;
    expect(connector.sentTo(user.conversationId)).toHaveLength(2);

    // The data is on disk: read it with a separate Azurite on the same folder.
    const azurite = await startEmbeddedAzurite({ dataDir, inMemory: false });
    try {
      const stored = await new ConversationStore(new Tables(azurite.connectionString, 'digipuls')).get(user.conversationId);
      expect(stored).toMatchObject({ kind: 'personal', userAadObjectId: user.aadObjectId });
    } finally {
      await azurite.close();
    }

    // Second run on the same folder: the install is remembered, so a redelivered install does not greet again.
    const second = await startAppProcess({ DATA_DIR: dataDir });
    try {
      expect((await post(second.url, A.personalInstall(user, o))).status).toBe(200);
      expect((await post(second.url, A.message(user, 'hilfe', o))).status).toBe(200);
      await connector.waitFor(() => connector.sentTo(user.conversationId).length === 3);
      // Exactly one more message (the help card), no second welcome.
      await new Promise((r) => setTimeout(r, 200));
      expect(connector.sentTo(user.conversationId)).toHaveLength(3);
    } finally {
      expect(await second.stop()).toBe(0);
    }
  });
});
