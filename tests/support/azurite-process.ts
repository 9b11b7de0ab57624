import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const TSX = resolve(__dirname, '../../node_modules/.bin/tsx');
const CHILD = resolve(__dirname, 'azurite-child.ts');

/** An Azurite running in its own process, as Azure Storage runs apart from the app in production. */
export interface AzuriteProcess {
  connectionString: string;
  stop(): Promise<void>;
}

/**
 * Starts an in-memory Azurite in a child process. Tests that kill the app use it so storage
 * outlives the app; the bench uses it so the emulator does not compete with the app for one
 * event loop.
 */
export async function startAzuriteProcess(timeoutMs = 20_000): Promise<AzuriteProcess> {
  const child: ChildProcess = spawn(TSX, [CHILD], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const connectionString = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`Azurite did not start within ${timeoutMs} ms: ${out}`)), timeoutMs);
    child.stdout!.on('data', (d) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        ok((JSON.parse(line) as { connectionString: string }).connectionString);
      }
    });
    child.stderr!.on('data', (d) => (out += d));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Azurite exited with ${code}: ${out}`));
    });
  });
  return {
    connectionString,
    stop: () =>
      new Promise<void>((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}
