import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkColorIcon, checkOutlineIcon } from '../../manifest/src/icons';
import { decodePng, PngError, readPngHeader } from '../../manifest/src/png';
import { makePng } from './fixtures';

const MANIFEST_DIR = path.resolve(__dirname, '..', '..', 'manifest');
const colorPng = readFileSync(path.join(MANIFEST_DIR, 'color.png'));
const outlinePng = readFileSync(path.join(MANIFEST_DIR, 'outline.png'));

const WHITE: [number, number, number, number] = [255, 255, 255, 255];
const CLEAR: [number, number, number, number] = [0, 0, 0, 0];
/** A 32×32 white square on a transparent background: a valid outline icon. */
const square = (x: number, y: number) => (x >= 8 && x < 24 && y >= 8 && y < 24 ? WHITE : CLEAR);

describe('the committed icons', () => {
  it('color.png is a 192×192 PNG', () => {
    expect(readPngHeader(colorPng)).toMatchObject({ width: 192, height: 192 });
    expect(checkColorIcon('color.png', colorPng)).toEqual([]);
  });

  it('outline.png is a 32×32 PNG, white on transparent', () => {
    expect(readPngHeader(outlinePng)).toMatchObject({ width: 32, height: 32, colorType: 6 });
    expect(checkOutlineIcon('outline.png', outlinePng)).toEqual([]);
  });
});

describe('decodePng', () => {
  it('reads back the pixels it was given, across filtered rows', () => {
    const paint = (x: number, y: number): [number, number, number, number] => [x * 10, y * 20, (x + y) % 256, 200 - x];
    const image = decodePng(makePng(5, 4, paint));
    expect(image.width).toBe(5);
    expect(image.height).toBe(4);
    expect(Array.from(image.pixels.subarray((2 * 5 + 3) * 4, (2 * 5 + 3) * 4 + 4))).toEqual(paint(3, 2));
  });

  it('decodes the RGB colour icon as opaque', () => {
    const image = decodePng(colorPng);
    expect(image.pixels[3]).toBe(255);
  });

  it('rejects data that is not a PNG', () => {
    expect(() => readPngHeader(Buffer.from('GIF89a not a png'))).toThrow(PngError);
  });
});

describe('icon checks', () => {
  it('accepts a white-on-transparent 32×32 outline icon', () => {
    expect(checkOutlineIcon('outline.png', makePng(32, 32, square))).toEqual([]);
  });

  it('names the file, its size and the size expected', () => {
    expect(checkColorIcon('color.png', makePng(96, 96, () => WHITE))).toEqual(['color.png: is 96×96 pixels, expected 192×192']);
    expect(checkOutlineIcon('outline.png', makePng(20, 32, square))).toEqual(['outline.png: is 20×32 pixels, expected 32×32']);
  });

  it('rejects an outline icon without transparency', () => {
    expect(checkOutlineIcon('outline.png', makePng(32, 32, () => WHITE))).toEqual([
      'outline.png: has no transparent pixels; the outline icon must be white on a transparent background',
    ]);
  });

  it('rejects an outline icon with coloured pixels and says where', () => {
    const paint = (x: number, y: number): [number, number, number, number] => (x === 10 && y === 12 ? [27, 94, 155, 255] : square(x, y));
    expect(checkOutlineIcon('outline.png', makePng(32, 32, paint))).toEqual([
      'outline.png: 1 visible pixel(s) are not white (first at x=10, y=12: rgba(27, 94, 155, 255)); the outline icon must be white only',
    ]);
  });

  it('tolerates faint edge pixels of any colour', () => {
    const paint = (x: number, y: number): [number, number, number, number] => (x === 0 && y === 0 ? [0, 0, 0, 8] : square(x, y));
    expect(checkOutlineIcon('outline.png', makePng(32, 32, paint))).toEqual([]);
  });

  it('reports a file that is not a PNG', () => {
    expect(checkColorIcon('color.png', Buffer.from('<svg/>'))).toEqual(['color.png: cannot be read as PNG (not a PNG file)']);
  });
});
