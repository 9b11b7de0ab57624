/**
 * Writing the app package: a flat zip of manifest.json, the language files and the icons.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';

/** One file in the app package. */
export interface PackageEntry {
  /** Path inside the zip, e.g. `manifest.json`. */
  name: string;
  data: Buffer | string;
}

/** Fixed timestamp for every entry, so that the same inputs give the same zip. */
const ENTRY_DATE = new Date(Date.UTC(2020, 0, 1));

/**
 * Zips the entries (deflated, in the given order, fixed timestamps).
 *
 * @returns the zip file's bytes.
 */
export async function buildZip(entries: readonly PackageEntry[]): Promise<Buffer> {
  const zip = new JSZip();
  for (const entry of entries) {
    zip.file(entry.name, entry.data, { date: ENTRY_DATE });
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Writes the zip to `file`, creating its folder if needed. */
export async function writeZip(file: string, zip: Buffer): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, zip);
}
