/**
 * The tool's version, the same in the pane, the command line and 说明. Kept equal to package.json's by a
 * test (test/core/version.test.ts), since core reads no files.
 */
export const TOOL_VERSION = "0.1.0";
