/**
 * memoryview against CPython 3.11: every case's outcome (repr or
 * `ExcType: message`) equals the fixture written by fixtures/gen_fixtures.py.
 * Each case runs in checked mode and must leave no live object behind.
 */
import {
  type PyObject,
  PyBool_FromBool,
  PyFloat_FromDouble,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_Length,
  PyObject_RichCompare,
  PyObject_SetAttr,
  PySequence_Contains,
  PySequence_List,
  PySlice_New,
  Py_DECREF,
  Py_EQ,
  Py_Ellipsis,
  Py_INCREF,
  Py_LT,
  Py_NE,
  Py_None,
  checkpoint,
  repr,
  setCheckedMode,
} from "@py/object";
import { PyBUF_FULL_RO, PyBuffer_Release, emptyPyBuffer, PyObject_GetBuffer } from "@py/buffer";
import { PyObject as PyObjectClass, PyTypeObject } from "@py/object";
import { PyObject_Call } from "@py/object";
import { PyMemoryView_Type } from "../src/index.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  B,
  BA,
  type Scope,
  S,
  attr,
  call,
  expected,
  get,
  int,
  ints,
  list,
  mv,
  outcome,
  set,
  sl,
  tup,
  leaks,
} from "./helpers.js";

beforeAll(() => setCheckedMode(true));
afterAll(() => setCheckedMode(false));

function c(name: string, fn: (T: Scope) => PyObject | string | null): void {
  it(name, () => {
    checkpoint();
    const got = outcome(fn);
    expect(expected[name], `fixture ${name}`).toBeDefined();
    expect(got).toBe(expected[name]);
    expect(leaks()).toEqual([]);
  });
}

const ell = (): PyObject => {
  Py_INCREF(Py_Ellipsis);
  return Py_Ellipsis;
};
/** A writable typed view: memoryview(bytearray(n*size)).cast(fmt) filled with values. */
function typed(T: Scope, fmt: string, size: number, values: (number | bigint)[]): PyObject {
  const m = T.o(call(T.o(mv(T.o(BA(new Array(size * values.length).fill(0))))), "cast", [T.o(S(fmt))]));
  for (const [i, v] of values.entries()) {
    set(m, int(i), fmt === "d" || fmt === "f" ? PyFloat_FromDouble(Number(v)) : int(v));
  }
  return m;
}
function cast(T: Scope, m: PyObject, fmt: string, shape?: number[]): PyObject {
  const args = [T.o(S(fmt))];
  if (shape !== undefined) args.push(T.o(ints(shape)));
  return T.o(call(m, "cast", args));
}
function release(m: PyObject): void {
  Py_DECREF(call(m, "release"));
}
function eq(a: PyObject, b: PyObject, op: 0 | 2 | 3 = Py_EQ): PyObject {
  return PyObject_RichCompare(a, b, op);
}

describe("construction and attributes", () => {
  c("ctor_int", (T) => mv(T.o(int(1))));
  c("ctor_none", () => mv(Py_None));
  c("attrs_bytes", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    const names = [
      "obj",
      "nbytes",
      "readonly",
      "itemsize",
      "format",
      "ndim",
      "shape",
      "strides",
      "suboffsets",
    ];
    return tup(
      ...names.map((n) => attr(m, n)),
      attr(m, "c_contiguous"),
      attr(m, "f_contiguous"),
      attr(m, "contiguous"),
    );
  });
  c("attrs_bytearray_readonly", (T) => attr(T.o(mv(T.o(BA("abc")))), "readonly"));
  c("attrs_cast_nd", (T) => {
    const m = cast(T, T.o(mv(T.o(BA(new Array(24).fill(0))))), "i", [2, 3]);
    const names = [
      "nbytes",
      "itemsize",
      "format",
      "ndim",
      "shape",
      "strides",
      "c_contiguous",
      "f_contiguous",
      "contiguous",
    ];
    return tup(...names.map((n) => attr(m, n)));
  });
  c("attrs_slice_step", (T) => {
    const m = T.o(get(T.o(mv(T.o(BA(new Array(10).fill(0))))), sl(1, 9, 3)));
    const names = ["nbytes", "shape", "strides", "c_contiguous", "f_contiguous", "contiguous"];
    return tup(...names.map((n) => attr(m, n)));
  });
  c("attrs_slice_one", (T) => {
    const m = T.o(get(T.o(mv(T.o(BA(new Array(10).fill(0))))), sl(1, 2, 5)));
    return tup(attr(m, "shape"), attr(m, "strides"), attr(m, "c_contiguous"));
  });
  c("attrs_zero_dim", (T) => {
    const m = cast(T, T.o(mv(T.o(B("abcd")))), "i", []);
    const names = ["ndim", "shape", "strides", "suboffsets", "c_contiguous", "f_contiguous", "nbytes"];
    return tup(...names.map((n) => attr(m, n)));
  });
  c("attr_set", (T) => {
    PyObject_SetAttr(T.o(mv(T.o(B("abc")))), "format", T.o(S("B")));
    return null;
  });
  c("attr_released", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    release(m);
    return attr(m, "format");
  });
  c("attr_released_obj", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    release(m);
    return attr(m, "obj");
  });
});

