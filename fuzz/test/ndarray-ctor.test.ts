/**
 * Bad-input fuzzing of the `_testbuffer.ndarray` constructor, differential
 * against CPython 3.11.
 *
 * A fixed-seed fast-check run generates a few thousand argument lists
 * (random and coherent initializers, shapes and strides whose products
 * overflow, negative and huge sizes, random format strings, every flag bit,
 * random offsets, items of wrong types, re-exports of other ndarrays with
 * random `getbuf` requests). Each is called in-process through `ndarray`'s
 * `tp_call` (no interpreter in between, so a raw JS exception would show as
 * such), then all of them run in ONE `python3` process
 * (`_testbuffer.ndarray(...)` for each, results printed as JSON line by
 * line; a case that crashes CPython is recorded and the rest go on in a new
 * process). The results must agree: the exception type and message, or the
 * attributes of the new ndarray (plus `tolist()`/`tobytes()` when its layout
 * provably lies inside its memory; otherwise C would read out of bounds).
 * Layouts C accepts only through 64-bit wrap-around are refused by pyobj
 * (`checkLayout` in `_testbuffer/ndbuf.ts`) and counted as `overflowRefused`.
 * Each new ndarray is also indexed, sliced, assigned, re-exported, viewed
 * and passed to the module functions: no raw JS exception may escape
 * anywhere, and the façade's books must balance afterwards (every export
 * released, no C-owned handle left).
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { PyByteArray_FromBytes, PyBytes_FromBytes } from "@py/buffer";
import { capiLiveCounts } from "@py/capi";
import { PyMemoryView_FromObject } from "@py/memoryview";
import {
  exceptionStr,
  isPyError,
  type PyObject,
  PyBool_FromBool,
  PyFloat_FromDouble,
  PyList_FromArray,
  PyLong_FromBigInt,
  PyModule_GetDict,
  PyObject_Call,
  PyObject_CallMethod,
  PyObject_GetAttr,
  PyObject_GetItem,
  PyObject_SetItem,
  PySlice_New,
  PyTuple_Pack,
  PyUnicode_FromString,
  Py_DECREF,
  Py_NewRef,
  Py_None,
  repr,
} from "@py/object";
import fc from "fast-check";
import { initModule, loadModules } from "minipy";
import { beforeAll, describe, expect, it } from "vitest";

/** Fixed; NDARRAY_FUZZ_SEED / NDARRAY_FUZZ_RUNS explore further. */
const SEED = Number(process.env.NDARRAY_FUZZ_SEED ?? 20261129);
const RUNS = Number(process.env.NDARRAY_FUZZ_RUNS ?? 3000);

// ---- values: rendered as Python source and built as objects -----------------

type V =
  | { k: "int"; v: bigint }
  | { k: "float"; v: number }
  | { k: "bytes"; v: number[] }
  | { k: "bytearray"; v: number[] }
  | { k: "str"; v: string }
  | { k: "none" }
  | { k: "bool"; v: boolean }
  | { k: "list"; items: V[] }
  | { k: "tuple"; items: V[] }
  /** `ndarray(...)` itself: an exporter for the re-exporting (consumer) constructor. */
  | { k: "ndarray"; c: Case };

const int = (v: number | bigint): V => ({ k: "int", v: BigInt(v) });
const list = (items: V[]): V => ({ k: "list", items });

function bytesLit(v: number[]): string {
  return `b'${v.map((b) => `\\x${b.toString(16).padStart(2, "0")}`).join("")}'`;
}

function floatLit(v: number): string {
  if (Number.isNaN(v)) return "float('nan')";
  if (v === Number.POSITIVE_INFINITY) return "float('inf')";
  if (v === Number.NEGATIVE_INFINITY) return "float('-inf')";
  if (Object.is(v, -0)) return "-0.0";
  const s = String(v);
  return /[.e]/.test(s) ? s : `${s}.0`;
}

function py(v: V): string {
  switch (v.k) {
    case "int":
      return v.v.toString();
    case "float":
      return floatLit(v.v);
    case "bytes":
      return bytesLit(v.v);
    case "bytearray":
      return `bytearray(${bytesLit(v.v)})`;
    case "str":
      return JSON.stringify(v.v);
    case "none":
      return "None";
    case "bool":
      return v.v ? "True" : "False";
    case "list":
      return `[${v.items.map(py).join(", ")}]`;
    case "tuple":
      return v.items.length === 1 ? `(${py(v.items[0]!)},)` : `(${v.items.map(py).join(", ")})`;
    case "ndarray":
      return `ndarray(${argsSource(v.c)})`;
  }
}

