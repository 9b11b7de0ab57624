/** Shared test data for the manifest packaging tests: a valid environment and a tiny PNG writer. */
import { deflateSync } from 'node:zlib';
import type { PackageSettings } from '../../manifest/src/env';

/** A complete, valid set of the required variables (optional ones fall back to their defaults). */
export const VALID_ENV = {
  TEAMS_APP_ID: '3f2b8a51-6c1d-4e8f-9a0b-1c2d3e4f5a6b',
  MICROSOFT_APP_ID: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b',
  PUBLIC_URL: 'https://digipuls.example.org',
} as const;

/** Settings as parseSettings returns them for VALID_ENV and version 1.2.3. */
export const VALID_SETTINGS: PackageSettings = {
  teamsAppId: VALID_ENV.TEAMS_APP_ID,
  botId: VALID_ENV.MICROSOFT_APP_ID,
  publicUrl: 'https://digipuls.example.org',
  publicHost: 'digipuls.example.org',
  ssoClientId: VALID_ENV.MICROSOFT_APP_ID,
  ssoApplicationIdUri: `api://digipuls.example.org/${VALID_ENV.MICROSOFT_APP_ID}`,
  appVersion: '1.2.3',
  developer: {
    name: 'Ostwestfalen-Lippe-IT',
    websiteUrl: 'https://digipuls.example.org/tab/index.html',
    privacyUrl: 'https://digipuls.example.org/tab/index.html#privacy',
    termsOfUseUrl: 'https://digipuls.example.org/tab/index.html#privacy',
  },
};

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of data) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/**
 * Writes an 8-bit RGBA PNG whose pixel (x, y) has the colour `paint(x, y)`. Rows alternate the
 * filter types 0 (none) and 1 (sub), so the decoder's unfiltering is exercised too.
 */
export function makePng(width: number, height: number, paint: (x: number, y: number) => [number, number, number, number]): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const stride = width * 4;
  const rows = Buffer.alloc(height * (stride + 1));
  for (let y = 0; y < height; y += 1) {
    const filter = y % 2; // alternate "none" and "sub" rows
    rows[y * (stride + 1)] = filter;
    for (let x = 0; x < width; x += 1) {
      const pixel = paint(x, y);
      const left = x > 0 ? paint(x - 1, y) : [0, 0, 0, 0];
      for (let c = 0; c < 4; c += 1) {
        rows[y * (stride + 1) + 1 + x * 4 + c] = filter === 1 ? (pixel[c] - left[c]) & 0xff : pixel[c];
      }
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