describe("release", () => {
  c("release_twice", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    release(m);
    release(m);
    return `'${repr(m).slice(0, 16)}'`;
  });
  c("release_exported_1", (T) => {
    const m = T.o(mv(T.o(BA("abc"))));
    T.o(mv(m)); // shares the managed buffer: not an export of m
    T.o(exportOf(m)); // what struct.iter_unpack(m) holds
    return call(m, "release");
  });
  c("release_exported_2", (T) => {
    const m = T.o(mv(T.o(BA("abcd"))));
    T.o(exportOf(m));
    T.o(exportOf(m));
    return call(m, "release");
  });
  c("release_len", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    release(m);
    return int(PyObject_Length(m));
  });
  c("release_item", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    release(m);
    return get(m, int(0));
  });
  c("release_tolist", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    release(m);
    return call(m, "tolist");
  });
  c("release_cast", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    release(m);
    return call(m, "cast", [T.o(S("B"))]);
  });
  c("release_cast_badfmt", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    release(m);
    return call(m, "cast", [T.o(int(1))]);
  });
  c("release_eq_self", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    release(m);
    return eq(m, m);
  });
  c("release_eq_other", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    release(m);
    return eq(m, T.o(mv(T.o(B("abc")))));
  });
  c("release_enter", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    release(m);
    return call(m, "__enter__");
  });
  c("exit_returns", (T) => call(T.o(mv(T.o(B("abc")))), "__exit__", [Py_None, Py_None, Py_None]));
  c("release_args", (T) => call(T.o(mv(T.o(B("")))), "release", [T.o(int(1))]));
  c("release_tobytes_badorder", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    release(m);
    return call(m, "tobytes", [T.o(S("X"))]);
  });
  c("release_hex", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    release(m);
    return call(m, "hex");
  });
  c("released_repr_prefix", (T) => {
    const m = T.o(mv(T.o(B(""))));
    release(m);
    return PyBool_FromBool(/^<released memory at 0x[0-9a-f]+>$/.test(repr(m)));
  });
});

/** A buffer export of `m` held by a small owner object (released when it is dropped). */
const ExportHolder_Type = new PyTypeObject({
  name: "export_holder",
  dealloc: (o) => PyBuffer_Release((o as unknown as { view: ReturnType<typeof emptyPyBuffer> }).view),
});
function exportOf(m: PyObject): PyObject {
  const h = new PyObjectClass(ExportHolder_Type) as PyObject & { view: ReturnType<typeof emptyPyBuffer> };
  h.view = emptyPyBuffer();
  PyObject_GetBuffer(m, h.view, PyBUF_FULL_RO);
  return h;
}

