import JSZip from "jszip";
import type { BulletinDoc, BulletinTable } from "../../src/core/rounds/bulletinDoc";
import { tableLayout, textTwips, writeBulletin } from "../../src/docx/writeBulletin";

const task = "全面推进开发区前沿材料“万亩千亿”平台建设,打造中韩国际合作产业园、数字经济小镇等“四园六镇”。";
/** The 滞后 list as the trial's 通报 had it: long tasks, an empty 完成时限. */
const behind: BulletinTable = {
  header: ["编号", "工作任务", "牵头单位", "分管领导", "完成时限", "完成状态", "亮灯"],
  rows: [
    ["2.3", task, "开发区(高桥街道)", "冯中海", "", "未启动", "红灯"],
    ["2.10", task.slice(0, 30), "发改局", "冯中海", "", "未启动", "红灯"],
  ],
};
const tally: BulletinTable = {
  header: ["分管领导", "任务数", "已完成", "正常推进", "滞后", "逾期", "完成率(%)"],
  rows: [["于会游", 3, 0, 0, 3, 0, 0]],
};

describe("the 通报's table widths", () => {
  it("gives the task text the room the short columns leave, on a landscape page when upright is too narrow", () => {
    const { widths, landscape } = tableLayout(behind);
    // Upright (8845 twips) the six short columns (2.10, 开发区(高桥街道) capped at 8 characters, 分管领导, 完成时限,
    // 完成状态, 亮灯, each with 320 of margins: 7776) leave 1069, under 16 characters of 240 twips.
    expect(landscape).toBe(true);
    expect(widths.reduce((n, w) => n + w, 0)).toBe(textTwips(true));
    const [id, text, lead, leader, due, status, light] = widths as [
      number,
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    expect(id).toBe(4 * 144 + 320); // 编号: 2.10, four digits of 144 (wider than its header's 480)
    expect(lead).toBe(8 * 240 + 320); // 开发区(高桥街道) wraps after 8 characters
    expect(leader).toBe(4 * 240 + 320); // the header 分管领导 on one line
    expect(due).toBe(4 * 240 + 320); // empty: its header
    expect(status).toBe(4 * 240 + 320);
    expect(light).toBe(2 * 240 + 320);
    // 243 mm = 13778 twips, less 7776: 6002, 23 characters of 工作任务 a line (a seventh of an upright page,
    // as every column was before, held 4).
    expect(textTwips(true)).toBe(13778);
    expect(text).toBe(6002);
    expect(Math.floor((text - 320) / 240)).toBe(23);
  });

  it("keeps a tally upright with its headers on one line, the names taking the rest", () => {
    const { widths, landscape } = tableLayout(tally);
    expect(landscape).toBe(false);
    expect(widths.reduce((n, w) => n + w, 0)).toBe(textTwips(false));
    // 完成率(%): 3 × 240 + 3 × 144 = 1152, plus margins.
    expect(widths.slice(1)).toEqual([1040, 1040, 1280, 800, 800, 1472]);
  });

  it("writes the widths as the table's grid and the 滞后 section on landscape pages", async () => {
    const doc: BulletinDoc = {
      title: "关于重点工作推进情况的通报",
      subtitle: "(2020年6月)",
      issuer: "",
      date: "2020年6月30日",
      sections: [
        { heading: "二、分管领导任务推进情况", paragraphs: [], table: tally },
        { heading: "四、滞后任务", paragraphs: ["以下 2 项任务进度滞后。"], table: behind },
        { heading: "五、逾期未完成任务", paragraphs: ["没有逾期未完成的任务。"], table: null },
      ],
    };
    const zip = await JSZip.loadAsync(await writeBulletin(doc));
    const xml = (await zip.file("word/document.xml")?.async("string")) ?? "";
    const grids = [...xml.matchAll(/<w:tblGrid>(.*?)<\/w:tblGrid>/g)].map((m) =>
      [...(m[1] ?? "").matchAll(/w:w="(\d+)"/g)].map((g) => Number(g[1])),
    );
    expect(grids).toEqual([[...tableLayout(tally).widths], [...tableLayout(behind).widths]]);
    expect(xml).toContain('<w:tblLayout w:type="fixed"/>');
    // Two sections: the tally upright, then 四 and 五 on their side (w 16840 of A4's long side).
    const sizes = [...xml.matchAll(/<w:pgSz [^>]*>/g)].map((m) => m[0]);
    expect(sizes).toHaveLength(2);
    expect(sizes[0]).not.toContain("landscape");
    expect(sizes[1]).toContain('w:orient="landscape"');
    expect(sizes[1]).toMatch(/w:w="16840"/);
    // The heading and the sentence above a table keep with it.
    expect((xml.match(/<w:keepNext\/>/g) ?? []).length).toBe(4);
  });
});
