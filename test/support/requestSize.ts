/**
 * The size of a request as Office.js sends it, modelled on its own terms and deliberately NOT with the
 * estimate the shell uses (src/excel/payload.ts): the host double measures, the shell predicts, and a test
 * checks that the prediction never falls short of the measurement.
 *
 * Office.js serialises a batch as one JSON message of "Actions" (one per queued call) and "ObjectPaths" (one
 * per proxy a call creates or uses: getItem, getRangeByIndexes, a property such as `format.fill` …), each
 * with numeric ids, a type, a name and an ArgumentInfo. Excel on the web refuses a request over 5 MB
 * (RequestPayloadSizeLimitExceeded, docs/concepts/resource-limits-and-performance-optimization.md §"Excel
 * add-ins"). The message is sent as UTF-8, so a CJK character costs 3 bytes; this model counts the bytes of
 * the message's UTF-8 encoding with TextEncoder.
 */

/** One queued call as the double records it: a dotted name ("Range.values") and its arguments. */
export interface QueuedCall {
  readonly name: string;
  readonly payload: unknown;
}

const encoder = new TextEncoder();

/** Bytes of `value` as UTF-8 JSON (what a response or an argument costs on the wire). */
export function utf8JsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}

/**
 * Bytes of the message carrying `calls`: for each call an action on an object path, the path naming its
 * parent (the object it was reached from) and the member, arguments in the action.
 */
export function requestMessageBytes(calls: readonly QueuedCall[]): number {
  const actions: unknown[] = [];
  const paths: Record<string, unknown> = {};
  calls.forEach((call, i) => {
    const dot = call.name.lastIndexOf(".");
    const member = call.name.slice(dot + 1);
    const pathId = 2 * i + 1;
    paths[String(pathId)] = {
      Id: pathId,
      ObjectPathType: 3,
      Name: member,
      ParentObjectPathId: Math.max(1, pathId - 2),
      ArgumentInfo: {},
    };
    actions.push({
      Id: pathId + 1,
      ActionType: 4,
      Name: member,
      ObjectPathId: pathId,
      ArgumentInfo: { Arguments: [call.payload] },
    });
  });
  return utf8JsonBytes({ Actions: actions, ObjectPaths: paths });
}