describe("indexing", () => {
  c("idx_basic", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    return tup(
      get(m, int(0)),
      get(m, int(-1)),
      get(m, PyBool_FromBool(true)),
      get(m, PyBool_FromBool(false)),
    );
  });
  c("idx_oob", (T) => get(T.o(mv(T.o(B("abc")))), int(3)));
  c("idx_oob_neg", (T) => get(T.o(mv(T.o(B("abc")))), int(-4)));
  c("idx_huge", (T) => get(T.o(mv(T.o(B("abc")))), int(2n ** 63n)));
  c("idx_huge_neg", (T) => get(T.o(mv(T.o(B("abc")))), int(-(2n ** 63n) - 1n)));
  c("idx_float", (T) => get(T.o(mv(T.o(B("abc")))), PyFloat_FromDouble(1)));
  c("idx_str", (T) => get(T.o(mv(T.o(B("abc")))), S("a")));
  c("idx_empty_tuple_1d", (T) => get(T.o(mv(T.o(B("abc")))), tup()));
  c("idx_tuple_1d", (T) => get(T.o(mv(T.o(B("abc")))), tup(int(1))));
  c("idx_tuple_too_long", (T) => get(T.o(mv(T.o(B("abc")))), tup(int(1), int(2))));
  c("idx_tuple_bad", (T) => get(T.o(mv(T.o(B("abc")))), tup(int(1), S("a"))));
  c("idx_multislice", (T) => get(T.o(mv(T.o(B("abc")))), tup(sl(0, 1), sl(0, 1))));
  c("idx_mixed", (T) => get(T.o(mv(T.o(B("abc")))), tup(sl(0, 1), int(1))));
  const grid = (T: Scope): PyObject => cast(T, T.o(mv(T.o(BA([0, 1, 2, 3, 4, 5])))), "B", [2, 3]);
  c("idx_nd_int", (T) => get(grid(T), int(0)));
  c("idx_nd_tuple", (T) => {
    const m = grid(T);
    return tup(
      get(m, tup(int(0), int(0))),
      get(m, tup(int(1), int(2))),
      get(m, tup(int(-1), int(-1))),
      get(m, tup(int(1), int(-3))),
    );
  });
  c("idx_nd_tuple_oob", (T) => get(grid(T), tup(int(1), int(3))));
  c("idx_nd_tuple_oob0", (T) => get(grid(T), tup(int(2), int(0))));
  c("idx_nd_short", (T) => get(grid(T), tup(int(1))));
  c("idx_nd_huge", (T) => get(grid(T), tup(int(1), int(2n ** 64n))));
  c("idx_0d_empty", (T) => get(cast(T, cast(T, typed(T, "i", 4, [-7]), "B"), "i", []), tup()));
  c("idx_0d_ellipsis_same", (T) => {
    const m = cast(T, T.o(mv(T.o(B("abcd")))), "i", []);
    const r = T.o(get(m, ell()));
    return PyBool_FromBool(r === m);
  });
  c("idx_0d_int", (T) => get(cast(T, T.o(mv(T.o(B("abcd")))), "i", []), int(0)));
  c("idx_ellipsis_1d", (T) => get(T.o(mv(T.o(B("abc")))), ell()));
  c("idx_formats", (T) =>
    list(
      ..."bBhHiIlLqQfd".split("").map((f) => {
        const size = { b: 1, B: 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8 }[f]!;
        return call(typed(T, f, size, [1, 2]), "tolist");
      }),
    ),
  );
  c("idx_d", (T) => get(typed(T, "d", 8, [1.5, -0, Number.POSITIVE_INFINITY]), int(1)));
  c("idx_char", (T) => get(cast(T, T.o(mv(T.o(B("ab")))), "c"), int(1)));
  c("idx_bool", (T) => call(cast(T, T.o(mv(T.o(B([0, 1, 2])))), "?"), "tolist"));
  c("idx_e", (T) => call(T.o(mv(T.o(B("abcdef")))), "cast", [T.o(S("e"))]));
  c("idx_q_big", (T) => {
    const q = typed(T, "q", 8, [-(2n ** 63n), -1]);
    const bytes = T.o(call(q, "tobytes"));
    return tup(get(cast(T, T.o(mv(bytes)), "q"), int(0)), get(cast(T, T.o(mv(bytes)), "Q"), int(1)));
  });
  c("idx_P", (T) => get(cast(T, T.o(mv(T.o(B([255, 255, 255, 255, 255, 255, 255, 255])))), "P"), int(0)));
  c("len_0d", (T) => int(PyObject_Length(cast(T, T.o(mv(T.o(B("abcd")))), "i", []))));
  c("len_nd", (T) => int(PyObject_Length(grid(T))));
});

