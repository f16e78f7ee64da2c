import { parseBreakdown } from "../../../src/core/parse/parseBreakdown";

// Records in the shapes recordShapes.ts and outlineRecordFields.ts read: field labels that carry their own
// numbers, a record's number glued to its first field or on a line of its own, records that open with a
// paragraph of prose, labels spaced out or above their values, and fields that name no unit. Each family is
// written several ways (other labels, other numbers, other places' units), all made up.

interface Want {
  readonly name: string;
  readonly lead: string;
  readonly co: readonly string[];
  readonly due: string | null;
}

/** Three places' projects: a county's, a city district's, a town's. */
const PLACES: ReadonlyArray<readonly Want[]> = [
  [
    { name: "城东片区棚户区改造", lead: "县住建局", co: ["县财政局", "县自然资源局"], due: "2024年底" },
    { name: "县第二中学新建工程", lead: "县教育局", co: ["县发改局"], due: "2024年9月" },
    { name: "农村公路提质改造", lead: "县交通运输局", co: [], due: "年内持续推进" },
  ],
  [
    { name: "智慧停车场建设", lead: "区城管局", co: ["区公安分局", "各街道办事处"], due: "6月底前" },
    { name: "社区嵌入式托育中心", lead: "区卫健委", co: [], due: "三季度末" },
  ],
  [
    { name: "镇卫生院改扩建", lead: "镇社会事务办", co: ["镇财政所"], due: "2025年6月" },
    { name: "美丽乡村示范村创建", lead: "镇农业农村办", co: ["各村委会"], due: null },
  ],
];

const read = (text: string) =>
  parseBreakdown(text).tasks.map((t) => ({ text: t.text, leads: t.leads, co: t.coUnits, due: t.deadline }));

/** What every shape of a place's projects must read: each project's name first, its units and deadline. */
function expectRead(text: string, wants: readonly Want[]): void {
  const got = read(text);
  expect(got.map((t) => [t.leads, t.co, t.due])).toEqual(wants.map((w) => [[w.lead], [...w.co], w.due]));
  got.forEach((t, i) => expect(t.text.startsWith((wants[i] as Want).name)).toBe(true));
}

/** A project's fields in order: its name, a detail, its units, its deadline. */
function fields(w: Want, k: number): Array<[string, string]> {
  const nameLabel = ["项目名称", "工作任务", "任务名称", "重点任务"][k % 4] as string;
  const detail = ["建设内容", "项目内容", "主要内容"][k % 3] as string;
  const out: Array<[string, string]> = [
    [nameLabel, w.name],
    [detail, "完成主体工程建设"],
  ];
  if (w.co.length > 0 && k % 2 === 0) {
    out.push(["牵头单位", w.lead], [["配合单位", "协办单位", "参与单位"][k % 3] as string, w.co.join("、")]);
  } else out.push([["责任单位", "责任部门"][k % 2] as string, [w.lead, ...w.co].join("、")]);
  if (w.due) out.push([["完成时限", "完成时间", "时间节点"][k % 3] as string, w.due]);
  return out;
}

const MARKS: ReadonlyArray<(n: number) => string> = [
  (n) => `${n}.`,
  (n) => `${String(n).padStart(2, "0")} `,
  (n) => String.fromCharCode(0x2460 + n - 1),
  (n) => `(${n})`,
  (n) => `（${"一二三四五六七八九"[n - 1] as string}）`,
  (n) => `${"一二三四五六七八九"[n - 1] as string}、`,
  (n) => `${n}、`,
];
const COLONS = ["：", ":"];

