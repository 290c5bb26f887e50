/**
 * `_testbuffer` at the TypeScript level: ndarray construction, layouts,
 * getbuf requests, slicing, push/pop and exports, the module functions and
 * staticarray. Expected values are CPython 3.11's output for the Python
 * line given as each case's label (fixtures/gen_transcripts.py, one session
 * per describe block).
 */
import {
  PyBUF_F_CONTIGUOUS,
  PyBUF_FORMAT,
  PyBUF_FULL_RO,
  PyBUF_ND,
  PyBUF_SIMPLE,
  PyBUF_STRIDES,
  PyBUF_WRITABLE,
  PyBytes_FromBytes,
} from "@py/buffer";
import {
  type KwArgs,
  PyError,
  PyFloat_FromDouble,
  PyList_FromArray,
  PyLong_FromBigInt,
  PyLong_FromNumber,
  type PyObject,
  PyModule_GetDict,
  PyObject_GetItem,
  PyObject_SetItem,
  PySlice_New,
  PyTuple_Pack,
  PyUnicode_FromString,
  Py_DECREF,
  Py_Ellipsis,
  Py_None,
  Py_False,
  Py_NewRef,
  Py_True,
  checkpoint,
  leakReport,
  repr,
  setCheckedMode,
} from "@py/object";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NDArray_Type, PyInit__testbuffer, StaticArray_Type } from "../src/modules/_testbuffer/index.js";
import { ND_FORTRAN, ND_PIL, ND_VAREXPORT, ND_WRITABLE } from "../src/modules/_testbuffer/flags.js";
import { transcript } from "./transcript.js";

// ---- a tiny bridge from JS values to Python objects --------------------------

type Js = number | bigint | string | boolean | null | Js[] | { tuple: Js[] } | { bytes: number[] } | PyObject;

function py(v: Js): PyObject {
  if (typeof v === "number") return Number.isInteger(v) ? PyLong_FromNumber(v) : PyFloat_FromDouble(v);
  if (typeof v === "bigint") return PyLong_FromBigInt(v);
  if (typeof v === "string") return PyUnicode_FromString(v);
  if (typeof v === "boolean") return v ? Py_True : Py_False;
  if (v === null) return Py_None;
  if (Array.isArray(v)) return PyList_FromArray(v.map(py));
  if ("tuple" in v) return PyTuple_Pack(v.tuple.map(py));
  if ("bytes" in v) return PyBytes_FromBytes(new Uint8Array(v.bytes));
  return Py_NewRef(v as PyObject);
}

function kw(o: Record<string, Js> | undefined): KwArgs | null {
  if (o === undefined) return null;
  return new Map(Object.entries(o).map(([k, v]) => [k, py(v)]));
}

/** `ndarray(*args, **kwargs)`. */
function ndarray(args: Js[], kwargs?: Record<string, Js>): PyObject {
  return withArgs(args, kwargs, (a, k) => NDArray_Type.tp_new!(NDArray_Type, a, k));
}

/** Converts the arguments, runs `f` on them (borrowed), then drops them. */
function withArgs<T>(
  args: Js[],
  kwargs: Record<string, Js> | undefined,
  f: (a: PyObject[], k: KwArgs | null) => T,
): T {
  const a = args.map(py);
  const k = kw(kwargs);
  try {
    return f(a, k);
  } finally {
    for (const o of a) Py_DECREF(o);
    if (k !== null) for (const o of k.values()) Py_DECREF(o);
  }
}

/** `o.name(*args)`. */
function call(o: PyObject, name: string, args: Js[] = [], kwargs?: Record<string, Js>): PyObject {
  return withArgs(args, kwargs, (a, k) => o.ob_type.tp_methods.get(name)!.meth(o, a, k));
}

/** `o.name` for a getset attribute. */
function attr(o: PyObject, name: string): PyObject {
  return o.ob_type.tp_getset.get(name)!.get(o);
}