/** A new reference to the object `v` describes. */
function build(v: V): PyObject {
  switch (v.k) {
    case "int":
      return PyLong_FromBigInt(v.v);
    case "float":
      return PyFloat_FromDouble(v.v);
    case "bytes":
      return PyBytes_FromBytes(Uint8Array.from(v.v));
    case "bytearray":
      return PyByteArray_FromBytes(Uint8Array.from(v.v));
    case "str":
      return PyUnicode_FromString(v.v);
    case "none":
      return Py_NewRef(Py_None);
    case "bool":
      return PyBool_FromBool(v.v);
    case "list":
      return PyList_FromArray(v.items.map(build));
    case "tuple":
      return PyTuple_Pack(v.items.map(build));
    case "ndarray":
      return construct(v.c);
  }
}

/** The `ndarray` type and its module (set once the module is loaded). */
let NDARRAY: PyObject | null = null;
let MODULE: PyObject | null = null;

/** `ndarray(<case>)` in-process (new reference); raises what the constructor raises. */
function construct(c: Case): PyObject {
  const args = [build(c.obj)];
  const kwargs = new Map<string, PyObject>();
  try {
    if (c.shape !== undefined) {
      if (c.positional) args.push(build(c.shape));
      else kwargs.set("shape", build(c.shape));
    }
    for (const k of ["strides", "offset", "format", "flags", "getbuf"] as const) {
      const v = c[k];
      if (v !== undefined) kwargs.set(k, build(v));
    }
    return PyObject_Call(NDARRAY!, args, kwargs);
  } finally {
    for (const a of args) Py_DECREF(a);
    for (const v of kwargs.values()) Py_DECREF(v);
  }
}

// ---- the generators ---------------------------------------------------------

const ND = {
  VAREXPORT: 1,
  WRITABLE: 2,
  FORTRAN: 4,
  SCALAR: 8,
  PIL: 0x10,
  REDIRECT: 0x20,
  FAIL: 0x40,
  UNDEF: 0x80,
};

const HUGE = [
  2n ** 31n,
  2n ** 32n,
  2n ** 53n + 1n,
  2n ** 61n,
  2n ** 62n,
  2n ** 62n + 1n,
  3n * 2n ** 61n,
  2n ** 63n - 1n,
  2n ** 63n,
  -(2n ** 63n),
  -(2n ** 63n) - 1n,
  2n ** 64n,
  -(2n ** 31n),
];

const anyInt: fc.Arbitrary<bigint> = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 0, max: 6 }).map(BigInt) },
  { weight: 2, arbitrary: fc.integer({ min: -4, max: -1 }).map(BigInt) },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 200 }).map(BigInt) },
  { weight: 1, arbitrary: fc.constantFrom(2n ** 20n, 2n ** 21n, 2n ** 30n, 2n ** 40n) },
  { weight: 2, arbitrary: fc.constantFrom(...HUGE) },
);

const oddValue: fc.Arbitrary<V> = fc.oneof(
  fc.constant<V>({ k: "none" }),
  fc.constant<V>({ k: "float", v: 2 }),
  fc.constant<V>({ k: "str", v: "3" }),
  fc.boolean().map((b): V => ({ k: "bool", v: b })),
  fc.constant<V>({ k: "bytes", v: [1] }),
);

const dimValue: fc.Arbitrary<V> = fc.oneof(
  { weight: 20, arbitrary: anyInt.map(int) },
  { weight: 1, arbitrary: oddValue },
);

/** list or tuple of `items` (sometimes something else entirely). */
function seqOf(items: fc.Arbitrary<V[]>): fc.Arbitrary<V> {
  return fc.oneof(
    { weight: 6, arbitrary: items.map(list) },
    { weight: 3, arbitrary: items.map((i): V => ({ k: "tuple", items: i })) },
    { weight: 1, arbitrary: fc.oneof(anyInt.map(int), oddValue) },
  );
}

const FORMATS = [
  "B",
  "b",
  "h",
  "H",
  "i",
  "I",
  "l",
  "L",
  "q",
  "Q",
  "n",
  "N",
  "f",
  "d",
  "e",
  "?",
  "c",
  "x",
  "P",
  "2i",
  "3s",
  "s",
  "0s",
  "<i",
  ">h",
  "=q",
  "@d",
  "!H",
  "ii",
  "hb",
  "BBB",
  "3B",
  "xi",
  "ix",
  "0i",
  "T{i}",
  "",
  "z",
  "i ",
  " i",
  "<",
  "2",
  "500000000000000000s",
  "9223372036854775807s",
  "4611686018427387904s",
  "é",
  "\u20ac",
  "Ä",
];

