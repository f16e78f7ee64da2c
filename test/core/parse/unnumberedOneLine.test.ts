import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";
import { splitUnnumberedTables } from "../../../src/core/parse/tableOneLineRows";
import { joinWrappedNames } from "../../../src/core/parse/fallback/cells";
import { toLines } from "../../../src/core/text/lines";

// A table with no 序号 column whose rows a forum copy ran together with single spaces (tableOneLineRows.ts): the
// header of column names opens with the task column, each row opens with its task's sentence after the row before
// named its units, and a cell's wrap may break a unit's name with a space (fallback/cells.ts, joinWrappedNames).
// Made-up variants: other column names, a paragraph break after the first row's task, names broken at other places.
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.id, t.text.slice(0, 6), t.leads, t.coUnits]);

describe("a table with no numbers run together with single spaces", () => {
  it("reads each row from its task's sentence, the paragraph broken after the first row's task", () => {
    const text = [
      "发布: 某某 2020-05-06",
      "附件 某县2020年水环境整治职责清单 工作内容 牵头单位 配合单位 完成时限 负责全县河湖长制工作的统筹协调,组织开展河湖巡查,督促问题整改.",
      "",
      "县水利局 持续开展 负责城区黑臭水体整治,制定整治方案,督促施工单位落实各项措施. 县住房 保障局 县生态 环境局 6月底前完成 负责工业企业排污的监督检查,依法查处违法排污行为. 县委县政府 督查室 持续开展 负责农村生活污水治理,加快推进管网建设,提高收集率. 县农业 农村局 年底前",
    ].join("\n");
    expect(read(text)).toEqual([
      ["1", "负责全县河湖", ["县水利局"], []],
      ["2", "负责城区黑臭", ["县住房保障局"], ["县生态环境局"]],
      ["3", "负责工业企业", ["县委县政府督查室"], []],
      ["4", "负责农村生活", ["县农业农村局"], []],
    ]);
  });

  it("cuts a whole table on one line before each row, and leaves prose with column words alone", () => {
    const line = (text: string) => toLines(text);
    const cut = splitUnnumberedTables(
      line(
        "工作任务 责任单位 完成时间 新建学校一所,扩大学位供给。 县教育局 年底前 改造城区道路两条,方便群众出行。 县交通局 年底前",
      ),
    ).map((l) => l.text);
    expect(cut).toEqual([
      "工作任务 责任单位 完成时间",
      "新建学校一所,扩大学位供给。 县教育局 年底前",
      "改造城区道路两条,方便群众出行。 县交通局 年底前",
    ]);
    // Column words in a sentence, no rows after them: the line as it is.
    const prose =
      "请各单位按照工作任务 责任单位 完成时间的要求,认真抓好落实,确保各项工作按期完成,不得拖延推诿。";
    expect(splitUnnumberedTables(line(prose)).map((l) => l.text)).toEqual([prose]);
    // A header and one row whose units never come (the next line is no row's cells): not cut.
    const alone = "工作任务 责任单位 完成时间 新建学校一所,扩大学位供给,改善办学条件。\n\n请认真贯彻执行。";
    expect(splitUnnumberedTables(line(alone)).map((l) => l.text)).toEqual(alone.split("\n"));
  });

  it("joins a unit's name broken by a cell's wrap, never two whole units or a task's words", () => {
    expect(joinWrappedNames(["持续开展", "县交通", "运输局"])).toEqual(["持续开展", "县交通运输局"]);
    expect(joinWrappedNames(["县政府", "法制办", "年底前"])).toEqual(["县政府法制办", "年底前"]);
    expect(joinWrappedNames(["县教育局", "县财政局"])).toEqual(["县教育局", "县财政局"]);
    expect(joinWrappedNames(["县政府", "县委办"])).toEqual(["县政府", "县委办"]);
    expect(joinWrappedNames(["推进改造", "运输局"])).toEqual(["推进改造", "运输局"]);
  });
});
