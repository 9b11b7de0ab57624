/**
 * Runs the packaging CLI as `npm run package` does (tsx manifest/package.ts), in a temporary working
 * directory so that a developer's own .env or build/ folder cannot leak into the test.
 */
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { readPngHeader } from '../../manifest/src/png';
import { validateManifest } from '../../manifest/src/validate';
import { VALID_ENV } from './fixtures';

// See render.test.ts: strip-bom 5 is an ES module Jest cannot require on Node 20.
jest.mock('strip-bom', () => ({ __esModule: true, default: (text: string) => text.replace(/^\uFEFF/, '') }));

const SCRIPT = path.resolve(__dirname, '..', '..', 'manifest', 'package.ts');
const TSX_CLI = require.resolve('tsx/cli');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the CLI with exactly the given variables (plus PATH/HOME), so the caller's environment does not leak in. */
function runCli(cwd: string, env: Record<string, string>, args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX_CLI, SCRIPT, ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

describe('npm run package (manifest/package.ts)', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'digipuls-package-'));
  });

  afterEach(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('writes a zip with the manifest, the English file and both icons in their sizes', async () => {
    // PUBLIC_URL and DEVELOPER_NAME come from .env; TEAMS_APP_ID is set in both, and the environment wins.
    await fs.writeFile(
      path.join(dir, '.env'),
      ['PUBLIC_URL=https://digipuls.leopoldshoehe.example', 'DEVELOPER_NAME=Gemeinde Leopoldshöhe', 'TEAMS_APP_ID=00000000-0000-0000-0000-000000000000'].join('\n'),
    );
    const out = path.join(dir, 'out', 'appPackage.zip');
    const run = await runCli(dir, { TEAMS_APP_ID: VALID_ENV.TEAMS_APP_ID, MICROSOFT_APP_ID: VALID_ENV.MICROSOFT_APP_ID }, ['--out', out]);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`App package written: ${path.join('out', 'appPackage.zip')}`);

    const zip = await JSZip.loadAsync(await fs.readFile(out));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.id).toBe(VALID_ENV.TEAMS_APP_ID);
    expect(manifest.developer.name).toBe('Gemeinde Leopoldshöhe');
    expect(manifest.validDomains).toEqual(['digipuls.leopoldshoehe.example']);
    await expect(validateManifest(manifest)).resolves.toEqual([]);
    const english = JSON.parse(await zip.file('en.json')!.async('string'));
    expect(english['bots[0].commandLists[0].commands[0].title']).toBe('help');
    expect(readPngHeader(await zip.file('color.png')!.async('nodebuffer'))).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(await zip.file('outline.png')!.async('nodebuffer'))).toMatchObject({ width: 32, height: 32 });
  });

  it('exits 1 with one line per wrong variable and leaves no zip behind', async () => {
    const out = path.join(dir, 'appPackage.zip');
    await fs.writeFile(out, 'zip from an earlier run');
    const run = await runCli(dir, { TEAMS_APP_ID: 'digipuls', MICROSOFT_APP_ID: VALID_ENV.MICROSOFT_APP_ID, PUBLIC_URL: 'http://digipuls.example.org' }, [
      `--out=${out}`,
    ]);

    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('  TEAMS_APP_ID: expected a GUID such as 00000000-0000-0000-0000-000000000000 (got "digipuls")\n');
    expect(run.stderr).toContain('  PUBLIC_URL: expected an https:// URL such as https://digipuls.example.org (got "http://digipuls.example.org")\n');
    expect(await exists(out)).toBe(false);
  });
});