const formatArb: fc.Arbitrary<V | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 8, arbitrary: fc.constantFrom(...FORMATS).map((s): V => ({ k: "str", v: s })) },
  {
    weight: 2,
    arbitrary: fc
      .string({ unit: fc.constantFrom(..."bBhHiIlLqQnNfdePp?cxs<>=@!0123 T{}:".split("")), maxLength: 5 })
      .map((s): V => ({ k: "str", v: s })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<V>({ k: "bytes", v: [0x69] }, int(1), { k: "none" }, list([])),
  },
);

const itemArb: fc.Arbitrary<V> = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 255 }).map(int) },
  { weight: 2, arbitrary: fc.integer({ min: -200, max: -1 }).map(int) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE, 2n ** 16n, 2n ** 15n, -(2n ** 15n) - 1n).map(int) },
  { weight: 2, arbitrary: fc.double({ noDefaultInfinity: false }).map((v): V => ({ k: "float", v })) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.integer({ min: 0, max: 255 }), { maxLength: 3 })
      .map((v): V => ({ k: "bytes", v })),
  },
  { weight: 1, arbitrary: fc.boolean().map((v): V => ({ k: "bool", v })) },
  { weight: 1, arbitrary: fc.constantFrom<V>({ k: "none" }, { k: "str", v: "a" }) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.integer({ min: -3, max: 300 }).map(int), { minLength: 1, maxLength: 3 })
      .map((items): V => ({ k: "tuple", items })),
  },
);

const flagsArb: fc.Arbitrary<V | undefined> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  {
    weight: 5,
    arbitrary: fc.subarray(Object.values(ND)).map((fs) => int(fs.reduce((a, b) => a | b, 0))),
  },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x3ff }).map(int) },
  { weight: 1, arbitrary: fc.constantFrom(-1n, 2n ** 31n, -(2n ** 31n) - 1n, 2n ** 63n).map(int) },
  { weight: 1, arbitrary: oddValue },
);

const offsetArb: fc.Arbitrary<V | undefined> = fc.oneof(
  { weight: 6, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: fc.integer({ min: -9, max: 40 }).map(int) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE).map(int) },
  { weight: 1, arbitrary: oddValue },
);

interface Case {
  obj: V;
  shape?: V | undefined;
  strides?: V | undefined;
  offset?: V | undefined;
  format?: V | undefined;
  flags?: V | undefined;
  getbuf?: V | undefined;
  /** Pass shape positionally. */
  positional: boolean;
}

/** Anything goes. */
const randomCase: fc.Arbitrary<Case> = fc.record({
  obj: fc.oneof(
    { weight: 8, arbitrary: seqOf(fc.array(itemArb, { maxLength: 12 })) },
    { weight: 2, arbitrary: itemArb },
    {
      weight: 1,
      arbitrary: fc
        .array(fc.integer({ min: 0, max: 255 }), { maxLength: 8 })
        .chain((v) => fc.constantFrom<V>({ k: "bytes", v }, { k: "bytearray", v })),
    },
  ),
  shape: fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 8, arbitrary: seqOf(fc.array(dimValue, { maxLength: 5 })) },
    { weight: 1, arbitrary: fc.integer({ min: 63, max: 66 }).map((n) => list(Array(n).fill(int(1)))) },
  ),
  strides: fc.oneof(
    { weight: 5, arbitrary: fc.constant(undefined) },
    { weight: 4, arbitrary: seqOf(fc.array(dimValue, { maxLength: 5 })) },
  ),
  offset: offsetArb,
  format: formatArb,
  flags: flagsArb,
  getbuf: fc.oneof(
    { weight: 12, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom(0n, 0x11dn, 0x1n, 2n ** 31n).map(int) },
  ),
  positional: fc.boolean(),
});

