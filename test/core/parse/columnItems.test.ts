/**
 * A matrix of targets by place whose items are its columns (fallback/columnItems.ts): a 分工表 copied one cell a line,
 * `地区` over the item columns, a `责任单位` row giving each column its units, then a row of figures per place.
 */

import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

const read = (text: string) => parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits]);

// One cell a line, a blank line between cells, as a web table copied as text.
const cells = (...rows: string[][]): string => rows.map((r) => r.join("\n\n")).join("\n\n\n");

describe("a matrix of targets by place, its items as columns", () => {
  it("reads each item column as a task with the units the 责任单位 row gives it", () => {
    const text = cells(
      ["2022年某县民生实事责任分工表"],
      ["地区", "改善居住条件", "办好教育"],
      ["改造老旧小区(个)", "新建公共停车位", "(个)", "新增学位(个)"],
      ["责任", "单位", "县住建局", "县城管局、县公安局", "县教育局"],
      ["全县", "12", "800", "1500"],
      ["城关镇", "5", "300", "600"],
      ["东山镇", "4", "200"],
    );
    expect(read(text)).toEqual([
      ["1.1", "改造老旧小区(个)", ["县住建局"], []],
      ["1.2", "新建公共停车位(个)", ["县城管局"], ["县公安局"]],
      ["1.3", "新增学位(个)", ["县教育局"], []],
    ]);
  });

  it("takes the first units cell as merged over the columns a short 责任单位 row leaves", () => {
    const text = cells(
      ["地区"],
      ["培训农民工(人)", "培训退役军人(人)", "培训残疾人(人)"],
      ["责任单位", "县人社局", "县残联"],
      ["全县", "完成年度", "目标任务", "300", "50"],
      ["县本级", "100"],
    );
    expect(read(text)).toEqual([
      ["1.1", "培训农民工(人)", ["县人社局"], []],
      ["1.2", "培训退役军人(人)", ["县人社局"], []],
      ["1.3", "培训残疾人(人)", ["县残联"], []],
    ]);
  });

  it("numbers a second matrix after the first", () => {
    const text = cells(
      ["地区", "新增就业(人)", "发放创业贷款(万元)"],
      ["责任单位", "市人社局", "市人社局、市财政局"],
      ["全市", "5000", "300"],
      ["地区", "新建公厕(座)", "改造供水管网(公里)"],
      ["责任单位", "市城管局", "市水务局"],
      ["全市", "30", "12"],
    );
    expect(read(text).map(([id, , leads, co]) => [id, leads, co])).toEqual([
      ["1.1", ["市人社局"], []],
      ["1.2", ["市人社局"], ["市财政局"]],
      ["2.1", ["市城管局"], []],
      ["2.2", ["市水务局"], []],
    ]);
  });

  it("reads no task from a completion table whose columns name departments with no units label", () => {
    const text = cells(
      ["2019年民生工程完成情况表"],
      ["地区", "就业促进工程", "城镇新增就业(人)", "下岗失业人员再就业(人)", "市人社局", "市总工会"],
      ["目标", "任务", "进度", "完成比例(%)", "目标", "任务", "进度", "完成比例(%)"],
      ["全市", "27800", "52242", "187.9", "4400", "5000", "113.6"],
    );
    expect(read(text)).toEqual([]);
  });
});
