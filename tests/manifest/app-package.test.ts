import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { assembleAppPackage, MANIFEST_DIR } from '../../manifest/src/app-package';
import { VALID_SETTINGS } from './fixtures';

// See render.test.ts: strip-bom 5 is an ES module Jest cannot require on Node 20.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, '') }));

/** Copies the package sources to a temporary folder so that a test can break them. */
async function copySources(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'digipuls-manifest-'));
  for (const file of ['manifest.template.json', 'en.json', 'color.png', 'outline.png']) {
    await fs.copyFile(path.join(MANIFEST_DIR, file), path.join(dir, file));
  }
  return dir;
}

async function editJson(file: string, edit: (json: Record<string, any>) => void): Promise<void> {
  const json = JSON.parse(await fs.readFile(file, 'utf8')) as Record<string, any>;
  edit(json);
  await fs.writeFile(file, JSON.stringify(json));
}

describe('assembleAppPackage', () => {
  it('returns manifest, language file and both icons for the committed sources', async () => {
    const result = await assembleAppPackage(VALID_SETTINGS);
    if (!result.ok) throw new Error(result.errors.join('\n'));
    expect(result.entries.map((entry) => entry.name)).toEqual(['manifest.json', 'en.json', 'color.png', 'outline.png']);
    expect(JSON.parse(String(result.entries[0].data))).toEqual(result.manifest);
  });

  it('collects every problem of broken sources instead of stopping at the first', async () => {
    const dir = await copySources();
    try {
      await editJson(path.join(dir, 'manifest.template.json'), (manifest) => {
        manifest.name.short = 'DigiPuls – Digitalisierungsprogramm';
        manifest.bots[0].commandLists[0].commands.push({ title: 'fahrplan', description: 'Zeigt den Fahrplan.' });
      });
      await editJson(path.join(dir, 'en.json'), (english) => {
        english['description.short'] = 'x'.repeat(81);
      });
      await fs.copyFile(path.join(dir, 'color.png'), path.join(dir, 'outline.png'));

      const result = await assembleAppPackage(VALID_SETTINGS, dir);
      expect(result.ok).toBe(false);
      const errors = result.ok ? [] : result.errors;
      expect(errors).toEqual([
        expect.stringMatching(/^manifest\.json: \/name\/short must NOT have more than 30 characters/),
        expect.stringMatching(/^en\.json: \/description\.short must NOT have more than 80 characters/),
        'en.json: no translation for "bots[0].commandLists[0].commands[4].title"',
        'en.json: no translation for "bots[0].commandLists[0].commands[4].description"',
        'outline.png: is 192×192 pixels, expected 32×32',
      ]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing referenced file and an unknown placeholder', async () => {
    const dir = await copySources();
    try {
      await fs.rm(path.join(dir, 'en.json'));
      await editJson(path.join(dir, 'manifest.template.json'), (manifest) => {
        manifest.developer.mpnId = '${MPN_ID}';
      });
      const result = await assembleAppPackage(VALID_SETTINGS, dir);
      expect(result).toEqual({ ok: false, errors: ['manifest.template.json: Unknown template placeholder(s): ${MPN_ID}'] });

      await editJson(path.join(dir, 'manifest.template.json'), (manifest) => {
        delete manifest.developer.mpnId;
      });
      const second = await assembleAppPackage(VALID_SETTINGS, dir);
      expect(second.ok ? [] : second.errors).toEqual([
        expect.stringMatching(/^en\.json: referenced by manifest\.json but cannot be read from .* \(file not found\)$/),
      ]);
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });
});
