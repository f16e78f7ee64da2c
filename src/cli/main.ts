/** Entry of the `taizhang` command: parse, build, validate, regenerate, units. */

import type { Lang } from "../core/messages";
import { readDate } from "../core/plan/settings";
import { zh } from "../core/text/cnPunct";
import { readArgs, type Args } from "./args";
import { processIo, type Io } from "./io";
import { usage } from "./usage";
import { toolVersion } from "./version";

/** The languages of `--lang`, by their name in any case. */
const LANGS: ReadonlyMap<string, Lang> = new Map([
  ["zh-cn", "zh-CN"],
  ["en-us", "en-US"],
]);

/** The language `--lang` asks for (Chinese without it), or null for a value that is not one of ours. */
function langOf(args: Args): Lang | null {
  const value = args.values.get("lang");
  return value === undefined ? "zh-CN" : (LANGS.get(value.trim().toLowerCase()) ?? null);
}

/** The options without a value the commands know. */
const FLAGS: ReadonlySet<string> = new Set(["json", "force", "help", "h", "version", "replace", "yes"]);

/** What is wrong with the options, in one line; null when they are fine. */
function optionProblem(args: Args, lang: Lang): string | null {
  // A mistyped option (--forse, --jsno) is an error, not silently ignored.
  const unknown = [...args.flags].filter((f) => !FLAGS.has(f));
  if (unknown.length > 0) {
    const shown = unknown.map((f) => (f.length === 1 ? `-${f}` : `--${f}`)).join(" ");
    return lang === "zh-CN"
      ? zh`没有这个选项:${shown}。可用的选项见 npx taizhang --help。`
      : `Unknown option: ${shown}. See npx taizhang --help for the options.`;
  }
  for (const option of ["today", "received"]) {
    const day = args.values.get(option);
    // A real day, written as the ISO date the option documents: 2020-13-45 is no day.
    if (day !== undefined && !(/^\d{4}-\d{2}-\d{2}$/.test(day) && readDate(day) === day)) {
      return lang === "zh-CN"
        ? zh`--${option} 应为实际存在的日期,写作 YYYY-MM-DD(如 2020-06-30),不是“${day}”。`
        : `--${option} must be a real date written YYYY-MM-DD (such as 2020-06-30), not "${day}".`;
    }
  }
  return null;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const args = readArgs(argv);
  if ("error" in args) {
    io.err(args.error);
    io.err(usage("zh-CN"));
    return 2;
  }
  const lang = langOf(args);
  if (lang === null) {
    // Which language to say it in is what is unclear: both.
    const value = args.values.get("lang") ?? "";
    io.err(
      zh`--lang 应为 zh-CN 或 en-US,不是“${value}”。` + ` / --lang must be zh-CN or en-US, not "${value}".`,
    );
    return 2;
  }
  const problem = optionProblem(args, lang);
  if (problem) {
    io.err(problem);
    return 2;
  }
  if (args.flags.has("version")) {
    io.out(toolVersion());
    return 0;
  }
  const [command, file] = args.positionals;
  if (args.flags.has("help") || args.flags.has("h") || command === "help") {
    io.out(usage(lang));
    return 0;
  }
  if (!command) {
    io.err(usage(lang));
    return 2;
  }
  switch (command) {
    case "parse":
      if (!file) return misuse(io, ["parse 需要一个文件", "parse needs a file"], lang);
      return (await import("./parseCommand")).parseCommand(file, args.flags.has("json"), lang, io);
    case "build": {
      const out = args.values.get("out");
      if (!file || !out)
        return misuse(
          io,
          ["build 需要一个文件和 -o <ledger.xlsx>", "build needs a file and -o <ledger.xlsx>"],
          lang,
        );
      // Each command module loads when its command runs: `parse` never loads ExcelJS (see bench/run.js).
      return (await import("./buildCommand")).buildCommand(
        {
          file,
          out,
          units: args.values.get("units"),
          status: args.values.get("status"),
          acceptAliases: args.values.get("acceptAliases"),
          period: args.values.get("period"),
          lights: args.values.get("lights"),
          columns: args.values.get("columns"),
          year: args.values.get("year"),
          force: args.flags.has("force"),
        },
        lang,
        io,
      );
    }
    case "validate":
      if (!file) return misuse(io, ["validate 需要一个台账 .xlsx", "validate needs a ledger .xlsx"], lang);
      return (await import("./validateCommand")).validateCommand(
        file,
        args.flags.has("json"),
        args.values.get("today"),
        lang,
        io,
      );
    case "regenerate":
      if (!file)
        return misuse(io, ["regenerate 需要一个台账 .xlsx", "regenerate needs a ledger .xlsx"], lang);
      return (await import("./regenerateCommand")).regenerateCommand(
        file,
        args.values.get("out"),
        args.flags.has("force"),
        args.values.get("today") ?? (await import("../core/year/ledgerLights")).isoToday(),
        lang,
        io,
      );
    case "snapshot":
      if (!file) return misuse(io, ["snapshot 需要一个台账 .xlsx", "snapshot needs a ledger .xlsx"], lang);
      return (await import("./snapshotCommand")).snapshotCommand(
        {
          file,
          period: args.values.get("period"),
          out: args.values.get("out"),
          replace: args.flags.has("replace"),
          today: args.values.get("today") ?? (await import("../core/year/ledgerLights")).isoToday(),
        },
        lang,
        io,
      );
    case "update": {
      const revised = args.positionals[2];
      if (!file || !revised)
        return misuse(
          io,
          [
            "update 需要一个台账 .xlsx 和修订后的文件",
            "update needs a ledger .xlsx and the revised document",
          ],
          lang,
        );
      return (await import("./updateCommand")).updateCommand(
        {
          file,
          revised,
          out: args.values.get("out"),
          yes: args.flags.has("yes"),
          today: args.values.get("today") ?? (await import("../core/year/ledgerLights")).isoToday(),
        },
        lang,
        io,
      );
    }
    case "dispatch": {
      const out = args.values.get("out");
      if (!file || !out)
        return misuse(
          io,
          ["dispatch 需要一个台账 .xlsx 和 -o <文件夹>", "dispatch needs a ledger .xlsx and -o <folder>"],
          lang,
        );
      return (await import("./dispatchCommand")).dispatchCommand(
        {
          file,
          out,
          period: args.values.get("period"),
          force: args.flags.has("force"),
          today: args.values.get("today") ?? (await import("../core/year/ledgerLights")).isoToday(),
        },
        lang,
        io,
      );
    }
    case "collect": {
      const inputs = args.positionals.slice(2);
      if (!file || inputs.length === 0)
        return misuse(
          io,
          [
            "collect 需要一个台账 .xlsx 和报回的文件或文件夹",
            "collect needs a ledger .xlsx and the returned files or folders",
          ],
          lang,
        );
      return (await import("./collectCommand")).collectCommand(
        {
          file,
          inputs,
          out: args.values.get("out"),
          period: args.values.get("period"),
          received: args.values.get("received") ?? null,
        },
        lang,
        io,
      );
    }
    case "report": {
      const out = args.values.get("out");
      if (!file || !out)
        return misuse(
          io,
          [
            "report 需要一个台账 .xlsx 和 -o <通报.docx>",
            "report needs a ledger .xlsx and -o <bulletin.docx>",
          ],
          lang,
        );
      return (await import("./reportCommand")).reportCommand(
        {
          file,
          out,
          period: args.values.get("period"),
          due: args.values.get("due"),
          today: args.values.get("today") ?? (await import("../core/year/ledgerLights")).isoToday(),
        },
        lang,
        io,
      );
    }
    case "units":
      if (!file)
        return misuse(
          io,
          ["units 需要一个文件或台账 .xlsx", "units needs a document or a ledger .xlsx"],
          lang,
        );
      return (await import("./unitsCommand")).unitsCommand(
        file,
        args.values.get("out"),
        args.flags.has("force"),
        lang,
        io,
        args.values.get("acceptAliases"),
      );
    default:
      return misuse(io, [zh`没有这个命令:${command}`, `unknown command: ${command}`], lang);
  }
}

/** A usage error: what is wrong, then the usage; exit 2. */
function misuse(io: Io, [zhText, enText]: readonly [string, string], lang: Lang): number {
  io.err(lang === "zh-CN" ? zhText : enText);
  io.err(usage(lang));
  return 2;
}
