import fc from "fast-check";
import { ledgerFromParsed } from "../../../src/core/ledger/fromParsed";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { isCollective } from "../../../src/core/parse/splitUnits";
import { buildPlan, planLazily } from "../../../src/core/workbook/buildPlan";
import { withSheetNames } from "../../../src/core/workbook/rename";
import { DEFAULT_SETTINGS } from "../../../src/core/plan/settings";
import { isValidSheetName, sheetName } from "../../../src/core/plan/sheetNames";
import type { ParsedDocument, Task } from "../../../src/core/types";
import { acceptSuggestions, membersOf, suggestRegistry } from "../../../src/core/units/registry";
import { gridOf, PlanGrid } from "../../support/planGrid";
import { sampleText } from "../../support/paths";

const POOL = [
  "财政局",
  "发改局",
  "发改局(服务业局)",
  "建设局",
  "商务局",
  "乌镇镇",
  "濮院镇",
  "梧桐街道",
  "各镇(街道)",
  "各相关单位",
];
const LEADERS = ["王建国", "李明华", "张卫东"];

const taskArb = fc.record({
  leads: fc.subarray(POOL, { minLength: 1, maxLength: 1 }),
  co: fc.subarray(POOL, { maxLength: 5 }),
  leader: fc.constantFrom(...LEADERS),
});

/** A parsed document made of generated tasks (the parser is tested elsewhere; this tests the plan). */
function documentOf(specs: Array<{ leads: string[]; co: string[]; leader: string }>): ParsedDocument {
  const tasks: Task[] = specs.map((s, i) => ({
    id: `1.${i + 1}`,
    part: 1,
    leader: s.leader,
    leaderTitle: "副市长",
    text: `任务${i + 1}`,
    leads: s.leads,
    coUnits: s.co.filter((u) => !s.leads.includes(u)),
    collectives: [...s.leads, ...s.co].filter(isCollective),
    deadline: null,
    line: i + 2,
  }));
  return {
    document: {
      title: "2020年测试分解",
      issuer: null,
      date: null,
      recipients: [],
      roleConvention: null,
      parts: [],
      encoding: "utf-8",
    },
    tasks,
    issues: [],
  };
}

function planOf(doc: ParsedDocument) {
  const suggested = suggestRegistry(doc);
  const registry = acceptSuggestions(suggested, suggested.suggestions);
  const model = ledgerFromParsed(doc, registry, DEFAULT_SETTINGS, { importedAt: "2020-05-22T08:00:00.000Z" });
  return { plan: buildPlan(model), registry, model };
}

/** The task list of a unit sheet as (id, role, via). */
function unitList(grid: PlanGrid) {
  return grid
    .records(grid.findHeader("编号", "角色", "经由"))
    .map((r) => ({ id: r["编号"], role: r["角色"], via: r["经由"] ?? "" }));
}

describe("the plan of generated documents", () => {
  it("puts every task on its lead's sheet and each co-unit's sheet exactly once, with the right role", () => {
    fc.assert(
      fc.property(fc.array(taskArb, { minLength: 1, maxLength: 25 }), (specs) => {
        const doc = documentOf(specs);
        const { plan, registry } = planOf(doc);
        const canonical = (u: string) =>
          registry.units.find((x) => x.name === u || x.aliases.includes(u))?.name ?? u;
        // What each unit should see, computed here from the tasks, independently of the plan's code.
        const expected = new Map<string, Map<string, { role: string; via: string }>>();
        const see = (unit: string, id: string, role: string, via: string) => {
          const m = expected.get(unit) ?? new Map();
          const prev = m.get(id);
          if (!prev || (prev.via && !via) || (prev.via === via && prev.role === "配合" && role === "牵头"))
            m.set(id, { role, via });
          expected.set(unit, m);
        };
        for (const t of doc.tasks) {
          const named = [
            ...t.leads.map((u) => [canonical(u), "牵头"]),
            ...t.coUnits.map((u) => [canonical(u), "配合"]),
          ];
          for (const [u, role] of named)
            if (!(isCollective(u!) && membersOf(registry, u!).length > 0)) see(u!, t.id, role!, "");
          for (const [u, role] of named)
            if (isCollective(u!)) for (const m of membersOf(registry, u!)) see(m, t.id, role!, u!);
        }
        const unitSheets = plan.sheets.filter((s) => s.kind === "unit");
        expect(unitSheets.map((s) => s.key).sort()).toEqual([...expected.keys()].sort());
        for (const sheet of unitSheets) {
          const list = unitList(new PlanGrid(sheet));
          const want = expected.get(sheet.key) as Map<string, { role: string; via: string }>;
          expect(list.map((r) => r.id).sort()).toEqual([...want.keys()].sort());
          for (const r of list) expect({ role: r.role, via: r.via }).toEqual(want.get(String(r.id)));
        }
      }),
      { numRuns: 60 },
    );
  });

  it("makes 汇总's counts add up to the 任务分工 rows and the task count", () => {
    fc.assert(
      fc.property(fc.array(taskArb, { minLength: 1, maxLength: 25 }), (specs) => {
        const { plan } = planOf(documentOf(specs));
        const assignments = gridOf(plan, "assignments").records(0).length;
        const summary = gridOf(plan, "summary");
        // Three of its tables, rows top to bottom and left to right: unit × role, unit × status (beside it),
        // leader × status.
        const rowsOf = (n: number) => {
          let seen = 0;
          for (let r = 0; r < summary.rows; r++)
            for (let c = 0; c < summary.sheet.widths.length; c++) {
              const corner = summary.get(r, c);
              if ((corner === "单位" || corner === "分管领导") && seen++ === n)
                return summary.records(r, c).filter((x) => x[String(corner)] !== "合计");
            }
          throw new Error("table not found");
        };
        const sum = (recs: ReturnType<typeof rowsOf>) => recs.reduce((n, r) => n + Number(r["合计"]), 0);
        expect(sum(rowsOf(0))).toBe(assignments);
        expect(sum(rowsOf(1))).toBe(assignments);
        expect(sum(rowsOf(2))).toBe(specs.length);
        for (const r of rowsOf(0)) expect(Number(r["牵头"]) + Number(r["配合"])).toBe(r["合计"]);
      }),
      { numRuns: 40 },
    );
  });
});

