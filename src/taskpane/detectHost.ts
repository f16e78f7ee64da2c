/**
 * Where the pane runs, told safely. Outside Office, `Office.onReady` resolves with a null host
 * (docs/develop/initialize-add-in.md); when office.js itself failed to load there is no `Office` global at
 * all; and when one of its own files (office_strings.js) is blocked, `onReady` never settles — and code cannot
 * tell that from a slow start (OfficeDev/office-js#6040, #6148; office-js-docs-pr#5418). So: no global →
 * standalone at once; otherwise onReady raced with a timeout. When the timeout passes in a page Office hosts
 * (the task pane is a frame; Office on the web adds `_host_Info` to its address), the pane is inside Excel
 * and only slow: it says so (`onSlow`) and keeps waiting, until Office answers or the clerk chooses to work
 * standalone. In a plain browser tab the timeout means standalone. Never an endless silent spinner, never
 * standalone inside Excel without the clerk knowing.
 */

import type { HostKind } from "./services";

export interface HostInfo {
  readonly host: HostKind;
  /** Office's UI language in Excel, the browser's language otherwise. */
  readonly locale: string;
  /**
   * Why: Excel answered, office.js is missing, onReady timed out or failed, another host / none, or the
   * clerk chose to work standalone while Office was slow.
   */
  readonly reason: "excel" | "no-office" | "timeout" | "failed" | "not-excel" | "declined";
  /** The page looks hosted by Office (a frame, or Office's address parameter): standalone here needs saying. */
  readonly hosted: boolean;
}

/** The parts of the Office global this needs (so tests can pass a double). */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform: unknown }>;
  readonly HostType?: { readonly Excel?: unknown };
  readonly context?: { readonly displayLanguage?: string };
}

export interface DetectOptions {
  /** The Office global; read from the page when omitted. */
  readonly office?: OfficeLike | null;
  /** How long to wait for Office.onReady. */
  readonly timeoutMs?: number;
  /** The browser's language; navigator.language when omitted. */
  readonly browserLanguage?: string;
  /** Whether Office hosts the page (see `looksHosted`); read from the page when omitted. */
  readonly hosted?: boolean;
  /**
   * Called once when onReady has not answered within the timeout in a page Office hosts: the pane says it
   * is still waiting, and may call `standalone` when the clerk chooses not to wait.
   */
  readonly onSlow?: (standalone: () => void) => void;
}

/** True when the page runs in a frame or carries Office's `_host_Info` address parameter. */
export function looksHosted(): boolean {
  if (typeof window === "undefined") return false;
  let framed = false;
  try {
    framed = window.self !== window.top;
  } catch {
    // A cross-origin parent (Office on the web) cannot even be compared: framed.
    framed = true;
  }
  return framed || /[?&#]_host_Info=/i.test(window.location?.href ?? "");
}

/** The page's Office global, or null when office.js did not load. */
function pageOffice(): OfficeLike | null {
  return typeof Office === "undefined" ? null : (Office as unknown as OfficeLike);
}

/**
 * Tells whether the pane runs in Excel: within `timeoutMs` (3 s by default) in a plain browser tab whatever
 * office.js does; in a page Office hosts, as long as Office takes (saying so through `onSlow`).
 */
export async function detectHost(options: DetectOptions = {}): Promise<HostInfo> {
  const office = options.office === undefined ? pageOffice() : options.office;
  const hosted = options.hosted ?? looksHosted();
  const browser =
    options.browserLanguage ??
    (typeof navigator !== "undefined" && navigator.language ? navigator.language : "zh-CN");
  const standalone = (reason: HostInfo["reason"]): HostInfo => ({
    host: "standalone",
    locale: browser,
    reason,
    hosted,
  });
  if (!office) return standalone("no-office");

  let ready: Promise<{ host: unknown } | "failed">;
  try {
    // onReady threw or rejected: office.js is there but broken; the pane still works standalone.
    ready = office.onReady().catch(() => "failed" as const);
  } catch {
    ready = Promise.resolve("failed");
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), options.timeoutMs ?? 3000);
  });
  let info: { host: unknown } | "failed" | "timeout" | "declined" = await Promise.race([ready, timeout]);
  clearTimeout(timer);
  if (info === "timeout" && hosted) {
    // Inside Office and only slow: say so, and wait for Office or for the clerk.
    const declined = new Promise<"declined">((resolve) => options.onSlow?.(() => resolve("declined")));
    info = await Promise.race([ready, declined]);
  }
  if (info === "timeout" || info === "failed" || info === "declined") return standalone(info);
  const excel = office.HostType?.Excel ?? "Excel";
  if (info.host !== excel) return standalone("not-excel");
  return { host: "excel", locale: office.context?.displayLanguage || browser, reason: "excel", hosted };
}
