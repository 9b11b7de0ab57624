import { useCallback, useEffect, useRef, useState, type DependencyList } from 'react';

/** A request's state as the page renders it; `data` stays while a {@link Request.reload} runs. */
export type RequestState<T> =
  | { state: 'loading' }
  | { state: 'ok'; data: T; reloading: boolean }
  | { state: 'error'; error: unknown };

/** A {@link RequestState} with the ways to ask again or change what was loaded. */
export type Request<T> = RequestState<T> & {
  /** Asks again from scratch (after a failure): shows loading meanwhile. */
  retry: () => void;
  /** Asks again and keeps showing the current data meanwhile (after a change made on the page). */
  reload: () => Promise<void>;
  /**
   * Changes the loaded data in place (e.g. puts a saved item into a list) without asking the
   * server; does nothing while nothing is loaded. Returning `data` unchanged keeps the state.
   */
  update: (change: (data: T) => T) => void;
};

/**
 * The one loading hook of the tab: runs `load` on mount and whenever `deps` change, aborting the
 * previous request. A {@link Request.reload} keeps what is shown until the new answer is there, so
 * a section that just saved something does not vanish and lose its message. Never throws: a failed
 * request is a state the page explains (a failed reload keeps the old data).
 */
export function useRequest<T>(load: (signal: AbortSignal) => Promise<T>, deps: DependencyList): Request<T> {
  const [result, setResult] = useState<RequestState<T>>({ state: 'loading' });
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
  const update = useCallback((change: (data: T) => T) => {
    setResult((before) => {
      if (before.state !== 'ok') return before;
      const data = change(before.data);
      return data === before.data ? before : { ...before, data };
    });
  }, []);
  return { ...result, retry, reload, update };
}