/** Items, shape and format that agree (strides with random signs and the offset they need), random flags. */
const coherentCase: fc.Arbitrary<Case> = fc
  .record({
    shape: fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 3 }),
    fmt: fc.constantFrom(
      ["B", 1, 1],
      ["b", 1, 1],
      ["h", 2, 1],
      ["i", 4, 1],
      ["L", 8, 1],
      ["q", 8, 1],
      ["d", 8, 1],
      ["f", 4, 1],
      ["?", 1, 1],
      ["ii", 8, 2],
      ["hb", 3, 2],
      ["2B", 2, 2],
    ) as fc.Arbitrary<[string, number, number]>,
    signs: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
    spread: fc.array(fc.integer({ min: 1, max: 2 }), { minLength: 3, maxLength: 3 }),
    flags: flagsArb,
    seed: fc.integer({ min: 0, max: 1000 }),
    withStrides: fc.boolean(),
    extra: fc.integer({ min: 0, max: 3 }),
  })
  .map(({ shape, fmt, signs, spread, flags, seed, withStrides, extra }): Case => {
    const [format, itemsize, nmemb] = fmt;
    const ndim = shape.length;
    // C strides, each dimension spread by 1 or 2, then random signs with the matching offset.
    const strides = new Array<number>(ndim);
    let step = itemsize;
    for (let i = ndim - 1; i >= 0; i--) {
      strides[i] = step * spread[i]!;
      step = strides[i]! * Math.max(shape[i]!, 1);
    }
    let offset = 0;
    for (let i = 0; i < ndim; i++) {
      if (signs[i]) {
        offset += (shape[i]! - 1) * strides[i]!;
        strides[i] = -strides[i]!;
      }
    }
    const span = Math.max(1, ndim === 0 ? 1 : step / itemsize) + extra;
    const nitems = withStrides
      ? span
      : Math.max(
          1,
          shape.reduce((a, b) => a * b, 1),
        ) + extra;
    const item = (i: number): V =>
      nmemb === 1
        ? int((seed + i * 7) % 100)
        : { k: "tuple", items: Array.from({ length: nmemb }, (_, j) => int((seed + i + j) % 100)) };
    const items = Array.from({ length: nitems }, (_, i) => item(i));
    return {
      obj: ndim === 0 ? items[0]! : list(items),
      shape: list(shape.map(int)),
      strides: withStrides ? list(strides.map(int)) : undefined,
      offset: withStrides && offset !== 0 ? int(offset) : undefined,
      format: { k: "str", v: format },
      flags,
      positional: false,
    };
  });

/** Coherent layouts with one huge dimension or stride (overflowing products). */
const overflowCase: fc.Arbitrary<Case> = fc
  .record({
    base: coherentCase,
    which: fc.constantFrom("shape", "strides", "offset"),
    pos: fc.nat(),
    value: fc.constantFrom(...HUGE, 2n ** 20n, 2n ** 30n),
  })
  .map(({ base, which, pos, value }): Case => {
    const c = { ...base };
    if (which === "offset") {
      c.offset = int(value);
    } else {
      const src = which === "shape" ? c.shape : (c.strides ?? c.shape);
      const items = src !== undefined && src.k === "list" ? [...src.items] : [int(1)];
      if (items.length === 0) items.push(int(1));
      items[pos % items.length] = int(value);
      if (which === "shape") c.shape = list(items);
      else c.strides = list(items.map((v, i) => (c.shape?.k === "list" && i < c.shape.items.length ? v : v)));
    }
    return c;
  });

/** The re-exporting constructor: `ndarray(ndarray(...), getbuf=..., flags=...)`, nested once or twice. */
const consumerCase: fc.Arbitrary<Case> = fc
  .record({
    inner: coherentCase,
    twice: fc.boolean(),
    getbuf: fc.oneof(
      { weight: 1, arbitrary: fc.constant(undefined) },
      {
        weight: 4,
        arbitrary: fc
          .subarray([0x1, 0x4, 0x8, 0x18, 0x38, 0x58, 0x98, 0x118])
          .map((fs) => int(fs.reduce((a, b) => a | b, 0))),
      },
    ),
    flags: fc.constantFrom<V | undefined>(undefined, int(0), int(0x20), int(0x2), { k: "bool", v: false }),
    extra: fc.constantFrom<"none" | "format" | "offset" | "strides">(
      "none",
      "none",
      "none",
      "format",
      "offset",
      "strides",
    ),
  })
  .map(({ inner, twice, getbuf, flags, extra }): Case => {
    const exporter: V = { k: "ndarray", c: inner };
    const obj: V = twice
      ? { k: "ndarray", c: { obj: exporter, getbuf: int(0x11d), positional: false } }
      : exporter;
    const c: Case = { obj, getbuf, flags, positional: false };
    if (extra === "format") c.format = { k: "str", v: ["B", "b", "i"][inner.flags === undefined ? 0 : 1]! };
    if (extra === "offset") c.offset = int(0);
    if (extra === "strides") c.strides = list([]);
    return c;
  });

const caseArb: fc.Arbitrary<Case> = fc.oneof(
  { weight: 5, arbitrary: randomCase },
  { weight: 4, arbitrary: coherentCase },
  { weight: 2, arbitrary: overflowCase },
  { weight: 2, arbitrary: consumerCase },
);

function argsSource(c: Case): string {
  const parts = [py(c.obj)];
  if (c.positional && c.shape !== undefined) parts.push(py(c.shape));
  else if (c.shape !== undefined) parts.push(`shape=${py(c.shape)}`);
  for (const k of ["strides", "offset", "format", "flags", "getbuf"] as const) {
    const v = c[k];
    if (v !== undefined) parts.push(`${k}=${py(v)}`);
  }
  return parts.join(", ");
}

