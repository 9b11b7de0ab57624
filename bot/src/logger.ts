import pino from 'pino';

/** The application's structured logger (JSON lines on stdout). */
export type Logger = pino.Logger;

/** Creates the root logger; child loggers carry a `component` field. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { app: 'digipuls' } });
}