describe("slicing", () => {
  const abc = (T: Scope, s: string): PyObject => T.o(mv(T.o(B(s))));
  c("slice_basic", (T) => call(T.o(get(abc(T, "abcdef"), sl(1, 4))), "tobytes"));
  c("slice_step", (T) => call(T.o(get(abc(T, "abcdef"), sl(null, null, 2))), "tobytes"));
  c("slice_neg", (T) => call(T.o(get(abc(T, "abcdef"), sl(null, null, -1))), "tobytes"));
  c("slice_neg2", (T) => {
    const m = T.o(get(abc(T, "abcdef"), sl(-1, 0, -2)));
    return tup(call(m, "tobytes"), attr(m, "strides"), attr(m, "shape"));
  });
  c("slice_of_slice", (T) => {
    const a = T.o(get(abc(T, "abcdefgh"), sl(1, 7)));
    const b = T.o(get(a, sl(null, null, 2)));
    return call(T.o(get(b, sl(1))), "tobytes");
  });
  c("slice_empty", (T) => {
    const m = T.o(get(abc(T, "abc"), sl(2, 1)));
    return tup(call(m, "tobytes"), attr(m, "shape"), int(PyObject_Length(m)));
  });
  c("slice_step_zero", (T) => get(abc(T, "abc"), sl(null, null, 0)));
  c("slice_huge", (T) => {
    const s = T.o(int(-(2n ** 100n)));
    const e = T.o(int(2n ** 100n));
    return call(T.o(get(abc(T, "abc"), PySlice_New(s, e, null))), "tobytes");
  });
  c("slice_bad_type", (T) => {
    return get(abc(T, "abc"), PySlice_New(T.o(S("a")), null, null));
  });
  const g34 = (T: Scope): PyObject => cast(T, T.o(mv(T.o(BA([...Array(12).keys()])))), "B", [3, 4]);
  c("slice_nd_first", (T) => {
    const m = T.o(get(g34(T), sl(1)));
    return tup(attr(m, "shape"), attr(m, "strides"), call(m, "tolist"));
  });
  c("slice_nd_step", (T) => {
    const m = T.o(get(g34(T), sl(null, null, -2)));
    return tup(attr(m, "shape"), attr(m, "strides"), call(m, "tolist"), attr(m, "c_contiguous"));
  });
  c("slice_readonly", (T) => attr(T.o(get(abc(T, "abc"), sl(1))), "readonly"));
});

