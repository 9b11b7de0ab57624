import { TurnContext, type Storage, type StoreItems } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';
import { AppTurnState } from '../../bot/src/state';

/** A storage that records which keys were read and written. */
class RecordingStorage implements Storage {
  reads: string[][] = [];
  writes: string[][] = [];
  async read(keys: string[]): Promise<StoreItems> {
    this.reads.push(keys);
    return {};
  }
  async write(changes: StoreItems): Promise<void> {
    this.writes.push(Object.keys(changes));
  }
  async delete(): Promise<void> {}
}

const activity = (over: Record<string, unknown>) =>
  ({ channelId: 'msteams', recipient: { id: 'bot' }, from: { id: 'u' }, conversation: { id: 'c' }, serviceUrl: 'http://x/', ...over }) as never;

describe('AppTurnState', () => {
  it('reads and saves conversation and user state for messages', async () => {
    const storage = new RecordingStorage();
    const context = new TurnContext(new TeamsAdapter({}), activity({ type: 'message', text: 'hi' }));
    const state = new AppTurnState();
    await state.load(context, storage);
    (state.conversation as Record<string, unknown>).count = 1;
    await state.save(context, storage);
    expect(storage.reads).toEqual([['msteams/bot/conversations/c', 'msteams/bot/users/u']]);
    expect(storage.writes).toEqual([['msteams/bot/conversations/c']]);
  });

  it('neither reads nor writes storage for Adaptive Card actions, yet gives teams-ai its scopes', async () => {
    const storage = new RecordingStorage();
    const context = new TurnContext(new TeamsAdapter({}), activity({ type: 'invoke', name: 'adaptiveCard/action' }));
    const state = new AppTurnState();
    await state.load(context, storage);
    expect(state.user).toEqual({});
    (state.conversation as Record<string, unknown>).count = 1; // even a change must not overwrite state that was never read
    await state.save(context, storage);
    expect(storage.reads).toEqual([]);
    expect(storage.writes).toEqual([]);
  });
});
