/**
 * The tab's one set of number and date formats (tab/src/format.ts): German with the decimal comma,
 * English as in the UK on every page (day before month, 24-hour time).
 */
import {
  formatCount,
  formatDate,
  formatDateTime,
  formatDay,
  formatDelta,
  formatEuro,
  formatLevel,
  formatMean,
  formatScore,
  formatShare,
} from '../../tab/src/format';

/** Intl puts (narrow) no-break spaces into some formats; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('numbers per language', () => {
  it('formats means, shares, scores and counts', () => {
    expect(formatMean(3.86, 'de')).toBe('3,9');
    expect(formatMean(4, 'en')).toBe('4.0');
    expect(plain(formatShare(0.71, 'de'))).toBe('71 %');
    expect(formatShare(0.71, 'en')).toBe('71%');
    expect(formatScore(21, 'en')).toBe('+21');
    expect(formatScore(0, 'de')).toBe('0');
    expect(formatScore(-7, 'de')).toMatch(/^[-−]7$/);
    expect(formatCount(1234, 'de')).toBe('1.234');
    expect(formatCount(1234, 'en')).toBe('1,234');
  });

  it('writes levels with one or two decimals, and changes with their sign', () => {
    expect([formatLevel(2.5, 'de'), formatLevel(2.46, 'de'), formatLevel(3, 'de'), formatLevel(2.5, 'en')]).toEqual(['2,5', '2,46', '3,0', '2.5']);
    expect([formatDelta(0.4, 'de'), formatDelta(-0.25, 'de'), formatDelta(0, 'en')]).toEqual(['+0,40', '−0,25', '0.00']);
  });

  it('formats euros (German, British English)', () => {
    expect(plain(formatEuro(48_000, 'de'))).toBe('48.000 €');
    expect(formatEuro(1_250_000, 'en')).toBe('€1,250,000');
  });
});

describe('dates per language', () => {
  it('writes a calendar day the same way on every page', () => {
    expect(formatDay('2025-03-01', 'de')).toBe('01.03.2025');
    expect(formatDay('2025-03-01', 'en')).toBe('1 Mar 2025');
    const noon = new Date(2026, 5, 30, 12).toISOString();
    expect(formatDate(noon, 'de')).toBe('30.06.2026');
    // One English date format everywhere (the results page once wrote "Jun 30, 2026").
    expect(formatDate(noon, 'en')).toBe('30 Jun 2026');
  });

  it('formats times', () => {
    const at = new Date(2027, 0, 15, 9, 5).toISOString();
    expect(formatDateTime(at, 'de')).toBe('15.01.2027, 09:05');
    expect(formatDateTime(at, 'en')).toBe('15 Jan 2027, 09:05');
  });

  it('shows what it cannot read as it came', () => {
    expect(formatDateTime('not a date', 'de')).toBe('not a date');
    expect(formatDate('not a date', 'en')).toBe('not a date');
    expect(formatDay('someday', 'de')).toBe('someday');
  });
});