describe("assignment", () => {
  const w = (T: Scope, s: string | number[]): [PyObject, PyObject] => {
    const b = T.o(BA(s));
    return [b, T.o(mv(b))];
  };
  const asBytes = (_T: Scope, m: PyObject): PyObject => call(m, "tobytes");
  c("set_basic", (T) => {
    const [, m] = w(T, "abc");
    set(m, int(0), int(120));
    set(m, int(-1), int(121));
    return asBytes(T, m);
  });
  c("set_readonly", (T) => {
    set(T.o(mv(T.o(B("abc")))), int(0), int(1));
    return null;
  });
  c("set_delete", (T) => {
    set(w(T, "abc")[1], int(0), null);
    return null;
  });
  c("set_delete_readonly", (T) => {
    set(T.o(mv(T.o(B("abc")))), int(0), null);
    return null;
  });
  c("set_bad_type", (T) => {
    set(w(T, [0])[1], int(0), S("x"));
    return null;
  });
  c("set_bad_value", (T) => {
    set(w(T, [0])[1], int(0), int(256));
    return null;
  });
  c("set_neg_value", (T) => {
    set(w(T, [0])[1], int(0), int(-1));
    return null;
  });
  c("set_float_to_B", (T) => {
    set(w(T, [0])[1], int(0), PyFloat_FromDouble(1));
    return null;
  });
  c("set_oob", (T) => {
    set(w(T, [0])[1], int(1), int(1));
    return null;
  });
  c("set_huge_idx", (T) => {
    set(w(T, [0])[1], int(2n ** 64n), int(1));
    return null;
  });
  c("set_char", (T) => {
    const [, m] = w(T, [0, 0]);
    set(cast(T, m, "c"), int(0), B("x"));
    return asBytes(T, m);
  });
  c("set_char_bad", (T) => {
    set(cast(T, w(T, [0, 0])[1], "c"), int(0), B("xy"));
    return null;
  });
  c("set_char_type", (T) => {
    set(cast(T, w(T, [0, 0])[1], "c"), int(0), BA("x"));
    return null;
  });
  c("set_bool", (T) => {
    const [, m] = w(T, [0, 0]);
    const q = cast(T, m, "?");
    set(q, int(0), int(5));
    set(q, int(1), list());
    return asBytes(T, m);
  });
  c("set_i_range", (T) => {
    set(typed(T, "i", 4, [0]), int(0), int(2 ** 31));
    return null;
  });
  c("set_h_range", (T) => {
    set(typed(T, "h", 2, [0]), int(0), int(-(2 ** 15) - 1));
    return null;
  });
  c("set_q", (T) => {
    const m = typed(T, "q", 8, [0]);
    set(m, int(0), int(-(2n ** 63n)));
    return get(m, int(0));
  });
  c("set_q_over", (T) => {
    set(typed(T, "q", 8, [0]), int(0), int(2n ** 63n));
    return null;
  });
  c("set_Q", (T) => {
    const m = typed(T, "Q", 8, [0]);
    set(m, int(0), int(2n ** 64n - 1n));
    return get(m, int(0));
  });
  c("set_Q_neg", (T) => {
    set(typed(T, "Q", 8, [0]), int(0), int(-1));
    return null;
  });
  c("set_d", (T) => {
    const m = typed(T, "d", 8, [0]);
    set(m, int(0), int(3));
    return get(m, int(0));
  });
  c("set_d_str", (T) => {
    set(typed(T, "d", 8, [0]), int(0), S("x"));
    return null;
  });
  c("set_d_bigint", (T) => {
    set(typed(T, "d", 8, [0]), int(0), int(2n ** 1024n));
    return null;
  });
  c("set_f_inf", (T) => {
    const m = typed(T, "f", 4, [0]);
    set(m, int(0), PyFloat_FromDouble(1e300));
    return get(m, int(0));
  });
  c("set_e", (T) => call(w(T, [0, 0])[1], "cast", [T.o(S("e"))]));
  c("set_e_over", (T) => call(w(T, [0, 0])[1], "cast", [T.o(S("e"))]));
  c("set_P_float", (T) => {
    set(cast(T, w(T, new Array(8).fill(0))[1], "P"), int(0), PyFloat_FromDouble(1.5));
    return null;
  });
  c("set_P_neg", (T) => {
    const m = cast(T, w(T, new Array(8).fill(0))[1], "P");
    set(m, int(0), int(-1));
    return get(m, int(0));
  });
  c("set_0d", (T) => {
    const m = cast(T, w(T, [0, 0, 0, 0])[1], "i", []);
    set(m, tup(), int(-2));
    set(m, ell(), int(-6));
    return call(m, "tolist");
  });
  c("set_0d_bad_key", (T) => {
    set(cast(T, w(T, [0, 0, 0, 0])[1], "i", []), int(0), int(1));
    return null;
  });
  const g23 = (T: Scope): [PyObject, PyObject] => {
    const [b, m] = w(T, new Array(6).fill(0));
    return [b, cast(T, m, "B", [2, 3])];
  };
  c("set_nd_int", (T) => {
    set(g23(T)[1], int(0), int(1));
    return null;
  });
  c("set_nd_tuple", (T) => {
    const [b, m] = g23(T);
    set(m, tup(int(1), int(2)), int(9));
    set(m, tup(int(0), int(-1)), int(8));
    return call(T.o(mv(b)), "tobytes");
  });
  c("set_nd_short", (T) => {
    set(g23(T)[1], tup(int(1)), int(1));
    return null;
  });
  c("set_nd_slice", (T) => {
    set(g23(T)[1], sl(0, 1), B("abc"));
    return null;
  });
  c("set_bad_key", (T) => {
    set(w(T, new Array(6).fill(0))[1], S("a"), int(1));
    return null;
  });
  c("set_multislice", (T) => {
    set(w(T, new Array(6).fill(0))[1], tup(sl(0, 1), sl(0, 1)), int(1));
    return null;
  });
  c("set_slice", (T) => {
    const [, m] = w(T, "abcdef");
    set(m, sl(1, 3), B("XY"));
    return asBytes(T, m);
  });
  c("set_slice_step", (T) => {
    const [, m] = w(T, "abcdef");
    set(m, sl(null, null, 2), B("123"));
    return asBytes(T, m);
  });
  c("set_slice_len", (T) => {
    set(w(T, "abcdef")[1], sl(1, 3), B("XYZ"));
    return null;
  });
  c("set_slice_not_buffer", (T) => {
    set(w(T, "abcdef")[1], sl(1, 3), int(5));
    return null;
  });
  c("set_slice_fmt", (T) => {
    set(w(T, new Array(8).fill(0))[1], sl(0, 4), call(typed(T, "i", 4, [1]), "toreadonly"));
    return null;
  });
  c("set_slice_overlap", (T) => {
    const [, m] = w(T, "abcdefgh");
    set(m, sl(2, 8), get(m, sl(0, 6)));
    return asBytes(T, m);
  });
  c("set_slice_overlap_rev", (T) => {
    const [, m] = w(T, "abcdefgh");
    Py_INCREF(m);
    set(m, sl(null, null, -1), m);
    return asBytes(T, m);
  });
  c("set_slice_typed", (T) => {
    const m = typed(T, "i", 4, [1, 2, 3, 4]);
    set(m, sl(null, null, 2), call(typed(T, "i", 4, [9, 8]), "toreadonly"));
    return call(m, "tolist");
  });
  c("set_slice_at_fmt", (T) => {
    const [, m] = w(T, [0, 0, 0, 0]);
    set(m, sl(0, 2), call(T.o(mv(T.o(B("xy")))), "cast", [T.o(S("@B"))]));
    return asBytes(T, m);
  });
  c("set_slice_c_vs_B", (T) => {
    set(w(T, [0, 0, 0, 0])[1], sl(0, 2), call(T.o(mv(T.o(B("xy")))), "cast", [T.o(S("c"))]));
    return null;
  });
});

