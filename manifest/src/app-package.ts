/**
 * Settings + source folder → checked app package entries. Reads the template, language files and
 * icons from the source folder; writes nothing.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { PackageSettings } from './env';
import { checkColorIcon, checkOutlineIcon } from './icons';
import { checkTranslations } from './localization';
import { referencedFiles, renderTemplate, TemplateError, type JsonValue } from './render';
import { validateLocalization, validateManifest } from './validate';
import type { PackageEntry } from './zip';

/** The folder holding the manifest template, language files and icons (`manifest/`). */
export const MANIFEST_DIR = path.resolve(__dirname, '..');

/** File name of the manifest template inside {@link MANIFEST_DIR}. */
export const TEMPLATE_FILE = 'manifest.template.json';

/** Result of {@link assembleAppPackage}: the zip entries, or every problem found. */
export type AssembleResult =
  | { ok: true; manifest: JsonValue; entries: PackageEntry[] }
  | { ok: false; errors: string[] };

/** Reads a file of the source folder; a problem becomes a message in `errors` instead of an exception. */
async function readSource(sourceDir: string, file: string, errors: string[]): Promise<Buffer | undefined> {
  if (path.isAbsolute(file) || file.split(/[\\/]/).includes('..')) {
    errors.push(`${file}: must be a relative path inside the package`);
    return undefined;
  }
  try {
    return await fs.readFile(path.join(sourceDir, file));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : (error as Error).message;
    errors.push(`${file}: referenced by manifest.json but cannot be read from ${sourceDir} (${reason})`);
    return undefined;
  }
}

function parseJson(file: string, data: Buffer, errors: string[]): JsonValue | undefined {
  try {
    return JSON.parse(data.toString('utf8')) as JsonValue;
  } catch (error) {
    errors.push(`${file}: is not valid JSON (${(error as Error).message})`);
    return undefined;
  }
}

function render(file: string, template: JsonValue, settings: PackageSettings, errors: string[]): JsonValue | undefined {
  try {
    return renderTemplate(template, settings);
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    errors.push(`${file}: ${error.message}`);
    return undefined;
  }
}

/**
 * Renders the manifest and language files from `sourceDir` with `settings` and checks everything:
 * schemas (offline), translations, icon sizes and the outline icon's transparency.
 *
 * @returns the package entries (`manifest.json`, language files, icons) or every error found.
 */
export async function assembleAppPackage(settings: PackageSettings, sourceDir: string = MANIFEST_DIR): Promise<AssembleResult> {
  const errors: string[] = [];
  const templateData = await readSource(sourceDir, TEMPLATE_FILE, errors);
  const template = templateData && parseJson(TEMPLATE_FILE, templateData, errors);
  const manifest = template === undefined ? undefined : render(TEMPLATE_FILE, template, settings, errors);
  if (manifest === undefined) return { ok: false, errors };

  errors.push(...(await validateManifest(manifest)));
  const manifestVersion = (manifest as { manifestVersion?: unknown }).manifestVersion;
  const entries: PackageEntry[] = [{ name: 'manifest.json', data: `${JSON.stringify(manifest, null, 2)}\n` }];
  const files = referencedFiles(manifest);

  for (const file of files.languageFiles) {
    const data = await readSource(sourceDir, file, errors);
    const parsed = data && parseJson(file, data, errors);
    const localization = parsed === undefined ? undefined : render(file, parsed, settings, errors);
    if (localization === undefined) continue;
    if (typeof manifestVersion === 'string') {
      errors.push(...(await validateLocalization(file, localization, manifestVersion)));
    }
    errors.push(...checkTranslations(file, manifest, localization));
    entries.push({ name: file, data: `${JSON.stringify(localization, null, 2)}\n` });
  }

  const iconChecks: Array<[string | undefined, (file: string, png: Buffer) => string[]]> = [
    [files.colorIcon, checkColorIcon],
    [files.outlineIcon, checkOutlineIcon],
  ];
  for (const [file, check] of iconChecks) {
    if (file === undefined) continue; // the schema already reports a missing icon
    const png = await readSource(sourceDir, file, errors);
    if (png === undefined) continue;
    errors.push(...check(file, png));
    entries.push({ name: file, data: png });
  }

  return errors.length > 0 ? { ok: false, errors } : { ok: true, manifest, entries };
}
