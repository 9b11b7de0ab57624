/**
 * The embedded storage's data folder (issue 11, D21): it holds every ballot, person and feedback,
 * so only the app's own user may read it — also when the folder existed before with looser rights.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedAzurite } from '../../../bot/src/storage/azurite';

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('embedded Azurite data folder', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'digipuls-azurite-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('trust 21: a new data folder is created readable by its owner only (0700)', async () => {
    const dir = join(root, 'new', 'data');
    const azurite = await startEmbeddedAzurite({ dataDir: dir, inMemory: false });
    try {
      console.log(`trust 21: new data folder ${dir} has mode ${modeOf(dir).toString(8)}`);
      expect(modeOf(dir)).toBe(0o700);
      expect(modeOf(join(dir, 'azurite-endpoint.json')) & 0o077).toBe(0);
    } finally {
      await azurite.close();
    }
  });

  it('trust 21: an existing data folder readable by others is tightened to 0700', async () => {
    const dir = join(root, 'existing');
    mkdirSync(dir);
    chmodSync(dir, 0o755);
    const azurite = await startEmbeddedAzurite({ dataDir: dir, inMemory: false });
    try {
      console.log(`trust 21: existing data folder (was 755) now has mode ${modeOf(dir).toString(8)}`);
      expect(modeOf(dir)).toBe(0o700);
    } finally {
      await azurite.close();
    }
  });
});
