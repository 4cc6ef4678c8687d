// Aggregates carry a `version`; every write states the version it read, so two writers that
// raced cannot both win. The loser gets this error and retries from a fresh read.
export class ConcurrencyConflictError extends Error {
  constructor(
    readonly aggregate: string,
    readonly id: string,
    readonly expectedVersion: number,
  ) {
    super(`${aggregate} ${id} was changed by someone else (expected version ${expectedVersion})`);
    this.name = 'ConcurrencyConflictError';
  }
}

/** Reruns `attempt` when it loses an optimistic-concurrency race, a bounded number of times. */
export async function retryOnConflict<T>(attempt: () => Promise<T>, maxAttempts = 5): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      if (!(error instanceof ConcurrencyConflictError) || n >= maxAttempts) throw error;
    }
  }
}
