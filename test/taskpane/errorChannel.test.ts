import { createErrorChannel } from "../../src/taskpane/errorChannel";

describe("the background error channel", () => {
  it("hands errors reported before anyone listens to the first listener, then passes new ones on", () => {
    const channel = createErrorChannel();
    channel.report("early");
    const seen: unknown[] = [];
    const stop = channel.subscribe((e) => seen.push(e));
    channel.report("later");
    stop();
    channel.report("after");
    expect(seen).toEqual(["early", "later"]);
  });
});
