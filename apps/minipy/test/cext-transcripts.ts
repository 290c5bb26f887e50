/**
 * Transcript tests of C extension modules, shared by cext-heldout.test.ts and
 * cext-thirdparty.test.ts: every NAME.c of a directory is compiled once by
 * @py/cc against @py/capi's headers and imported by minipy running NAME.py (and
 * NAME-PART.py) in checked mode; the transcript must be exactly CPython's
 * (NAME.out, written by the directory's regen.py with NAME.c built by gcc
 * against CPython 3.11's headers), no misuse may be reported, and once the
 * program's names are gone C may hold no reference, export or block. When gcc
 * and CPython's headers are here the .out files are checked current.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { capiCheckpoint, capiClearReports, capiOnReport, capiReports } from "@py/capi";
import { setCheckedMode } from "@py/object";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extensionModuleTable, prepareExtensions } from "../src/cext.js";
import type { ModuleInit } from "../src/modules/index.js";
import { loadModules, runTranscript } from "../src/run.js";

const root = join(import.meta.dirname, "..", "..", "..");

/**
 * Defines the transcript tests of the C modules in `packages/capi/test/<subdir>`
 * (with its `regen.py`). `cDir`: where the NAME.c files are, when not beside
 * the transcripts; `extraModules`: modules the C modules import besides minipy's.
 */
export function describeCExtensionTranscripts(
  title: string,
  subdir: string,
  cDir?: string,
  extraModules: ReadonlyMap<string, ModuleInit> = new Map(),
): void {
  const dir = join(root, "packages", "capi", "test", subdir);
  const sources = cDir ?? dir;
  const names = readdirSync(sources)
    .filter((f) => f.endsWith(".c"))
    .map((f) => f.slice(0, -2))
    .sort();
  const cases = readdirSync(dir)
    .filter((f) => f.endsWith(".py") && f !== "regen.py" && names.includes(f.slice(0, -3).split("-")[0]!))
    .map((f) => f.slice(0, -3))
    .sort();
  const ADDR = /0x[0-9a-fA-F]+/g;
  /** CPython's `PyErr_BadInternalCall` names its own source line (`Objects/listobject.c:264: ...`). */
  const BAD_CALL = /SystemError: .*bad argument to internal function/g;
  const normalize = (s: string) =>
    s.replace(ADDR, "0x?").replace(BAD_CALL, "SystemError: bad argument to internal function");
  const cache = join(root, "node_modules", ".cache", `pyobj-cext-${subdir}`);

  function nativeOracle(): boolean {
    try {
      execFileSync(
        "python3",
        [
          "-c",
          "import sysconfig,os,sys;assert sys.version_info[:2]==(3,11);assert os.path.exists(os.path.join(sysconfig.get_paths()['include'],'Python.h'))",
        ],
        { stdio: "ignore" },
      );
      execFileSync("gcc", ["--version"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  }

  describe(title, () => {
    beforeAll(async () => {
      await loadModules();
      setCheckedMode(true);
    });
    afterAll(() => setCheckedMode(false));

    for (const name of cases) {
      it(`${name}: CPython's transcript, no misuse, nothing left held`, { timeout: 600_000 }, async () => {
        const src = readFileSync(join(dir, `${name}.py`), "utf8");
        const want = readFileSync(join(dir, `${name}.out`), "utf8");
        let out = "";
        const write = (s: string) => {
          out += s;
        };
        const modules = extensionModuleTable();
        for (const [n, init] of extraModules) modules.set(n, init);
        await prepareExtensions(src, modules, {
          searchPath: [sources],
          cacheDir: cache,
          stdout: write,
          stderr: write,
        });
        capiClearReports();
        capiCheckpoint();
        const reports: string[] = [];
        const stop = capiOnReport((r) => reports.push(r));
        try {
          const interp = runTranscript(src, { stdout: write, modules });
          // HELDOUT_DUMP=dir: write minipy's transcript there (to diff with NAME.out).
          if (process.env.HELDOUT_DUMP)
            writeFileSync(join(process.env.HELDOUT_DUMP, `${name}.out`), normalize(out));
          expect(normalize(out)).toBe(normalize(want));
          interp.clearGlobals();
          const before = capiReports().length;
          const found = capiCheckpoint();
          const leaks = found.slice(capiReports().length - before);
          expect(reports).toEqual([]);
          expect(leaks).toEqual([]);
        } finally {
          stop();
          capiClearReports();
        }
      });
    }

    it.skipIf(!nativeOracle())(
      "the .out files are CPython's current transcripts",
      { timeout: 120_000 },
      () => {
        let r = "";
        try {
          execFileSync("python3", [join(dir, "regen.py"), "--check"], { encoding: "utf8", stdio: "pipe" });
        } catch (e) {
          r = (e as { stdout?: string }).stdout ?? String(e);
        }
        expect(r, `run python3 packages/capi/test/${subdir}/regen.py`).toBe("");
      },
    );
  });
}