describe("records whose field labels carry their own numbers", () => {
  it.each(MARKS.map((m, k) => [m(1) + m(2), k]))(
    "reads 1.项目名称 / 2.建设内容 / 3.责任单位 … fields numbered %s in every record",
    (_name, k) => {
      const mark = MARKS[k as number] as (n: number) => string;
      PLACES.forEach((wants, p) => {
        const colon = COLONS[p % 2] as string;
        const text = wants
          .flatMap((w, i) => fields(w, i + p).map(([l, v], f) => `${mark(f + 1)}${l}${colon}${v}`))
          .join("\n");
        expectRead(text, wants);
        expectRead(`某县2024年重点项目责任分解\n${text}`, wants);
      });
    },
  );

  it("reads fields numbered 01 / 02 / 03 whose first lines all share one length, as records, not a hard-wrapped copy", () => {
    // Task words cut to one length (a table's cells copied short) give every record's first line one length: the
    // next line, a field with its own bare number (02 责任领导:…), still starts a field of its own.
    const names = [
      "城东片区棚户区改造工程一期",
      "县第二中学新建教学楼工程",
      "农村公路提质改造三十公里",
      "城区雨污分流管网改造工程",
    ];
    for (const [label, second, units] of [
      ["主要内容", "责任领导：李华", ["县住建局", "县教育局", "县交通运输局", "县城管局"]],
      ["项目名称", "完成时限：年底前", ["区发改委", "区卫健委", "区农业农村局", "区水务局"]],
      ["工作任务", "分管领导：王强", ["镇社会事务办", "镇财政所", "镇农业农村办", "镇建设办"]],
    ] as const) {
      const text = names
        .flatMap((n, i) => [`01 ${label}：${n}`, `02 ${second}`, `03 牵头单位：${units[i] as string}`, ""])
        .join("\n");
      expect(parseBreakdown(text).tasks.map((t) => [t.text, t.leads])).toEqual(
        names.map((n, i) => [n, [units[i]]]),
      );
    }
  });

  it("reads numbered fields under headings that name each project (一、城东片区 / 1.建设内容:… / 2.责任单位:…)", () => {
    const wants = PLACES[0] as readonly Want[];
    const text = wants
      .flatMap((w, i) => [
        `${"一二三"[i] as string}、${w.name}`,
        "1.建设内容：完成主体工程建设",
        `2.责任单位：${[w.lead, ...w.co].join("、")}`,
        ...(w.due ? [`3.完成时限：${w.due}`] : []),
      ])
      .join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => [t.id, t.leads, t.coUnits, t.deadline])).toEqual(
      wants.map((w, i) => [String(i + 1), [w.lead], [...w.co], w.due]),
    );
    // The heading is the task; its content field, alone under it, is kept with its words.
    tasks.forEach((t, i) => {
      expect(t.text.startsWith((wants[i] as Want).name)).toBe(true);
      expect(t.text).toContain("完成主体工程建设");
    });
  });

  it("reads numbered-field records under theme headings, with a leader field, as the headings' tasks", () => {
    const wants = PLACES[0] as readonly Want[];
    const record = (w: Want, mark: (n: number) => string): string[] =>
      [
        `项目名称：${w.name}`,
        "分管领导：李华",
        `责任单位：${[w.lead, ...w.co].join("、")}`,
        ...(w.due ? [`完成时限：${w.due}`] : []),
      ].map((l, f) => `${mark(f + 1)}${l}`);
    for (const mark of [MARKS[0], MARKS[2], MARKS[3]] as Array<(n: number) => string>) {
      const text = [
        "一、城市建设",
        ...record(wants[0] as Want, mark),
        ...record(wants[1] as Want, mark),
        "二、交通建设",
        ...record(wants[2] as Want, mark),
      ].join("\n");
      expect(parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leader, t.leads, t.deadline])).toEqual([
        ["1.1", wants[0]?.name, "李华", [wants[0]?.lead], wants[0]?.due],
        ["1.2", wants[1]?.name, "李华", [wants[1]?.lead], wants[1]?.due],
        ["2.1", wants[2]?.name, "李华", [wants[2]?.lead], wants[2]?.due],
      ]);
    }
  });

  it("reads numbered field labels that stand alone above their values (1.项目名称 / 城东… / 2.责任单位 / …)", () => {
    PLACES.forEach((wants) => {
      const text = wants
        .flatMap((w) => [
          "1.项目名称",
          w.name,
          "2.责任单位",
          [w.lead, ...w.co].join("、"),
          ...(w.due ? ["3.完成时限", w.due] : []),
        ])
        .join("\n");
      expectRead(text, wants);
    });
  });

  it("keeps a numbered item whose words open with a field-like label a task of its own numbering", () => {
    // 目标任务 may be a field under a task: a number before it is the item's, and the label stays in its words.
    const text =
      "(一)目标任务：到2025年建成示范村10个。\n责任单位：县农业农村局\n(二)目标任务：新建公园2处。\n责任单位：县住建局";
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads])).toEqual([
      ["1", "目标任务：到2025年建成示范村10个。", ["县农业农村局"]],
      ["2", "目标任务：新建公园2处。", ["县住建局"]],
    ]);
  });

  it("reads one numbered unit field under a task ((1)责任单位:… alone) as the task's units", () => {
    for (const mark of ["(1)", "①", "1.", "1)"]) {
      const text = `一、推进城东片区改造。\n${mark}责任单位：县住建局、县财政局\n二、建设县第二中学。\n${mark}牵头单位：县教育局`;
      expect(parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits])).toEqual([
        ["1", "推进城东片区改造。", ["县住建局"], ["县财政局"]],
        ["2", "建设县第二中学。", ["县教育局"], []],
      ]);
    }
    // A section titled with a task label word (一、重点工作) over numbered tasks stays a section.
    const section = "一、重点工作\n1.推进城东改造。\n责任单位:建设局、发改局";
    expect(parseBreakdown(section).tasks.map((t) => [t.id, t.leads])).toEqual([["1.1", ["建设局"]]]);
    // A numbered section that names the division of work in words (二、责任分工:各部门要…) stays a section.
    const plan = "一、推进城东片区改造。\n责任单位：县住建局\n二、责任分工：各部门要按职责抓好落实。";
    expect(parseBreakdown(plan).tasks.map((t) => [t.id, t.text, t.leads])).toEqual([
      ["1", "推进城东片区改造。", ["县住建局"]],
      ["2", "责任分工：各部门要按职责抓好落实。", []],
    ]);
  });

  it("leaves a numbered list of tasks with their own unit lines as it is", () => {
    const text = "1.推进城东片区改造。\n责任单位：县住建局\n2.建设县第二中学。\n责任单位：县教育局、县发改局";
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits])).toEqual([
      ["1", "推进城东片区改造。", ["县住建局"], []],
      ["2", "建设县第二中学。", ["县教育局"], ["县发改局"]],
    ]);
  });
});

