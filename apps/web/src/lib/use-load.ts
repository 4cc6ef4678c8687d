// Loads data for a screen and reloads on demand. A failed reload keeps what was shown before, next to
// the error, so a poll that fails once does not blank the screen.
import { useCallback, useEffect, useState, type DependencyList } from 'react';

interface Loaded<T> {
  data?: T;
  error?: unknown;
  loading: boolean;
}

export function useLoad<T>(load: () => Promise<T>, deps: DependencyList) {
  const [state, setState] = useState<Loaded<T>>({ loading: true });
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    load().then(
      (data) => current && setState({ data, loading: false }),
      (error: unknown) => current && setState((previous) => ({ data: previous.data, error, loading: false })),
    );
    return () => {
      current = false;
    };
    // The caller names what the load depends on, as with useEffect.
  }, [...deps, version]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { ...state, reload };
}
