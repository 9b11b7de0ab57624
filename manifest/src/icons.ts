/**
 * Icon checks the manifest schema cannot express: the sizes Teams requires and, for the outline
 * icon, white on a transparent background.
 */
import { decodePng, PngError, readPngHeader } from './png';

/** Size in pixels Teams requires for the colour icon. */
export const COLOR_ICON_SIZE = 192;
/** Size in pixels Teams requires for the outline icon. */
export const OUTLINE_ICON_SIZE = 32;

/** Pixels at least this opaque must be white in the outline icon (fainter ones are edge smoothing). */
const VISIBLE_ALPHA = 16;
/** The lowest channel value still counted as white (allows for rounding in anti-aliased edges). */
const WHITE_MIN = 240;

function sizeError(file: string, png: Buffer, size: number): string | undefined {
  try {
    const { width, height } = readPngHeader(png);
    if (width === size && height === size) return undefined;
    return `${file}: is ${width}×${height} pixels, expected ${size}×${size}`;
  } catch (error) {
    return `${file}: cannot be read as PNG (${(error as Error).message})`;
  }
}

/**
 * Checks the colour icon: a PNG of 192×192 pixels.
 *
 * @returns one message per problem; empty when the icon is fine.
 */
export function checkColorIcon(file: string, png: Buffer): string[] {
  const error = sizeError(file, png, COLOR_ICON_SIZE);
  return error === undefined ? [] : [error];
}

/**
 * Checks the outline icon: a PNG of 32×32 pixels with transparent pixels, whose visible pixels are all white.
 *
 * @returns one message per problem; empty when the icon is fine.
 */
export function checkOutlineIcon(file: string, png: Buffer): string[] {
  const error = sizeError(file, png, OUTLINE_ICON_SIZE);
  if (error !== undefined) return [error];
  let image;
  try {
    image = decodePng(png);
  } catch (decodeError) {
    const reason = decodeError instanceof PngError ? decodeError.message : String(decodeError);
    return [`${file}: cannot check its pixels (${reason})`];
  }
  const errors: string[] = [];
  let transparent = 0;
  let notWhite = 0;
  let firstNotWhite = '';
  for (let i = 0; i < image.width * image.height; i += 1) {
    const [r, g, b, a] = image.pixels.subarray(i * 4, i * 4 + 4);
    if (a === 0) transparent += 1;
    if (a >= VISIBLE_ALPHA && Math.min(r, g, b) < WHITE_MIN) {
      notWhite += 1;
      if (firstNotWhite === '') {
        firstNotWhite = `x=${i % image.width}, y=${Math.floor(i / image.width)}: rgba(${r}, ${g}, ${b}, ${a})`;
      }
    }
  }
  if (transparent === 0) {
    errors.push(`${file}: has no transparent pixels; the outline icon must be white on a transparent background`);
  }
  if (notWhite > 0) {
    errors.push(`${file}: ${notWhite} visible pixel(s) are not white (first at ${firstNotWhite}); the outline icon must be white only`);
  }
  return errors;
}