describe("cast", () => {
  const z = (T: Scope, n: number): PyObject => T.o(mv(T.o(BA(new Array(n).fill(0)))));
  c("cast_basic", (T) => {
    const m = cast(T, z(T, 8), "i");
    return tup(attr(m, "format"), attr(m, "itemsize"), attr(m, "shape"), call(m, "tolist"));
  });
  c("cast_at", (T) => attr(cast(T, z(T, 8), "@q"), "format"));
  c("cast_bad_fmt", (T) => call(z(T, 8), "cast", [T.o(S("X"))]));
  c("cast_std_fmt", (T) => call(z(T, 8), "cast", [T.o(S("<i"))]));
  c("cast_two_chars", (T) => call(z(T, 8), "cast", [T.o(S("ii"))]));
  c("cast_nonbyte", (T) => call(cast(T, z(T, 8), "i"), "cast", [T.o(S("h"))]));
  c("cast_len", (T) => call(z(T, 6), "cast", [T.o(S("i"))]));
  c("cast_shape_prod", (T) => call(z(T, 6), "cast", [T.o(S("B")), T.o(ints([4]))]));
  c("cast_shape_type", (T) => call(z(T, 6), "cast", [T.o(S("B")), T.o(int(3))]));
  c("cast_shape_none", (T) => call(z(T, 6), "cast", [T.o(S("B")), Py_None]));
  c("cast_shape_elem", (T) => call(z(T, 6), "cast", [T.o(S("B")), T.o(list(PyFloat_FromDouble(2), int(3)))]));
  c("cast_shape_zero", (T) => call(z(T, 6), "cast", [T.o(S("B")), T.o(ints([0, 3]))]));
  c("cast_shape_neg", (T) => call(z(T, 6), "cast", [T.o(S("B")), T.o(ints([-2, -3]))]));
  c("cast_shape_huge", (T) => call(z(T, 6), "cast", [T.o(S("B")), T.o(ints([2n ** 64n]))]));
  c("cast_shape_65", (T) => call(z(T, 6), "cast", [T.o(S("B")), T.o(ints(new Array(65).fill(1)))]));
  c("cast_nd_nd", (T) => call(cast(T, z(T, 6), "B", [2, 3]), "cast", [T.o(S("B")), T.o(ints([3, 2]))]));
  const r6 = (T: Scope): PyObject => T.o(mv(T.o(BA([0, 1, 2, 3, 4, 5]))));
  c("cast_nd_1d", (T) => call(cast(T, cast(T, r6(T), "B", [2, 3]), "B"), "tolist"));
  c("cast_nd_1d_shape", (T) => call(cast(T, cast(T, r6(T), "B", [2, 3]), "c", [6]), "tolist"));
  c("cast_noncontig", (T) => call(T.o(get(z(T, 6), sl(null, null, 2))), "cast", [T.o(S("B"))]));
  c("cast_zeros", (T) => call(z(T, 0), "cast", [T.o(S("B")), T.o(ints([0]))]));
  c("cast_zeros_1d", (T) => attr(cast(T, z(T, 0), "i"), "shape"));
  c("cast_missing", (T) => call(T.o(mv(T.o(B("")))), "cast"));
  c("cast_fmt_int", (T) => call(T.o(mv(T.o(B("")))), "cast", [T.o(int(1))]));
  c("cast_too_many", (T) => call(T.o(mv(T.o(B("")))), "cast", [T.o(S("B")), T.o(ints([0])), T.o(int(1))]));
  c("cast_kw", (T) =>
    attr(
      T.o(call(T.o(mv(T.o(B("ab")))), "cast", [], { shape: T.o(ints([2])), format: T.o(S("B")) })),
      "shape",
    ),
  );
  c("cast_readonly_kept", (T) => attr(cast(T, T.o(mv(T.o(B("abcd")))), "i"), "readonly"));
  c("cast_0d", (T) => {
    const m = cast(T, T.o(mv(T.o(B("abcd")))), "i", []);
    return tup(attr(m, "ndim"), attr(m, "shape"));
  });
  c("cast_0d_back", (T) => call(cast(T, cast(T, T.o(mv(T.o(B("abcd")))), "i", []), "B"), "tolist"));
  c("cast_release_source", (T) => {
    const m = T.o(mv(T.o(BA("abcd"))));
    const k = cast(T, m, "c");
    release(m);
    return call(k, "tolist");
  });
  c("toreadonly", (T) => {
    const b = T.o(BA("ab"));
    const m = T.o(mv(b));
    const r = T.o(call(m, "toreadonly"));
    const obj = T.o(attr(r, "obj"));
    return tup(attr(r, "readonly"), attr(m, "readonly"), PyBool_FromBool(obj === b), eq(r, m));
  });
  c("toreadonly_write", (T) => {
    set(T.o(call(T.o(mv(T.o(BA("ab")))), "toreadonly")), int(0), int(1));
    return null;
  });
});