describe("records that carry their own number", () => {
  it.each(MARKS.map((m, k) => [m(1), k]))(
    "reads the record's number %s glued to its first field, the other fields unnumbered",
    (_name, k) => {
      const mark = MARKS[k as number] as (n: number) => string;
      PLACES.forEach((wants, p) => {
        const text = wants
          .flatMap((w, i) => fields(w, i + p).map(([l, v], f) => `${f === 0 ? mark(i + 1) : ""}${l}：${v}`))
          .join("\n");
        expectRead(text, wants);
        expect(parseBreakdown(text).tasks.map((t) => t.id)).toEqual(wants.map((_w, i) => String(i + 1)));
      });
    },
  );

  it.each(MARKS.map((m, k) => [m(1).trim(), k]))(
    "reads the record's number %s on a line of its own above its fields",
    (_name, k) => {
      const mark = MARKS[k as number] as (n: number) => string;
      PLACES.forEach((wants, p) => {
        const text = wants
          .flatMap((w, i) => [mark(i + 1).trim(), ...fields(w, i + p).map(([l, v]) => `${l}：${v}`)])
          .join("\n");
        expectRead(text, wants);
        expect(parseBreakdown(text).tasks.map((t) => t.id)).toEqual(wants.map((_w, i) => String(i + 1)));
      });
    },
  );

  it("reads a number alone above a label that may also be a field (主要内容, 目标任务) as the record's, under headings too", () => {
    for (const label of ["主要内容", "目标任务", "建设内容"]) {
      const text = [
        "一、稳增长促发展",
        "1",
        `${label}：推进老旧小区改造2个。`,
        "牵头单位：市住建局",
        "2",
        `${label}：新建公园。`,
        "牵头单位：市园林局",
        "二、惠民生补短板",
        "3",
        `${label}：新建学校。`,
        "牵头单位：市教育局",
      ].join("\n");
      expect(parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads])).toEqual([
        ["1.1", "推进老旧小区改造2个。", ["市住建局"]],
        ["1.2", "新建公园。", ["市园林局"]],
        ["2.3", "新建学校。", ["市教育局"]],
      ]);
    }
  });

  it("reads records whose number, labels and values each stand on a line of their own", () => {
    const wants = PLACES[1] as readonly Want[];
    const text = wants
      .flatMap((w, i) => [
        String(i + 1).padStart(2, "0"),
        "项目名称：",
        w.name,
        "项目内容：",
        "完成主体工程建设",
        "责任单位",
        [w.lead, ...w.co].join("、"),
        "进展与成效：",
        "前期手续已办结。",
        "主体工程已完成60%。",
      ])
      .join("\n");
    expectRead(
      text,
      wants.map((w) => ({ ...w, due: null })),
    );
  });

  it("reads a record's progress field of several paragraphs and numbered points as no task of its own", () => {
    const wants = PLACES[0] as readonly Want[];
    const text = wants
      .flatMap((w, i) => [
        `${String(i + 1).padStart(2, "0")} 项目名称：${w.name}`,
        `责任单位：${[w.lead, ...w.co].join("、")}`,
        ...(w.due ? [`完成时限：${w.due}`] : []),
        "进展情况：",
        "1.已完成立项。",
        "2.正在开展招标。",
        "下一步将加快施工进度。",
      ])
      .join("\n");
    expectRead(text, wants);
  });
});

