import { ConversationLimiter, TEAMS_CONVERSATION_LIMITS } from '../../../bot/src/proactive/rate-limit';

describe('per-conversation sliding windows (Teams: 7/1 s, 8/2 s, 60/30 s, 1,800/h)', () => {
  it('lets 7 through in a second, then waits for the oldest to leave the window', () => {
    const l = new ConversationLimiter(TEAMS_CONVERSATION_LIMITS);
    for (let i = 0; i < 7; i++) {
      expect(l.delayFor('c', 1000 + i)).toBe(0);
      l.record('c', 1000 + i);
    }
    expect(l.delayFor('c', 1010)).toBe(1000 + 1000 - 1010);
    expect(l.delayFor('other', 1010)).toBe(0);
  });

  it('never lets a simulated stream exceed any window', () => {
    const l = new ConversationLimiter(TEAMS_CONVERSATION_LIMITS);
    const sent: number[] = [];
    let now = 0;
    while (sent.length < 200) {
      const wait = l.delayFor('c', now);
      now += wait > 0 ? wait : 1;
      if (wait > 0) continue;
      l.record('c', now);
      sent.push(now);
    }
    for (const w of TEAMS_CONVERSATION_LIMITS) {
      for (const t of sent) expect(sent.filter((s) => s > t - w.ms && s <= t).length).toBeLessThanOrEqual(w.count);
    }
  });
});
