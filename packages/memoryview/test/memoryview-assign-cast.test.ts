/**
 * memoryview against CPython 3.11 (assignment and cast): every case's outcome (repr or
 * `ExcType: message`) equals the fixture written by fixtures/gen_fixtures.py.
 * Each case runs in checked mode and must leave no live object behind.
 */
import {
  type PyObject,
  PyBool_FromBool,
  PyFloat_FromDouble,
  Py_INCREF,
  Py_None,
  setCheckedMode,
} from "@py/object";
import { afterAll, beforeAll, describe } from "vitest";
import { B, BA, type Scope, S, attr, call, get, int, ints, list, mv, set, sl, tup } from "./helpers.js";
import { c, cast, ell, eq, release, typed } from "./cases.js";

beforeAll(() => setCheckedMode(true));
afterAll(() => setCheckedMode(false));

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