describe("tolist, tobytes, hex", () => {
  c("tolist_nd", (T) => call(cast(T, T.o(mv(T.o(BA([...Array(24).keys()])))), "B", [2, 3, 4]), "tolist"));
  c("tolist_0d", (T) => call(cast(T, cast(T, typed(T, "d", 8, [2.5]), "B"), "d", []), "tolist"));
  c("tobytes_orders", (T) => {
    const m = cast(T, T.o(mv(T.o(BA([0, 1, 2, 3, 4, 5])))), "B", [2, 3]);
    return tup(
      call(m, "tobytes"),
      call(m, "tobytes", [T.o(S("C"))]),
      call(m, "tobytes", [T.o(S("F"))]),
      call(m, "tobytes", [T.o(S("A"))]),
      call(m, "tobytes", [Py_None]),
      call(m, "tobytes", [], { order: T.o(S("F")) }),
    );
  });
  c("tobytes_bad", (T) => call(T.o(mv(T.o(B("")))), "tobytes", [T.o(S("X"))]));
  c("tobytes_bad_type", (T) => call(T.o(mv(T.o(B("")))), "tobytes", [T.o(int(1))]));
  c("tobytes_strided", (T) => call(T.o(get(T.o(mv(T.o(B("abcdef")))), sl(null, null, -2))), "tobytes"));
  c("hex_basic", (T) => call(T.o(mv(T.o(B("\xb9\x01\xef")))), "hex"));
  c("hex_sep", (T) => {
    const m = T.o(mv(T.o(B("\xb9\x01\xef"))));
    return tup(
      call(m, "hex", [T.o(S(":"))]),
      call(m, "hex", [T.o(S(":")), T.o(int(2))]),
      call(m, "hex", [T.o(S(":")), T.o(int(-2))]),
      call(m, "hex", [T.o(B("-")), T.o(int(1))]),
      call(m, "hex", [], { sep: T.o(S(".")), bytes_per_sep: T.o(int(3)) }),
    );
  });
  c("hex_strided", (T) =>
    call(T.o(get(T.o(mv(T.o(B("abcdef")))), sl(null, null, -2))), "hex", [T.o(S(" "))]),
  );
  c("hex_bad_sep", (T) => call(T.o(mv(T.o(B("ab")))), "hex", [T.o(S("::"))]));
  c("hex_sep_type", (T) => call(T.o(mv(T.o(B("ab")))), "hex", [T.o(int(1))]));
  c("hex_nd", (T) => call(cast(T, T.o(mv(T.o(BA([0, 1, 2, 3, 4, 5])))), "B", [2, 3]), "hex"));
});

