import { CHANGE_READINESS_PULSE as S } from '../../../../bot/src/features/pulse/default-survey';
import { SubmissionsStore } from '../../../../bot/src/features/pulse/submissions-store';
import { sumTallies } from '../../../../bot/src/features/pulse/tally';
import { startEmbeddedAzurite, type EmbeddedAzurite } from '../../../../bot/src/storage/azurite';
import { Tables } from '../../../../bot/src/storage/tables';

const ballot = (roundId: string, awareness: number, comment?: string) => ({
  roundId,
  answers: { awareness, desire: 3, knowledge: 3, ability: 3, reinforcement: 3, appropriateness: 3, 'management-support': 3, efficacy: 3, 'personal-benefit': 3, enps: 8, ...(comment ? { comment } : {}) },
});

describe('SubmissionsStore (participation apart from ballots, against Azurite)', () => {
  let azurite: EmbeddedAzurite;
  let store: SubmissionsStore;
  beforeAll(async () => {
    azurite = await startEmbeddedAzurite({ dataDir: '', inMemory: true });
    store = new SubmissionsStore(new Tables(azurite.connectionString, 'test'));
  });
  afterAll(() => azurite.close());

  it('accepts one ballot per person and round, also under concurrent double submits', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => store.submit('round-a', 'person-1', 'fb1', ballot('round-a', 4))));
    expect(results.filter((r) => r === 'accepted')).toHaveLength(1);
    expect(results.filter((r) => r === 'duplicate')).toHaveLength(3);
    expect(await store.participationCount('round-a')).toBe(1);
    expect(await store.inboxCount('round-a')).toBe(1);
    expect(await store.hasParticipated('round-a', 'person-1')).toBe(true);
    expect(await store.hasParticipated('round-a', 'person-2')).toBe(false);
  });

  it('tallies only once at least 5 ballots wait, then empties the inbox', async () => {
    for (let i = 0; i < 4; i++) await store.submit('round-b', `p${i}`, i % 2 ? 'fb1' : 'fb2', ballot('round-b', 5, `Kommentar ${i}`));
    expect(await store.tallyInbox('round-b', S)).toBe(0);
    await store.submit('round-b', 'p4', 'fb1', ballot('round-b', 1));
    expect(await store.tallyInbox('round-b', S)).toBe(5);
    expect(await store.inboxCount('round-b')).toBe(0);
    const tallies = await store.tallies('round-b');
    expect(tallies.get('fb1')?.ballots).toBe(3);
    expect(tallies.get('fb2')?.ballots).toBe(2);
    expect(sumTallies(S, [...tallies.values()]).counts.awareness).toEqual([1, 0, 0, 0, 4]);
    expect((await store.comments('round-b')).map((c) => c.text).sort()).toEqual(['Kommentar 0', 'Kommentar 1', 'Kommentar 2', 'Kommentar 3']);
  });

  it('never counts a ballot twice when several tallies run at once', async () => {
    for (let i = 0; i < 47; i++) await store.submit('round-c', `p${i}`, `fb${i % 3}`, ballot('round-c', (i % 5) + 1));
    const moved = await Promise.all([store.tallyInbox('round-c', S, 1), store.tallyInbox('round-c', S, 1), store.tallyInbox('round-c', S, 1)]);
    expect(moved.reduce((a, b) => a + b, 0)).toBe(47);
    const total = sumTallies(S, [...(await store.tallies('round-c')).values()]);
    expect(total.ballots).toBe(47);
    expect(await store.inboxCount('round-c')).toBe(0);
  });
});
