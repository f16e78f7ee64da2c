import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// ' | ' rows each followed by a line that is only a bar (the empty last cell's border), a task column merged over
// its group's rows and written only in the first (a group, never the task's words), the rows under it carrying one
// cell fewer; a detail column (细化分工, 细化任务) holding each row's task. Made-up variants: other column names, other
// units, the bar lines with or without spaces, a list closed by 等 and a duty, 会 between two units, a deadline
// cell that is a schedule opening with a month (never the row above's deadline).
const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => [t.text.slice(0, 8), t.leads, t.coUnits, t.deadline]);

describe("'|' rows with a lone bar after each and a merged group column", () => {
  it.each(["细化分工", "细化任务"])(
    "reads each row's own %s cell as its task, the group cell as none",
    (detail) => {
      const text = [
        "2022年 政务公开重点任务台账 |",
        `序号 | 重点任务 | ${detail} | 责任科室 | 完成时限 | 备注 |`,
        "1 | 深化重点领域信息公开 | 按季度公开城乡低保资金发放情况 | 社会救助科、财务科等按职责分工落实 | 每季度末 |",
        "|",
        "2 | 及时公开养老服务机构名录 | 养老服务科 | 2022年6月前 |",
        " | ",
        "3 | 完善婚姻登记办事指南 | 婚姻登记处会办公室 | 长期坚持 |",
        "|",
        "4 | 加强政策解读 | 组织局长解读年度工作要点 | 办公室 | 2022年3月前 |",
        "|",
        "5 | 更新慈善组织公开信息 | 慈善事业促进科 | 2022年3月公布名录,2022年9月公布年报 |",
        "|",
      ].join("\n");
      expect(read(text)).toEqual([
        ["按季度公开城乡低", ["社会救助科"], ["财务科"], "每季度末"],
        ["及时公开养老服务", ["养老服务科"], [], "2022年6月前"],
        ["完善婚姻登记办事", ["婚姻登记处"], ["办公室"], "长期坚持"],
        ["组织局长解读年度", ["办公室"], [], "2022年3月前"],
        ["更新慈善组织公开", ["慈善事业促进科"], [], "2022年3月公布名录,2022年9月公布年报"],
      ]);
    },
  );
});