const mod = PyInit__testbuffer();
function fn(name: string, ...args: Js[]): PyObject {
  const f = PyModule_GetDict(mod).get(name);
  if (f === undefined) throw new Error(`no ${name}`);
  return withArgs(args, undefined, (a) => f.ob_type.tp_call!(f, a, null));
}

const sl = (start: number | null, stop: number | null, step: number | null = null): PyObject =>
  PySlice_New(
    start === null ? null : py(start),
    stop === null ? null : py(stop),
    step === null ? null : py(step),
  );

/** repr() of the result (which is then dropped), or "ExcType: message" for a Python exception. */
function r(f: () => PyObject): string {
  try {
    const o = f();
    const s = repr(o);
    Py_DECREF(o);
    return s;
  } catch (e) {
    if (e instanceof PyError) return e.message;
    throw e;
  }
}

const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe("ndarray construction and layout", () => {
  const nd = ndarray([range(12)], { shape: [3, 4], format: "h", flags: ND_WRITABLE });
  const p = ndarray([range(12)], { shape: [2, 2, 3], strides: [-6, 3, -1], offset: 8, flags: ND_PIL });
  const f = ndarray([range(6)], { shape: [2, 3], flags: ND_FORTRAN });
  const s = ndarray([7], { shape: [], format: "i" });
  const cases: [string, () => PyObject][] = [
    ["nd.tolist()", () => call(nd, "tolist")],
    ["nd.shape", () => attr(nd, "shape")],
    ["nd.strides", () => attr(nd, "strides")],
    ["nd.flags", () => attr(nd, "flags")],
    ["nd.nbytes", () => attr(nd, "nbytes")],
    ["nd.format", () => attr(nd, "format")],
    ["nd.tobytes()", () => call(nd, "tobytes")],
    ["nd[1].tolist()", () => call(PyObject_GetItem(nd, py(1)), "tolist")],
    ["nd[-1][-1]", () => PyObject_GetItem(PyObject_GetItem(nd, py(-1)), py(-1))],
    [
      "nd[::2, 1:3].tolist()",
      () => call(PyObject_GetItem(nd, PyTuple_Pack([sl(null, null, 2), sl(1, 3)])), "tolist"),
    ],
    [
      "nd[::-1, ::-1].strides",
      () => attr(PyObject_GetItem(nd, PyTuple_Pack([sl(null, null, -1), sl(null, null, -1)])), "strides"),
    ],
    [
      "nd[::-1, ::-1].tobytes()",
      () => call(PyObject_GetItem(nd, PyTuple_Pack([sl(null, null, -1), sl(null, null, -1)])), "tobytes"),
    ],
    ["nd[3]", () => PyObject_GetItem(nd, py(3))],
    ["nd['x']", () => PyObject_GetItem(nd, py("x"))],
    ["p.suboffsets", () => attr(p, "suboffsets")],
    ["p.strides", () => attr(p, "strides")],
    ["p.tolist()", () => call(p, "tolist")],
    ["p.tobytes()", () => call(p, "tobytes")],
    ["p[1].tolist()", () => call(PyObject_GetItem(p, py(1)), "tolist")],
    [
      "p[::-1, 1:, ::2].tolist()",
      () =>
        call(
          PyObject_GetItem(p, PyTuple_Pack([sl(null, null, -1), sl(1, null), sl(null, null, 2)])),
          "tolist",
        ),
    ],
    ["p.flags", () => attr(p, "flags")],
    ["f.strides", () => attr(f, "strides")],
    ["f.tolist()", () => call(f, "tolist")],
    ["f.tobytes()", () => call(f, "tobytes")],
    ["s.tolist()", () => call(s, "tolist")],
    ["s[()]", () => PyObject_GetItem(s, PyTuple_Pack([]))],
    ["s[0]", () => PyObject_GetItem(s, py(0))],
    ["s.flags", () => attr(s, "flags")],
    [
      "ndarray([(1, 2), (3, 4)], shape=[2], format='<hq').tolist()",
      () => call(ndarray([[{ tuple: [1, 2] }, { tuple: [3, 4] }]], { shape: [2], format: "<hq" }), "tolist"),
    ],
    [
      "ndarray([b'ab', b'c'], shape=[2], format='3s').tolist()",
      () => call(ndarray([[{ bytes: [97, 98] }, { bytes: [99] }]], { shape: [2], format: "3s" }), "tolist"),
    ],
  ];
  for (const [label, f] of cases) {
    it(label, () =>
      expect(r(f)).toBe(transcript("ndarray construction and layout")(`print(repr(${label}))`)),
    );
  }
});

