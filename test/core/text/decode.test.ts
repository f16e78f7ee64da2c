import { decodeBytes, linesWithReplacement } from "../../../src/core/text/decode";
import { parseBytes } from "../../../src/core/parse/parseBreakdown";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const join = (...parts: Uint8Array[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

const DOC = [
  "",
  "一、稳增长",
  "1.扩大有效投资,推进重大项目建设。",
  "责任单位:发改局、财政局",
  "2.稳定外贸外资。",
  "责任单位:商务局、发改局",
  "3.促进消费升级。",
  "责任单位:商务局",
].join("\n");

describe("reading text files with damaged bytes", () => {
  it("reads a UTF-8 file with one invalid byte as UTF-8 and names the line that holds it", () => {
    const lines = DOC.split("\n");
    const before = utf8(lines.slice(0, 4).join("\n") + "\n稳定");
    const after = utf8("外贸外资。\n" + lines.slice(5).join("\n"));
    const decoded = decodeBytes(join(before, new Uint8Array([0xff]), after));
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.unreadable).toBe(false);
    expect(decoded.text).toContain("3.促进消费升级。");
    expect(decoded.badLines).toEqual([5]);
  });

  it("reads a UTF-8 file cut in the middle of its last character, with the cut on the last line", () => {
    const bytes = utf8(DOC);
    const decoded = decodeBytes(bytes.subarray(0, bytes.length - 1));
    expect(decoded.encoding).toBe("utf-8");
    expect(decoded.text.split("\n")[6]).toBe("3.促进消费升级。");
    expect(decoded.badLines).toEqual([8]);
  });

  it("loses no task of a damaged file and reports the damaged line as a warning", () => {
    const bytes = utf8(DOC);
    const parsed = parseBytes(bytes.subarray(0, bytes.length - 1));
    expect(parsed.tasks.map((t) => t.id)).toEqual(["1.1", "1.2", "1.3"]);
    expect(parsed.tasks[1]?.leads).toEqual(["商务局"]);
    expect(parsed.issues).toContainEqual(
      expect.objectContaining({ code: "encoding-bad-bytes", severity: "warning", line: 8 }),
    );
    expect(parsed.issues.some((i) => i.code === "encoding-guessed")).toBe(false);
  });

  it("still reads a GBK file as GB18030, with no damaged lines", () => {
    const gbk = new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0x0a, 0xc4, 0xe3, 0xba, 0xc3]);
    const decoded = decodeBytes(gbk);
    expect(decoded).toMatchObject({ text: "你好\n你好", encoding: "gb18030", guessed: true, badLines: [] });
  });

  it("numbers lines as an editor does: CRLF, LF and a lone CR each end one", () => {
    expect(linesWithReplacement("a\r\nb\rc\n\uFFFDd\uFFFD")).toEqual([4]);
  });
});