describe("the plan of the sample", () => {
  const doc = parseBreakdown(sampleText());
  const { plan, model } = planOf(doc);

  it("has the sheets of the ledger in order, with valid unique names", () => {
    const kinds = plan.sheets.map((s) => s.kind);
    expect(kinds.slice(0, 4)).toEqual(["ledger", "assignments", "units", "summary"]);
    expect(kinds.filter((k) => k === "leader")).toHaveLength(4);
    expect(kinds[kinds.length - 1]).toBe("about");
    const names = plan.sheets.map((s) => s.name);
    expect(names.every(isValidSheetName)).toBe(true);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  });

  it("planned one sheet at a time, is the same plan as planned at once, on every pass", () => {
    const options = {
      version: "test",
      today: "2020-07-01",
      pivots: false,
      kinds: ["ledger", "unit"],
    } as const;
    const lazy = planLazily(model, options);
    const eager = buildPlan(model, options);
    const first = lazy.sheets[Symbol.iterator]().next();
    expect(first.value).toEqual(eager.sheets[0]);
    expect([...lazy.sheets]).toEqual(eager.sheets);
    expect([...lazy.sheets]).toEqual(eager.sheets);
    expect({ names: lazy.names, settings: lazy.settings }).toEqual({
      names: eager.names,
      settings: eager.settings,
    });
  });

  it("writes the Tasks table with every task, text columns as text, statuses at the first status", () => {
    const ledger = plan.sheets[0]!;
    expect(ledger.tables[0]).toMatchObject({ name: "Tasks", range: { row: 0, col: 0, rows: 74, cols: 14 } });
    const rows = gridOf(plan, "ledger").records(0);
    expect(rows).toHaveLength(73);
    expect(rows.find((r) => r["编号"] === "2.4")).toMatchObject({
      牵头单位: "梧桐街道",
      分管领导: "冯中海",
      职务: "常务副市长",
      完成状态: "未启动",
    });
    const body = ledger.blocks.find((b) => b.kind === "values" && b.row === 1);
    expect(body && "formats" in body ? body.formats?.[0] : null).toBe("text");
  });

  it("gives dropdowns for 牵头单位 (through UnitList = Units[单位]) and 完成状态", () => {
    const ledger = plan.sheets[0]!;
    expect(ledger.validations.map((v) => v.source)).toEqual([
      { name: "UnitList" },
      { values: ["未启动", "推进中", "已完成", "滞后"] },
    ]);
    expect(plan.names).toEqual([{ name: "UnitList", refersTo: "Units[单位]" }]);
  });

  it("colours each status and overdue rows on the ledger and on every generated list", () => {
    for (const sheet of plan.sheets.filter((s) =>
      ["ledger", "assignments", "leader", "unit"].includes(s.kind),
    )) {
      const equals = sheet.conditionalFormats
        .filter((c) => c.rule.kind === "equals")
        .map((c) => (c.rule as { value: string }).value);
      // Assignments has no 亮灯 column; the task lists colour their lights too.
      const lights = sheet.kind === "assignments" ? [] : ["绿", "黄", "红"];
      expect(equals).toEqual(["未启动", "推进中", "已完成", "滞后", ...lights]);
    }
    const overdue = plan.sheets[0]!.conditionalFormats.find(
      (c) => c.rule.kind === "formula" && /<TODAY\(\)/.test(c.rule.formula),
    );
    expect(overdue?.rule).toEqual({
      kind: "formula",
      formula: 'AND(ISNUMBER($I2),$I2<TODAY(),$J2<>"已完成")',
    });
  });

  it("shows status through formulas that read the ledger row, with the values the ledger holds", () => {
    const unit = gridOf(plan, "unit", "梧桐街道");
    const header = unit.findHeader("编号", "角色", "经由");
    const rows = unit.records(header);
    expect(rows.map((r) => [r["编号"], r["角色"], r["经由"] ?? ""])).toEqual([
      ["1.3", "配合", "各镇(街道)"],
      ["2.4", "牵头", ""],
      ["2.13", "配合", "各镇(街道)"],
      ["2.14", "配合", "各镇(街道)"],
      ["3.6", "配合", "各镇(街道)"],
      ["3.7", "配合", ""],
      ["3.17", "配合", "各镇(街道)"],
      ["3.21", "配合", "相关镇(街道)"],
      ["4.9", "配合", "各镇(街道)"],
      ["4.12", "配合", "各镇(街道)"],
      ["4.17", "配合", "各镇(街道)"],
      ["4.18", "配合", "各镇(街道)"],
    ]);
    const statusCol = 3 + 6; // 编号 角色 经由, then 工作任务 牵头单位 配合单位 分管领导 完成时限 截止日期 完成状态
    expect(unit.get(header, statusCol)).toBe("完成状态");
    expect(unit.formulas.get(`${header + 1},${statusCol}`)).toBe(
      `IFERROR(INDEX(Tasks[完成状态],MATCH($A${header + 2},Tasks[编号],0))&"","")`,
    );
    expect(unit.get(header + 2, 3)).toBe(model.tasks.find((t) => t.id === "2.4")?.text);
  });

  it("keeps each unit's counts on top: a pivot filtered to the unit, with formula counts as fallback", () => {
    const sheet = plan.sheets.find((s) => s.kind === "unit" && s.key === "财政局")!;
    expect(sheet.pivots[0]).toMatchObject({
      source: "Assignments",
      rows: ["分管领导", "角色"],
      columns: ["完成状态"],
      value: "编号",
      filter: { field: "单位", items: ["财政局"] },
    });
    const grid = new PlanGrid(sheet);
    const counts = grid.records(grid.findHeader("角色"));
    // 财政局 leads 1.1, 1.3, 2.16, 2.17 (its alias 财政局(国资办)) and co-works on 8 tasks (counted in the sample).
    expect(counts.map((r) => [r["角色"], r["未启动"], r["合计"]])).toEqual([
      ["牵头", 4, 4],
      ["配合", 8, 8],
      ["合计", 12, 12],
    ]);
  });

  it("lists in 说明 which sheet stands for which unit, and renames follow", () => {
    const about = gridOf(plan, "about");
    const list = about.records(about.findHeader("工作表", "类别", "对象"));
    expect(list).toContainEqual({ 工作表: "桐城委(桐城集团)", 类别: "单位", 对象: "桐城委(桐城集团)" });
    const renamed = withSheetNames(plan, new Map([["财政局", "财政局 (2)"]]));
    const after = gridOf(renamed, "about");
    expect(after.records(after.findHeader("工作表", "类别", "对象"))).toContainEqual({
      工作表: "财政局 (2)",
      类别: "单位",
      对象: "财政局",
    });
    expect(renamed.sheets.some((s) => s.name === "财政局 (2)" && s.key === "财政局")).toBe(true);
  });
});

