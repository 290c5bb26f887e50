/**
 * The learn track (docs/learn): each chapter's C example, compiled by pyobj-cc and
 * imported by minipy, prints CPython's transcript (NAME.out, written by
 * docs/learn/regen.py with the C built by gcc against CPython 3.11's headers); each
 * exercise's buggy file is reported by `learn check` with the right words, and its
 * fixed file passes.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { extensionModuleTable, prepareExtensions } from "../src/cext.js";
import { checkExercise, explainCheck, learnChapters } from "../src/learn-check.js";
import { loadModules, runTranscript } from "../src/run.js";

const root = join(import.meta.dirname, "..", "..", "..");
const chapters = learnChapters(join(root, "docs", "learn"));
const cacheDir = join(root, "node_modules", ".cache", "pyobj-learn-test");
const ADDR = /0x[0-9a-fA-F]+/g;

/** What `learn check N` must say about chapter N's buggy file: the report, and the plain words. */
const BUGS: Record<number, { report: RegExp; words: RegExp }> = {
  1: {
    report: /unreleased export|unreleased Py_buffer/,
    words: /Pair every successful\s+PyObject_GetBuffer/,
  },
  2: { report: /C wrote into a read-only buffer/, words: /Ask for\s+PyBUF_WRITABLE/ },
  3: { report: /PyMemoryView_GET_BUFFER: argument must be a memoryview/, words: /PyMemoryView_Check/ },
  4: { report: /use after free: C wrote into the 4-byte block/, words: /refuse to resize with BufferError/ },
  5: { report: /Py_DECREF: C does not own a reference to bytearray/, words: /must not be Py_DECREF'ed/ },
  6: { report: /leaked handle 0x[0-9a-f]+: int object 1000/, words: /PyList_Append.*do not steal/s },
  7: { report: /PyObject_Repr: stale PyObject\* 0x[0-9a-f]+: the bytearray object/, words: /Py_INCREF it/ },
};

describe("learn track", () => {
  beforeAll(() => loadModules());

  it("has seven chapters, each with an example and an exercise", () => {
    expect(chapters.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const c of chapters) expect(c.exercise, `chapter ${c.number}`).not.toBeNull();
  });

  for (const ch of chapters) {
    const examples = readdirSync(ch.dir)
      .filter((f) => f.endsWith(".c") && !f.startsWith("exercise"))
      .map((f) => f.slice(0, -2));
    for (const name of examples) {
      it(`chapter ${ch.number}: ${name}.py prints CPython's transcript`, { timeout: 600_000 }, async () => {
        const src = readFileSync(join(ch.dir, `${name}.py`), "utf8");
        let out = "";
        const write = (s: string) => {
          out += s;
        };
        const modules = extensionModuleTable();
        await prepareExtensions(src, modules, {
          searchPath: [ch.dir],
          cacheDir,
          stdout: write,
          stderr: write,
        });
        runTranscript(src, { stdout: write, modules });
        expect(out.replace(ADDR, "0x?")).toBe(readFileSync(join(ch.dir, `${name}.out`), "utf8"));
      });
    }

    it(`chapter ${ch.number}: the exercise's bug is reported in plain words`, {
      timeout: 600_000,
    }, async () => {
      const ex = ch.exercise!;
      const r = await checkExercise(ch, ex.buggy, { cacheDir });
      const { passed, text } = explainCheck(ch, ex.buggy, r);
      expect(passed).toBe(false);
      expect(text).toMatch(BUGS[ch.number]!.report);
      expect(text).toMatch(BUGS[ch.number]!.words);
    });

    it(`chapter ${ch.number}: the fixed exercise passes`, { timeout: 600_000 }, async () => {
      const ex = ch.exercise!;
      const r = await checkExercise(ch, ex.fixed, { cacheDir });
      expect(r.reports).toEqual([]);
      expect(r.leaks).toEqual([]);
      expect(r.outputDiff).toBeNull();
      expect(explainCheck(ch, ex.fixed, r).passed).toBe(true);
    });
  }
});
