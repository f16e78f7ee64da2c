import { lineRange } from "../../src/taskpane/showLine";

describe("a line of the paste box", () => {
  it("is found as the parser numbers lines: CRLF, LF and a lone CR each end one", () => {
    const text = "一、\r\n1.扩大投资。\n财政局\r2.稳外贸。";
    const line = (n: number) => {
      const r = lineRange(text, n);
      return r ? text.slice(r.start, r.end) : null;
    };
    expect([1, 2, 3, 4, 5].map(line)).toEqual(["一、", "1.扩大投资。", "财政局", "2.稳外贸。", null]);
  });
});