describe("ndarray constructor errors", () => {
  const cases: [string, () => PyObject][] = [
    ["ndarray([1000], shape=[1])", () => ndarray([[1000]], { shape: [1] })],
    ["ndarray([1], shape=[1], format='Y')", () => ndarray([[1]], { shape: [1], format: "Y" })],
    ["ndarray([1], shape=[1], format=5)", () => ndarray([[1]], { shape: [1], format: 5 })],
    ["ndarray([1, 2, 3], shape=[2], strides=[3])", () => ndarray([[1, 2, 3]], { shape: [2], strides: [3] })],
    ["ndarray([1, 2, 3], shape=[3], offset=1)", () => ndarray([[1, 2, 3]], { shape: [3], offset: 1 })],
    ["ndarray([], shape=[1])", () => ndarray([[]], { shape: [1] })],
    ["ndarray([1], shape=[1], getbuf=1)", () => ndarray([[1]], { shape: [1], getbuf: 1 })],
    ["ndarray([1])", () => ndarray([[1]])],
    ["ndarray(b'x', strides=[1])", () => ndarray([{ bytes: [120] }], { strides: [1] })],
    ["ndarray([1], shape=[-1])", () => ndarray([[1]], { shape: [-1] })],
    ["ndarray([1], shape=[1], flags=2**40)", () => ndarray([[1]], { shape: [1], flags: 2 ** 40 })],
  ];
  for (const [label, f] of cases) {
    it(label, () => expect(r(f)).toBe(transcript("ndarray constructor errors")(`print(repr(${label}))`)));
  }
});

describe("getbuf requests", () => {
  const nd = ndarray([range(12)], { shape: [3, 4], format: "h", flags: ND_WRITABLE });
  const p = ndarray([range(12)], { shape: [2, 2, 3], strides: [-6, 3, -1], offset: 8, flags: ND_PIL });
  const f = ndarray([range(6)], { shape: [2, 3], flags: ND_FORTRAN });
  const cases: [string, () => PyObject][] = [
    ["ndarray(f, getbuf=PyBUF_ND)", () => ndarray([f], { getbuf: PyBUF_ND })],
    [
      "ndarray(f, getbuf=PyBUF_F_CONTIGUOUS).strides",
      () => attr(ndarray([f], { getbuf: PyBUF_F_CONTIGUOUS }), "strides"),
    ],
    ["ndarray(f, getbuf=PyBUF_WRITABLE)", () => ndarray([f], { getbuf: PyBUF_WRITABLE })],
    ["ndarray(p, getbuf=PyBUF_STRIDES)", () => ndarray([p], { getbuf: PyBUF_STRIDES })],
    [
      "ndarray(nd, getbuf=PyBUF_SIMPLE).format",
      () => attr(ndarray([nd], { getbuf: PyBUF_SIMPLE }), "format"),
    ],
    ["ndarray(nd, getbuf=PyBUF_FORMAT)", () => ndarray([nd], { getbuf: PyBUF_FORMAT })],
    ["ndarray(nd, getbuf=PyBUF_ND).tolist()", () => call(ndarray([nd], { getbuf: PyBUF_ND }), "tolist")],
    [
      "ndarray(ndarray(nd, getbuf=PyBUF_ND), getbuf=PyBUF_STRIDES)",
      () => ndarray([ndarray([nd], { getbuf: PyBUF_ND })], { getbuf: PyBUF_STRIDES }),
    ],
  ];
  for (const [label, f] of cases) {
    it(label, () => expect(r(f)).toBe(transcript("getbuf requests")(`print(repr(${label}))`)));
  }
});

