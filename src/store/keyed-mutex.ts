/** Runs tasks one at a time per key (FIFO), different keys concurrently. */
export interface KeyedMutex {
  run<R>(key: string, task: () => Promise<R>): Promise<R>;
}

export function createKeyedMutex(): KeyedMutex {
  const tails = new Map<string, Promise<void>>();
  return {
    run<R>(key: string, task: () => Promise<R>): Promise<R> {
      const previous = tails.get(key) ?? Promise.resolve();
      const result = previous.then(task);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      // Forget idle keys so the map does not grow with every team ever seen.
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
  };
}
