/**
 * The operations a store has running, so that `close()` refuses new ones and waits for those under
 * way (both engines close this way).
 */
export interface InFlight {
  /** Runs an operation unless closed, tracking it so `close()` can wait for it. */
  track<R>(op: () => Promise<R>): Promise<R>;
  /** Refuses new operations and waits for the running ones; false when it was already closed. */
  close(): Promise<boolean>;
}

export function createInFlight(dir: string): InFlight {
  const running = new Set<Promise<unknown>>();
  let closed = false;
  return {
    track(op) {
      if (closed) return Promise.reject(new Error(`store ${dir} is closed`));
      const p = op();
      running.add(p);
      const forget = () => running.delete(p);
      p.then(forget, forget);
      return p;
    },
    async close() {
      if (closed) return false;
      closed = true;
      await Promise.allSettled([...running]);
      return true;
    },
  };
}
