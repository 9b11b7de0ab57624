import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

/** A request's state as the page renders it; `data` stays while a {@link Load.reload} runs. */
export type LoadState<T> =
  | { state: 'loading' }
  | { state: 'ok'; data: T; reloading: boolean }
  | { state: 'error'; error: unknown };

/** A {@link LoadState} with the two ways to ask again. */
export type Load<T> = LoadState<T> & {
  /** Asks again from scratch (after a failure): shows loading meanwhile. */
  retry: () => void;
  /** Asks again and keeps showing the current data meanwhile (after a change made on the page). */
  reload: () => Promise<void>;
};

/**
 * Runs `load` on mount and whenever `deps` change, aborting the previous request. Unlike the
 * results page's `useRequest`, a {@link Load.reload} keeps what is shown until the new answer is
 * there, so a section that just saved something does not vanish and lose its message. Never
 * throws: a failed request is a state the page explains (a failed reload keeps the old data).
 */
export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Load<T> {
  const [result, setResult] = useState<LoadState<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const current = useRef<AbortController>(undefined);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    current.current = controller;
    setResult({ state: 'loading' });
    load(controller.signal)
      .then((data) => {
        if (!controller.signal.aborted) setResult({ state: 'ok', data, reloading: false });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setResult({ state: 'error', error });
      });
    return () => controller.abort();
    // `load` is a fresh closure on every render; `deps` say when it really changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [...deps, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const reload = useCallback(async () => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    setResult((before) => (before.state === 'ok' ? { ...before, reloading: true } : { state: 'loading' }));
    try {
      const data = await loadRef.current(controller.signal);
      if (!controller.signal.aborted) setResult({ state: 'ok', data, reloading: false });
    } catch (error) {
      if (!controller.signal.aborted) setResult((before) => (before.state === 'ok' ? { ...before, reloading: false } : { state: 'error', error }));
    }
  }, []);
  return { ...result, retry, reload };
}
