/**
 * Our C headers (`include/Python.h`, `include/structmember.h`) against the
 * list of names C extensions may use (`test/c/API.md`, a copy of
 * /work/shared/cext/API.md) and against CPython 3.11's own headers:
 *
 * - every API.md name is declared (macro, function, variable, type or field);
 * - `test/c/api-all.c`, which uses every name, compiles with gcc against
 *   CPython's headers and with clang for wasm32 against ours;
 * - each name has the same kind and C type as in CPython's headers, and the
 *   structs their layout and the constants their values, both compiled by
 *   clang for wasm32 (CPython's pyconfig.h given ILP32 sizes);
 * - PY_SSIZE_T_CLEAN selects the `_SizeT` entry points, as in CPython 3.11.
 *
 * Types are read from clang's diagnostics: `struct pyobj_probe p = NAME;`
 * fails with "... incompatible type 'T'", naming T as the headers spell it
 * (faster than an AST dump with the compiler running as WebAssembly).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Tree } from "@yowasp/clang";
import { beforeAll, describe, expect, it } from "vitest";
import {
  C_DIR,
  OUR_INCLUDE,
  clangWasm,
  cpythonIlp32Tree,
  cpythonInclude,
  gccSyntax,
  haveGcc,
  readTree,
} from "./c-toolchain.js";
import { API_MD, apiNames, slotNames } from "./api-names.js";

const SHARED_API_MD = "/work/shared/cext/API.md";
const CPY = cpythonInclude();
const GCC = haveGcc();
const OURS = readTree(OUR_INCLUDE);
const CPY_TREE = CPY === null ? null : cpythonIlp32Tree(CPY);

/** The slot ids of `typeslots.h` (CPython's when present, else ours). */
const SLOTS = slotNames(
  CPY === null
    ? ((OURS.pyobj as Tree)["typeslots.h"] as string)
    : readFileSync(join(CPY, "typeslots.h"), "utf8"),
);

const NAMES = apiNames(API_MD, SLOTS);

/** The structs whose fields API.md names (`tp_alloc`, `m_size`, `ml_doc`, `bf_getbuffer`, `view->obj`...). */
const FIELD_HOSTS = [
  "PyTypeObject",
  "PyModuleDef",
  "PyMethodDef",
  "PyBufferProcs",
  "Py_buffer",
  "PyMemberDef",
  "PyGetSetDef",
  "PyNumberMethods",
  "PySequenceMethods",
  "PyMappingMethods",
];

/**
 * Every name our headers declare: functions and data (`PyAPI_FUNC(T) name`,
 * `PyAPI_DATA(T) name`), static inline functions, typedefs and macros
 * (include guards aside).
 */
