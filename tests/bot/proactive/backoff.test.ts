import { parseRetryAfter, retryDelayMs } from '../../../bot/src/proactive/backoff';

describe('retry timing for the Bot Connector', () => {
  it('honours Retry-After when the server gives it (capped)', () => {
    expect(retryDelayMs(0, 2)).toBe(2000);
    expect(retryDelayMs(5, 0)).toBe(0);
    expect(retryDelayMs(0, 3600)).toBe(30_000);
  });

  it('backs off exponentially with jitter between half and the full ceiling', () => {
    expect(retryDelayMs(0, undefined, 500, 30_000, () => 0)).toBe(250);
    expect(retryDelayMs(0, undefined, 500, 30_000, () => 1)).toBe(500);
    expect(retryDelayMs(3, undefined, 500, 30_000, () => 1)).toBe(4000);
    expect(retryDelayMs(20, undefined, 500, 30_000, () => 1)).toBe(30_000);
  });

  it.each([
    ['3', 3],
    [' 0 ', 0],
    ['Wed, 21 Oct 2026 07:28:00 GMT', undefined],
    ['-1', undefined],
    [null, undefined],
  ])('reads Retry-After %j as %j seconds', (value, expected) => {
    expect(parseRetryAfter(value)).toBe(expected);
  });
});