describe("records opened by their number in words", () => {
  const opener = [
    (n: number) => `项目${"一二三四五"[n - 1] as string}`,
    (n: number) => `项目${n}`,
    (n: number) => `第${"一二三四五"[n - 1] as string}项`,
    (n: number) => `第${n}项`,
  ];
  const unitLabels = ["具体责任单位", "责任主体", "实施单位", "责任单位"];

  it.each(opener.map((o, k) => [o(1), k]))(
    "reads %s:名称 over its fields as the record's number and task, its unit label of any wording",
    (_name, k) => {
      const word = opener[k as number] as (n: number) => string;
      PLACES.forEach((wants, p) => {
        const label = unitLabels[(p + (k as number)) % unitLabels.length] as string;
        const text = wants
          .flatMap((w, i) => [
            `${word(i + 1)}${COLONS[p % 2] as string}${w.name}`,
            "建设内容：完成主体工程建设",
            `${label}：${[w.lead, ...w.co].join("、")}`,
            ...(w.due ? [`完成时限：${w.due}`] : []),
            "",
          ])
          .join("\n");
        expectRead(text, wants);
        expect(parseBreakdown(text).tasks.map((t) => t.id)).toEqual(wants.map((_w, i) => String(i + 1)));
      });
    },
  );

  it.each(opener.map((o, k) => [o(1), k]))(
    "reads %s alone over 项目名称: as the next record's number",
    (_name, k) => {
      const word = opener[k as number] as (n: number) => string;
      const wants = PLACES[0] as readonly Want[];
      const text = wants
        .flatMap((w, i) => [
          word(i + 1),
          `项目名称：${w.name}`,
          `责任单位：${[w.lead, ...w.co].join("、")}`,
          ...(w.due ? [`完成时限：${w.due}`] : []),
        ])
        .join("\n");
      expect(read(text).map((t) => [t.text, t.leads, t.co, t.due])).toEqual(
        wants.map((w) => [w.name, [w.lead], [...w.co], w.due]),
      );
    },
  );

  it("keeps a sentence that opens with 项目 and a figure (项目1个) as words", () => {
    const text = ["一、重点项目", "1.新开工项目12个，竣工项目1个。", "责任单位：县发改局"].join("\n");
    expect(read(text).map((t) => [t.text, t.leads])).toEqual([
      ["新开工项目12个，竣工项目1个。", ["县发改局"]],
    ]);
  });
});

describe("a person named first in a units list", () => {
  it("keeps the person with the task's words and reads the units after it", () => {
    const people = ["张三", "李建华", "王芳、赵强"];
    PLACES.forEach((wants, p) => {
      const person = people[p] as string;
      const text = wants
        .flatMap((w) => [
          `项目名称：${w.name}`,
          `${["责任单位", "责任主体", "实施单位"][p] as string}：${person}、${[w.lead, ...w.co].join("、")}`,
        ])
        .join("\n");
      const tasks = parseBreakdown(text).tasks;
      expect(tasks.map((t) => [t.leads, t.coUnits])).toEqual(wants.map((w) => [[w.lead], [...w.co]]));
      tasks.forEach((t) => person.split("、").forEach((name) => expect(t.text).toContain(name)));
    });
  });

  it("keeps a department's short name first in a list (商务、金融) a unit", () => {
    const text = ["项目名称：城东片区改造", "责任单位：商务、县住建局"].join("\n");
    expect(read(text).map((t) => [t.leads, t.co])).toEqual([[["商务"], ["县住建局"]]]);
  });
});

