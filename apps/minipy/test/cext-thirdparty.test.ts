/**
 * Third-party C extensions compiled unchanged: CPython's own template module
 * (`xxmodule.c`, as python3's installation here ships it; see
 * packages/capi/test/thirdparty/README.md). The sources are not copied into
 * the repository: sources.json names them relative to python3's stdlib, and
 * they are staged unchanged as NAME.c, built by @py/cc against @py/capi's
 * headers and run by minipy in checked mode against CPython 3.11's
 * transcript (cext-transcripts.ts).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describeCExtensionTranscripts } from "./cext-transcripts.js";

const root = join(import.meta.dirname, "..", "..", "..");
const listed = join(root, "packages", "capi", "test", "thirdparty", "sources.json");
const stdlib = execFileSync("python3", ["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], {
  encoding: "utf8",
}).trim();
const staged = join(root, "node_modules", ".cache", "pyobj-cext-thirdparty-src");
mkdirSync(staged, { recursive: true });
for (const [name, rel] of Object.entries(
  JSON.parse(readFileSync(listed, "utf8")) as Record<string, string>,
)) {
  copyFileSync(join(stdlib, rel), join(staged, `${name}.c`));
}

describeCExtensionTranscripts(
  "third-party C extensions (CPython's template module, from python3's installation), unchanged: pyobj-cc + minipy (checked) vs gcc + CPython 3.11",
  "thirdparty",
  staged,
);
