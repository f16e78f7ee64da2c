import { sampleText } from "./paths";

/**
 * The sample revised as a government office revises it: 2.3 and 3.8 dropped and the rest of their sections
 * renumbered, 3.1 reworded, 4.6 given another lead unit (公路与运输管理中心 first), a task 4.20 added.
 */
export function revisedSample(): string {
  const out: string[] = [];
  let section = "";
  let skip = false;
  for (const line of sampleText().split("\n")) {
    const heading = /^([一二三四])、/.exec(line);
    if (heading) section = heading[1] as string;
    const item = /^(\d+)\.\s?/.exec(line);
    if (item) {
      const n = Number(item[1]);
      skip = (section === "二" && n === 3) || (section === "三" && n === 8);
      if (skip) continue;
      const shift = (section === "二" && n > 3) || (section === "三" && n > 8) ? 1 : 0;
      let text = line.replace(/^\d+/, String(n - shift));
      if (section === "三" && n === 1)
        text = text.replace("持续完善政策性融资担保体系", "健全政策性融资担保体系");
      out.push(text);
      continue;
    }
    if (skip && line.startsWith("责任单位")) continue;
    if (
      section === "四" &&
      line.startsWith("责任单位:交通运输局、发改局、财政局、自然资源和规划局、农业农村局、水利局")
    )
      out.push(
        "责任单位:公路与运输管理中心、交通运输局、发改局、财政局、自然资源和规划局、农业农村局、水利局",
      );
    else out.push(line);
  }
  out.push("20.推进全域土地综合整治,完成整治项目5个。", "责任单位:自然资源和规划局、农业农村局");
  return out.join("\n");
}
