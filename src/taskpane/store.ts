/**
 * A minimal store around the pane's reducer, so that actions (plain async functions) and React read the
 * same state: actions call `getState`/`dispatch`, React subscribes with `useSyncExternalStore`.
 */

import { initialState, reducer } from "./state";
import type { Action, PaneState } from "./state";

export interface Store {
  getState(): PaneState;
  dispatch(action: Action): void;
  /** Calls `listener` after every change; returns the function that stops it. */
  subscribe(listener: () => void): () => void;
}

/** A store holding `initial`, changed only through the reducer. */
export function createStore(initial: PaneState = initialState): Store {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    getState: () => state,
    dispatch(action) {
      const next = reducer(state, action);
      if (next === state) return;
      state = next;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