// ---- running a case ---------------------------------------------------------

type Result = { exc: string; msg: string } | { ok: Record<string, string> } | { raw: string };

/** What pyobj raises for a layout C accepts only through 64-bit wrap-around (ndbuf.ts, `checkLayout`). */
const OVERFLOW_MESSAGES = ["invalid combination of buffer, shape and strides", "offset out of bounds"];

/**
 * `tobytes()` of an ndarray whose flags claim C-contiguity (a user-set
 * ND_SCALAR) for a layout that is not: C copies `len` raw bytes from `buf`
 * (PIL pointers included, or past the end of the data), pyobj refuses to
 * read out of bounds. Not compared.
 */
const RAW_COPY = "<raw copy>";

const ATTRS = [
  "ndim",
  "shape",
  "strides",
  "suboffsets",
  "offset",
  "itemsize",
  "format",
  "nbytes",
  "readonly",
  "flags",
];
const CONTIG = ["c_contiguous", "f_contiguous", "contiguous"];

function describeError(e: unknown): Result {
  if (isPyError(e)) return { exc: e.exc.ob_type.tp_name.split(".").pop()!, msg: exceptionStr(e.exc) };
  return { raw: e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e) };
}

/** `repr(f())` or `Type: message`; raw JS errors are collected. */
function guarded(f: () => PyObject, raw: string[]): string {
  try {
    const o = f();
    try {
      return repr(o);
    } finally {
      Py_DECREF(o);
    }
  } catch (e) {
    const r = describeError(e);
    if ("raw" in r) {
      raw.push(r.raw);
      return `RAW ${r.raw.split("\n")[0]}`;
    }
    return "exc" in r ? `${r.exc}: ${r.msg}` : "";
  }
}

/** The number of initializer items (`init_ndbuf` packs a scalar, or anything for ndim 0, as one item). */
function nitemsOf(c: Case): number {
  const ndim0 =
    c.shape !== undefined && (c.shape.k === "list" || c.shape.k === "tuple") && c.shape.items.length === 0;
  return !ndim0 && (c.obj.k === "list" || c.obj.k === "tuple") ? c.obj.items.length : 1;
}

/** At most 100000 items and dimensions of at most 100000, in at most 32 dimensions (cheap to walk). */
function small(nd: PyObject): boolean {
  const t = PyObject_GetAttr(nd, "shape") as unknown as { items: { value: number | bigint }[] };
  try {
    const dims = t.items.map((x) => BigInt(x.value));
    return (
      dims.length <= 32 && dims.every((d) => d <= 100000n) && dims.reduce((a, d) => a * d, 1n) <= 100000n
    );
  } finally {
    Py_DECREF(t as unknown as PyObject);
  }
}

/** Whether the case or an exporter it re-exports was given the ND_SCALAR flag. */
function claimsScalar(c: Case): boolean {
  if (c.flags?.k === "int" && (c.flags.v & 8n) !== 0n) return true;
  return c.obj.k === "ndarray" && claimsScalar(c.obj.c);
}

/** Whether the ndarray's elements provably lie inside its `nitems * itemsize` bytes (exact arithmetic). */
function layoutInBounds(c: Case, nd: PyObject): boolean {
  const get = (name: string): bigint[] => {
    const t = PyObject_GetAttr(nd, name);
    try {
      return (t as unknown as { items: { value: number | bigint }[] }).items.map((x) => BigInt(x.value));
    } finally {
      Py_DECREF(t);
    }
  };
  const num = (name: string): bigint => {
    const o = PyObject_GetAttr(nd, name) as unknown as { value: number | bigint };
    const v = BigInt(o.value);
    Py_DECREF(o as unknown as PyObject);
    return v;
  };
  const nitems = BigInt(nitemsOf(c));
  const itemsize = num("itemsize");
  const shape = get("shape");
  const strides = get("strides");
  if (c.obj.k === "ndarray" && c.shape === undefined) {
    // A consumer: the layout is its exporter's (sound), whatever the request made of it,
    // unless an exporter's user-set ND_SCALAR claimed a contiguity its layout lacks
    // (then a request without strides gets a view C reads out of bounds).
    return shape.reduce((a, b) => a * b, 1n) <= 100000n && !claimsScalar(c);
  }
  if (get("suboffsets").length > 0) return shape.every((d) => d < 1000n) && nitems * itemsize < 100000n;
  const memlen = nitems * itemsize;
  const offset = c.offset?.k === "int" ? c.offset.v : 0n;
  if (memlen > 100000n || shape.some((d) => d > 100000n)) return false;
  let count = 1n;
  for (const d of shape) count *= d;
  if (count > 100000n) return false;
  if (count === 0n) return true;
  let lo = offset;
  let hi = offset;
  for (let i = 0; i < shape.length; i++) {
    const x = (shape[i]! - 1n) * strides[i]!;
    if (x < 0n) lo += x;
    else hi += x;
  }
  return lo >= 0n && hi + itemsize <= memlen && num("nbytes") === count * itemsize;
}

