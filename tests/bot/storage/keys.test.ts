import fc from 'fast-check';
import { decodeKey, encodeKey } from '../../../bot/src/storage/keys';

describe('table keys', () => {
  it('never contains a character Azure Tables forbids, and decodes back to the original', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (raw) => {
        const key = encodeKey(raw);
        expect(key).not.toMatch(/[/\\#?\u0000-\u001f\u007f-\u009f]/);
        expect(decodeKey(key)).toBe(raw);
      }),
    );
  });

  it('rejects keys longer than 1 KiB after encoding', () => {
    expect(() => encodeKey('/'.repeat(400))).toThrow(/too long/);
  });
});
