import { TableClient, TableServiceClient, type TableServiceClientOptions } from '@azure/data-tables';
import { hasStatus } from './errors';

/** The tables this app owns. One name per record family; the prefix is added by {@link Tables}. */
export type TableName = 'TurnState' | 'Conversations' | 'Surveys' | 'Rounds' | 'People' | 'Submissions' | 'Feedback' | 'Roadmap' | 'Announcements' | 'Deliveries' | 'DigiCheck';

/**
 * Access to the app's Azure Tables: creates each table once on first use and hands out clients.
 * The SDK's own retry policy (exponential backoff on 408/429/5xx and network errors) applies to
 * every call, so transient faults are retried before they reach a caller.
 */
export class Tables {
  private readonly clients = new Map<string, Promise<TableClient>>();
  private readonly options: TableServiceClientOptions;
  private readonly service: TableServiceClient;

  constructor(private readonly connectionString: string, private readonly prefix: string) {
    // Azurite and UseDevelopmentStorage speak plain http on loopback; production is https only.
    const insecure = /UseDevelopmentStorage=true|Endpoint=http:\/\//i.test(connectionString);
    this.options = insecure ? { allowInsecureConnection: true } : {};
    this.service = TableServiceClient.fromConnectionString(connectionString, this.options);
  }

  /** The full table name, e.g. `digipulsConversations` (table names must be alphanumeric). */
  nameOf(table: TableName): string {
    return `${this.prefix}${table}`;
  }

  /** A client for the table, created in storage if it does not exist yet. */
  table(table: TableName): Promise<TableClient> {
    const name = this.nameOf(table);
    let client = this.clients.get(name);
    if (!client) {
      client = this.create(name);
      this.clients.set(name, client);
      client.catch(() => this.clients.delete(name)); // let a later call try again
    }
    return client;
  }

  /** True when storage answers a cheap request; used by the health check. */
  async ping(): Promise<boolean> {
    try {
      await this.service.listTables().byPage({ maxPageSize: 1 }).next();
      return true;
    } catch {
      return false;
    }
  }

  private async create(name: string): Promise<TableClient> {
    const client = TableClient.fromConnectionString(this.connectionString, name, this.options);
    try {
      await client.createTable();
    } catch (err) {
      if (!hasStatus(err, 409)) throw err; // 409: exists already
    }
    return client;
  }
}
