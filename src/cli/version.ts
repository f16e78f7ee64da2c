/** The tool's version: the one core carries (and 说明 shows), equal to package.json's (checked by a test). */

import { TOOL_VERSION } from "../core/version";

/** The version `taizhang --version` prints and the ledger's 说明 records. */
export function toolVersion(): string {
  return TOOL_VERSION;
}
