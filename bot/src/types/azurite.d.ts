// Azurite ships no type declarations for its deep server modules; these cover what we call.
declare module 'azurite/dist/src/table/TableConfiguration' {
  export default class TableConfiguration {
    constructor(...args: unknown[]);
  }
}
declare module 'azurite/dist/src/queue/QueueConfiguration' {
  export default class QueueConfiguration {
    constructor(...args: unknown[]);
  }
}
declare module 'azurite/dist/src/table/TableServer' {
  export default class TableServer {
    constructor(config: unknown);
    start(): Promise<void>;
    close(): Promise<void>;
    getHttpServerAddress(): string;
  }
}
declare module 'azurite/dist/src/queue/QueueServer' {
  export default class QueueServer {
    constructor(config: unknown);
    start(): Promise<void>;
    close(): Promise<void>;
    getHttpServerAddress(): string;
  }
}