// ---- the other operations, on each new ndarray (no raw JS error allowed) ----

const PyBUF = {
  SIMPLE: 0,
  WRITABLE: 1,
  FORMAT: 4,
  ND: 8,
  STRIDES: 0x18,
  INDIRECT: 0x118,
  FULL_RO: 0x11c,
  READ: 0x100,
};

/** Indexing, slicing, the module functions, re-export and memoryviews of `nd`; results are dropped. */
function exercise(nd: PyObject, i: number, raw: string[], label: string): void {
  const mod = PyModule_GetDict(MODULE!);
  const fn = (name: string, ...args: PyObject[]): PyObject => {
    try {
      return PyObject_Call(mod.get(name)!, args, null);
    } finally {
      for (const a of args) Py_DECREF(a);
    }
  };
  const ndim = Number((PyObject_GetAttr(nd, "ndim") as unknown as { value: number }).value);
  const n = (v: number): PyObject => PyLong_FromBigInt(BigInt(v));
  const s = (a: number | null, b: number | null, c: number | null): PyObject =>
    PySlice_New(a === null ? null : n(a), b === null ? null : n(b), c === null ? null : n(c));
  const req = [
    PyBUF.SIMPLE,
    PyBUF.ND,
    PyBUF.STRIDES,
    PyBUF.FULL_RO,
    PyBUF.INDIRECT,
    PyBUF.WRITABLE | PyBUF.FORMAT,
  ][i % 6]!;
  const ops: (() => PyObject)[] = [
    () => PyObject_GetItem(nd, n([0, -1, 1, 7][i % 4]!)),
    () => PyObject_GetItem(nd, s([null, 1, -1][i % 3]!, null, [null, 2, -1][(i >> 1) % 3]!)),
    () => PyObject_GetItem(nd, PyTuple_Pack(Array.from({ length: ndim }, () => s(null, null, -1)))),
    () => PyObject_GetItem(nd, PyTuple_Pack([])),
    () => fn("get_pointer", Py_NewRef(nd), PyList_FromArray(Array.from({ length: ndim }, () => n(0)))),
    () => fn("is_contiguous", Py_NewRef(nd), PyUnicode_FromString("ACF"[i % 3]!)),
    () => fn("cmp_contig", Py_NewRef(nd), Py_NewRef(nd)),
    () => fn("py_buffer_to_contiguous", Py_NewRef(nd), PyUnicode_FromString("CFA"[i % 3]!), n(req)),
    () => fn("get_contiguous", Py_NewRef(nd), n(PyBUF.READ), PyUnicode_FromString("FCA"[i % 3]!)),
    () => PyObject_CallMethod(nd, "memoryview_from_buffer", []),
    () => {
      const c = PyObject_Call(NDARRAY!, [nd], new Map([["getbuf", n(req)]]));
      try {
        return PyObject_CallMethod(c, "tolist", []);
      } finally {
        Py_DECREF(c);
      }
    },
    () => {
      const mv = PyMemoryView_FromObject(nd);
      try {
        return PyObject_CallMethod(mv, "tolist", []);
      } finally {
        Py_DECREF(mv);
      }
    },
    () => {
      const item = PyObject_GetItem(nd, ndim === 0 ? PyTuple_Pack([]) : n(0));
      try {
        PyObject_SetItem(nd, ndim === 0 ? PyTuple_Pack([]) : n(0), item);
        return Py_NewRef(Py_None);
      } finally {
        Py_DECREF(item);
      }
    },
  ];
  const mine: string[] = [];
  ops.forEach((op, k) => {
    guarded(op, mine);
    for (const r of mine.splice(0)) raw.push(`${label}, operation ${k}: ${r}`);
  });
}

// ---- CPython ----------------------------------------------------------------

