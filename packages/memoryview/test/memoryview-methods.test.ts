/**
 * memoryview against CPython 3.11 (tolist, tobytes, hex, comparisons, hash, iteration): every case's outcome (repr or
 * `ExcType: message`) equals the fixture written by fixtures/gen_fixtures.py.
 * Each case runs in checked mode and must leave no live object behind.
 */
import {
  type PyObject,
  PyBool_FromBool,
  PyObject_GetIter,
  PyObject_Hash,
  PyObject_Length,
  PyObject_RichCompare,
  PySequence_Contains,
  PySequence_List,
  Py_LT,
  Py_NE,
  Py_None,
  setCheckedMode,
} from "@py/object";
import { PyObject_Call } from "@py/object";
import { PyMemoryView_Type } from "../src/index.js";
import { afterAll, beforeAll, describe } from "vitest";
import { B, BA, type Scope, S, attr, call, get, int, mv, sl, tup } from "./helpers.js";
import { c, cast, eq, release, typed } from "./cases.js";

beforeAll(() => setCheckedMode(true));
afterAll(() => setCheckedMode(false));

describe("tolist, tobytes, hex", () => {
  c("tolist_nd", (T) => call(cast(T, T.o(mv(T.o(BA([...Array(24).keys()])))), "B", [2, 3, 4]), "tolist"));
  c("tolist_0d", (T) => call(cast(T, cast(T, typed(T, "d", 8, [2.5]), "B"), "d", []), "tolist"));
  // One loop per native format: every width and sign, forwards and backwards.
  for (const [fmt, size, values] of [
    ["b", 1, [-128, -1, 0, 1, 5, 126, 127]],
    ["h", 2, [-32768, -300, -1, 0, 256, 1000, 32767]],
    ["H", 2, [0, 1, 255, 256, 1000, 40000, 65535]],
    ["i", 4, [-2147483648, -70000, -1, 0, 257, 70000, 2147483647]],
    ["I", 4, [0, 1, 256, 257, 70000, 2147483648, 4294967295]],
    ["f", 4, [1.5, -0.1, 3.4e38, -2.5e-40, 0.0, -0, 10000000000.0]],
  ] as const) {
    c(`tolist_fmt_${fmt}`, (T) => {
      const m = typed(T, fmt, size, [...values]);
      return tup(call(m, "tolist"), call(T.o(get(m, sl(null, null, -2))), "tolist"));
    });
  }
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
