import { execFileSync } from "node:child_process";

/**
 * True when a system program is installed. Tests that need one skip without it on a developer's machine;
 * `.ci/run` installs them and sets TAIZHANG_REQUIRE_TOOLS=1, under which a missing program is a failure.
 */
export function hasTool(program: string): boolean {
  try {
    execFileSync("which", [program], { stdio: "ignore" });
    return true;
  } catch {
    if (process.env.TAIZHANG_REQUIRE_TOOLS === "1")
      throw new Error(`${program} is required (TAIZHANG_REQUIRE_TOOLS=1) but not installed`);
    return false;
  }
}

/** True when LibreOffice can open Word documents (Writer is installed beside Calc); see hasTool. */
export function hasWriter(): boolean {
  if (!hasTool("soffice")) return false;
  try {
    execFileSync("sh", ["-c", "dpkg -s libreoffice-writer-nogui || dpkg -s libreoffice-writer"], {
      stdio: "ignore",
    });
    return true;
  } catch {
    if (process.env.TAIZHANG_REQUIRE_TOOLS === "1")
      throw new Error("LibreOffice Writer is required (TAIZHANG_REQUIRE_TOOLS=1) but not installed");
    return false;
  }
}
