/** Spreadsheets as text (CSV, grids), saved web pages and OpenDocument content, read into parser text. */

import { csvRows } from "../../../src/core/files/csv";
import { gridText } from "../../../src/core/files/grid";
import { detectKind } from "../../../src/core/files/kind";
import { odfText } from "../../../src/core/files/odt";
import { decodePage, pageText } from "../../../src/core/files/page";
import { loadDocument } from "../../../src/core/files/loadDocument";
import { encodeGbk } from "../../support/gbk";

const noReaders = () => Promise.reject(new Error("no converter needed"));

describe("CSV", () => {
  it("keeps a quoted cell with line breaks and doubled quotes as one cell", () => {
    expect(csvRows('1,"推进""城东""改造",建设局\r\n2,"财政局\n发改局",x\n')).toEqual([
      ["1", '推进"城东"改造', "建设局"],
      ["2", "财政局\n发改局", "x"],
    ]);
  });

  it("reads a quote that never closes as a character, so the rows after it survive", () => {
    expect(csvRows('1,"推进改造,建设局\n2,修路,交通局\n')).toEqual([
      ["1", '"推进改造', "建设局"],
      ["2", "修路", "交通局"],
    ]);
  });

  it("uses semicolons or tabs when the first line is separated by them", () => {
    expect(csvRows("序号;工作任务\n1;修路")).toEqual([
      ["序号", "工作任务"],
      ["1", "修路"],
    ]);
  });

  it("uses the separator it is given, whatever the first line holds most", () => {
    expect(csvRows('说明;注意;其他,x\n1,"a;b"\n', ",")).toEqual([
      ["说明;注意;其他", "x"],
      ["1", "a;b"],
    ]);
  });

  it("reads a GBK .csv saved by Excel, with the header below a title row, into tasks", async () => {
    const csv =
      '2021年重点工作责任分解,,\r\n序号,工作任务,责任单位\r\n1,推进城东改造。,"建设局\r\n发改局"\r\n';
    const parsed = await loadDocument(encodeGbk(csv), noReaders, "分解.csv");
    expect(parsed.document.encoding).toBe("gb18030");
    expect(parsed.tasks.map((t) => [t.text, t.leads, t.coUnits])).toEqual([
      ["推进城东改造。", ["建设局"], ["发改局"]],
    ]);
  });
});

describe("grids", () => {
  it("fills a cell merged over rows into each row, leaves one merged over columns in its first, trims edges", () => {
    const text = gridText([
      {
        name: "S",
        cells: [
          ["", "", "", ""],
          ["", "标题", "", ""],
          ["", "1", "修路", "王某"],
          ["", "2", "架桥", ""],
        ],
        merges: [
          { top: 1, left: 1, bottom: 1, right: 3 },
          { top: 2, left: 3, bottom: 3, right: 3 },
        ],
      },
    ]);
    expect(text).toBe("标题\n1\t修路\t王某\n2\t架桥\t王某");
  });
});

describe("web pages", () => {
  it("honours a GBK charset declared in the page", () => {
    const bytes = encodeGbk(
      '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>责任分解</body></html>',
    );
    expect(decodePage(bytes)).toEqual({ text: expect.stringContaining("责任分解"), encoding: "gb18030" });
  });

  it("drops scripts, menus and page furniture; a data table becomes rows, a layout table around it does not", () => {
    const html = `<html><head><title>x</title><script>var a = "一、不是任务";</script></head><body>
      <nav>首页 &gt; 政务公开</nav>
      <table><tr><td>
        <div>关于印发责任分解的通知</div>
        <table><tr><th>序号</th><th>工作任务</th><th>责任单位</th></tr>
          <tr><td>1</td><td>推进城东&amp;城西改造。</td><td>建设局<br>发改局</td></tr></table>
        <p>【打印本页】</p>
      </td></tr></table></body></html>`;
    expect(pageText(html)).toBe(
      "关于印发责任分解的通知\n序号\t工作任务\t责任单位\n1\t推进城东&城西改造。\t建设局、发改局",
    );
  });
});

