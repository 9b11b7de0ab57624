import { reminderDue } from '../../../bot/src/scheduling/due';

const round = { opensAt: '2026-12-01T08:00:00Z', closesAt: '2026-12-15T08:00:00Z' };

describe('reminder timing', () => {
  it('is due during the last day of a two-week round, not before and not after closing', () => {
    expect(reminderDue(round, new Date('2026-12-14T07:59:00Z'))).toBe(false);
    expect(reminderDue(round, new Date('2026-12-14T08:00:00Z'))).toBe(true);
    expect(reminderDue(round, new Date('2026-12-15T08:00:00Z'))).toBe(false);
  });

  it('is due in the last quarter of a short round', () => {
    const short = { opensAt: '2026-12-01T08:00:00Z', closesAt: '2026-12-01T16:00:00Z' };
    expect(reminderDue(short, new Date('2026-12-01T13:59:00Z'))).toBe(false);
    expect(reminderDue(short, new Date('2026-12-01T14:00:00Z'))).toBe(true);
  });
});
