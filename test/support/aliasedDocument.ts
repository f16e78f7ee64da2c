/**
 * A small breakdown spelled as the sample is: units written with their bracketed second names (开发区(高桥街道),
 * 财政局(国资办), 发改局(服务业局)) and the same units without — so that build offers aliases, and an update whose
 * document keeps these spellings must read them through the ledger's 单位名录 (updateAliases tests).
 */
export const ALIASED_DOCUMENT = [
  "2026年重点工作责任分解",
  "一、张三副市长牵头重点工作",
  "1.推进城东产业园建设,年内完成投资5亿元。",
  "责任单位:开发区(高桥街道)、发改局、经信局",
  "2.落实国有资产管理改革,完成行政事业单位资产清查。",
  "责任单位:财政局(国资办)、发改局、服务业局",
  "3.新建社区食堂10家,覆盖全部城市社区。",
  "责任单位:民政局、开发区、财政局",
  "4.出台现代服务业三年行动计划。",
  "责任单位:发改局(服务业局)、商务局",
  "",
].join("\n");