describe("records that open with a paragraph of prose", () => {
  /** A project as a paragraph (its name and content, no label), then its fields one a line. */
  const prose = (w: Want, k: number, leader: boolean): string[] => [
    [
      `${w.name}项目。新建及改造工程，总投资1.2亿元。`,
      `${w.name}：完成主体工程建设。`,
      `${w.name}，年内完工。`,
    ][k % 3] as string,
    ...(leader ? [`${["责任领导", "分管领导", "牵头领导"][k % 3] as string}：张明`] : []),
    ...(w.co.length > 0 && k % 2 === 1
      ? [`牵头单位：${w.lead}`, `配合单位：${w.co.join("、")}`]
      : [`${["责任单位", "项目责任单位"][k % 2] as string}：${[w.lead, ...w.co].join("、")}`]),
    ...(w.due ? [`${["完成时限", "建设周期", "实施时间"][k % 3] as string}：${w.due}`] : []),
    ...(k % 2 === 0 ? ["总投资：1.2亿元", "建设地点：城东"] : []),
  ];

  it.each([
    ["without headings, no leader", false, false],
    ["without headings, with a leader field", false, true],
    ["under headings, no leader", true, false],
    ["under headings, with a leader field", true, true],
  ])("reads each paragraph and its fields as one task, %s", (_name, headed, leader) => {
    PLACES.forEach((wants, p) => {
      const lines: string[] = [];
      wants.forEach((w, i) => {
        if (headed && i % 2 === 0)
          lines.push(`${"一二三"[i / 2] as string}、${["城市建设", "社会事业"][i / 2]}`);
        lines.push(...prose(w, i + p, leader));
      });
      const got = parseBreakdown(lines.join("\n")).tasks;
      expect(got.map((t) => [t.leads, t.coUnits, t.deadline, t.leader])).toEqual(
        wants.map((w) => [[w.lead], [...w.co], w.due, leader ? "张明" : null]),
      );
      // A heading with several projects under it heads them; a heading over one project is that task.
      got.forEach((t, i) => expect(t.text).toContain((wants[i] as Want).name));
    });
  });

  it("reads a project's paragraph wrapped onto several lines (a PDF copy) as one, first under its heading or not", () => {
    const wants = PLACES[1] as readonly Want[];
    const wrapped = (w: Want): string[] => [
      `${w.name}项目。新建及改造工程，`,
      "总投资1.2亿元，年内建成",
      "投入使用。",
      `责任单位：${[w.lead, ...w.co].join("、")}`,
    ];
    for (const heading of [[], ["一、城市建设"], ["区2024年重点项目责任分解", "一、城市建设"]]) {
      const text = [...heading, ...wants.flatMap(wrapped)].join("\n");
      expect(parseBreakdown(text).tasks.map((t) => [t.text, t.leads, t.coUnits])).toEqual(
        wants.map((w) => [
          `${w.name}项目。新建及改造工程，总投资1.2亿元，年内建成投入使用。`,
          [w.lead],
          [...w.co],
        ]),
      );
    }
  });

  it("reads a project's paragraph wrapped onto five to eight lines, lines opening with a figure among them", () => {
    const wants = PLACES[2] as readonly Want[];
    const body = [
      "项目。新建及改造安置住房",
      "1200套，配套建设道路、管网、绿化等基础设",
      "施，同步建设社区服务中心和幼儿园各一处，",
      "总投资12亿元，年内完成主体工程建设，力",
      "争明年6月底前交付使用，",
      "3.2万平方米的商业配套同步招商，年底前",
      "完成全部征收补偿工作，",
      "确保群众满意。",
    ];
    for (const lines of [5, 6, 8]) {
      const para = body.slice(0, lines);
      const text = wants
        .flatMap((w) => [
          `${w.name}${para[0] as string}`,
          ...para.slice(1),
          `责任单位：${[w.lead, ...w.co].join("、")}`,
        ])
        .join("\n");
      expect(parseBreakdown(text).tasks.map((t) => [t.text, t.leads, t.coUnits])).toEqual(
        wants.map((w) => [`${w.name}${para.join("")}`, [w.lead], [...w.co]]),
      );
    }
  });

  it("numbers the projects under each heading", () => {
    const wants = PLACES[0] as readonly Want[];
    const text = ["一、城市建设", ...prose(wants[0] as Want, 0, false), ...prose(wants[1] as Want, 1, false)]
      .concat(["二、交通建设", ...prose(wants[2] as Want, 2, false)])
      .join("\n");
    // 二、 heads one project while 一、 heads two: as with paragraphs ending in a unit bracket, its one paragraph is a
    // task under it as its sibling's are (a lone paragraph is the heading's own text only where no sibling holds more).
    expect(parseBreakdown(text).tasks.map((t) => t.id)).toEqual(["1.1", "1.2", "2.1"]);
  });

  it("reads a paragraph that ends like a unit's name but is a sentence (新建县第一中学。) as the next project", () => {
    const text = [
      "一、社会事业",
      "改造县人民医院门诊楼。",
      "责任单位：县卫健委",
      "新建县第一中学。",
      "责任单位：县教育局、县发改局",
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.id, t.text, t.leads, t.coUnits])).toEqual([
      ["1.1", "改造县人民医院门诊楼。", ["县卫健委"], []],
      ["1.2", "新建县第一中学。", ["县教育局"], ["县发改局"]],
    ]);
  });

  it("keeps a notice's closing paragraph above its contact lines out of the records", () => {
    const text = [
      "一、城市建设",
      ...prose(PLACES[0]?.[0] as Want, 0, false),
      ...prose(PLACES[0]?.[1] as Want, 1, false),
      "二、工作要求",
      "各单位要于每月5日前报送项目进展情况。",
    ];
    const contact = ["联系人：张三", "联系电话：12345678"];
    // The contact lines change nothing: the paragraph stays the heading's words, no record of its own.
    const ids = (lines: string[]) =>
      parseBreakdown(lines.join("\n")).tasks.map((t) => [t.id, t.text, t.leads]);
    expect(ids([...text, ...contact])).toEqual(ids(text));
  });

  it("keeps a notice paragraph above the first heading out of the tasks", () => {
    const text = [
      "各乡镇人民政府，县直各部门：",
      "现将2024年重点项目责任分解印发给你们，请认真抓好落实。",
      "一、城市建设",
      ...prose(PLACES[0]?.[0] as Want, 0, false),
      ...prose(PLACES[0]?.[1] as Want, 1, false),
    ].join("\n");
    expect(parseBreakdown(text).tasks.map((t) => t.leads)).toEqual([["县住建局"], ["县教育局"]]);
  });
});