describe("web archives (.mht), as Word saves 单个文件网页", () => {
  /** Quoted-printable, as Word writes it: every non-ASCII byte as =XX, lines broken with a soft break. */
  const qp = (bytes: Uint8Array): string => {
    const s = [...bytes]
      .map((b) => (b >= 0x80 || b === 0x3d ? `=${b.toString(16).toUpperCase()}` : String.fromCharCode(b)))
      .join("");
    return s.replace(/(.{70})/g, "$1=\r\n");
  };

  it("reads the GBK page inside, its table as rows", async () => {
    const page =
      "<html><body><p>2021年重点工作</p><table><tr><td>序号</td><td>工作任务</td><td>责任单位</td></tr>" +
      "<tr><td>1</td><td>推进城东改造。</td><td>建设局、发改局</td></tr></table></body></html>";
    const mht = [
      "MIME-Version: 1.0",
      'Content-Type: multipart/related; boundary="----=_NextPart_01D7"',
      "",
      "------=_NextPart_01D7",
      "Content-Location: file:///C:/x.htm",
      "Content-Transfer-Encoding: quoted-printable",
      'Content-Type: text/html; charset="gb2312"',
      "",
      qp(encodeGbk(page)),
      "",
      "------=_NextPart_01D7--",
      "",
    ].join("\r\n");
    const parsed = await loadDocument(new TextEncoder().encode(mht), noReaders, "分解.mht");
    expect(parsed.document.encoding).toBe("mht");
    expect(parsed.tasks.map((t) => [t.text, t.leads, t.coUnits])).toEqual([
      ["推进城东改造。", ["建设局"], ["发改局"]],
    ]);
  });

  it("reads a base64 page in UTF-8, as browsers save one", async () => {
    const page = "<p>一、重点工作</p><p>1.推进城东改造。</p><p>责任单位:建设局、发改局</p>";
    const b64 = Buffer.from(page, "utf8")
      .toString("base64")
      .replace(/(.{76})/g, "$1\r\n");
    const mht = `From: <Saved by Blink>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--x"\r\n\r\n------MultipartBoundary--x\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n${b64}\r\n------MultipartBoundary--x--\r\n`;
    const parsed = await loadDocument(new TextEncoder().encode(mht), noReaders, "a.mhtml");
    expect(parsed.tasks.map((t) => [t.id, t.text, t.leads, t.coUnits])).toEqual([
      ["1.1", "推进城东改造。", ["建设局"], ["发改局"]],
    ]);
  });

  it("an archive without a page is one line", async () => {
    const mht =
      'MIME-Version: 1.0\nContent-Type: multipart/related; boundary="b"\n\n--b\nContent-Type: image/png\n\nxx\n--b--\n';
    const parsed = await loadDocument(new TextEncoder().encode(mht), noReaders, "a.mht");
    expect(parsed.issues.map((i) => [i.code, i.params.reason])).toEqual([["file-unreadable", "bad-doc"]]);
  });
});

describe("OpenDocument content", () => {
  it("reads paragraphs and table rows, spans standing in each row, covered cells left out, repeats bounded", () => {
    const xml = `<office:document-content><office:body><office:text>
      <text:h text:outline-level="1">标题<text:s text:c="2"/>一</text:h>
      <table:table table:name="T"><table:table-column/>
        <table:table-row><table:table-cell><text:p>1</text:p></table:table-cell>
          <table:table-cell table:number-rows-spanned="2"><text:p>王某</text:p></table:table-cell>
          <table:table-cell table:number-columns-repeated="1000"/></table:table-row>
        <table:table-row><table:table-cell><text:p>2</text:p></table:table-cell>
          <table:covered-table-cell/></table:table-row>
        <table:table-row table:number-rows-repeated="1048000"><table:table-cell/></table:table-row>
      </table:table><text:p>注<text:note><text:note-body><text:p>脚注</text:p></text:note-body></text:note></text:p>
    </office:text></office:body></office:document-content>`;
    expect(odfText(xml)).toBe("标题  一\n1\t王某\n2\t王某\n注");
  });
});

describe("telling kinds apart", () => {
  it("takes markup for a web page whatever the name, and a .csv by its name", () => {
    expect(detectKind(new TextEncoder().encode("<!DOCTYPE html><html>"), "x.txt")).toEqual({
      readable: true,
      kind: "html",
    });
    expect(detectKind(new TextEncoder().encode("a,b"), "x.csv")).toEqual({ readable: true, kind: "csv" });
    expect(detectKind(new TextEncoder().encode("一、重点工作"), "x.csv.txt")).toEqual({
      readable: true,
      kind: "text",
    });
  });

  it("names a binary .wps that is no compound file as WPS's own old format", () => {
    const bytes = new Uint8Array([0x57, 0x50, 0x53, 0, 0, 0, 1, 2, 3]);
    expect(detectKind(bytes, "计划.wps")).toEqual({ readable: false, kind: "old-wps" });
    expect(detectKind(new TextEncoder().encode("一、重点工作"), "计划.wps")).toEqual({
      readable: true,
      kind: "text",
    });
  });

  it("does not take text that starts with BM for a bitmap", () => {
    expect(detectKind(new TextEncoder().encode("BM公司责任分解"), "")).toEqual({
      readable: true,
      kind: "text",
    });
  });
});
