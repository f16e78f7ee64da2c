/**
 * What jsdom lacks and the pane uses: TextEncoder/TextDecoder (reading files), and for Fluent UI v9
 * ResizeObserver (message bars, overflow), matchMedia (motion, reduced-motion queries), scrollIntoView. Imported first by every pane test that renders; the lead may move
 * it to jest's `setupFiles` for jsdom tests instead.
 */

import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import { configure } from "@testing-library/react";

// jsdom has no TextEncoder / TextDecoder; the parser decodes files (UTF-8, UTF-16, GBK) with TextDecoder.
if (typeof globalThis.TextDecoder === "undefined") {
  Object.defineProperty(globalThis, "TextDecoder", { value: NodeTextDecoder, writable: true });
}
if (typeof globalThis.TextEncoder === "undefined") {
  Object.defineProperty(globalThis, "TextEncoder", { value: NodeTextEncoder, writable: true });
}

if (typeof window !== "undefined") {
  if (!("ResizeObserver" in window)) {
    class ResizeObserverStub {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    }
    Object.defineProperty(window, "ResizeObserver", { value: ResizeObserverStub, writable: true });
    Object.defineProperty(globalThis, "ResizeObserver", { value: ResizeObserverStub, writable: true });
  }
  if (typeof window.matchMedia !== "function") {
    Object.defineProperty(window, "matchMedia", {
      writable: true,
      value: (query: string) => ({
        matches: false,
        media: query,
        onchange: null,
        addListener: () => {},
        removeListener: () => {},
        addEventListener: () => {},
        removeEventListener: () => {},
        dispatchEvent: () => false,
      }),
    });
  }
  if (typeof Element !== "undefined" && !Element.prototype.scrollIntoView) {
    Element.prototype.scrollIntoView = function scrollIntoView(): void {};
  }
}

// The panels past the pane's first screen are fetched on demand (src/taskpane/components/later.ts): in jest the
// first render of one requires and compiles its modules, seconds on a busy machine. Tests wait for them as a
// clerk waits for the chunk (findBy…); this is how long a wait may last before it fails, not a timing.
configure({ asyncUtilTimeout: 20_000 });