describe("labels spaced out or above their values", () => {
  it.each([
    ["责 任 单 位：", "完 成 时 限："],
    ["责  任  单  位:", "完  成  时  限:"],
    ["责　任　单　位：", "时　间　节　点："],
  ])("reads %s and %s as their labels", (units, due) => {
    PLACES.forEach((wants) => {
      const text = wants
        .flatMap((w) => [
          `工作任务：${w.name}`,
          `${units}${[w.lead, ...w.co].join("、")}`,
          ...(w.due ? [`${due}${w.due}`] : []),
        ])
        .join("\n");
      expectRead(text, wants);
    });
  });

  it("reads a spaced-out label alone on its line with its value below it, under a numbered task", () => {
    const wants = PLACES[0] as readonly Want[];
    const text = wants
      .flatMap((w, i) => [
        `${i + 1}.${w.name}`,
        "牵 头 单 位",
        w.lead,
        "配 合 单 位",
        w.co.join("、") || "无",
      ])
      .join("\n");
    expect(parseBreakdown(text).tasks.map((t) => [t.text, t.leads, t.coUnits])).toEqual(
      wants.map((w) => [w.name, [w.lead], [...w.co]]),
    );
  });
});

describe("fields of a record that name no unit", () => {
  it("never reads 总投资, 建设规模, 建设地点, 联系人 or 电话 as units, and keeps their words with the task", () => {
    const text = [
      "项目名称：城东片区棚户区改造",
      "建设规模：安置房500套",
      "总投资：3亿元",
      "建设地点：城东街道",
      "责任单位：县住建局、县财政局",
      "联系人：张三",
      "电话：0571-88888888",
      "项目名称：县第二中学新建工程",
      "联系人：李四",
      "联系电话：13900000000",
      "牵头单位：县教育局",
    ].join("\n");
    const tasks = parseBreakdown(text).tasks;
    expect(tasks.map((t) => [t.leads, t.coUnits])).toEqual([
      [["县住建局"], ["县财政局"]],
      [["县教育局"], []],
    ]);
    for (const words of ["安置房500套", "3亿元", "城东街道", "张三", "0571-88888888"])
      expect(tasks[0]?.text).toContain(words);
    expect(tasks[1]?.text).toContain("13900000000");
  });
});
