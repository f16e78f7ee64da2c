import type { Task } from "../../../src/core/types";
import { afterRoleClause, matchTasks, normText, type ReadingTask } from "./realScore";

const task = (text: string, leads: string[], coUnits: string[] = []): Task =>
  ({ id: "1", text, leads, coUnits }) as unknown as Task;
const reading = (text: string): ReadingTask => ({ id: "1", text, leads: [], coUnits: [] });

describe("the corpus matcher's opening role clause", () => {
  it("accepts a reading that keeps an opening clause whose units the parser read into the roles", () => {
    const t = task("加强水产养殖监管", ["市海洋与渔业局"], ["检验检疫局"]);
    expect(matchTasks([reading("由市海洋与渔业局负责,检验检疫局配合,加强水产")], [t])).toEqual([t]);
    expect(matchTasks([reading("由市海洋与渔业局负责,检验检")], [t])).toEqual([t]);
  });

  it("does not accept a clause naming a unit the parser did not read into the task", () => {
    const t = task("加强水产养殖监管", ["市海洋与渔业局"]);
    expect(matchTasks([reading("由市工商局负责,加强水产")], [t])).toEqual([null]);
    expect(afterRoleClause(normText("由市工商局、市海洋与渔业局负责,加强"), t)).toEqual([]);
  });

  it("does not accept an opening that holds other words than roles and units", () => {
    const t = task("加强水产养殖监管", ["市海洋与渔业局"]);
    expect(matchTasks([reading("市海洋与渔业局今年负责,加强水产")], [t])).toEqual([null]);
    expect(matchTasks([reading("市海洋与渔业局,加强水产")], [t])).toEqual([null]);
  });

  it("gives each place a multi-part clause may end", () => {
    const t = task("x", ["县编办", "发改局"], ["考评办"]);
    expect(afterRoleClause("由县编办、发改局牵头,考评办配合,抓紧", t)).toEqual(["考评办配合,抓紧", "抓紧"]);
  });
});
