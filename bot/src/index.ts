import { config as loadDotenv } from 'dotenv';
import { ConfigError } from './config';
import { startApp } from './main';

/** Entry point: `npm start`. Reads `.env` if present, starts the app, stops it cleanly on signals. */
async function main(): Promise<void> {
  loadDotenv({ quiet: true });
  let app;
  try {
    app = await startApp(process.env);
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const problem of err.problems) console.error(`Configuration error: ${problem}`);
      process.exit(2);
    }
    throw err;
  }
  const shutdown = (signal: string) => {
    app.log.info({ signal }, 'signal received');
    app.stop().then(
      () => process.exit(0),
      (err) => {
        app.log.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err) => {
  console.error('DigiPuls failed to start:', err);
  process.exit(1);
});
