/**
 * Just enough PNG reading to check app icons: the header (size, colour type) and, for 8-bit
 * non-interlaced images, the pixels as RGBA. No dependencies beyond node:zlib.
 */
import { inflateSync } from 'node:zlib';

/** Thrown when data is not a PNG this module can read. */
export class PngError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PngError';
  }
}

/** The fields of a PNG's IHDR chunk that matter for icon checks. */
export interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  /** 0 grey, 2 RGB, 3 palette, 4 grey + alpha, 6 RGBA. */
  colorType: number;
  interlaced: boolean;
}

/** A decoded image: `pixels` holds width × height × 4 bytes, RGBA, row by row. */
export interface RgbaImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

interface Chunk {
  type: string;
  data: Buffer;
}

function* chunks(png: Buffer): Generator<Chunk> {
  if (png.length < 8 || !png.subarray(0, 8).equals(SIGNATURE)) throw new PngError('not a PNG file');
  let offset = 8;
  while (offset + 8 <= png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const end = offset + 8 + length;
    if (end + 4 > png.length) throw new PngError(`truncated ${type} chunk`);
    yield { type, data: png.subarray(offset + 8, end) };
    if (type === 'IEND') return;
    offset = end + 4;
  }
  throw new PngError('missing IEND chunk');
}

/**
 * Reads width, height and colour type from the IHDR chunk, which the PNG format requires to come first.
 *
 * @throws {@link PngError} if the data does not start like a PNG.
 */
export function readPngHeader(png: Buffer): PngHeader {
  const first = chunks(png).next();
  if (first.done || first.value.type !== 'IHDR' || first.value.data.length < 13) {
    throw new PngError('missing IHDR chunk');
  }
  const ihdr = first.value.data;
  return {
    width: ihdr.readUInt32BE(0),
    height: ihdr.readUInt32BE(4),
    bitDepth: ihdr[8],
    colorType: ihdr[9],
    interlaced: ihdr[12] === 1,
  };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

/** Reverses the per-row filters of 8-bit image data and returns the raw samples. */
function unfilter(data: Buffer, width: number, height: number, bpp: number): Uint8Array {
  const stride = width * bpp;
  if (data.length < height * (stride + 1)) throw new PngError('image data is shorter than the image size');
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y += 1) {
    const filter = data[y * (stride + 1)];
    const row = y * stride;
    const prev = row - stride;
    for (let x = 0; x < stride; x += 1) {
      const raw = data[y * (stride + 1) + 1 + x];
      const a = x >= bpp ? out[row + x - bpp] : 0;
      const b = y > 0 ? out[prev + x] : 0;
      const c = x >= bpp && y > 0 ? out[prev + x - bpp] : 0;
      let predictor: number;
      switch (filter) {
        case 0: predictor = 0; break;
        case 1: predictor = a; break;
        case 2: predictor = b; break;
        case 3: predictor = (a + b) >> 1; break;
        case 4: predictor = paeth(a, b, c); break;
        default: throw new PngError(`unknown filter type ${filter} in row ${y}`);
      }
      out[row + x] = (raw + predictor) & 0xff;
    }
  }
  return out;
}

/**
 * Decodes a PNG to RGBA pixels. Supports what icon tools and Chromium write: bit depth 8,
 * no interlacing, colour types grey, RGB, palette, grey + alpha and RGBA (with `tRNS` transparency).
 *
 * @throws {@link PngError} for malformed data or an unsupported variant (the message says which).
 */
export function decodePng(png: Buffer): RgbaImage {
  const header = readPngHeader(png);
  const channels = CHANNELS[header.colorType];
  if (channels === undefined) throw new PngError(`unknown colour type ${header.colorType}`);
  if (header.bitDepth !== 8 || header.interlaced) {
    throw new PngError(`only 8-bit non-interlaced PNGs can be checked (this one: ${header.bitDepth}-bit${header.interlaced ? ', interlaced' : ''})`);
  }
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  const idat: Buffer[] = [];
  for (const chunk of chunks(png)) {
    if (chunk.type === 'PLTE') palette = chunk.data;
    else if (chunk.type === 'tRNS') transparency = chunk.data;
    else if (chunk.type === 'IDAT') idat.push(chunk.data);
  }
  if (header.colorType === 3 && palette === undefined) throw new PngError('palette image without PLTE chunk');
  const samples = unfilter(inflateSync(Buffer.concat(idat)), header.width, header.height, channels);
  const count = header.width * header.height;
  const pixels = new Uint8Array(count * 4);
  for (let i = 0; i < count; i += 1) {
    const s = i * channels;
    let rgba: [number, number, number, number];
    switch (header.colorType) {
      case 0: {
        const g = samples[s];
        const transparent = transparency !== undefined && transparency.length >= 2 && transparency.readUInt16BE(0) === g;
        rgba = [g, g, g, transparent ? 0 : 255];
        break;
      }
      case 2: {
        const [r, g, b] = [samples[s], samples[s + 1], samples[s + 2]];
        const transparent =
          transparency !== undefined &&
          transparency.length >= 6 &&
          transparency.readUInt16BE(0) === r &&
          transparency.readUInt16BE(2) === g &&
          transparency.readUInt16BE(4) === b;
        rgba = [r, g, b, transparent ? 0 : 255];
        break;
      }
      case 3: {
        const index = samples[s];
        const p = palette as Buffer;
        rgba = [p[index * 3], p[index * 3 + 1], p[index * 3 + 2], transparency?.[index] ?? 255];
        break;
      }
      case 4:
        rgba = [samples[s], samples[s], samples[s], samples[s + 1]];
        break;
      default:
        rgba = [samples[s], samples[s + 1], samples[s + 2], samples[s + 3]];
    }
    pixels.set(rgba, i * 4);
  }
  return { width: header.width, height: header.height, pixels };
}
