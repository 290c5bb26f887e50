/**
 * `_testbuffer` at the TypeScript level: ndarray construction, layouts,
 * getbuf requests, slicing, push/pop and exports, the module functions and
 * staticarray. Expected values were produced by CPython 3.11 (`python3`)
 * running the Python expression given as each case's label.
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
  const cases: [string, () => PyObject, string][] = [
    ["nd.tolist()", () => call(nd, "tolist"), "[[0, 1, 2, 3], [4, 5, 6, 7], [8, 9, 10, 11]]"],
    ["nd.shape", () => attr(nd, "shape"), "(3, 4)"],
    ["nd.strides", () => attr(nd, "strides"), "(8, 2)"],
    ["nd.flags", () => attr(nd, "flags"), "258"],
    ["nd.nbytes", () => attr(nd, "nbytes"), "24"],
    ["nd.format", () => attr(nd, "format"), "'h'"],
    [
      "nd.tobytes()",
      () => call(nd, "tobytes"),
      "b'\\x00\\x00\\x01\\x00\\x02\\x00\\x03\\x00\\x04\\x00\\x05\\x00\\x06\\x00\\x07\\x00\\x08\\x00\\t\\x00\\n\\x00\\x0b\\x00'",
    ],
    ["nd[1].tolist()", () => call(PyObject_GetItem(nd, py(1)), "tolist"), "[4, 5, 6, 7]"],
    ["nd[-1][-1]", () => PyObject_GetItem(PyObject_GetItem(nd, py(-1)), py(-1)), "11"],
    [
      "nd[::2, 1:3].tolist()",
      () => call(PyObject_GetItem(nd, PyTuple_Pack([sl(null, null, 2), sl(1, 3)])), "tolist"),
      "[[1, 2], [9, 10]]",
    ],
    [
      "nd[::-1, ::-1].strides",
      () => attr(PyObject_GetItem(nd, PyTuple_Pack([sl(null, null, -1), sl(null, null, -1)])), "strides"),
      "(-8, -2)",
    ],
    [
      "nd[::-1, ::-1].tobytes()",
      () => call(PyObject_GetItem(nd, PyTuple_Pack([sl(null, null, -1), sl(null, null, -1)])), "tobytes"),
      "b'\\x0b\\x00\\n\\x00\\t\\x00\\x08\\x00\\x07\\x00\\x06\\x00\\x05\\x00\\x04\\x00\\x03\\x00\\x02\\x00\\x01\\x00\\x00\\x00'",
    ],
    ["nd[3]", () => PyObject_GetItem(nd, py(3)), "IndexError: index out of bounds"],
    ["nd['x']", () => PyObject_GetItem(nd, py("x")), 'TypeError: cannot index memory using "str"'],
    ["p.suboffsets", () => attr(p, "suboffsets"), "(2, -1, -1)"],
    ["p.strides", () => attr(p, "strides"), "(-8, 3, -1)"],
    ["p.tolist()", () => call(p, "tolist"), "[[[8, 7, 6], [11, 10, 9]], [[2, 1, 0], [5, 4, 3]]]"],
    ["p.tobytes()", () => call(p, "tobytes"), "b'\\x08\\x07\\x06\\x0b\\n\\t\\x02\\x01\\x00\\x05\\x04\\x03'"],
    ["p[1].tolist()", () => call(PyObject_GetItem(p, py(1)), "tolist"), "[[2, 1, 0], [5, 4, 3]]"],
    [
      "p[::-1, 1:, ::2].tolist()",
      () =>
        call(
          PyObject_GetItem(p, PyTuple_Pack([sl(null, null, -1), sl(1, null), sl(null, null, 2)])),
          "tolist",
        ),
      "[[[5, 3]], [[11, 9]]]",
    ],
    ["p.flags", () => attr(p, "flags"), "16"],
    ["f.strides", () => attr(f, "strides"), "(1, 2)"],
    ["f.tolist()", () => call(f, "tolist"), "[[0, 2, 4], [1, 3, 5]]"],
    ["f.tobytes()", () => call(f, "tobytes"), "b'\\x00\\x02\\x04\\x01\\x03\\x05'"],
    ["s.tolist()", () => call(s, "tolist"), "7"],
    ["s[()]", () => PyObject_GetItem(s, PyTuple_Pack([])), "7"],
    ["s[0]", () => PyObject_GetItem(s, py(0)), "TypeError: invalid indexing of scalar"],
    ["s.flags", () => attr(s, "flags"), "268"],
    [
      "ndarray([(1, 2), (3, 4)], shape=[2], format='<hq').tolist()",
      () => call(ndarray([[{ tuple: [1, 2] }, { tuple: [3, 4] }]], { shape: [2], format: "<hq" }), "tolist"),
      "[(1, 2), (3, 4)]",
    ],
    [
      "ndarray([b'ab', b'c'], shape=[2], format='3s').tolist()",
      () => call(ndarray([[{ bytes: [97, 98] }, { bytes: [99] }]], { shape: [2], format: "3s" }), "tolist"),
      "[b'ab\\x00', b'c\\x00\\x00']",
    ],
  ];
  for (const [label, f, expected] of cases) it(label, () => expect(r(f)).toBe(expected));
});

describe("ndarray constructor errors", () => {
  const cases: [string, () => PyObject, string][] = [
    [
      "ndarray([1000], shape=[1])",
      () => ndarray([[1000]], { shape: [1] }),
      "struct.error: ubyte format requires 0 <= number <= 255",
    ],
    [
      "ndarray([1], shape=[1], format='Y')",
      () => ndarray([[1]], { shape: [1], format: "Y" }),
      "struct.error: bad char in struct format",
    ],
    [
      "ndarray([1], shape=[1], format=5)",
      () => ndarray([[1]], { shape: [1], format: 5 }),
      "TypeError: Struct() argument 1 must be a str or bytes object, not int",
    ],
    [
      "ndarray([1, 2, 3], shape=[2], strides=[3])",
      () => ndarray([[1, 2, 3]], { shape: [2], strides: [3] }),
      "ValueError: invalid combination of buffer, shape and strides",
    ],
    [
      "ndarray([1, 2, 3], shape=[3], offset=1)",
      () => ndarray([[1, 2, 3]], { shape: [3], offset: 1 }),
      "ValueError: invalid combination of buffer, shape and strides",
    ],
    [
      "ndarray([], shape=[1])",
      () => ndarray([[]], { shape: [1] }),
      "ValueError: initializer list or tuple must not be empty",
    ],
    [
      "ndarray([1], shape=[1], getbuf=1)",
      () => ndarray([[1]], { shape: [1], getbuf: 1 }),
      "TypeError: getbuf argument only valid for construction from exporter object",
    ],
    [
      "ndarray([1])",
      () => ndarray([[1]]),
      "TypeError: shape is a required argument when constructing from list, tuple or scalar",
    ],
    [
      "ndarray(b'x', strides=[1])",
      () => ndarray([{ bytes: [120] }], { strides: [1] }),
      "TypeError: construction from exporter object only takes 'obj', 'getbuf' and 'flags' arguments",
    ],
    [
      "ndarray([1], shape=[-1])",
      () => ndarray([[1]], { shape: [-1] }),
      "ValueError: elements of shape must be integers >= 0",
    ],
    [
      "ndarray([1], shape=[1], flags=2**40)",
      () => ndarray([[1]], { shape: [1], flags: 2 ** 40 }),
      "OverflowError: signed integer is greater than maximum",
    ],
  ];
  for (const [label, f, expected] of cases) it(label, () => expect(r(f)).toBe(expected));
});

describe("getbuf requests", () => {
  const nd = ndarray([range(12)], { shape: [3, 4], format: "h", flags: ND_WRITABLE });
  const p = ndarray([range(12)], { shape: [2, 2, 3], strides: [-6, 3, -1], offset: 8, flags: ND_PIL });
  const f = ndarray([range(6)], { shape: [2, 3], flags: ND_FORTRAN });
  const cases: [string, () => PyObject, string][] = [
    [
      "ndarray(f, getbuf=PyBUF_ND)",
      () => ndarray([f], { getbuf: PyBUF_ND }),
      "BufferError: ndarray is not C-contiguous",
    ],
    [
      "ndarray(f, getbuf=PyBUF_F_CONTIGUOUS).strides",
      () => attr(ndarray([f], { getbuf: PyBUF_F_CONTIGUOUS }), "strides"),
      "(1, 2)",
    ],
    [
      "ndarray(f, getbuf=PyBUF_WRITABLE)",
      () => ndarray([f], { getbuf: PyBUF_WRITABLE }),
      "BufferError: ndarray is not writable",
    ],
    [
      "ndarray(p, getbuf=PyBUF_STRIDES)",
      () => ndarray([p], { getbuf: PyBUF_STRIDES }),
      "BufferError: ndarray cannot be represented without suboffsets",
    ],
    [
      "ndarray(nd, getbuf=PyBUF_SIMPLE).format",
      () => attr(ndarray([nd], { getbuf: PyBUF_SIMPLE }), "format"),
      "''",
    ],
    [
      "ndarray(nd, getbuf=PyBUF_FORMAT)",
      () => ndarray([nd], { getbuf: PyBUF_FORMAT }),
      "BufferError: ndarray: cannot cast to unsigned bytes if the format flag is present",
    ],
    [
      "ndarray(nd, getbuf=PyBUF_ND).tolist()",
      () => call(ndarray([nd], { getbuf: PyBUF_ND }), "tolist"),
      "ValueError: ndarray: tolist() does not support format=NULL, use tobytes()",
    ],
    [
      "ndarray(ndarray(nd, getbuf=PyBUF_ND), getbuf=PyBUF_STRIDES)",
      () => ndarray([ndarray([nd], { getbuf: PyBUF_ND })], { getbuf: PyBUF_STRIDES }),
      "BufferError: re-exporter does not provide format, shape or strides",
    ],
  ];
  for (const [label, f, expected] of cases) it(label, () => expect(r(f)).toBe(expected));
});

describe("module functions", () => {
  const nd = ndarray([range(12)], { shape: [3, 4], format: "h", flags: ND_WRITABLE });
  const p = ndarray([range(12)], { shape: [2, 2, 3], strides: [-6, 3, -1], offset: 8, flags: ND_PIL });
  const f = ndarray([range(6)], { shape: [2, 3], flags: ND_FORTRAN });
  const cases: [string, () => PyObject, string][] = [
    [
      "slice_indices(slice(None, None, -1), 5)",
      () => fn("slice_indices", sl(null, null, -1), 5),
      "(4, -1, -1, 5)",
    ],
    [
      "slice_indices('x', 5)",
      () => fn("slice_indices", "x", 5),
      "TypeError: first argument must be a slice object",
    ],
    [
      "slice_indices(slice(1))",
      () => fn("slice_indices", sl(null, 1)),
      "TypeError: function takes exactly 2 arguments (1 given)",
    ],
    ["get_pointer(p, [1, 1, 2])", () => fn("get_pointer", p, [1, 1, 2]), "3"],
    [
      "get_pointer(p, [2, 1, 2])",
      () => fn("get_pointer", p, [2, 1, 2]),
      "ValueError: get_pointer(): invalid index 2 at position 0",
    ],
    [
      "get_pointer(p, [1, 1])",
      () => fn("get_pointer", p, [1, 1]),
      "ValueError: get_pointer(): len(indices) != ndim",
    ],
    ["cmp_contig(nd, ndarray(nd))", () => fn("cmp_contig", nd, ndarray([nd])), "True"],
    ["cmp_contig(f, nd)", () => fn("cmp_contig", f, nd), "False"],
    [
      "cmp_contig(f, 1)",
      () => fn("cmp_contig", f, 1),
      "TypeError: cmp_contig: second argument does not implement the buffer protocol",
    ],
    ["is_contiguous(f, 'F')", () => fn("is_contiguous", f, "F"), "True"],
    ["is_contiguous(p, 'A')", () => fn("is_contiguous", p, "A"), "False"],
    [
      "is_contiguous(b'x', 'Q')",
      () => fn("is_contiguous", { bytes: [120] }, "Q"),
      "ValueError: invalid order, must be C, F or A",
    ],
    [
      "py_buffer_to_contiguous(f, 'C', PyBUF_FULL_RO)",
      () => fn("py_buffer_to_contiguous", f, "C", PyBUF_FULL_RO),
      "b'\\x00\\x02\\x04\\x01\\x03\\x05'",
    ],
    [
      "py_buffer_to_contiguous(p, 'F', PyBUF_FULL_RO)",
      () => fn("py_buffer_to_contiguous", p, "F", PyBUF_FULL_RO),
      "b'\\x08\\x02\\x0b\\x05\\x07\\x01\\n\\x04\\x06\\x00\\t\\x03'",
    ],
    [
      "py_buffer_to_contiguous(p, 'F', PyBUF_STRIDES)",
      () => fn("py_buffer_to_contiguous", p, "F", PyBUF_STRIDES),
      "BufferError: ndarray cannot be represented without suboffsets",
    ],
    ["get_sizeof_void_p()", () => fn("get_sizeof_void_p"), "8"],
    [
      "ndarray(staticarray()).tolist()",
      () => call(ndarray([StaticArray_Type.tp_new!(StaticArray_Type, [], null)]), "tolist"),
      "[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]",
    ],
    [
      "ndarray(staticarray(True)).obj",
      () => attr(ndarray([StaticArray_Type.tp_new!(StaticArray_Type, [Py_True], null)]), "obj"),
      "None",
    ],
    [
      "staticarray(1, 2)",
      () => StaticArray_Type.tp_new!(StaticArray_Type, [py(1), py(2)], null),
      "TypeError: function takes at most 1 argument (2 given)",
    ],
  ];
  for (const [label, f, expected] of cases) it(label, () => expect(r(f)).toBe(expected));

  it("add_suboffsets", () => {
    const a = ndarray([range(12)], { shape: [3, 4], format: "h", flags: ND_WRITABLE });
    call(a, "add_suboffsets");
    expect(repr(attr(a, "suboffsets"))).toBe("(-1, -1)");
    expect(repr(attr(a, "flags"))).toBe("2");
    expect(r(() => call(a, "add_suboffsets"))).toBe("TypeError: cannot add suboffsets to PIL-style array");
  });
});

describe("exports and refcounts", () => {
  beforeAll(() => setCheckedMode(true));
  afterAll(() => setCheckedMode(false));

  it("push/pop refuse while a consumer holds an export", () => {
    checkpoint();
    // nd = ndarray([9], [1]); c = ndarray(nd); nd.push([1], [1]) -> BufferError
    const nd = ndarray([[9], [1]]);
    const c = ndarray([nd]);
    expect(r(() => call(nd, "push", [[1], [1]]))).toBe(
      "BufferError: cannot change structure: 1 exported buffer",
    );
    expect(r(() => call(nd, "pop"))).toBe("BufferError: cannot change structure: 1 exported buffer");
    expect(r(() => call(c, "push", [[1], [1]]))).toBe(
      "BufferError: structure of re-exporting object is immutable",
    );
    Py_DECREF(c);
    expect(r(() => call(nd, "push", [[1], [1]]))).toBe("None");
    expect(r(() => call(nd, "pop"))).toBe("None");
    expect(r(() => call(nd, "pop"))).toBe("BufferError: list only has a single base");
    Py_DECREF(nd);
    expect(leakReport()).toEqual([]);
  });

  it("ND_VAREXPORT frees an old base with its last export", () => {
    checkpoint();
    const nd = ndarray([[1, 2, 3]], { shape: [3], flags: ND_VAREXPORT });
    const c1 = ndarray([nd]);
    Py_DECREF(call(nd, "push", [[4, 5, 6, 7, 8]], { shape: [5] }));
    const c2 = ndarray([nd]);
    expect(r(() => call(c1, "tolist"))).toBe("[1, 2, 3]");
    expect(r(() => call(c2, "tolist"))).toBe("[4, 5, 6, 7, 8]");
    expect(r(() => call(nd, "pop"))).toBe("BufferError: cannot change structure: 1 exported buffer");
    Py_DECREF(c2);
    Py_DECREF(call(nd, "pop"));
    expect(r(() => call(nd, "tolist"))).toBe("[1, 2, 3]");
    expect(r(() => call(c1, "tolist"))).toBe("[1, 2, 3]");
    Py_DECREF(c1);
    Py_DECREF(nd);
    expect(leakReport()).toEqual([]);
  });

  it("sub-arrays, slices and assignment release their exports", () => {
    checkpoint();
    const nd = ndarray([range(8)], { shape: [2, 4], flags: ND_WRITABLE });
    const row = PyObject_GetItem(nd, py(1));
    const key = PyTuple_Pack([sl(null, null, -1), sl(1, 3)]);
    const sub = PyObject_GetItem(nd, key);
    Py_DECREF(key);
    expect(r(() => call(nd, "push", [[1], [1]]))).toBe(
      "BufferError: cannot change structure: 2 exported buffers",
    );
    // nd[0] = ndarray([9, 9, 9, 9], shape=[4])
    const src = ndarray([[9, 9, 9, 9]], { shape: [4] });
    PyObject_SetItem(nd, py(0), src);
    expect(r(() => call(nd, "tolist"))).toBe("[[9, 9, 9, 9], [4, 5, 6, 7]]");
    expect(r(() => call(sub, "tolist"))).toBe("[[5, 6], [9, 9]]");
    const empty = PyTuple_Pack([]);
    expect(r(() => PyObject_SetItem(nd, empty, src) as unknown as PyObject)).toBe(
      "ValueError: ndarray assignment: lvalue and rvalue have different structures",
    );
    Py_DECREF(empty);
    Py_DECREF(src);
    Py_DECREF(row);
    Py_DECREF(sub);
    expect(r(() => PyObject_GetItem(nd, Py_Ellipsis))).toBe(
      'TypeError: cannot index memory using "ellipsis"',
    );
    Py_DECREF(nd);
    expect(leakReport()).toEqual([]);
  });
});

it("module has every name of CPython's _testbuffer", () => {
  const names = [
    "ND_FORTRAN",
    "ND_GETBUF_FAIL",
    "ND_GETBUF_UNDEFINED",
    "ND_MAX_NDIM",
    "ND_PIL",
    "ND_REDIRECT",
    "ND_SCALAR",
    "ND_VAREXPORT",
    "ND_WRITABLE",
    "PyBUF_ANY_CONTIGUOUS",
    "PyBUF_CONTIG",
    "PyBUF_CONTIG_RO",
    "PyBUF_C_CONTIGUOUS",
    "PyBUF_FORMAT",
    "PyBUF_FULL",
    "PyBUF_FULL_RO",
    "PyBUF_F_CONTIGUOUS",
    "PyBUF_INDIRECT",
    "PyBUF_ND",
    "PyBUF_READ",
    "PyBUF_RECORDS",
    "PyBUF_RECORDS_RO",
    "PyBUF_SIMPLE",
    "PyBUF_STRIDED",
    "PyBUF_STRIDED_RO",
    "PyBUF_STRIDES",
    "PyBUF_WRITABLE",
    "PyBUF_WRITE",
    "cmp_contig",
    "get_contiguous",
    "get_pointer",
    "get_sizeof_void_p",
    "is_contiguous",
    "ndarray",
    "py_buffer_to_contiguous",
    "slice_indices",
    "staticarray",
  ];
  const d = PyModule_GetDict(mod);
  for (const n of names) expect(d.has(n), n).toBe(true);
  expect(repr(d.get("ND_MAX_NDIM")!)).toBe("128");
  expect(repr(d.get("PyBUF_FULL")!)).toBe("285");
});
