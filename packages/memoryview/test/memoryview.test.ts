/**
 * memoryview against CPython 3.11 (construction, release, indexing, slicing): every case's outcome (repr or
 * `ExcType: message`) equals the fixture written by fixtures/gen_fixtures.py.
 * Each case runs in checked mode and must leave no live object behind.
 */
import {
  type PyObject,
  PyBool_FromBool,
  PyFloat_FromDouble,
  PyObject_Length,
  PyObject_SetAttr,
  PySlice_New,
  Py_None,
  repr,
  setCheckedMode,
} from "@py/object";
import { PyBUF_FULL_RO, PyBuffer_Release, emptyPyBuffer, PyObject_GetBuffer } from "@py/buffer";
import { PyObject as PyObjectClass, PyTypeObject } from "@py/object";
import { afterAll, beforeAll, describe } from "vitest";
import { B, BA, type Scope, S, attr, call, get, int, list, mv, sl, tup } from "./helpers.js";
import { c, cast, ell, eq, release, typed } from "./cases.js";

beforeAll(() => setCheckedMode(true));
afterAll(() => setCheckedMode(false));

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