describe("module functions", () => {
  const nd = ndarray([range(12)], { shape: [3, 4], format: "h", flags: ND_WRITABLE });
  const p = ndarray([range(12)], { shape: [2, 2, 3], strides: [-6, 3, -1], offset: 8, flags: ND_PIL });
  const f = ndarray([range(6)], { shape: [2, 3], flags: ND_FORTRAN });
  const cases: [string, () => PyObject][] = [
    ["slice_indices(slice(None, None, -1), 5)", () => fn("slice_indices", sl(null, null, -1), 5)],
    ["slice_indices('x', 5)", () => fn("slice_indices", "x", 5)],
    ["slice_indices(slice(1))", () => fn("slice_indices", sl(null, 1))],
    ["get_pointer(p, [1, 1, 2])", () => fn("get_pointer", p, [1, 1, 2])],
    ["get_pointer(p, [2, 1, 2])", () => fn("get_pointer", p, [2, 1, 2])],
    ["get_pointer(p, [1, 1])", () => fn("get_pointer", p, [1, 1])],
    ["cmp_contig(nd, ndarray(nd))", () => fn("cmp_contig", nd, ndarray([nd]))],
    ["cmp_contig(f, nd)", () => fn("cmp_contig", f, nd)],
    ["cmp_contig(f, 1)", () => fn("cmp_contig", f, 1)],
    ["is_contiguous(f, 'F')", () => fn("is_contiguous", f, "F")],
    ["is_contiguous(p, 'A')", () => fn("is_contiguous", p, "A")],
    ["is_contiguous(b'x', 'Q')", () => fn("is_contiguous", { bytes: [120] }, "Q")],
    [
      "py_buffer_to_contiguous(f, 'C', PyBUF_FULL_RO)",
      () => fn("py_buffer_to_contiguous", f, "C", PyBUF_FULL_RO),
    ],
    [
      "py_buffer_to_contiguous(p, 'F', PyBUF_FULL_RO)",
      () => fn("py_buffer_to_contiguous", p, "F", PyBUF_FULL_RO),
    ],
    [
      "py_buffer_to_contiguous(p, 'F', PyBUF_STRIDES)",
      () => fn("py_buffer_to_contiguous", p, "F", PyBUF_STRIDES),
    ],
    ["get_sizeof_void_p()", () => fn("get_sizeof_void_p")],
    [
      "ndarray(staticarray()).tolist()",
      () => call(ndarray([StaticArray_Type.tp_new!(StaticArray_Type, [], null)]), "tolist"),
    ],
    [
      "ndarray(staticarray(True)).obj",
      () => attr(ndarray([StaticArray_Type.tp_new!(StaticArray_Type, [Py_True], null)]), "obj"),
    ],
    ["staticarray(1, 2)", () => StaticArray_Type.tp_new!(StaticArray_Type, [py(1), py(2)], null)],
  ];
  for (const [label, f] of cases) {
    it(label, () => expect(r(f)).toBe(transcript("module functions")(`print(repr(${label}))`)));
  }

  it("add_suboffsets", () => {
    const cpy = transcript("add_suboffsets");
    const a = ndarray([range(12)], { shape: [3, 4], format: "h", flags: ND_WRITABLE });
    call(a, "add_suboffsets");
    expect(repr(attr(a, "suboffsets"))).toBe(cpy("a.suboffsets"));
    expect(repr(attr(a, "flags"))).toBe(cpy("a.flags"));
    expect(r(() => call(a, "add_suboffsets"))).toBe(cpy("a.add_suboffsets()"));
  });
});

