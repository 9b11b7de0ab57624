/**
 * `npm run package`: builds the Teams app package `build/appPackage.zip` from the manifest template,
 * the language files and the icons in `manifest/`, configured by environment variables (see
 * manifest/README.md). Validates offline; on any problem prints every message and exits 1 without
 * writing a zip.
 *
 * Options: `--out <file>` writes the zip elsewhere (default: build/appPackage.zip in the repository).
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { assembleAppPackage } from './src/app-package';
import { loadEnvFile, parseSettings, readPackageVersion } from './src/env';
import { buildZip, writeZip } from './src/zip';

const DEFAULT_OUT = path.resolve(__dirname, '..', 'build', 'appPackage.zip');

const USAGE = 'Usage: tsx manifest/package.ts [--out <file>]';

function parseArgs(argv: readonly string[]): { out: string } | { error: string } | { help: true } {
  let out = DEFAULT_OUT;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') return { help: true };
    if (arg === '--out' && argv[i + 1] !== undefined) {
      out = path.resolve(argv[i + 1]);
      i += 1;
    } else if (arg.startsWith('--out=')) {
      out = path.resolve(arg.slice('--out='.length));
    } else {
      return { error: `Unknown or incomplete argument: ${arg}` };
    }
  }
  return { out };
}

/** Shows a path relative to the working directory when it lies inside it. */
function display(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Removes a zip left by an earlier run, so that a failed run never leaves a package that looks current. */
async function removeStale(out: string): Promise<void> {
  try {
    await fs.unlink(out);
    console.error(`Removed ${display(out)} from an earlier run.`);
  } catch {
    // nothing to remove
  }
}

async function fail(out: string, heading: string, errors: readonly string[]): Promise<number> {
  console.error(heading);
  for (const error of errors) console.error(`  ${error}`);
  await removeStale(out);
  return 1;
}

async function main(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv);
  if ('help' in args) {
    console.log(USAGE);
    return 0;
  }
  if ('error' in args) {
    console.error(`${args.error}\n${USAGE}`);
    return 2;
  }

  const env = loadEnvFile();
  const parsed = parseSettings(env, { appVersion: readPackageVersion() });
  if (!parsed.ok) {
    return fail(args.out, 'Cannot build the app package: check these environment variables (see manifest/README.md):', parsed.errors);
  }

  const assembled = await assembleAppPackage(parsed.settings);
  if (!assembled.ok) {
    return fail(args.out, `Cannot build the app package: ${assembled.errors.length} problem(s) found:`, assembled.errors);
  }

  await writeZip(args.out, await buildZip(assembled.entries));
  console.log(`App package written: ${display(args.out)}`);
  console.log(`  ${assembled.entries.map((entry) => entry.name).join(', ')}`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  },
);
