/** Entry of the `taizhang` command: parse, build, validate. */

import { langFor, type Lang } from "../core/messages";
import { readArgs } from "./args";
import { processIo, type Io } from "./io";
import { buildCommand } from "./buildCommand";
import { parseCommand } from "./parseCommand";
import { unitsCommand } from "./unitsCommand";
import { validateCommand } from "./validateCommand";

const USAGE = `台账助手 Taizhang — 责任分解 → 工作台账

Usage:
  taizhang parse <file> [--json]                 read a breakdown (.txt UTF-8/GBK, .docx) and show its tasks
  taizhang build <file> -o <ledger.xlsx> [--units <units.json>] [--status <a,b,c>] [--force]
                                                 write the ledger workbook
  taizhang validate <ledger.xlsx> [--json] [--today YYYY-MM-DD]
                                                 check a ledger people have edited
  taizhang units <file|ledger.xlsx> [-o <units.json>] [--force]
                                                 write the unit registry as JSON (for --units)

Options:
  --lang en-US | zh-CN                           language of messages (default zh-CN)
`;

/** Runs the command line; resolves to the exit code. */
export async function main(argv: readonly string[], io: Io = processIo): Promise<number> {
  const args = readArgs(argv);
  if ("error" in args) {
    io.err(args.error);
    io.err(USAGE);
    return 2;
  }
  const lang: Lang = langFor(args.values.get("lang") ?? "zh-CN");
  const [command, file] = args.positionals;
  if (!command || args.flags.has("help") || args.flags.has("h") || command === "help") {
    (command ? io.out : io.err)(USAGE);
    return command ? 0 : 2;
  }
  switch (command) {
    case "parse":
      if (!file) return usage(io, "parse needs a file");
      return parseCommand(file, args.flags.has("json"), lang, io);
    case "build": {
      const out = args.values.get("out");
      if (!file || !out) return usage(io, "build needs a file and -o <ledger.xlsx>");
      return buildCommand(
        {
          file,
          out,
          units: args.values.get("units"),
          status: args.values.get("status"),
          force: args.flags.has("force"),
        },
        lang,
        io,
      );
    }
    case "validate":
      if (!file) return usage(io, "validate needs a ledger .xlsx");
      return validateCommand(file, args.flags.has("json"), args.values.get("today"), lang, io);
    case "units":
      if (!file) return usage(io, "units needs a document or a ledger .xlsx");
      return unitsCommand(file, args.values.get("out"), args.flags.has("force"), lang, io);
    default:
      return usage(io, `unknown command: ${command}`);
  }
}

function usage(io: Io, problem: string): number {
  io.err(problem);
  io.err(USAGE);
  return 2;
}
