import { createContext, useCallback, useContext, useEffect, useRef, useState } from 'react';
import { ApiClient, memoryTokenStore } from './api-client.ts';

export const ApiContext = createContext<ApiClient>(new ApiClient(memoryTokenStore()));
export const useApiClient = (): ApiClient => useContext(ApiContext);

export type Loadable<T> =
  { state: 'loading' } | { state: 'error'; error: unknown } | { state: 'ready'; data: T };

/**
 * Reads `path` and re-reads it when the path changes or `reload()` is called. A stale answer
 * for a path the page has already left is dropped (the request is aborted).
 */
export function useApiGet<T>(path: string | null): Loadable<T> & { reload(): void } {
  const api = useApiClient();
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setResult({ state: 'loading' });
    api.get<T>(path, controller.signal).then(
      (data) => setResult({ state: 'ready', data }),
      (error: unknown) => {
        if ((error as Error).name !== 'AbortError') setResult({ state: 'error', error });
      },
    );
    return () => controller.abort();
  }, [api, path, generation]);
  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { ...result, reload };
}

/** Several reads shown as one: loading until every one is in, the first failure if any failed. */
export function allLoaded<T>(values: ReadonlyArray<Loadable<T>>): Loadable<T[]> {
  const data: T[] = [];
  for (const v of values) {
    if (v.state === 'error') return { state: 'error', error: v.error };
    if (v.state === 'ready') data.push(v.data);
  }
  return data.length === values.length ? { state: 'ready', data } : { state: 'loading' };
}

/**
 * A change (POST/PATCH/DELETE) with its own pending and error state, for buttons and forms. One
 * at a time: a second run while the first is in flight (a double click, Enter pressed twice
 * before the button re-renders as disabled) is dropped, so a change is never sent twice.
 */
export function useApiAction<A extends unknown[], R>(action: (...args: A) => Promise<R>) {
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A ref, not the state: it changes at once, within the same event, before any re-render.
  const inFlight = useRef(false);
  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      setPending(true);
      setError(null);
      try {
        return await action(...args);
      } catch (e) {
        setError(e);
        return undefined;
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [action],
  );
  return { run, pending, error, clearError: () => setError(null) };
}
