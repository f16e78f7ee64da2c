import { ledgerFromParsed } from "../../../src/core/ledger/fromParsed";
import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { buildPlan } from "../../../src/core/workbook/buildPlan";
import { countIfs } from "../../../src/core/plan/formulas";
import { statusListSource } from "../../../src/core/plan/listSource";
import { CELL_LIMIT, clipLongCells } from "../../../src/core/plan/longCells";
import { settingsWithStatuses } from "../../../src/core/plan/settings";
import { registryFromJson } from "../../../src/core/units/registryIo";
import { suggestRegistry } from "../../../src/core/units/registry";

const planOf = (text: string, statuses?: string[]) => {
  const parsed = parseBreakdown(text);
  const settings = settingsWithStatuses(statuses ?? ["未启动", "推进中", "已完成"]);
  return buildPlan(ledgerFromParsed(parsed, suggestRegistry(parsed), settings), { version: "test" });
};
const TEXT = "一、稳增长\n1.扩大有效投资。\n责任单位:发改局、财政局";
const statusValidation = (plan: ReturnType<typeof planOf>) =>
  plan.sheets.find((s) => s.kind === "ledger")?.validations.find((v) => v.errorTitle === "完成状态");

describe("what Excel's limits allow", () => {
  it("makes every COUNTIFS criterion an exact text match, so =X and wildcards count as written", () => {
    expect(countIfs("Assignments", [["单位", '"=信访局"']])).toBe(
      'COUNTIFS(Assignments[单位],"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE("=信访局","~","~~"),"*","~*"),"?","~?"))',
    );
  });

  it("lists short statuses in the dropdown itself", () => {
    expect(statusValidation(planOf(TEXT))?.source).toEqual({ values: ["未启动", "推进中", "已完成"] });
    expect(planOf(TEXT).names.map((n) => n.name)).toEqual(["UnitList"]);
  });

  it("reads the dropdown from 说明's status column when a status has a quote or the list passes 255 characters", () => {
    const quoted = planOf(TEXT, ['未"启动', "已完成"]);
    expect(statusValidation(quoted)?.source).toEqual({ name: "StatusList" });
    expect(quoted.names).toContainEqual({ name: "StatusList", refersTo: "Statuses[状态]" });
    const many = Array.from({ length: 60 }, (_, i) => `状态${i}号`);
    expect(many.join(",").length).toBeGreaterThan(255);
    expect(statusListSource(many)).toEqual({ name: "StatusList" });
    expect(statusListSource(["a,b"])).toEqual({ name: "StatusList" });
  });

  it("cuts a cell longer than 32,767 characters and says which cell it was", () => {
    const long = "扩大有效投资" + "推".repeat(40000) + "。";
    const { plan, long: cut } = clipLongCells(planOf(`一、稳增长\n1.${long}\n责任单位:发改局、财政局`));
    const ledger = cut.find((c) => c.sheet === "任务台账");
    expect(ledger).toEqual({ sheet: "任务台账", cell: "D2", length: long.length });
    const sheet = plan.sheets.find((s) => s.name === "任务台账");
    const texts = sheet?.blocks.flatMap((b) => (b.kind === "values" ? b.values.flat() : [])) ?? [];
    expect(Math.max(...texts.map((v) => (typeof v === "string" ? v.length : 0)))).toBe(CELL_LIMIT);
    // The cell says itself that it was cut.
    expect(texts).toContainEqual(
      expect.stringMatching(
        new RegExp(`^扩大有效投资推+……【原有${long.length}字,超出单元格上限,以下已截断】$`),
      ),
    );
  });

  it("reads a units JSON saved with a byte order mark", () => {
    const read = registryFromJson('\uFEFF{"units":[{"name":"发改局"}]}');
    expect(read.registry?.units.map((u) => u.name)).toEqual(["发改局"]);
  });
});
