import { useCallback, useEffect, useState, type DependencyList } from 'react';

/** A request's state as the page renders it. */
export type RequestState<T> =
  | { state: 'loading' }
  | { state: 'ok'; data: T }
  | { state: 'error'; error: unknown };

/**
 * Runs `load` on mount and whenever `deps` change, aborting the previous request; `retry` runs it
 * again. Never throws: a failed request is a state the page explains.
 */
export function useRequest<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
): RequestState<T> & { retry: () => void } {
  const [result, setResult] = useState<RequestState<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setResult({ state: 'loading' });
    load(controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setResult({ state: 'ok', data });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setResult({ state: 'error', error });
      });
    return () => controller.abort();
    // `load` is a fresh closure on every render; `deps` say when it really changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...result, retry };
}
