/** Entry of the `taizhang` command: parse, build, validate. */

import { langFor, type Lang } from "../core/messages";
import { readArgs } from "./args";
import { processIo, type Io } from "./io";
import { parseCommand } from "./parseCommand";

const USAGE = `台账助手 Taizhang — 责任分解 → 工作台账

Usage:
  taizhang parse <file> [--json]                 read a breakdown (.txt UTF-8/GBK, .docx) and show its tasks
  taizhang build <file> -o <ledger.xlsx> [--units <units.json>] [--status <a,b,c>] [--force]
                                                 write the ledger workbook
  taizhang validate <ledger.xlsx> [--json]       check a ledger people have edited

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
    default:
      return usage(io, `unknown command: ${command}`);
  }
}

function usage(io: Io, problem: string): number {
  io.err(problem);
  io.err(USAGE);
  return 2;
}