function ourDeclaredNames(): string[] {
  const names = new Set<string>();
  const walk = (t: Tree) => {
    for (const v of Object.values(t)) {
      if (typeof v === "string") {
        for (const m of v.matchAll(
          /^PyAPI_(?:FUNC|DATA)\([^;]*?\)\s*(?:_Py_NO_RETURN\s*)?\**\s*(\w+)\s*[(;]/gm,
        ))
          names.add(m[1]!);
        for (const m of v.matchAll(/^static inline [^(;]*?\b(\w+)\s*\(/gm)) names.add(m[1]!);
        for (const m of v.matchAll(/^typedef [^;{]*?\(\*(\w+)\)\s*\(/gm)) names.add(m[1]!);
        for (const m of v.matchAll(/^typedef [^;{(]*?\b(\w+);/gm)) names.add(m[1]!);
        for (const m of v.matchAll(/^} (\w+);/gm)) names.add(m[1]!);
        for (const m of v.matchAll(/^#\s*define (\w+)/gm)) if (!m[1]!.endsWith("_H")) names.add(m[1]!);
      } else if (!(v instanceof Uint8Array)) walk(v);
    }
  };
  walk(OURS);
  return [...names].sort();
}

type Kind =
  | { kind: "macro"; type: string | null } // the type of an object-like macro's expansion
  | { kind: "value"; type: string } // function or variable
  | { kind: "type"; type: string } // typedef: the pointer type `T *`, as spelled (aka canonical)
  | { kind: "field"; host: string; type: string }
  | { kind: "missing" };

/** Macros that expand to unbalanced braces (CPython's and ours). */
const BLOCK_MACROS = new Set([
  "Py_BEGIN_ALLOW_THREADS",
  "Py_END_ALLOW_THREADS",
  "Py_BLOCK_THREADS",
  "Py_UNBLOCK_THREADS",
]);

const PRELUDE = "#define PY_SSIZE_T_CLEAN\n#include <Python.h>\n#include <structmember.h>\n";

/** `file:line: error: message` per line of `src` (the first error of each line). */
function errorsByLine(stderr: string, file: string): Map<number, string> {
  const out = new Map<number, string>();
  const re = new RegExp(`^${file.replace(".", "\\.")}:(\\d+):\\d+: error: (.*)$`, "gm");
  for (const m of stderr.matchAll(re)) {
    const line = Number(m[1]);
    if (!out.has(line)) out.set(line, m[2]!);
  }
  return out;
}

/** The type a probe error names: `'T'` or `'T' (aka 'U')` after "incompatible type". */
function probeType(msg: string): string | null {
  const m = /incompatible type '([^']+)'(?: \(aka '([^']+)'\))?/.exec(msg);
  if (!m) return null;
  const t = m[2] ?? m[1]!;
  // an unnamed struct is named by its location: not comparable across header sets
  return t.replace(/\((unnamed|anonymous) (struct|union|enum) at [^)]*\)/g, "(unnamed $2)");
}

/** Runs probe lines after PRELUDE inside a function; returns the error per probe. */
async function probe(include: Tree, lines: string[]): Promise<string[]> {
  const head = `${PRELUDE}struct pyobj_probe { int pyobj_probe_x; };\nvoid pyobj_probe_fn(void) {\n`;
  const first = head.split("\n").length;
  const src = `${head}${lines.join("\n")}\n}\n`;
  const r = await clangWasm(["-fsyntax-only", "-ferror-limit=0", "-w", "probe.c"], include, {
    "probe.c": src,
  });
  const errs = errorsByLine(r.stderr, "probe.c");
  return lines.map((_, i) => errs.get(first + i) ?? "");
}

/** `#define`d names after PRELUDE. */
async function macros(include: Tree): Promise<Set<string>> {
  const r = await clangWasm(["-E", "-dM", "m.c"], include, { "m.c": PRELUDE });
  expect(r.ok, r.stderr).toBe(true);
  return new Set([...r.stdout.matchAll(/^#define (\w+)/gm)].map((m) => m[1]!));
}

/** The kind and C type of each name under `include`. */
async function classify(include: Tree, names: readonly string[]): Promise<Map<string, Kind>> {
  const out = new Map<string, Kind>();
  const defined = await macros(include);
  const rest: string[] = [];
  const macroNames: string[] = [];
  for (const n of names) {
    if (defined.has(n)) macroNames.push(n);
    else rest.push(n);
  }
  // an object-like macro (`Py_None`, `METH_O`) names an expression: its type;
  // a function-like one stays unexpanded without arguments (unless a same-name
  // function exists: then the function's type). Block macros open braces: not probed.
  const probed = macroNames.filter((n) => !BLOCK_MACROS.has(n));
  const asMacro = await probe(
    include,
    probed.map((n) => `struct pyobj_probe m_${n} = ${n};`),
  );
  for (const n of macroNames) out.set(n, { kind: "macro", type: null });
  probed.forEach((n, i) => {
    out.set(n, { kind: "macro", type: probeType(asMacro[i]!) });
  });
  // functions and variables
  const asValue = await probe(
    include,
    rest.map((n) => `struct pyobj_probe p_${n} = ${n};`),
  );
  const types: string[] = [];
  const others: string[] = [];
  rest.forEach((n, i) => {
    const e = asValue[i]!;
    const t = probeType(e);
    if (t !== null) out.set(n, { kind: "value", type: t });
    else if (/unexpected type name|expected expression/.test(e)) types.push(n);
    else others.push(n);
  });
  // typedef names
  const asType = await probe(
    include,
    types.map((n) => `struct pyobj_probe t_${n} = (${n} *)0;`),
  );
  types.forEach((n, i) => {
    const t = probeType(asType[i]!);
    out.set(n, t === null ? { kind: "missing" } : { kind: "type", type: t });
  });
  // fields of the API's structs
  const lines: string[] = [];
  for (const n of others)
    for (const h of FIELD_HOSTS) lines.push(`struct pyobj_probe f_${h}_${n} = ((${h} *)0)->${n};`);
  const asField = await probe(include, lines);
  others.forEach((n, i) => {
    for (let j = 0; j < FIELD_HOSTS.length; j++) {
      const t = probeType(asField[i * FIELD_HOSTS.length + j]!);
      if (t !== null) {
        out.set(n, { kind: "field", host: FIELD_HOSTS[j]!, type: t });
        return;
      }
    }
    out.set(n, { kind: "missing" });
  });
  return out;
}

function describeKind(k: Kind): string {
  switch (k.kind) {
    case "macro":
      return k.type === null ? "macro" : `macro: ${k.type}`;
    case "missing":
      return k.kind;
    case "field":
      return `field of ${k.host}: ${k.type}`;
    default:
      return `${k.kind}: ${k.type}`;
  }
}

/**
 * A call of each function-like API macro with arguments of the right types
 * (`o` a PyObject *, `t` a PyTypeObject *, `i` a Py_ssize_t): the result
 * types must be CPython's.
 */
const MACRO_CALLS: Record<string, string> = {
  Py_INCREF: "Py_INCREF(o)",
  Py_DECREF: "Py_DECREF(o)",
  Py_XINCREF: "Py_XINCREF(o)",
  Py_XDECREF: "Py_XDECREF(o)",
  Py_NewRef: "Py_NewRef(o)",
  Py_XNewRef: "Py_XNewRef(o)",
  Py_REFCNT: "Py_REFCNT(o)",
  Py_TYPE: "Py_TYPE(o)",
  Py_SIZE: "Py_SIZE(o)",
  Py_IS_TYPE: "Py_IS_TYPE(o, t)",
  Py_Is: "Py_Is(o, o)",
  Py_IsNone: "Py_IsNone(o)",
  Py_IsTrue: "Py_IsTrue(o)",
  Py_IsFalse: "Py_IsFalse(o)",
  PyObject_New: "PyObject_New(PyObject, t)",
  PyObject_NewVar: "PyObject_NewVar(PyVarObject, t, i)",
  PyObject_GC_New: "PyObject_GC_New(PyObject, t)",
  PyObject_GC_NewVar: "PyObject_GC_NewVar(PyVarObject, t, i)",
  PyObject_TypeCheck: "PyObject_TypeCheck(o, t)",
  PyObject_Length: "PyObject_Length(o)",
  PyObject_CallFunction: 'PyObject_CallFunction(o, "i", 1)',
  PyObject_CallMethod: 'PyObject_CallMethod(o, "m", "i", 1)',
  PySequence_Length: "PySequence_Length(o)",
  PySequence_Fast_GET_SIZE: "PySequence_Fast_GET_SIZE(o)",
  PySequence_Fast_GET_ITEM: "PySequence_Fast_GET_ITEM(o, i)",
  PySequence_Fast_ITEMS: "PySequence_Fast_ITEMS(o)",
  PyLong_Check: "PyLong_Check(o)",
  PyLong_CheckExact: "PyLong_CheckExact(o)",
  PyFloat_Check: "PyFloat_Check(o)",
  PyFloat_CheckExact: "PyFloat_CheckExact(o)",
  PyFloat_AS_DOUBLE: "PyFloat_AS_DOUBLE(o)",
  PyBool_Check: "PyBool_Check(o)",
  PyUnicode_Check: "PyUnicode_Check(o)",
  PyUnicode_CheckExact: "PyUnicode_CheckExact(o)",
  PyUnicode_GET_LENGTH: "PyUnicode_GET_LENGTH(o)",
  PyBytes_Check: "PyBytes_Check(o)",
  PyBytes_CheckExact: "PyBytes_CheckExact(o)",
  PyBytes_AS_STRING: "PyBytes_AS_STRING(o)",
  PyBytes_GET_SIZE: "PyBytes_GET_SIZE(o)",
  PyByteArray_Check: "PyByteArray_Check(o)",
  PyByteArray_CheckExact: "PyByteArray_CheckExact(o)",
  PyByteArray_AS_STRING: "PyByteArray_AS_STRING(o)",
  PyByteArray_GET_SIZE: "PyByteArray_GET_SIZE(o)",
  PyTuple_Check: "PyTuple_Check(o)",
  PyTuple_CheckExact: "PyTuple_CheckExact(o)",
  PyTuple_GET_SIZE: "PyTuple_GET_SIZE(o)",
  PyTuple_GET_ITEM: "PyTuple_GET_ITEM(o, i)",
  PyTuple_SET_ITEM: "PyTuple_SET_ITEM(o, i, o)",
  PyList_Check: "PyList_Check(o)",
  PyList_CheckExact: "PyList_CheckExact(o)",
  PyList_GET_SIZE: "PyList_GET_SIZE(o)",
  PyList_GET_ITEM: "PyList_GET_ITEM(o, i)",
  PyList_SET_ITEM: "PyList_SET_ITEM(o, i, o)",
  PyDict_Check: "PyDict_Check(o)",
  PyDict_CheckExact: "PyDict_CheckExact(o)",
  PySlice_Check: "PySlice_Check(o)",
  PySlice_GetIndicesEx: "PySlice_GetIndicesEx(o, i, &i, &i, &i, &i)",
  PyMemoryView_Check: "PyMemoryView_Check(o)",
  PyMemoryView_GET_BUFFER: "PyMemoryView_GET_BUFFER(o)",
  PyMemoryView_GET_BASE: "PyMemoryView_GET_BASE(o)",
  PyType_Check: "PyType_Check(o)",
  PyType_CheckExact: "PyType_CheckExact(o)",
  PyErr_BadInternalCall: "PyErr_BadInternalCall()",
  Py_FatalError: 'Py_FatalError("x")',
  PyArg_ParseTuple: 'PyArg_ParseTuple(o, "")',
  PyArg_ParseTupleAndKeywords: 'PyArg_ParseTupleAndKeywords(o, o, "", (char **)0)',
  PyArg_Parse: 'PyArg_Parse(o, "")',
  Py_BuildValue: 'Py_BuildValue("")',
  PyModule_Create: "PyModule_Create(&def)",
  PyModule_AddIntMacro: "PyModule_AddIntMacro(o, Py_EQ)",
  PyModule_AddStringMacro: "PyModule_AddStringMacro(o, PY_VERSION)",
  Py_MIN: "Py_MIN(i, i)",
  Py_MAX: "Py_MAX(i, i)",
  Py_ABS: "Py_ABS(i)",
  Py_ARRAY_LENGTH: "Py_ARRAY_LENGTH(arr)",
  PyDoc_STR: 'PyDoc_STR("x")',
};

/** Function-like API macros that are statements or declarations, used as such in api-all.c. */
const STATEMENT_MACROS = new Set([
  "Py_CLEAR",
  "Py_SETREF",
  "Py_XSETREF",
  "Py_VISIT",
  "Py_RETURN_RICHCOMPARE",
  "PyObject_HEAD_INIT",
  "PyVarObject_HEAD_INIT",
  "PyDoc_STRVAR",
  "Py_UNUSED",
  "Py_LOCAL_INLINE",
  "assert",
  "offsetof",
  "va_start",
]);

let ours: Map<string, Kind>;

describe("our headers declare every API.md name", () => {
  beforeAll(async () => {
    ours = await classify(OURS, NAMES);
  }, 300_000);

  it.skipIf(!existsSync(SHARED_API_MD))("test/c/API.md is the shared list", () => {
    // blank lines aside (a Markdown formatter may add some after headings)
    const text = (s: string) => s.replace(/\n\s*\n/g, "\n");
    expect(text(API_MD)).toBe(text(readFileSync(SHARED_API_MD, "utf8")));
  });

  it("every name is a macro, function, variable, type or field", () => {
    const missing = NAMES.filter((n) => ours.get(n)?.kind === "missing");
    expect(missing).toEqual([]);
    const counts: Record<string, number> = {};
    for (const k of ours.values()) counts[k.kind] = (counts[k.kind] ?? 0) + 1;
    // a record of the split, for the log
    console.log(`API.md: ${NAMES.length} names:`, counts);
    expect(NAMES.length).toBeGreaterThan(500);
  });

  it("test/c/api-all.c uses every name", () => {
    const src = readFileSync(join(C_DIR, "api-all.c"), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
    const used = new Set(src.match(/[A-Za-z_]\w*/g));
    expect(NAMES.filter((n) => !used.has(n))).toEqual([]);
  });
});

describe("test/c/api-all.c compiles against both header sets", () => {
  const file = join(C_DIR, "api-all.c");
  const strict = ["-Wall", "-Wextra", "-Wno-missing-field-initializers", "-Werror"];

  it.skipIf(!GCC || CPY === null)("gcc, CPython 3.11's headers (native)", () => {
    expect(gccSyntax(file, CPY!, strict)).toBeNull();
  });

  it("clang wasm32, our headers", async () => {
    const r = await clangWasm(["-fsyntax-only", ...strict, "api-all.c"], OURS, {
      "api-all.c": readFileSync(file, "utf8"),
    });
    expect(r.stderr.trim()).toBe("");
    expect(r.ok).toBe(true);
  }, 120_000);

  it.skipIf(CPY === null)(
    "clang wasm32, CPython's headers (ILP32)",
    async () => {
      const r = await clangWasm(["-fsyntax-only", ...strict, "api-all.c"], CPY_TREE!, {
        "api-all.c": readFileSync(file, "utf8"),
      });
      expect(r.stderr.trim()).toBe("");
      expect(r.ok).toBe(true);
    },
    120_000,
  );
});

describe.skipIf(CPY === null)("the same declarations as CPython 3.11 on wasm32", () => {
  let theirs: Map<string, Kind>;
  beforeAll(async () => {
    ours ??= await classify(OURS, NAMES);
    theirs = await classify(CPY_TREE!, NAMES);
  }, 300_000);

  it("each name has CPython's kind and C type", () => {
    const diffs: string[] = [];
    for (const n of NAMES) {
      const a = describeKind(ours.get(n)!);
      const b = describeKind(theirs.get(n)!);
      if (a !== b) diffs.push(`${n}: ours ${a} / CPython ${b}`);
    }
    expect(diffs).toEqual([]);
    // the probes did read types (not just kinds)
    expect(describeKind(ours.get("PyTuple_GetItem")!)).toBe(
      "value: struct _object *(struct _object *, long)",
    );
    expect(describeKind(ours.get("tp_flags")!)).toBe("field of PyTypeObject: unsigned long");
  });

  it("every other name our headers declare is CPython's too, with its kind and type", async () => {
    const declared = ourDeclaredNames().filter((n) => !NAMES.includes(n));
    const a = await classify(OURS, declared);
    const b = await classify(CPY_TREE!, declared);
    const ourOnly: string[] = [];
    const diffs: string[] = [];
    for (const n of declared) {
      const ka = describeKind(a.get(n)!);
      const kb = describeKind(b.get(n)!);
      if (kb === "missing") ourOnly.push(n);
      else if (ka !== kb) diffs.push(`${n}: ours ${ka} / CPython ${kb}`);
    }
    expect(diffs).toEqual([]);
    // names of our own: the runtime functions behind CPython's field-reading macros
    expect(ourOnly.filter((n) => !n.startsWith("_Pyobj_"))).toEqual([]);
    console.log(`${declared.length} more names checked; ours only: ${ourOnly.join(" ")}`);
  }, 300_000);

  it("function-like macros give CPython's result types", async () => {
    const defined = await macros(OURS);
    const fnLike = NAMES.filter((n) => defined.has(n) && !(n in MACRO_CALLS) && !STATEMENT_MACROS.has(n));
    // every function-like API macro is either called below or a statement/declaration macro
    const r = await clangWasm(["-E", "-dM", "m.c"], OURS, { "m.c": PRELUDE });
    const withParams = new Set([...r.stdout.matchAll(/^#define (\w+)\(/gm)].map((m) => m[1]!));
    expect(fnLike.filter((n) => withParams.has(n))).toEqual([]);
    const calls = Object.values(MACRO_CALLS);
    const decls = [
      "PyObject *o = 0; PyTypeObject *t = 0; Py_ssize_t i = 0; int arr[4] = {0}; static PyModuleDef def;",
      "(void)arr; (void)def;",
    ];
    const lines = [...decls, ...calls.map((c, k) => `struct pyobj_probe c_${k} = ${c};`)];
    const a = (await probe(OURS, lines)).slice(decls.length).map(probeType);
    const b = (await probe(CPY_TREE!, lines)).slice(decls.length).map(probeType);
    const diffs = calls
      .filter((_, k) => a[k] !== b[k] || a[k] === null)
      .map((c, k) => `${c}: ours ${a[k]} / CPython ${b[k]}`);
    expect(diffs).toEqual([]);
  }, 300_000);

  it("struct layouts and constant values (test/c/layout.c)", async () => {
    const read = async (include: Tree) => {
      const r = await clangWasm(
        ["-fsyntax-only", "-Xclang", "-ast-dump", "-Xclang", "-ast-dump-filter=lyt9_", "layout.c"],
        include,
        { "layout.c": readFileSync(join(C_DIR, "layout.c"), "utf8") },
      );
      expect(r.ok, r.stderr).toBe(true);
      const out = new Map<string, number>();
      for (const m of r.stdout.matchAll(/VarDecl .* (lyt9_\w+) 'char\[(\d+)\]'/g))
        out.set(m[1]!, Number(m[2]));
      return out;
    };
    const a = await read(OURS);
    const b = await read(CPY_TREE!);
    expect(a.size).toBeGreaterThan(300);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    const diffs = [...a]
      .filter(([k, v]) => b.get(k) !== v)
      .map(([k, v]) => `${k}: ours ${v}, CPython ${b.get(k)}`);
    expect(diffs).toEqual([]);
    // ILP32: a few anchors (sizes are stored as is, offsets + 1)
    expect(a.get("lyt9_size__void_p")).toBe(4);
    expect(a.get("lyt9_size__Py_ssize_t")).toBe(4);
    expect(a.get("lyt9_size__PyObject")).toBe(8);
    expect(a.get("lyt9_size__PyVarObject")).toBe(12);
    expect(a.get("lyt9_size__Py_buffer")).toBe(44);
    expect(a.get("lyt9_off__PyTypeObject__tp_flags")! - 1).toBe(84);
  }, 300_000);
});

describe("PY_SSIZE_T_CLEAN selects the _SizeT entry points (CPython 3.11)", () => {
  const module = (clean: boolean) =>
    `${clean ? "#define PY_SSIZE_T_CLEAN\n" : ""}#include <Python.h>
__attribute__((visibility("default"))) PyObject *f(PyObject *args, PyObject *kw) {
    static char *kwlist[] = {"a", NULL};
    const char *s; Py_ssize_t n; int i;
    if (!PyArg_ParseTuple(args, "s#", &s, &n)) return NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "i", kwlist, &i)) return NULL;
    if (!PyArg_Parse(args, "i", &i)) return NULL;
    PyObject *r = PyObject_CallFunction(args, "i", 1);
    Py_XDECREF(PyObject_CallMethod(args, "m", "i", 1));
    return r ? r : Py_BuildValue("s#", s, n);
}`;
  const imports = async (clean: boolean) => {
    const r = await clangWasm(
      [
        "-fPIC",
        "-nostdlib",
        "-Wl,--experimental-pic",
        "-Wl,-shared",
        "-Wl,--allow-undefined",
        "-o",
        "m.wasm",
        "m.c",
      ],
      OURS,
      { "m.c": module(clean) },
    );
    expect(r.ok, r.stderr).toBe(true);
    const wasm = new Uint8Array(r.files["m.wasm"] as Uint8Array);
    const mod = new WebAssembly.Module(wasm);
    return WebAssembly.Module.imports(mod)
      .filter((i) => i.kind === "function")
      .map((i) => i.name)
      .sort();
  };

  it("with it: _PyArg_ParseTuple_SizeT, _Py_BuildValue_SizeT...", async () => {
    expect(await imports(true)).toEqual(
      [
        "_PyArg_ParseTupleAndKeywords_SizeT",
        "_PyArg_ParseTuple_SizeT",
        "_PyArg_Parse_SizeT",
        "_PyObject_CallFunction_SizeT",
        "_PyObject_CallMethod_SizeT",
        "_Py_BuildValue_SizeT",
        "Py_DecRef",
      ].sort(),
    );
  }, 120_000);

  it("without it: the plain names", async () => {
    expect(await imports(false)).toEqual(
      [
        "PyArg_Parse",
        "PyArg_ParseTuple",
        "PyArg_ParseTupleAndKeywords",
        "PyObject_CallFunction",
        "PyObject_CallMethod",
        "Py_BuildValue",
        "Py_DecRef",
      ].sort(),
    );
  }, 120_000);
});

describe("a side module built with our headers (test/c/api-all.c)", () => {
  /** What macros of our headers expand to beyond API.md names (docs/CEXT-DESIGN.md, Headers). */
  const EXPANSIONS = [
    "_PyObject_New",
    "_PyObject_NewVar",
    "_PyObject_GC_New",
    "_PyObject_GC_NewVar",
    "_Py_FatalErrorFunc",
    "_PyErr_BadInternalCall",
    "_PyArg_Parse_SizeT",
    "_PyArg_ParseTuple_SizeT",
    "_PyArg_ParseTupleAndKeywords_SizeT",
    "_PyArg_VaParse_SizeT",
    "_PyArg_VaParseTupleAndKeywords_SizeT",
    "_Py_BuildValue_SizeT",
    "_Py_VaBuildValue_SizeT",
    "_PyObject_CallFunction_SizeT",
    "_PyObject_CallMethod_SizeT",
    "_Py_NoneStruct",
    "_Py_NotImplementedStruct",
    "_Py_EllipsisObject",
    "_Py_TrueStruct",
    "_Py_FalseStruct",
  ];
  /** The dylink ABI and the libc functions api-all.c calls. */
  const PLATFORM = [
    "memory",
    "__indirect_function_table",
    "__stack_pointer",
    "__memory_base",
    "__table_base",
    "stderr",
    "fprintf",
    "__assert_fail",
    "strlen",
    "memcpy",
    "sqrt",
  ];

  it("imports only API.md names, their documented expansions and libc; exports PyInit_apiall", async () => {
    const r = await clangWasm(
      [
        "-O0",
        "-fvisibility=hidden", // PyMODINIT_FUNC still exports the entry point
        "-fPIC",
        "-nostdlib",
        "-Wl,--experimental-pic",
        "-Wl,-shared",
        "-Wl,--allow-undefined",
        "-o",
        "apiall.wasm",
        "api-all.c",
      ],
      OURS,
      { "api-all.c": readFileSync(join(C_DIR, "api-all.c"), "utf8") },
    );
    expect(r.ok, r.stderr).toBe(true);
    const mod = new WebAssembly.Module(new Uint8Array(r.files["apiall.wasm"] as Uint8Array));
    const allowed = new Set([...NAMES, ...EXPANSIONS, ...PLATFORM]);
    const imports = WebAssembly.Module.imports(mod);
    const names = new Set(imports.map((i) => i.name));
    expect([...names].filter((n) => !allowed.has(n) && !n.startsWith("_Pyobj_")).sort()).toEqual([]);
    // data is reached through the GOT (PyExc_* pointers, type objects, singletons)
    expect(imports.some((i) => i.module === "GOT.mem" && i.name === "PyExc_TypeError")).toBe(true);
    expect(imports.some((i) => i.module === "GOT.mem" && i.name === "_Py_NoneStruct")).toBe(true);
    expect(WebAssembly.Module.exports(mod).map((e) => e.name)).toContain("PyInit_apiall");
    console.log(`api-all side module: ${names.size} imported names`);
  }, 120_000);
});
