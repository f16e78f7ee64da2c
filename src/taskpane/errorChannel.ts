/**
 * Errors of background work (a live check after an edit) for the pane to show. Errors reported before the
 * pane listens are kept and handed to the first listener, so none is lost while the pane renders.
 */

export interface ErrorChannel {
  report(error: unknown): void;
  /** Listens to errors (first receiving any kept so far); returns the function that stops listening. */
  subscribe(listener: (error: unknown) => void): () => void;
}

/** A new channel with no listeners. */
export function createErrorChannel(): ErrorChannel {
  const listeners = new Set<(error: unknown) => void>();
  const pending: unknown[] = [];
  return {
    report(error) {
      if (listeners.size === 0) pending.push(error);
      for (const l of [...listeners]) l(error);
    },
    subscribe(listener) {
      listeners.add(listener);
      for (const e of pending.splice(0)) listener(e);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