describe("comparisons and hash", () => {
  c("eq_same", (T) => eq(T.o(mv(T.o(B("abc")))), T.o(mv(T.o(B("abc"))))));
  c("eq_bytes", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    return tup(eq(m, T.o(B("abc"))), eq(m, T.o(B("abd")), Py_NE), eq(T.o(B("abc")), m));
  });
  c("eq_formats", (T) => eq(T.o(mv(T.o(B("ab")))), cast(T, T.o(mv(T.o(B("ab")))), "c")));
  c("eq_int_formats", (T) => eq(typed(T, "i", 4, [1, 2]), typed(T, "l", 8, [1, 2])));
  c("eq_float_formats", (T) => eq(typed(T, "f", 4, [1.5]), typed(T, "d", 8, [1.5])));
  c("eq_nan", (T) => {
    const m = typed(T, "d", 8, [Number.NaN]);
    const a = typed(T, "d", 8, [Number.NaN]);
    return tup(eq(m, m), eq(m, a), eq(T.o(call(m, "tolist")), T.o(call(a, "tolist"))));
  });
  c("eq_shape", (T) => eq(T.o(mv(T.o(B("abc")))), T.o(mv(T.o(B("ab"))))));
  const r6 = (T: Scope, f = BA): PyObject => T.o(mv(T.o(f([0, 1, 2, 3, 4, 5]))));
  c("eq_nd", (T) => eq(cast(T, r6(T), "B", [2, 3]), cast(T, r6(T), "B", [3, 2])));
  c("eq_nd_same", (T) => eq(cast(T, r6(T), "B", [2, 3]), cast(T, r6(T, B), "B", [2, 3])));
  c("eq_strided", (T) => eq(T.o(get(T.o(mv(T.o(B("abcdef")))), sl(null, null, 2))), T.o(B("ace"))));
  c("eq_nonbuffer", (T) => {
    const m = T.o(mv(T.o(B("a"))));
    return tup(eq(m, T.o(int(1))), eq(m, T.o(S("a")), Py_NE));
  });
  c("eq_dunder", (T) => {
    const m = T.o(mv(T.o(B("a"))));
    return tup(call(m, "__eq__", [T.o(int(1))]), call(m, "__lt__", [T.o(B("a"))]));
  });
  c("lt", (T) => PyObject_RichCompare(T.o(mv(T.o(B("a")))), T.o(mv(T.o(B("b")))), Py_LT));
  c("eq_bool_raw", (T) => eq(cast(T, T.o(mv(T.o(B([2])))), "?"), cast(T, T.o(mv(T.o(B([1])))), "?")));
  c("eq_zero_neg", (T) => eq(typed(T, "d", 8, [0]), typed(T, "d", 8, [-0])));
  c("eq_0d", (T) => eq(cast(T, T.o(mv(T.o(B("abcd")))), "i", []), cast(T, T.o(mv(T.o(B("abcd")))), "i", [])));
  const hashEq = (a: PyObject, b: PyObject): PyObject =>
    PyBool_FromBool(PyObject_Hash(a) === PyObject_Hash(b));
  c("hash_bytes", (T) => hashEq(T.o(mv(T.o(B("abc")))), T.o(B("abc"))));
  c("hash_writable", (T) => int(PyObject_Hash(T.o(mv(T.o(BA("abc")))))));
  c("hash_bytearray_ro", (T) => int(PyObject_Hash(T.o(call(T.o(mv(T.o(BA("abc")))), "toreadonly")))));
  c("hash_fmt", (T) => int(PyObject_Hash(cast(T, T.o(mv(T.o(B("abcd")))), "i"))));
  c("hash_strided", (T) => hashEq(T.o(get(T.o(mv(T.o(B("abcdef")))), sl(null, null, 2))), T.o(B("ace"))));
  c("hash_cast_c", (T) => hashEq(cast(T, T.o(mv(T.o(B("abcd")))), "c"), T.o(B("abcd"))));
  c("hash_released", (T) => {
    const m = T.o(mv(T.o(B("x"))));
    release(m);
    return int(PyObject_Hash(m));
  });
  c("hash_cached", (T) => {
    const m = T.o(mv(T.o(B("x"))));
    const h = PyObject_Hash(m);
    release(m);
    return PyBool_FromBool(PyObject_Hash(m) === h);
  });
});

describe("iteration and misc", () => {
  c("iter_list", (T) => PySequence_List(T.o(mv(T.o(B("abc"))))));
  c("iter_nd", (T) => PyObject_GetIter(cast(T, T.o(mv(T.o(BA(new Array(6).fill(0))))), "B", [2, 3])));
  c("iter_0d", (T) => PyObject_GetIter(cast(T, T.o(mv(T.o(BA(new Array(4).fill(0))))), "i", [])));
  c("contains", (T) => {
    const m = T.o(mv(T.o(B("abc"))));
    return tup(
      PyBool_FromBool(PySequence_Contains(m, T.o(int(98)))),
      PyBool_FromBool(PySequence_Contains(m, T.o(int(5)))),
    );
  });
  c("len_1d", (T) => int(PyObject_Length(cast(T, T.o(mv(T.o(B("abcd")))), "h"))));
  c("getbuf_exports", (T) => {
    const m = T.o(mv(T.o(BA("ab"))));
    const n = T.o(mv(m));
    return PyBool_FromBool(T.o(attr(n, "obj")) === T.o(attr(m, "obj")));
  });
  c("ctor_missing", () => PyObject_CallType([], null));
  c("ctor_two", (T) => PyObject_CallType([T.o(B("")), T.o(B(""))], null));
  c("ctor_kw_object", (T) => call(T.o(PyObject_CallType([], new Map([["object", T.o(B("ab"))]]))), "tolist"));
  c("ctor_kw_bad", (T) => PyObject_CallType([], new Map([["obj", T.o(B(""))]])));
});

function PyObject_CallType(args: PyObject[], kwargs: Map<string, PyObject> | null): PyObject {
  return PyObject_Call(PyMemoryView_Type, args, kwargs);
}
