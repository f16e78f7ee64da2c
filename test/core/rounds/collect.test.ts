import { collectReturns, periodOfReturns } from "../../../src/core/rounds/collect";
import type { ReturnCell, ReturnRead, ReturnRowRead } from "../../../src/core/rounds/collectTypes";
import { dispatchForms } from "../../../src/core/rounds/dispatch";
import type { ReturnForm } from "../../../src/core/rounds/form";
import { collectMessage } from "../../../src/core/rounds/messages";
import { collectReportLines, roundSheetRows } from "../../../src/core/rounds/roundReport";
import type { ProgressRow } from "../../../src/core/year/progress";
import { sampleLedger } from "../../support/sampleLedger";

const { model } = sampleLedger();
const forms = dispatchForms(model, "2020-03");
const formOf = (unit: string): ReturnForm => forms.find((f) => f.meta.unit === unit)!;

/** A form as returned: every row as sent, with the fills `fill` gives (by task id) and `edit` applied. */
function returned(
  unit: string,
  fill: (id: string, role: string) => Readonly<Record<string, string | undefined>>,
  opts: {
    file?: string;
    at?: string;
    edit?: (rows: ReturnRowRead[]) => ReturnRowRead[];
    form?: ReturnForm;
  } = {},
): ReturnRead {
  const form = opts.form ?? formOf(unit);
  let rows: ReturnRowRead[] = form.rows.map((r, k) => ({
    id: r.id,
    cell: `填报!A${7 + k}`,
    text: r.text,
    lead: r.lead,
    deadline: r.deadline,
    fills: Object.entries(fill(r.id, r.role)).flatMap(([column, value], i): ReturnCell[] =>
      value === undefined ? [] : [{ column, value, cell: `填报!${"HIJK"[i]}${7 + k}` }],
    ),
  }));
  if (opts.edit) rows = opts.edit(rows);
  return {
    file: opts.file ?? `${unit}.xlsx`,
    receivedAt: opts.at ?? "2020-03-28T09:00:00.000Z",
    meta: form.meta,
    rows,
  };
}

const progressOnly = (id: string) => ({ 进展情况: `${id} 进展` });

