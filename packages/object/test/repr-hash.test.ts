import { describe, expect, it } from "vitest";
import * as O from "../src/index.js";
import { doubleFromHex, fx, int } from "./helpers.js";

describe("float repr and hash (vs python3)", () => {
  it("repr matches CPython for specials and random doubles", () => {
    const bad: string[] = [];
    for (const [h, want] of fx.float_repr as [string, string][]) {
      const got = O.repr(O.PyFloat_FromDouble(doubleFromHex(h)));
      if (got !== want) bad.push(`${want} -> ${got}`);
    }
    expect(bad).toEqual([]);
  });
  it("nan, inf and -0.0", () => {
    expect(O.floatRepr(Number.NaN)).toBe("nan");
    expect(O.floatRepr(Number.POSITIVE_INFINITY)).toBe("inf");
    expect(O.floatRepr(Number.NEGATIVE_INFINITY)).toBe("-inf");
    expect(O.floatRepr(-0)).toBe("-0.0");
    expect(O.floatRepr(1e16)).toBe("1e+16");
    expect(O.floatRepr(1e-5)).toBe("1e-05");
  });
  it("hash matches CPython", () => {
    const bad: string[] = [];
    for (const [h, want] of fx.float_hash as [string, string][]) {
      const x = doubleFromHex(h);
      const got = O.PyObject_Hash(O.PyFloat_FromDouble(x));
      if (got !== Number(want)) bad.push(`${x}: ${want} -> ${got}`);
    }
    expect(bad).toEqual([]);
  });
});

describe("int repr and hash (vs python3)", () => {
  it("matches CPython", () => {
    for (const [v, r, h] of fx.int_repr_hash as [string, string, string][]) {
      const o = int(v);
      expect(O.repr(o)).toBe(r);
      expect(O.PyObject_Hash(o)).toBe(Number(h));
    }
  });
  it("hash(1.0) == hash(1) and hash(True) == 1", () => {
    expect(O.PyObject_Hash(O.PyFloat_FromDouble(1))).toBe(O.PyObject_Hash(int(1)));
    expect(O.PyObject_Hash(O.Py_True)).toBe(1);
    expect(O.PyObject_Hash(int(-1))).toBe(-2);
  });
  it("the 4300-digit limit", () => {
    expect(() => O.repr(O.PyLong_FromBigInt(10n ** 5000n))).toThrow(
      "ValueError: Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
    );
  });
});

describe("tuple hash (vs python3)", () => {
  const build: Record<string, () => O.PyObject> = {
    "()": () => O.PyTuple_Pack([]),
    "(1,)": () => O.PyTuple_Pack([int(1)]),
    "(1, 2)": () => O.PyTuple_Pack([int(1), int(2)]),
    "(1, 2, 3)": () => O.PyTuple_Pack([int(1), int(2), int(3)]),
    "((1, 2), 3)": () => O.PyTuple_Pack([O.PyTuple_Pack([int(1), int(2)]), int(3)]),
    "(0.5, -1)": () => O.PyTuple_Pack([O.PyFloat_FromDouble(0.5), int(-1)]),
    "((),)": () => O.PyTuple_Pack([O.PyTuple_Pack([])]),
    "(True, False)": () => O.PyTuple_Pack([O.PyBool_FromBool(true), O.PyBool_FromBool(false)]),
  };
  // Hashes are JS numbers: exact below 2**53. A tuple nested in a tuple feeds
  // its (rounded) 64-bit hash to the outer one, so only flat tuples are exact;
  // nested ones are checked for consistency.
  it("matches CPython's xxHash-based tuplehash", () => {
    for (const [r, h] of fx.tuple_hash as [string, string][]) {
      const t = build[r]!();
      expect(O.repr(t)).toBe(r);
      if (r.startsWith("((")) expect(O.PyObject_Hash(t)).toBe(O.PyObject_Hash(build[r]!()));
      else expect(O.PyObject_Hash(t)).toBe(Number(h));
    }
  });
});

describe("reprs", () => {
  it("str quotes and escapes", () => {
    const cases: [string, string][] = [
      ["abc", "'abc'"],
      ["it's", `"it's"`],
      [`'"`, `'\\'"'`],
      ["a\nb\t\\", "'a\\nb\\t\\\\'"],
      ["\x00\x7f\x80\xa0é", "'\\x00\\x7f\\x80\\xa0é'"],
      ["\u2028", "'\\u2028'"],
      ["😀", "'😀'"],
    ];
    for (const [v, r] of cases) expect(O.repr(O.PyUnicode_FromString(v))).toBe(r);
  });
  it("containers, types, singletons", () => {
    expect(O.repr(O.PyTuple_Pack([int(1)]))).toBe("(1,)");
    expect(O.repr(O.PyList_FromArray([int(1), O.PyUnicode_FromString("a")]))).toBe("[1, 'a']");
    expect(O.repr(O.PyLong_Type)).toBe("<class 'int'>");
    expect(O.repr(O.PyErr_NewException("struct.error"))).toBe("<class 'struct.error'>");
    expect(O.repr(O.Py_None)).toBe("None");
    expect(O.repr(O.Py_Ellipsis)).toBe("Ellipsis");
    expect(O.repr(O.PySlice_FromNumbers(1, 2, null))).toBe("slice(1, 2, None)");
    expect(O.repr(O.PyRange_New(0, 5))).toBe("range(0, 5)");
    expect(O.repr(O.PyRange_New(0, 10, 3))).toBe("range(0, 10, 3)");
    const l = O.PyList_FromArray([]);
    O.PyList_Append(l, l);
    expect(O.repr(l)).toBe("[[...]]");
    expect(O.repr(O.PyObject_GetAttr(O.PyList_Type, "append"))).toBe("<method 'append' of 'list' objects>");
    expect(O.repr(O.PyCFunction_New("len", () => O.Py_None))).toBe("<built-in function len>");
    const mod = O.PyModule_New("struct");
    expect(O.repr(mod)).toBe("<module 'struct' (built-in)>");
  });
  it("exceptions", () => {
    const e = O.PyObject_Call(O.PyExc_ValueError, [O.PyUnicode_FromString("x")], null);
    expect(O.repr(e)).toBe("ValueError('x')");
    expect(O.str(e)).toBe("x");
    expect(O.repr(O.PyObject_GetAttr(e, "args"))).toBe("('x',)");
    const k = O.PyObject_Call(O.PyExc_KeyError, [O.PyUnicode_FromString("k")], null);
    expect(O.str(k)).toBe("'k'");
    expect(O.repr(O.PyObject_Call(O.PyExc_ValueError, [], null))).toBe("ValueError()");
    expect(O.repr(O.PyObject_Call(O.PyExc_ValueError, [int(1), int(2)], null))).toBe("ValueError(1, 2)");
    expect(O.str(O.PyObject_Call(O.PyExc_ValueError, [int(1), int(2)], null))).toBe("(1, 2)");
  });
});