/** Shape, strides and offset of a case as exact decimal strings (for CPython's overflow check). */
function layoutArgs(c: Case): {
  shape: string[] | null;
  strides: string[] | null;
  offset: string;
  nitems: number;
  fortran: boolean;
  skip: boolean;
} {
  const ints = (v: V | undefined): string[] | null =>
    v !== undefined && (v.k === "list" || v.k === "tuple")
      ? v.items.map((x) => (x.k === "int" ? x.v.toString() : x.k === "bool" ? (x.v ? "1" : "0") : "0"))
      : null;
  const flags = c.flags?.k === "int" ? c.flags.v : c.flags?.k === "bool" && c.flags.v ? 1n : 0n;
  const shape = ints(c.shape);
  return {
    // ND_PIL with a first dimension of 2**24..2**40: C may allocate and write shape[0] pointers
    // (gigabytes) before failing; not run. (Larger ones wrap around and crash at once.)
    skip:
      (flags & 0x10n) !== 0n &&
      shape !== null &&
      shape.length > 0 &&
      BigInt(shape[0]!) >= 2n ** 24n &&
      BigInt(shape[0]!) < 2n ** 40n,
    shape: ints(c.shape),
    strides: ints(c.strides),
    offset: c.offset?.k === "int" ? c.offset.v.toString() : c.offset?.k === "bool" && c.offset.v ? "1" : "0",
    nitems: nitemsOf(c),
    fortran: (flags & 4n) !== 0n,
  };
}

const DRIVER = `
import json, sys
from _testbuffer import *
ATTRS = ${JSON.stringify(ATTRS)}
RAW_COPY = ${JSON.stringify(RAW_COPY)}
CONTIG = ${JSON.stringify(CONTIG)}
def wrap(x):
    return (x + 2**63) % 2**64 - 2**63

def overflowed(nd, case):
    # C accepted the layout only through wrapping 64-bit arithmetic: its items
    # lie outside the memory (see checkLayout in ndbuf.ts). Sizes past 2**53 are kept exactly.
    if case["shape"] is None:
        return False
    isz = nd.itemsize
    shape = [int(x) for x in case["shape"]]
    offset = int(case["offset"])
    memlen = case["nitems"] * isz
    if case["strides"]:
        strides = [int(x) for x in case["strides"]]
    else:
        strides = [0] * len(shape)
        if shape:
            if case["fortran"]:
                strides[0] = isz
                for i in range(1, len(shape)):
                    strides[i] = wrap(strides[i - 1] * shape[i - 1])
            else:
                strides[-1] = isz
                for i in range(len(shape) - 2, -1, -1):
                    strides[i] = wrap(strides[i + 1] * shape[i + 1])
    if offset < 0 or offset + isz > memlen:
        return True
    count, lo, hi = 1, offset, offset + isz
    for d, s in zip(shape, strides):
        count *= d
        if d == 0:
            continue
        if s < 0:
            lo += (d - 1) * s
        else:
            hi += (d - 1) * s
    return count != 0 and (lo < 0 or hi > memlen)

def guarded(f):
    try:
        return repr(f())
    except Exception as e:
        return f"{type(e).__name__}: {e}"
for case in json.load(sys.stdin):
    if case["skip"]:
        print(json.dumps({"skipped": True}), flush=True)
        continue
    ns = {"ndarray": ndarray}
    try:
        nd = eval("ndarray(" + case["src"] + ")", ns)
    except Exception as e:
        print(json.dumps({"exc": type(e).__name__, "msg": str(e)}), flush=True)
        continue
    r = {a: guarded(lambda: getattr(nd, a)) for a in ATTRS + CONTIG}
    if case["safe"]:
        r["tolist"] = guarded(nd.tolist)
        b = guarded(nd.tobytes)
        r["tobytes"] = RAW_COPY if nd.flags & 0x108 and r["c_contiguous"].startswith("RuntimeError") else b
    elif overflowed(nd, case):
        r = {"overflow": True}
    print(json.dumps({"ok": r}), flush=True)
    del nd
`;

/**
 * Runs the cases in one python3 process (one JSON line per case). A case
 * that crashes the interpreter (C reading or writing out of bounds) is
 * recorded as such and the rest continue in a fresh process.
 */
type CPythonResult = Result | { crashed: string } | { skipped: true };

