/**
 * Request sizes. Excel on the web refuses a request or a response over 5 MB (RequestPayloadSizeLimitExceeded;
 * docs/concepts/resource-limits-and-performance-optimization.md §"Excel add-ins", docs/excel/performance.md
 * §"Payload size limit best practices"), and large writes on the web have failed below it with a bare
 * "internal error" (OfficeDev/office-js-docs-reference#354, OfficeDev/office-js#1012). The size is the JSON
 * message of the queued calls, which Office.js does not expose, so the shell counts conservatively and keeps
 * each request under 2 MB by that count: every non-ASCII character as 6 bytes (a \uXXXX escape; UTF-8 needs
 * 3), and 400 bytes per call for its action and object paths (the message spends about 200). The host double
 * measures requests with its own model of the message (test/support/requestSize.ts); a test checks that this
 * count is never below that measurement, and `npm run bench` prints the largest request.
 */

/** At most this many counted bytes go into one request (Excel on the web allows 5 MB). */
export const REQUEST_BUDGET_BYTES = 2_000_000;

/** A block of values larger than this is written as several ranges, so requests can be cut between them. */
export const SLICE_BYTES = 500_000;

/** What one queued call adds beyond its arguments: its action and object paths, ids, member names. */
export const CALL_OVERHEAD_BYTES = 400;

/**
 * Bytes `value` adds to a request as JSON, counting every non-ASCII character as 6 (its \uXXXX escape).
 * @example payloadBytes([["财政局"]]) === 24
 */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  for (let i = 0; i < json.length; i += 1) if (json.charCodeAt(i) > 0x7f) bytes += 5;
  return bytes;
}

/** One piece of a write: its estimated size, and the function that queues its calls on the context. */
export interface WriteOp {
  readonly bytes: number;
  readonly queue: () => void;
}

/** An operation of `calls` queued calls whose arguments are `args`. */
export function op(calls: number, args: unknown, queue: () => void): WriteOp {
  return { bytes: calls * CALL_OVERHEAD_BYTES + payloadBytes(args), queue };
}

/**
 * Splits operations, in order, into requests of at most `budget` estimated bytes; an operation larger than
 * the budget goes alone. An empty list gives no request.
 */
export function splitRequests(ops: readonly WriteOp[], budget = REQUEST_BUDGET_BYTES): WriteOp[][] {
  const requests: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let bytes = 0;
  for (const o of ops) {
    if (current.length > 0 && bytes + o.bytes > budget) {
      requests.push(current);
      current = [];
      bytes = 0;
    }
    current.push(o);
    bytes += o.bytes;
  }
  if (current.length > 0) requests.push(current);
  return requests;
}

/**
 * Splits work between the first requests and the later ones: `required` goes first; free groups (kept whole,
 * in order) fill what room the last first request has left; the rest goes later. Work that must wait for
 * the first requests' answers is appended to `later` by the caller. Using the room this way keeps a large
 * write at the same number of requests as a small one for as long as the whole fits in two.
 */
export function packFirst(
  required: readonly WriteOp[],
  groups: ReadonlyArray<readonly WriteOp[]>,
  budget = REQUEST_BUDGET_BYTES,
): { first: WriteOp[]; later: WriteOp[] } {
  const requests = splitRequests(required, budget);
  const last = requests[requests.length - 1] ?? [];
  let room = budget - last.reduce((n, o) => n + o.bytes, 0);
  const first = [...required];
  let g = 0;
  for (; g < groups.length; g += 1) {
    const group = groups[g] as readonly WriteOp[];
    const bytes = group.reduce((n, o) => n + o.bytes, 0);
    if (bytes > room) break;
    first.push(...group);
    room -= bytes;
  }
  return { first, later: groups.slice(g).flat() };
}
