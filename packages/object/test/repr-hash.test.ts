import { describe, expect, it } from "vitest";
import * as O from "../src/index.js";
import { doubleFromHex, fx, int, transcript } from "./helpers.js";

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
    const py = transcript("nan, inf and -0.0");
    expect(O.floatRepr(Number.NaN)).toBe(py("float('nan')"));
    expect(O.floatRepr(Number.POSITIVE_INFINITY)).toBe(py("float('inf')"));
    expect(O.floatRepr(Number.NEGATIVE_INFINITY)).toBe(py("float('-inf')"));
    expect(O.floatRepr(-0)).toBe(py("-0.0"));
    expect(O.floatRepr(1e16)).toBe(py("1e16"));
    expect(O.floatRepr(1e-5)).toBe(py("1e-5"));
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
    const py = transcript("hash(1.0) == hash(1) and hash(True) == 1");
    expect(O.PyObject_Hash(O.Py_True)).toBe(Number(py("hash(True)")));
    expect(O.PyObject_Hash(int(-1))).toBe(Number(py("hash(-1)")));
  });
  it("the 4300-digit limit", () => {
    const py = transcript("the 4300-digit limit");
    expect(() => O.repr(O.PyLong_FromBigInt(10n ** 5000n))).toThrow(py("repr(10**5000)"));
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
    const inputs = ["abc", "it's", `'"`, "a\nb\t\\", "\x00\x7f\x80\xa0é", "\u2028", "😀"];
    const want = new Map(fx.str_repr as [string, string][]);
    for (const v of inputs) {
      expect(want.has(v), `${JSON.stringify(v)} in fixtures.json str_repr`).toBe(true);
      expect(O.repr(O.PyUnicode_FromString(v))).toBe(want.get(v));
    }
  });
  it("containers, types, singletons", () => {
    const py = transcript("containers, types, singletons");
    expect(O.repr(O.PyTuple_Pack([int(1)]))).toBe(py("(1,)"));
    expect(O.repr(O.PyList_FromArray([int(1), O.PyUnicode_FromString("a")]))).toBe(py("[1, 'a']"));
    expect(O.repr(O.PyLong_Type)).toBe(py("int"));
    expect(O.repr(O.PyErr_NewException("struct.error"))).toBe(py("struct.error"));
    expect(O.repr(O.Py_None)).toBe(py("print(repr(None))"));
    expect(O.repr(O.Py_Ellipsis)).toBe(py("..."));
    expect(O.repr(O.PySlice_FromNumbers(1, 2, null))).toBe(py("slice(1, 2, None)"));
    expect(O.repr(O.PyRange_New(0, 5))).toBe(py("range(0, 5)"));
    expect(O.repr(O.PyRange_New(0, 10, 3))).toBe(py("range(0, 10, 3)"));
    const l = O.PyList_FromArray([]);
    O.PyList_Append(l, l);
    expect(O.repr(l)).toBe(py("l"));
    expect(O.repr(O.PyObject_GetAttr(O.PyList_Type, "append"))).toBe(py("list.append"));
    expect(O.repr(O.PyCFunction_New("len", () => O.Py_None))).toBe(py("len"));
    // a module object named struct, created as a built-in one (as PyModule_New's are)
    const mod = O.PyModule_New("struct");
    expect(O.repr(mod)).toBe(py("m"));
  });
  it("exceptions", () => {
    const py = transcript("exceptions");
    const e = O.PyObject_Call(O.PyExc_ValueError, [O.PyUnicode_FromString("x")], null);
    expect(O.repr(e)).toBe(py("e"));
    expect(O.str(e)).toBe(py("print(e)"));
    expect(O.repr(O.PyObject_GetAttr(e, "args"))).toBe(py("e.args"));
    const k = O.PyObject_Call(O.PyExc_KeyError, [O.PyUnicode_FromString("k")], null);
    expect(O.str(k)).toBe(py("print(k)"));
    expect(O.repr(O.PyObject_Call(O.PyExc_ValueError, [], null))).toBe(py("ValueError()"));
    expect(O.repr(O.PyObject_Call(O.PyExc_ValueError, [int(1), int(2)], null))).toBe(py("ValueError(1, 2)"));
    expect(O.str(O.PyObject_Call(O.PyExc_ValueError, [int(1), int(2)], null))).toBe(
      py("print(ValueError(1, 2))"),
    );
  });
});
