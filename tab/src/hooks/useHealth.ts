import { useEffect, useState } from 'react';
import { getHealth, type HealthStatus } from '../api/client';

/** The server's health as the footer shows it. */
export type HealthState =
  | { state: 'checking' }
  | { state: 'ok'; health: HealthStatus }
  | { state: 'unreachable'; error: unknown };

/** Asks `GET /healthz` once on mount. Never throws: an unreachable server is a state, not a crash. */
export function useHealth(): HealthState {
  const [result, setResult] = useState<HealthState>({ state: 'checking' });
  useEffect(() => {
    const controller = new AbortController();
    getHealth({ signal: controller.signal })
      .then((health) => setResult({ state: 'ok', health }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setResult({ state: 'unreachable', error });
      });
    return () => controller.abort();
  }, []);
  return result;
}
