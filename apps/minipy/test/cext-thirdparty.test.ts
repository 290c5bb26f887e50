/**
 * Third-party C extensions compiled unchanged: CPython's own template module
 * (`xxmodule.c`), lazy_object_proxy's `cext.c`, wrapt's `_wrappers.c`,
 * markupsafe's `_speedups.c` and crcmod's `_crcfunext.c`, as this machine
 * installs them (see packages/capi/test/thirdparty/README.md). The sources are
 * not copied into the repository: sources.json names where they are installed
 * (python3's stdlib or site-packages, or an absolute path); one that is not
 * installed is skipped, saying so. They are staged unchanged as NAME.c, built by @py/cc against @py/capi's
 * headers and run by minipy in checked mode against CPython 3.11's
 * transcript (cext-transcripts.ts).
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { isAbsolute, join } from "node:path";
import {
  METH_O,
  PyCFunction_New,
  PyExc_NotImplementedError,
  PyModule_AddObject,
  PyModule_New,
  raise,
} from "@py/object";
import { describe, it } from "vitest";
import type { ModuleInit } from "../src/modules/index.js";
import { describeCExtensionTranscripts } from "./cext-transcripts.js";

const root = join(import.meta.dirname, "..", "..", "..");
const listed = join(root, "packages", "capi", "test", "thirdparty", "sources.json");
const paths = JSON.parse(
  execFileSync("python3", ["-c", "import json, sysconfig; print(json.dumps(sysconfig.get_paths()))"], {
    encoding: "utf8",
  }),
) as Record<string, string>;
/** A sources.json entry: a path relative to python3's stdlib, `{ purelib: rel }` (site-packages) or `{ absolute: path }`. */
type Entry = string | Record<string, string>;
function sourcePath(entry: Entry): string {
  if (typeof entry === "string") return join(paths.stdlib!, entry);
  const [base, rel] = Object.entries(entry)[0]!;
  return base === "absolute" && isAbsolute(rel) ? rel : join(paths[base]!, rel);
}
const staged = join(root, "node_modules", ".cache", "pyobj-cext-thirdparty-src");
rmSync(staged, { recursive: true, force: true });
mkdirSync(staged, { recursive: true });
const absent: [string, string][] = [];
for (const [name, entry] of Object.entries(
  JSON.parse(readFileSync(listed, "utf8")) as Record<string, Entry>,
)) {
  const src = sourcePath(entry);
  if (existsSync(src)) copyFileSync(src, join(staged, `${name}.c`));
  else absent.push([name, src]);
}

/**
 * lazy_object_proxy's `cext` imports its package's pure-Python helper
 * `lazy_object_proxy.utils` at init for `await_` (used only by `__await__`);
 * minipy runs no package's Python modules nor coroutines, so the test gives
 * the C module a `lazy_object_proxy.utils` whose `await_` says so.
 */
const lazyObjectProxyUtils: ModuleInit = () => {
  const m = PyModule_New("lazy_object_proxy.utils");
  const f = PyCFunction_New(
    "await_",
    () => raise(PyExc_NotImplementedError, "minipy has no coroutines: Proxy.__await__ is not available"),
    null,
    { module: "lazy_object_proxy.utils", flags: METH_O },
  );
  PyModule_AddObject(m, "await_", f);
  return m;
};

describeCExtensionTranscripts(
  "third-party C extensions (from where this machine installs them), unchanged: pyobj-cc + minipy (checked) vs gcc + CPython 3.11",
  "thirdparty",
  staged,
  new Map([["lazy_object_proxy.utils", lazyObjectProxyUtils]]),
);

if (absent.length > 0) {
  describe("third-party C extensions not installed on this machine", () => {
    for (const [name, src] of absent) it.skip(`${name}: ${src} is not installed here`, () => {});
  });
}
