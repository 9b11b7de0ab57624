import { FeedbackService, type Feedback } from '../../../../bot/src/features/feedback/service';
import { ConcurrencyError } from '../../../../bot/src/storage/errors';

/** An in-memory store with the three calls the service makes. */
function memoryStore(items: Feedback[] = []) {
  return {
    items,
    async create(f: Omit<Feedback, 'etag'>): Promise<'created' | 'duplicate'> {
      if (items.some((x) => x.id === f.id)) return 'duplicate';
      items.push({ ...f, etag: 'e1' });
      return 'created';
    },
    async list(): Promise<Feedback[]> {
      return items.map((x) => ({ ...x }));
    },
    async answer(id: string, etag: string, a: { answer: string; topic?: string; at: string }): Promise<boolean> {
      const item = items.find((x) => x.id === id);
      if (!item) return false;
      if (item.etag !== etag) throw new ConcurrencyError('changed', id);
      Object.assign(item, { answer: a.answer, answeredAt: a.at, etag: 'e2', ...(a.topic !== undefined && { topic: a.topic }) });
      return true;
    },
  };
}

const NOW = new Date('2026-12-03T15:42:10Z');
const ID = '0b6f4c8e-6a51-4b0e-9d3e-1b2c3d4e5f60';

describe('FeedbackService', () => {
  it('stores a sent card once, with the day only, and refuses an empty or too long text', async () => {
    const store = memoryStore();
    const feedback = new FeedbackService(store, () => NOW);
    expect(await feedback.send({ submissionId: ID, text: '  mehr Schulungen ', mayPublish: false, lang: 'de' })).toEqual({ kind: 'created' });
    expect(await feedback.send({ submissionId: ID, text: 'mehr Schulungen', mayPublish: false, lang: 'de' })).toEqual({ kind: 'duplicate' });
    expect(store.items).toEqual([expect.objectContaining({ text: 'mehr Schulungen', receivedAt: '2026-12-03' })]);
    expect(await feedback.send({ submissionId: ID, text: '   ', mayPublish: false, lang: 'de' })).toEqual({ kind: 'invalid', problem: { code: 'empty' } });
    expect(await feedback.send({ submissionId: ID, text: 'x'.repeat(1001), mayPublish: false, lang: 'de' })).toEqual({ kind: 'invalid', problem: { code: 'too-long', length: 1001, max: 1000 } });
  });

  it('answers only with a neutral topic when the text is private, and reports a stale etag as a conflict', async () => {
    const store = memoryStore([{ id: 'a', text: 'geheim', mayPublish: false, lang: 'de', receivedAt: '2026-12-01', etag: 'e1' }]);
    const feedback = new FeedbackService(store, () => NOW);
    expect(await feedback.answer('nope', { answer: 'Ja', etag: 'e1' })).toEqual({ kind: 'not-found' });
    expect(await feedback.answer('a', { answer: 'Ja', etag: 'e1' })).toEqual({ kind: 'needs-topic' });
    expect(await feedback.answer('a', { answer: 'Ja', topic: 'Schulungen', etag: 'e0' })).toEqual({ kind: 'conflict' });
    const ok = await feedback.answer('a', { answer: 'Ja', topic: 'Schulungen', etag: 'e1' });
    expect(ok).toEqual({ kind: 'ok', entry: { id: 'a', question: 'Schulungen', original: false, answer: 'Ja', answeredAt: NOW.toISOString() } });
    expect(await feedback.board()).toEqual([{ id: 'a', question: 'Schulungen', original: false, answer: 'Ja', answeredAt: NOW.toISOString() }]);
    expect((await feedback.inbox())[0].etag).toBe('e2');
  });
});
