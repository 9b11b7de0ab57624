import { QueueClient } from '@azure/storage-queue';

/** The queues this app owns; the table prefix is added (queue names: lower-case letters, digits, dashes). */
export type QueueName = 'announce' | 'announce-dead';

/** A message taken from a queue: invisible to others until deleted or its visibility ends. */
export interface QueueMessage<T> {
  id: string;
  popReceipt: string;
  /** How often it was handed out, this time included (>1: an earlier worker did not finish). */
  dequeueCount: number;
  body: T;
}

/**
 * JSON messages on Azure Storage Queues (Azurite locally). Each queue is created once on first use.
 * A message a worker takes stays invisible for the visibility timeout; if the worker dies, it
 * reappears and another worker takes it: nothing is lost by a crash.
 */
export class Queues {
  private readonly clients = new Map<string, Promise<QueueClient>>();

  constructor(private readonly connectionString: string, private readonly prefix: string) {}

  nameOf(queue: QueueName): string {
    return `${this.prefix.toLowerCase()}-${queue}`;
  }

  async send<T>(queue: QueueName, body: T, options: { visibilityTimeoutSeconds?: number } = {}): Promise<void> {
    // Base64, as the Azure Functions and the portal expect; also safe for any character.
    await (await this.client(queue)).sendMessage(Buffer.from(JSON.stringify(body)).toString('base64'), { visibilityTimeout: options.visibilityTimeoutSeconds });
  }

  /** Takes up to `max` (≤ 32) messages, hidden from others for `visibilitySeconds`. */
  async receive<T>(queue: QueueName, max: number, visibilitySeconds: number): Promise<Array<QueueMessage<T>>> {
    const r = await (await this.client(queue)).receiveMessages({ numberOfMessages: Math.min(32, max), visibilityTimeout: visibilitySeconds });
    return r.receivedMessageItems.map((m) => ({ id: m.messageId, popReceipt: m.popReceipt, dequeueCount: m.dequeueCount, body: JSON.parse(Buffer.from(m.messageText, 'base64').toString('utf8')) as T }));
  }

  /** Deletes a handled message; one that is gone already (taken over elsewhere) is fine. */
  async delete(queue: QueueName, m: Pick<QueueMessage<unknown>, 'id' | 'popReceipt'>): Promise<void> {
    try {
      await (await this.client(queue)).deleteMessage(m.id, m.popReceipt);
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode !== 404) throw err;
    }
  }

  /** Hides a message again for `seconds` (retry later). @returns the new pop receipt, or undefined when it is gone. */
  async retryLater(queue: QueueName, m: QueueMessage<unknown>, seconds: number): Promise<string | undefined> {
    try {
      const r = await (await this.client(queue)).updateMessage(m.id, m.popReceipt, undefined, Math.max(0, Math.round(seconds)));
      return r.popReceipt;
    } catch (err) {
      if ((err as { statusCode?: number }).statusCode === 404) return undefined;
      throw err;
    }
  }

  /** Approximate number of messages (for progress and tests). */
  async approximateCount(queue: QueueName): Promise<number> {
    return (await (await this.client(queue)).getProperties()).approximateMessagesCount ?? 0;
  }

  private client(queue: QueueName): Promise<QueueClient> {
    const name = this.nameOf(queue);
    let c = this.clients.get(name);
    if (!c) {
      c = (async () => {
        const client = new QueueClient(this.connectionString, name);
        await client.createIfNotExists();
        return client;
      })();
      this.clients.set(name, c);
      c.catch(() => this.clients.delete(name));
    }
    return c;
  }
}