describe("sheet names", () => {
  it("follow Excel's rules and stay unique ignoring case", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 30 }), (raws) => {
        const taken = new Set<string>();
        const names = raws.map((r) => sheetName(r, taken));
        expect(names.every(isValidSheetName)).toBe(true);
        expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
      }),
    );
    const taken = new Set<string>();
    expect(sheetName("History", taken)).toBe("History_");
    expect(sheetName("a/b:c?d*e[f]g\\h", taken)).toBe("a_b_c_d_e_f_g_h");
    const long = "某某市某某区人民政府办公室关于某某某某某某事项的专项工作领导小组";
    expect(sheetName(long, taken)).toBe(`${[...long].slice(0, 30).join("")}…`);
    expect(sheetName(long, taken)).toBe(`${[...long].slice(0, 27).join("")} (2)`);
  });

  it("count characters outside the BMP as two, as Excel (31 UTF-16 units) and ExcelJS's cut do, never splitting one", () => {
    // 𬌗 (CJK Extension B, in place names) is two UTF-16 code units: 20 of them are 40 units.
    const taken = new Set<string>();
    const wide = "𬌗".repeat(20);
    const name = sheetName(wide, taken);
    expect(name).toBe(`${"𬌗".repeat(15)}…`);
    expect(name.length).toBe(31);
    expect(isValidSheetName(wide)).toBe(false);
    expect(sheetName(wide, taken)).toBe(`${"𬌗".repeat(13)} (2)`);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 40 }), { maxLength: 20 }), (raws) => {
        const seen = new Set<string>();
        for (const n of raws.map((r) => sheetName(r, seen))) {
          expect(isValidSheetName(n)).toBe(true);
          // Whole characters only: no high surrogate without its low one.
          expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(n)).toBe(false);
        }
      }),
    );
  });
});