describe("exports and refcounts", () => {
  beforeAll(() => setCheckedMode(true));
  afterAll(() => setCheckedMode(false));

  it("push/pop refuse while a consumer holds an export", () => {
    const cpy = transcript("push/pop refuse while a consumer holds an export");
    checkpoint();
    const nd = ndarray([[9], [1]]);
    const c = ndarray([nd]);
    expect(r(() => call(nd, "push", [[1], [1]]))).toBe(cpy("nd.push([1], [1])"));
    expect(r(() => call(nd, "pop"))).toBe(cpy("nd.pop()"));
    expect(r(() => call(c, "push", [[1], [1]]))).toBe(cpy("c.push([1], [1])"));
    Py_DECREF(c);
    expect(r(() => call(nd, "push", [[1], [1]]))).toBe(cpy("print(repr(nd.push([1], [1])))"));
    expect(r(() => call(nd, "pop"))).toBe(cpy("print(repr(nd.pop()))"));
    expect(r(() => call(nd, "pop"))).toBe(cpy("nd.pop()"));
    Py_DECREF(nd);
    expect(leakReport()).toEqual([]);
  });

  it("ND_VAREXPORT frees an old base with its last export", () => {
    const cpy = transcript("ND_VAREXPORT frees an old base with its last export");
    checkpoint();
    const nd = ndarray([[1, 2, 3]], { shape: [3], flags: ND_VAREXPORT });
    const c1 = ndarray([nd]);
    Py_DECREF(call(nd, "push", [[4, 5, 6, 7, 8]], { shape: [5] }));
    const c2 = ndarray([nd]);
    expect(r(() => call(c1, "tolist"))).toBe(cpy("c1.tolist()"));
    expect(r(() => call(c2, "tolist"))).toBe(cpy("c2.tolist()"));
    expect(r(() => call(nd, "pop"))).toBe(cpy("nd.pop()"));
    Py_DECREF(c2);
    Py_DECREF(call(nd, "pop"));
    expect(r(() => call(nd, "tolist"))).toBe(cpy("nd.tolist()"));
    expect(r(() => call(c1, "tolist"))).toBe(cpy("c1.tolist()"));
    Py_DECREF(c1);
    Py_DECREF(nd);
    expect(leakReport()).toEqual([]);
  });

  it("sub-arrays, slices and assignment release their exports", () => {
    const cpy = transcript("sub-arrays, slices and assignment release their exports");
    checkpoint();
    const nd = ndarray([range(8)], { shape: [2, 4], flags: ND_WRITABLE });
    const row = PyObject_GetItem(nd, py(1));
    const key = PyTuple_Pack([sl(null, null, -1), sl(1, 3)]);
    const sub = PyObject_GetItem(nd, key);
    Py_DECREF(key);
    expect(r(() => call(nd, "push", [[1], [1]]))).toBe(cpy("nd.push([1], [1])"));
    // nd[0] = ndarray([9, 9, 9, 9], shape=[4])
    const src = ndarray([[9, 9, 9, 9]], { shape: [4] });
    PyObject_SetItem(nd, py(0), src);
    expect(r(() => call(nd, "tolist"))).toBe(cpy("nd.tolist()"));
    expect(r(() => call(sub, "tolist"))).toBe(cpy("sub.tolist()"));
    const empty = PyTuple_Pack([]);
    expect(r(() => PyObject_SetItem(nd, empty, src) as unknown as PyObject)).toBe(cpy("nd[()] = src"));
    Py_DECREF(empty);
    Py_DECREF(src);
    Py_DECREF(row);
    Py_DECREF(sub);
    expect(r(() => PyObject_GetItem(nd, Py_Ellipsis))).toBe(cpy("nd[...]"));
    Py_DECREF(nd);
    expect(leakReport()).toEqual([]);
  });
});

it("module has every name of CPython's _testbuffer", () => {
  const cpy = transcript("module has every name of CPython's _testbuffer");
  const names = JSON.parse(
    cpy("print(json.dumps([n for n in sorted(dir(_testbuffer)) if not n.startswith('_')]))"),
  ) as string[];
  expect(names.length).toBeGreaterThan(0);
  const d = PyModule_GetDict(mod);
  for (const n of names) expect(d.has(n), n).toBe(true);
  expect(repr(d.get("ND_MAX_NDIM")!)).toBe(cpy("_testbuffer.ND_MAX_NDIM"));
  expect(repr(d.get("PyBUF_FULL")!)).toBe(cpy("_testbuffer.PyBUF_FULL"));
});