describe("collect", () => {
  it("lands every filled cell as a 报送 row, and the lead unit's word sets the task's status and progress", () => {
    const r = collectReturns(
      model,
      [],
      [
        returned("经信局", (id, role) =>
          role === "牵头" ? { 完成状态: "推进中", 进展情况: `${id} 已开工` } : progressOnly(id),
        ),
      ],
      "2020-03",
    );
    // 8 lead rows × 2 cells + 9 co rows × 1 cell.
    expect(r.landed).toBe(25);
    expect(r.refused).toBe(0);
    expect(r.added).toHaveLength(17);
    expect(r.added.find((x) => x.id === "3.3")).toEqual({
      id: "3.3",
      period: "2020-03",
      unit: "经信局",
      status: "推进中",
      progress: "3.3 已开工",
      problems: "",
      nextSteps: "",
      reportedOn: "2020-03-28",
      source: "报送",
    });
    expect(r.updates).toHaveLength(8);
    expect(r.updates.find((u) => u.id === "3.3")).toEqual({
      id: "3.3",
      status: "推进中",
      progress: "3.3 已开工",
    });
    // A co-unit's progress is kept in Progress, not set on the task.
    expect(r.updates.some((u) => u.id === "1.1")).toBe(false);
    expect(r.added.find((x) => x.id === "1.1")?.progress).toBe("1.1 进展");
  });

  it("refuses a row whose task text was rewritten, with the cell, and lands the others", () => {
    const edit = (rows: ReturnRowRead[]) =>
      rows.map((x) => (x.id === "3.3" ? { ...x, text: `${x.text}(已调整)` } : x));
    const r = collectReturns(model, [], [returned("经信局", progressOnly, { edit })], "2020-03");
    expect(r.landed).toBe(16);
    expect(r.refused).toBe(1);
    const f = r.findings.find((x) => x.code === "locked-edited")!;
    expect(f).toMatchObject({ id: "3.3", unit: "经信局", entries: 1, params: { fields: ["工作任务"] } });
    expect(collectMessage(f, "zh-CN")).toContain("改动了不可修改的工作任务");
    expect(r.added.some((x) => x.id === "3.3")).toBe(false);
  });

  it("refuses changed units and deadlines, added and repeated rows, and names deleted rows", () => {
    const edit = (rows: ReturnRowRead[]): ReturnRowRead[] => [
      { ...rows[0]!, lead: "发改局" },
      { ...rows[1]!, deadline: "12月底前" },
      ...rows.slice(3),
      { ...rows[4]!, cell: "填报!A40" },
      {
        id: "9.9",
        cell: "填报!A41",
        text: "新增任务",
        lead: "",
        deadline: "",
        fills: [{ column: "进展情况", value: "x", cell: "填报!I41" }],
      },
    ];
    const r = collectReturns(model, [], [returned("经信局", progressOnly, { edit })], "2020-03");
    const codes = r.findings.map((f) => `${f.code}:${f.id}`);
    const ids = formOf("经信局").rows.map((x) => x.id);
    expect(codes).toEqual([
      `locked-edited:${ids[0]}`,
      `locked-edited:${ids[1]}`,
      `row-repeated:${ids[4]}`,
      "row-added:9.9",
      `row-deleted:${ids[2]}`,
    ]);
    expect(r.findings[0]?.params).toEqual({ fields: ["牵头单位"] });
    expect(r.findings[1]?.params).toEqual({ fields: ["完成时限"] });
    // 17 rows sent: 2 edited, 1 deleted → 14 land; the repeat and the added row are refused.
    expect(r.landed).toBe(14);
    expect(r.refused).toBe(4);
  });

  it("refuses returns of another period or ledger, and uses the later of two returns of a unit, saying so", () => {
    const otherLedger = {
      ...formOf("财政局"),
      meta: { ...formOf("财政局").meta, ledgerId: "00000000", ledgerTitle: "别的台账" },
    };
    const reads = [
      returned("发改局", progressOnly, { file: "发改局-later.xlsx", at: "2020-03-29T10:00:00Z" }),
      returned("发改局", () => ({ 进展情况: "旧" }), { file: "发改局.xlsx", at: "2020-03-27T10:00:00Z" }),
      returned("财政局", progressOnly, { form: otherLedger }),
      returned("商务局", progressOnly, {
        form: dispatchForms(model, "2020-02").find((f) => f.meta.unit === "商务局")!,
      }),
      { file: "说明.docx", receivedAt: "2020-03-28T00:00:00Z", notReturn: "not-xlsx" } as const,
    ];
    const r = collectReturns(model, [], reads, "2020-03");
    expect(r.findings.map((f) => [f.code, f.file, f.entries])).toEqual([
      ["superseded", "发改局.xlsx", 20],
      ["other-ledger", "财政局.xlsx", 12],
      ["other-period", "商务局.xlsx", 9],
      ["not-return", "说明.docx", 0],
    ]);
    expect(r.added.filter((x) => x.unit === "发改局").every((x) => x.progress !== "旧")).toBe(true);
    expect(r.units.find((u) => u.unit === "发改局")).toMatchObject({
      file: "发改局-later.xlsx",
      landed: 20,
      refused: 20,
    });
    expect(collectMessage(r.findings[0]!, "zh-CN")).toContain("以较晚的 发改局-later.xlsx 为准");
    expect(r.missing.map((u) => u.unit)).toContain("财政局");
  });

  it("names every unit that did not return, with its task counts", () => {
    const r = collectReturns(model, [], [returned("经信局", progressOnly)], "2020-03");
    expect(r.missing).toHaveLength(forms.length - 1);
    expect(r.missing.find((u) => u.unit === "发改局")).toMatchObject({ lead: 9, co: 11, file: null });
    expect(r.missing.some((u) => u.unit === "经信局")).toBe(false);
  });

  it("keeps a status not in the list out, saying so, and lands the rest of the row", () => {
    const r = collectReturns(
      model,
      [],
      [returned("经信局", (id) => (id === "3.3" ? { 完成状态: "快完成了", 进展情况: "进行中" } : {}))],
      "2020-03",
    );
    expect(r.landed).toBe(1);
    expect(r.refused).toBe(1);
    expect(r.findings[0]).toMatchObject({
      code: "return-status-invalid",
      id: "3.3",
      params: { status: "快完成了" },
    });
    expect(r.updates).toEqual([{ id: "3.3", progress: "进行中" }]);
    // The printed report heads its notes as its other Chinese lines are punctuated (说明：, not 说明:).
    const lines = collectReportLines(r, "zh-CN");
    expect(lines).toContain("说明\uff1a");
    expect(collectReportLines(r, "en-US")).toContain("Notes:");
  });

  it("leaves the status alone when two lead units disagree, and joins their progress", () => {
    // Task 3.3 (经信局) given a second lead unit, 发改局.
    const twoLeads = {
      ...model,
      tasks: model.tasks.map((t) => (t.id === "3.3" ? { ...t, lead: "经信局、发改局" } : t)),
    };
    const sent = dispatchForms(twoLeads, "2020-03");
    const reads = ["经信局", "发改局"].map((u, i) =>
      returned(
        u,
        (id) => (id === "3.3" ? { 完成状态: i === 0 ? "推进中" : "已完成", 进展情况: `${u}做了` } : {}),
        {
          form: sent.find((f) => f.meta.unit === u)!,
        },
      ),
    );
    const r = collectReturns(twoLeads, [], reads, "2020-03");
    expect(r.updates).toEqual([{ id: "3.3", progress: "经信局:经信局做了\n发改局:发改局做了" }]);
    expect(r.findings).toEqual([
      expect.objectContaining({
        code: "leads-disagree",
        id: "3.3",
        params: { statuses: ["经信局:推进中", "发改局:已完成"] },
      }),
    ]);
  });

  it("replaces a unit's rows of an earlier collect of the period, keeping every other row", () => {
    const earlier: ProgressRow[] = [
      {
        id: "3.3",
        period: "2020-03",
        unit: "经信局",
        status: "未启动",
        progress: "旧",
        problems: "",
        nextSteps: "",
        reportedOn: "2020-03-20",
        source: "报送",
      },
      {
        id: "3.3",
        period: "2020-02",
        unit: "经信局",
        status: "未启动",
        progress: "二月",
        problems: "",
        nextSteps: "",
        reportedOn: "2020-02-20",
        source: "报送",
      },
      {
        id: "1.3",
        period: "2020-03",
        unit: "财政局",
        status: "推进中",
        progress: "录入",
        problems: "",
        nextSteps: "",
        reportedOn: null,
        source: "录入",
      },
    ];
    const r = collectReturns(model, earlier, [returned("经信局", progressOnly)], "2020-03");
    expect(r.progress).toHaveLength(2 + 17);
    expect(r.progress.slice(0, 2).map((x) => x.progress)).toEqual(["二月", "录入"]);
    expect(r.findings).toEqual([
      expect.objectContaining({ code: "replaced", params: { count: 1, period: "2020-03" } }),
    ]);
  });

  it("dates each return's rows by the day the shell read for it, and says where each day came from", () => {
    const saved: ReturnRead = {
      ...returned("经信局", progressOnly),
      dated: { on: "2020-03-27", from: "saved" },
    };
    const copied: ReturnRead = {
      ...returned("发改局", progressOnly, { at: "2020-04-06T01:00:00.000Z" }),
      dated: { on: "2020-04-06", from: "file" },
    };
    const r = collectReturns(model, [], [saved, copied], "2020-03");
    expect([...new Set(r.added.map((x) => `${x.unit} ${x.reportedOn}`))]).toEqual([
      "经信局 2020-03-27",
      "发改局 2020-04-06",
    ]);
    const dates = r.findings.filter((f) => f.code === "report-date");
    expect(dates.map((f) => [f.file, f.params])).toEqual([
      ["经信局.xlsx", { date: "2020-03-27", from: "saved" }],
      ["发改局.xlsx", { date: "2020-04-06", from: "file" }],
    ]);
    expect(collectMessage(dates[0]!, "zh-CN")).toContain(
      "报送日期 2020-03-27\uff0c取自报送表内记录的最后保存时间",
    );
    expect(collectMessage(dates[1]!, "en-US")).toContain("报送日期 2020-04-06, the file's modification day");
    // Nothing refused by saying so; the unit table carries the day and its source.
    expect(r.refused).toBe(0);
    expect(r.units.find((u) => u.unit === "经信局")).toMatchObject({
      reportedOn: "2020-03-27",
      dateFrom: "saved",
    });
    expect(roundSheetRows(r, "zh-CN").units.find((u) => u[0] === "经信局")?.[4]).toBe(
      "2020-03-27\uff08表内保存时间\uff09",
    );
  });

  it("of two returns of a unit takes the later saved, whatever the files' modification times", () => {
    const early = {
      ...returned("经信局", () => ({ 进展情况: "第一次" }), {
        file: "a.xlsx",
        at: "2020-04-06T02:00:00.000Z",
      }),
      savedAt: "2020-03-20T01:00:00.000Z",
    };
    const late = {
      ...returned("经信局", () => ({ 进展情况: "第二次" }), {
        file: "b.xlsx",
        at: "2020-04-06T01:00:00.000Z",
      }),
      savedAt: "2020-03-27T01:00:00.000Z",
    };
    const r = collectReturns(model, [], [early, late], "2020-03");
    expect(r.added.map((x) => x.progress)).toEqual(Array(17).fill("第二次"));
    expect(r.findings[0]).toMatchObject({ code: "superseded", file: "a.xlsx" });
  });

  it("takes the period most returns name when none is asked for", () => {
    const reads = [returned("经信局", progressOnly), returned("发改局", progressOnly)];
    expect(periodOfReturns(reads, null)).toBe("2020-03");
    expect(periodOfReturns(reads, "2020-04")).toBe("2020-04");
    expect(periodOfReturns([], null)).toBeNull();
  });

  describe("a form's rows are matched to the task they were about, not to whatever now has the 编号", () => {
    const lead3 = (id: string) => (id === "3.3" ? { 完成状态: "已完成", 进展情况: "股改上市 5 家" } : {});
    const withTasks = (edit: (t: (typeof model.tasks)[number]) => (typeof model.tasks)[number]) => ({
      ...model,
      tasks: model.tasks.map(edit),
    });

    it("follows a task an update renumbered, and never writes into the task that took its 编号", () => {
      // After dispatch, 3.3 and 3.4 swapped numbers (3.4 is 商务局's, where 经信局 has no role).
      const after = withTasks((t) =>
        t.id === "3.3" ? { ...t, id: "3.4" } : t.id === "3.4" ? { ...t, id: "3.3" } : t,
      );
      const r = collectReturns(after, [], [returned("经信局", lead3)], "2020-03");
      expect(r.added.map((x) => [x.id, x.progress])).toEqual([["3.4", "股改上市 5 家"]]);
      expect(r.updates).toEqual([{ id: "3.4", status: "已完成", progress: "股改上市 5 家" }]);
      const moved = r.findings.find((f) => f.code === "task-moved")!;
      expect(moved).toMatchObject({ id: "3.3", params: { to: "3.4" } });
      expect(collectMessage(moved, "zh-CN")).toContain("任务 3.3 分发后改编号为 3.4");
      expect(r.refused).toBe(0);
    });

    it("refuses a row whose task was dropped, naming both texts, when another task now has its 编号", () => {
      const other = model.tasks.find((t) => t.id === "3.4")!;
      const after = withTasks((t) =>
        t.id === "3.3"
          ? { ...t, text: other.text, lead: "商务局", co: "" }
          : t.id === "3.4"
            ? { ...t, id: "3.40" }
            : t,
      );
      const r = collectReturns(
        { ...after, tasks: after.tasks.filter((t) => t.id !== "3.40") },
        [],
        [returned("经信局", lead3)],
        "2020-03",
      );
      expect(r.added).toEqual([]);
      expect(r.updates).toEqual([]);
      const f = r.findings.find((x) => x.code === "task-changed")!;
      expect(f).toMatchObject({ id: "3.3", cell: "填报!A15", entries: 2 });
      expect(collectMessage(f, "zh-CN")).toContain("已不是分发时的任务");
      expect(collectMessage(f, "zh-CN")).toContain("双进双产");
      expect(r.refused).toBe(2);
    });

    it("refuses a row of a task the unit no longer has", () => {
      const after = withTasks((t) => (t.id === "3.3" ? { ...t, lead: "发改局", co: "" } : t));
      const r = collectReturns(after, [], [returned("经信局", lead3)], "2020-03");
      expect(r.added).toEqual([]);
      expect(r.findings.find((x) => x.code === "not-units-task")).toMatchObject({
        id: "3.3",
        entries: 2,
        params: { to: "3.3", lead: "发改局" },
      });
    });

    it("lands a row whose task text the clerk edited since dispatch, saying what differs", () => {
      const after = withTasks((t) =>
        t.id === "3.3" ? { ...t, text: t.text.replace("鼓励企业", "引导企业") } : t,
      );
      const r = collectReturns(after, [], [returned("经信局", lead3)], "2020-03");
      expect(r.added.map((x) => x.id)).toEqual(["3.3"]);
      const f = r.findings.find((x) => x.code === "task-edited")!;
      expect(f.params).toEqual({ to: "3.3", was: "…”发展,鼓励企业“进…", now: "…”发展,引导企业“进…" });
      expect(collectMessage(f, "zh-CN")).toContain("仍按同一任务汇总");
    });

    it("keeps a task the ledger holds as done, naming the lead's other word with its cell", () => {
      const after = withTasks((t) => (t.id === "3.3" ? { ...t, status: "已完成" } : t));
      const r = collectReturns(
        after,
        [],
        [returned("经信局", (id) => (id === "3.3" ? { 完成状态: "推进中", 进展情况: "还在推进" } : {}))],
        "2020-03",
      );
      expect(r.updates).toEqual([{ id: "3.3", progress: "还在推进" }]);
      expect(r.added[0]?.status).toBe("推进中");
      const f = r.findings.find((x) => x.code === "done-kept")!;
      expect(f).toMatchObject({ id: "3.3", unit: "经信局", cell: "填报!H15" });
      expect(collectMessage(f, "zh-CN")).toContain("任务台账保持“已完成”");
    });
  });

  describe("a later return never loses an earlier one", () => {
    const earlier = (unit: string, ids: readonly string[]): ProgressRow[] =>
      ids.map((id) => ({
        id,
        period: "2020-03",
        unit,
        status: "",
        progress: `${id} 早报`,
        problems: "",
        nextSteps: "",
        reportedOn: "2020-03-20",
        source: "报送",
      }));
    const ids = () => formOf("经信局").rows.map((x) => x.id);

    it("a blank form collected later keeps the unit's rows, and the unit is still reported", () => {
      const before = earlier("经信局", ids());
      const r = collectReturns(model, before, [returned("经信局", () => ({}))], "2020-03");
      expect(r.progress).toEqual(before);
      expect(r.missing.some((u) => u.unit === "经信局")).toBe(false);
      const f = r.findings.find((x) => x.code === "return-empty")!;
      expect(collectMessage(f, "zh-CN")).toContain("此前汇总的 17 行报送记录保留");
      expect(r.findings.some((x) => x.code === "replaced")).toBe(false);
    });

    it("a partial return replaces only the tasks it fills, saying which earlier rows stay", () => {
      const r = collectReturns(
        model,
        earlier("经信局", ids()),
        [returned("经信局", (id) => (id === "3.3" ? { 进展情况: "新" } : {}))],
        "2020-03",
      );
      expect(r.progress.filter((x) => x.id === "3.3").map((x) => x.progress)).toEqual(["新"]);
      expect(r.progress).toHaveLength(17);
      expect(r.findings.find((x) => x.code === "replaced")?.params).toEqual({ count: 1, period: "2020-03" });
      expect(r.findings.find((x) => x.code === "kept-earlier")?.params).toMatchObject({ count: 16 });
    });

    it("of two files in one collect, a blank later one does not replace a filled earlier one", () => {
      const r = collectReturns(
        model,
        [],
        [
          returned("经信局", progressOnly, { file: "a.xlsx", at: "2020-03-20T01:00:00.000Z" }),
          returned("经信局", () => ({}), { file: "b.xlsx", at: "2020-03-28T01:00:00.000Z" }),
        ],
        "2020-03",
      );
      expect(r.added).toHaveLength(17);
      expect(r.findings[0]).toMatchObject({
        code: "blank-later",
        file: "b.xlsx",
        params: { earlier: "a.xlsx" },
      });
    });

    it("counts units from the period's rows in Progress, not from this collect's files alone", () => {
      const r = collectReturns(
        model,
        earlier("发改局", ["1.2"]),
        [returned("经信局", progressOnly)],
        "2020-03",
      );
      expect(r.missing.some((u) => u.unit === "发改局")).toBe(false);
      expect(r.units.find((u) => u.unit === "发改局")).toMatchObject({
        file: null,
        reported: 1,
        reportedOn: "2020-03-20",
      });
      expect(collectReportLines(r, "zh-CN")[0]).toContain(`${forms.length} 个单位中 2 个已报送`);
      expect(roundSheetRows(r, "zh-CN").units.find((u) => u[0] === "发改局")?.[7]).toBe(
        "已报送\uff08此前汇总\uff09",
      );
    });
  });

  it("names text typed into the read-only columns and into a column the unit inserted, with cells", () => {
    const edit = (rows: ReturnRowRead[]) =>
      rows.map((x) =>
        x.id === "3.3"
          ? {
              ...x,
              status: { column: "当前状态", value: "已完成", cell: "填报!F15" },
              progress: { column: "当前进展", value: "已上市 2 家", cell: "填报!G15" },
              others: [{ column: "备注", value: "商务局备注", cell: "填报!L15" }],
            }
          : x,
      );
    const r = collectReturns(model, [], [returned("经信局", () => ({}), { edit })], "2020-03");
    expect(r.findings.map((f) => [f.code, f.cell, f.params.text])).toEqual([
      ["locked-typed", "填报!F15", "已完成"],
      ["locked-typed", "填报!G15", "已上市 2 家"],
      ["column-added", "填报!L15", "商务局备注"],
    ]);
    expect(r.refused).toBe(3);
    expect(collectMessage(r.findings[0]!, "zh-CN")).toContain("不可填写的“当前状态”列被改为");
  });

  describe("an older dispatch's filled form (no fingerprints of 当前状态/当前进展)", () => {
    /** A unit's form as an older dispatch wrote it: no record of what its read-only cells went out with. */
    const olderForm = (unit: string): ReturnForm => {
      const f = formOf(unit);
      return {
        ...f,
        meta: { ...f.meta, tasks: f.meta.tasks.map(({ statusPrint: _s, progressPrint: _p, ...t }) => t) },
      };
    };
    /** Every row's read-only cells as they went out (`sent` by task), and `typed` over one row's 当前进展. */
    const asSent =
      (sent: (id: string) => { status: string; progress: string }, typed?: { id: string; text: string }) =>
      (rows: ReturnRowRead[]) =>
        rows.map((x, k): ReturnRowRead => {
          const { status, progress } = sent(x.id);
          const text = typed?.id === x.id ? typed.text : progress;
          return {
            ...x,
            status: { column: "当前状态", value: status, cell: `填报!F${7 + k}` },
            ...(text ? { progress: { column: "当前进展", value: text, cell: `填报!G${7 + k}` } } : {}),
          };
        });
    const now = (id: string) => {
      const t = model.tasks.find((x) => x.id === id)!;
      return { status: t.status, progress: t.progress };
    };
    const row33 = formOf("经信局").rows.findIndex((x) => x.id === "3.3");

    it("names text typed into 当前进展 of one row, with its file and cell, though every row's 进展情况 was filled", () => {
      const r = collectReturns(
        model,
        [],
        [
          returned("经信局", progressOnly, {
            form: olderForm("经信局"),
            edit: asSent(now, { id: "3.3", text: "已上市 2 家" }),
          }),
        ],
        "2020-03",
      );
      expect(r.findings.filter((f) => f.code === "locked-typed")).toEqual([
        {
          code: "locked-typed",
          file: "经信局.xlsx",
          unit: "经信局",
          id: "3.3",
          cell: `填报!G${7 + row33}`,
          entries: 1,
          params: { column: "当前进展", text: "已上市 2 家", sure: "" },
        },
      ]);
      // Nothing of it lands: the row's 进展情况 does, as every other row's; the read-only text is in no row.
      expect(r.landed).toBe(17);
      expect(r.refused).toBe(1);
      expect(r.added.find((x) => x.id === "3.3")?.progress).toBe("3.3 进展");
      expect(r.added.some((x) => x.progress.includes("已上市"))).toBe(false);
      expect(r.updates.some((u) => u.progress?.includes("已上市"))).toBe(false);
    });

    it("takes the text several forms show in a read-only cell as what went out, though the ledger has moved on since", () => {
      // The task most units have went out with 三月初的进展; the clerk has typed another since, on 任务台账 (no row
      // in Progress), so the ledger no longer tells what the forms went out with: the forms that agree do.
      const count = (id: string) => forms.filter((f) => f.rows.some((x) => x.id === id)).length;
      const id = model.tasks.map((t) => t.id).reduce((a, b) => (count(b) > count(a) ? b : a));
      const units = forms.filter((f) => f.rows.some((x) => x.id === id)).map((f) => f.meta.unit);
      expect(units.length).toBeGreaterThan(2);
      const moved = {
        ...model,
        tasks: model.tasks.map((t) => (t.id === id ? { ...t, progress: "督查室改写的进展" } : t)),
      };
      const went = (x: string) => (x === id ? { ...now(x), progress: "三月初的进展" } : now(x));
      const back = (unit: string, typed?: string) =>
        returned(unit, progressOnly, {
          form: olderForm(unit),
          edit: asSent(went, typed ? { id, text: typed } : undefined),
        });
      const all = collectReturns(
        moved,
        [],
        units.map((u) => back(u)),
        "2020-03",
      );
      expect(all.findings.filter((f) => f.code === "locked-typed")).toEqual([]);
      // One unit typed over it: that one is named, the others' text as sent is not.
      const [first, ...rest] = units as [string, ...string[]];
      const one = collectReturns(
        moved,
        [],
        [back(first, "本单位写的"), ...rest.map((u) => back(u))],
        "2020-03",
      );
      expect(
        one.findings.filter((f) => f.code === "locked-typed").map((f) => [f.unit, f.id, f.params.text]),
      ).toEqual([[first, id, "本单位写的"]]);
      // A form alone with it cannot tell: the text differs from the ledger, and is named so (not as surely typed).
      const alone = collectReturns(moved, [], [back(first)], "2020-03");
      expect(alone.findings.filter((f) => f.code === "locked-typed").map((f) => f.params.sure)).toEqual([""]);
    });
  });

  it("in a blank form of an older dispatch (no fingerprints of 当前状态/当前进展) names only text the ledger never held", () => {
    const old = formOf("经信局");
    const form = {
      ...old,
      meta: { ...old.meta, tasks: old.meta.tasks.map(({ statusPrint: _s, progressPrint: _p, ...t }) => t) },
    };
    const history: ProgressRow[] = [
      {
        id: "3.3",
        period: "2020-02",
        unit: "经信局",
        status: "推进中",
        progress: "二月的进展",
        problems: "",
        nextSteps: "",
        reportedOn: "2020-02-20",
        source: "报送",
      },
    ];
    const withCells = (progress: string) => (rows: ReturnRowRead[]) =>
      rows.map((x) =>
        x.id === "3.3"
          ? {
              ...x,
              status: { column: "当前状态", value: "推进中", cell: "填报!F15" },
              progress: { column: "当前进展", value: progress, cell: "填报!G15" },
            }
          : x,
      );
    const sent = collectReturns(
      model,
      history,
      [returned("经信局", () => ({}), { form, edit: withCells("经信局:二月的进展") })],
      "2020-03",
    );
    expect(sent.findings.map((f) => f.code)).toEqual(["return-empty"]);
    const typed = collectReturns(
      model,
      history,
      [returned("经信局", () => ({}), { form, edit: withCells("本单位写的") })],
      "2020-03",
    );
    expect(typed.findings.map((f) => [f.code, f.cell, f.params.sure])).toEqual([
      ["locked-typed", "填报!G15", ""],
    ]);
    expect(collectMessage(typed.findings[0]!, "zh-CN")).toContain("与台账现有内容不同");
  });
});