function cpython(cases: ({ src: string; safe: boolean } & ReturnType<typeof layoutArgs>)[]): CPythonResult[] {
  const out: CPythonResult[] = [];
  while (out.length < cases.length) {
    const res = spawnSync("python3", ["-c", DRIVER], {
      input: JSON.stringify(cases.slice(out.length)),
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    for (const line of res.stdout.split("\n")) if (line !== "") out.push(JSON.parse(line) as Result);
    if (res.status === 0) break;
    if (
      res.status !== null &&
      res.signal === null &&
      !/^\s*$/.test(res.stderr) &&
      !res.stderr.includes("Fatal")
    ) {
      throw new Error(`python3 failed: ${res.stderr}`);
    }
    out.push({ crashed: `${res.signal ?? res.status} ${res.stderr.trim().split("\n").pop() ?? ""}` });
  }
  return out;
}

// ---- the test -----------------------------------------------------------------

const hasPython = spawnSync("python3", ["-c", "import _testbuffer"]).status === 0;

describe("_testbuffer.ndarray constructor under random arguments", () => {
  beforeAll(async () => {
    await loadModules();
    MODULE = initModule("_testbuffer")!;
    NDARRAY = PyModule_GetDict(MODULE).get("ndarray")!;
  });

  it(`${RUNS} constructions: no raw JS error, same results as CPython, books balanced`, () => {
    const cases = fc.sample(caseArb, { seed: SEED, numRuns: RUNS });
    const before = capiLiveCounts();
    const raw: string[] = [];
    const ours: Result[] = [];
    const safe: boolean[] = [];
    for (const c of cases) {
      let nd: PyObject | null = null;
      try {
        nd = construct(c);
      } catch (e) {
        const r = describeError(e);
        if ("raw" in r) raw.push(`ndarray(${argsSource(c)}): ${r.raw}`);
        ours.push(r);
        safe.push(false);
      }
      if (nd === null) continue;
      const r: Record<string, string> = {};
      for (const a of [...ATTRS, ...CONTIG]) r[a] = guarded(() => PyObject_GetAttr(nd!, a), raw);
      let ok = false;
      try {
        ok = layoutInBounds(c, nd);
      } catch (e) {
        raw.push(`layout check of ndarray(${argsSource(c)}): ${String(e)}`);
      }
      if (ok) {
        r.tolist = guarded(() => PyObject_CallMethod(nd!, "tolist", []), raw);
        const b = guarded(() => PyObject_CallMethod(nd!, "tobytes", []), raw);
        r.tobytes = Number(r.flags) & 0x108 && r.c_contiguous!.startsWith("RuntimeError") ? RAW_COPY : b;
        exercise(nd, ours.length, raw, `ndarray(${argsSource(c)})`);
      } else if (small(nd)) {
        // Not compared (C would read out of bounds), but no raw JS error either.
        guarded(() => PyObject_CallMethod(nd!, "tolist", []), raw);
        guarded(() => PyObject_CallMethod(nd!, "tobytes", []), raw);
        exercise(nd, ours.length, raw, `ndarray(${argsSource(c)})`);
      }
      safe.push(ok);
      ours.push({ ok: r });
      Py_DECREF(nd);
    }
    expect(raw).toEqual([]);
    const after = capiLiveCounts();
    expect(after.exports).toBe(before.exports);
    expect(after.handles).toBe(before.handles);

    const stats = {
      cases: cases.length,
      raised: ours.filter((r) => "exc" in r).length,
      built: ours.filter((r) => "ok" in r).length,
      compared: 0,
      cpythonCrashed: 0,
      overflowRefused: 0,
      skipped: 0,
    };
    if (hasPython) {
      const theirs = cpython(cases.map((c, i) => ({ src: argsSource(c), safe: safe[i]!, ...layoutArgs(c) })));
      const diverging: string[] = [];
      const crashed: string[] = [];
      cases.forEach((c, i) => {
        const t = theirs[i]!;
        if ("skipped" in t) {
          stats.skipped++;
          return;
        }
        if ("crashed" in t) {
          crashed.push(`ndarray(${argsSource(c)}) -> ours ${JSON.stringify(ours[i])}; CPython ${t.crashed}`);
          return;
        }
        const o = ours[i]!;
        if ("ok" in t && "overflow" in t.ok) {
          // Documented: C accepted through 64-bit wrap-around; pyobj refuses the layout.
          if ("exc" in o && o.exc === "ValueError" && OVERFLOW_MESSAGES.includes(o.msg)) {
            stats.overflowRefused++;
            return;
          }
        }
        const a = JSON.stringify(o);
        const b = JSON.stringify(t);
        if (a !== b) diverging.push(`ndarray(${argsSource(c)})\n  ours:    ${a}\n  CPython: ${b}`);
      });
      stats.compared = cases.length - crashed.length - stats.skipped;
      stats.cpythonCrashed = crashed.length;
      if (crashed.length > 0) console.log(`CPython crashed on:\n${crashed.join("\n")}`);
      if (diverging.length > 0)
        console.log(`${diverging.length} divergences:\n${diverging.slice(0, 40).join("\n")}`);
      const report = process.env.NDARRAY_FUZZ_REPORT;
      if (report) writeFileSync(report, `${diverging.join("\n")}\n${crashed.join("\n")}\n`);
      expect(diverging).toEqual([]);
    }
    console.log(`ndarray constructor fuzz: ${JSON.stringify(stats)}`);
  });
});
