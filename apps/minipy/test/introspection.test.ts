/**
 * dir() of the builtin types against CPython 3.11's (fixtures/gen_introspection.py ->
 * introspection.json). minipy lists exactly what `getattr` finds, so a name CPython has
 * and minipy's object layer does not implement yet is missing from its dir(); those
 * names are listed here (KNOWN_MISSING), each checked to be in CPython's dir() and not
 * found by minipy's getattr — when one is implemented this test fails until the list
 * loses it. Everything else must be equal, in order.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadModules, runTranscript } from "../src/run.js";

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures", "introspection.json"), "utf8"),
) as {
  dir: Record<string, string[]>;
};

/** `object`'s protocol methods the object layer does not have (every type inherits the gap). */
const OBJECT_GAP = ["__dir__", "__getstate__", "__reduce__", "__reduce_ex__", "__subclasshook__"];
const SIZEOF = ["__sizeof__"];
const INT_GAP = ["__ceil__", "__floor__", "__getnewargs__", "__round__", "__trunc__", "as_integer_ratio"];

const KNOWN_MISSING: Record<string, string[]> = {
  object: [...OBJECT_GAP, ...SIZEOF],
  type: [
    ...OBJECT_GAP,
    ...SIZEOF,
    "__abstractmethods__",
    "__annotations__",
    "__basicsize__",
    "__dict__",
    "__dictoffset__",
    "__flags__",
    "__instancecheck__",
    "__itemsize__",
    "__prepare__",
    "__subclasscheck__",
    "__subclasses__",
    "__text_signature__",
    "__weakrefoffset__",
    "mro",
  ],
  int: [...OBJECT_GAP, ...SIZEOF, ...INT_GAP],
  bool: [...OBJECT_GAP, ...SIZEOF, ...INT_GAP],
  float: [
    ...OBJECT_GAP,
    ...SIZEOF,
    "__ceil__",
    "__floor__",
    "__getformat__",
    "__getnewargs__",
    "__round__",
    "fromhex",
  ],
  str: [...OBJECT_GAP, ...SIZEOF, "__getnewargs__", "__mod__", "__rmod__"],
  tuple: [...OBJECT_GAP, ...SIZEOF, "__class_getitem__", "__getnewargs__"],
  list: [...OBJECT_GAP, ...SIZEOF, "__class_getitem__"],
  dict: [...OBJECT_GAP, ...SIZEOF, "__class_getitem__", "__ior__"],
  range: [...OBJECT_GAP, ...SIZEOF],
  slice: [...OBJECT_GAP, ...SIZEOF],
  bytes: OBJECT_GAP,
  bytearray: OBJECT_GAP,
  memoryview: [...OBJECT_GAP, ...SIZEOF],
};

/** An instance of each type (a type's dir lists its own attributes, not type's: no `type` here). */
const INSTANCES: Record<string, string> = {
  object: "object()",
  int: "1",
  bool: "True",
  float: "1.5",
  str: "'a'",
  tuple: "()",
  list: "[]",
  dict: "{}",
  range: "range(1)",
  slice: "slice(1)",
  bytes: "b''",
  bytearray: "bytearray()",
  memoryview: "memoryview(b'')",
};

function run(src: string): string {
  let out = "";
  runTranscript(src, { stdout: (s) => (out += s) });
  return out;
}

const pyList = (names: readonly string[]): string => `[${names.map((n) => `'${n}'`).join(", ")}]`;

describe("dir() of the builtin types, against CPython 3.11", () => {
  beforeAll(() => loadModules());
  for (const [t, cpython] of Object.entries(fixture.dir)) {
    it(`dir(${t}) is CPython's but for the names minipy's ${t} lacks`, () => {
      const missing = KNOWN_MISSING[t] ?? [];
      for (const n of missing) expect(cpython, `${n} is in CPython's dir(${t})`).toContain(n);
      const want = cpython.filter((n) => !missing.includes(n));
      expect(run(`dir(${t})`)).toBe(`${pyList(want)}\n`);
      // and each missing name is really absent (dir lists what getattr finds)
      const probe = missing.map((n) => `hasattr(${t}, '${n}')`).join(", ");
      if (missing.length > 0) expect(run(`[${probe}]`)).toBe(`[${missing.map(() => "False").join(", ")}]\n`);
    });
    const inst = INSTANCES[t];
    if (inst !== undefined) {
      it(`dir(${inst}) is dir(${t})`, () => {
        expect(run(`dir(${inst}) == dir(${t})`)).toBe("True\n");
      });
    }
  }
});
