import { describe, expect, it } from "vitest";
import * as O from "../src/index.js";
import { errorOf, fx, int, s, transcript } from "./helpers.js";

describe("int arithmetic (vs python3)", () => {
  it("random pairs", () => {
    const bad: string[] = [];
    for (const [a, op, b, want] of fx.int_arith as [string, string, string, string][]) {
      const r = O.binaryOps[op]!(int(a), int(b));
      const got = O.repr(r);
      if (got !== want) bad.push(`${a} ${op} ${b} = ${want}, got ${got}`);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });
  it("values are numbers when safe", () => {
    const r = O.PyNumber_Subtract(
      O.PyLong_FromBigInt(2n ** 60n),
      O.PyLong_FromBigInt(2n ** 60n - 5n),
    ) as O.PyLongObject;
    expect(r.value).toBe(5);
  });
});

describe("comparisons (vs python3)", () => {
  const parse = (t: string): O.PyObject => {
    if (t === "True") return O.PyBool_FromBool(true);
    if (t === "False") return O.PyBool_FromBool(false);
    if (/^-?\d+$/.test(t)) return int(t);
    return O.PyObject_Call(O.PyFloat_Type, [s(t)], null);
  };
  it("int/float/bool mixed", () => {
    for (const [a, b, want] of fx.compare as [string, string, boolean[]][]) {
      const got = [0, 1, 2, 3, 4, 5].map((op) =>
        O.PyObject_RichCompareBool(parse(a), parse(b), op as O.CompareOp),
      );
      expect([a, b, got]).toEqual([a, b, want]);
    }
  });
  it("unorderable", () => {
    const py = transcript("unorderable");
    expect(errorOf(() => O.PyObject_RichCompare(int(1), s("a"), O.Py_LT))).toBe(py("1 < 'a'"));
    expect(O.PyObject_RichCompareBool(int(1), s("a"), O.Py_EQ)).toBe(py("1 == 'a'") === "True");
    expect(
      errorOf(() =>
        O.PyObject_RichCompare(O.PyList_FromArray([int(1)]), O.PyList_FromArray([s("a")]), O.Py_LT),
      ),
    ).toBe(py("[1] < ['a']"));
  });
});

describe("errors", () => {
  // [operation, the Python line doing the same] (session "errors" of gen_transcripts.py)
  const cases: [() => unknown, string][] = [
    [() => O.PyNumber_Add(int(1), s("a")), "1 + 'a'"],
    [() => O.PyNumber_Add(s("a"), int(1)), "'a' + 1"],
    [() => O.PyNumber_Multiply(s("a"), s("b")), "'a' * 'b'"],
    [() => O.PyNumber_TrueDivide(int(1), int(0)), "1 / 0"],
    [() => O.PyNumber_FloorDivide(int(1), int(0)), "1 // 0"],
    [() => O.PyNumber_Remainder(int(1), int(0)), "1 % 0"],
    [() => O.PyNumber_TrueDivide(O.PyFloat_FromDouble(1), int(0)), "1.0 / 0"],
    [() => O.PyNumber_FloorDivide(O.PyFloat_FromDouble(1), int(0)), "1.0 // 0"],
    [() => O.PyNumber_Remainder(O.PyFloat_FromDouble(1), int(0)), "1.0 % 0"],
    [() => O.PyNumber_Power(int(0), int(-1)), "0 ** -1"],
    [() => O.PyNumber_Lshift(int(1), int(-1)), "1 << -1"],
    [() => O.PyNumber_Negative(s("a")), "-'a'"],
    [() => O.PyNumber_Absolute(s("a")), "abs('a')"],
    [() => O.PyNumber_Invert(O.PyFloat_FromDouble(1)), "~1.0"],
    [() => O.PyNumber_Index(O.PyFloat_FromDouble(1)), "operator.index(1.0)"],
    [() => O.PyNumber_InPlaceAdd(int(1), s("a")), "x += 'a'"],
    [() => O.PyNumber_Long(s("abc")), "int('abc')"],
    [() => O.PyNumber_Long(O.PyFloat_FromDouble(Number.NaN)), "int(float('nan'))"],
    [() => O.PyNumber_Float(s("x")), "float('x')"],
    [() => O.PyNumber_Long(O.Py_None), "int(None)"],
    [() => O.PyNumber_AsSsize_t(O.PyLong_FromBigInt(2n ** 70n), O.PyExc_IndexError), "[][2**70]"],
    [() => O.PyLong_AsSsize_t(O.PyLong_FromBigInt(2n ** 70n)), "len(range(2**70))"],
  ];
  it("messages match CPython", () => {
    const py = transcript("errors");
    for (const [f, line] of cases) expect(errorOf(f)).toBe(py(line));
  });
  it("divmod", () => {
    const py = transcript("divmod");
    const f = (a: O.PyObject, b: O.PyObject) => O.repr(O.PyNumber_Divmod(a, b));
    expect(f(int(-7), int(2))).toBe(py("divmod(-7, 2)"));
    expect(f(int(7), O.PyFloat_FromDouble(2.5))).toBe(py("divmod(7, 2.5)"));
    expect(f(O.PyFloat_FromDouble(-0), int(1))).toBe(py("divmod(-0.0, 1)"));
    expect(errorOf(() => f(O.PyFloat_FromDouble(1), int(0)))).toBe(py("divmod(1.0, 0)"));
    expect(errorOf(() => f(int(1), int(0)))).toBe(py("divmod(1, 0)"));
    expect(errorOf(() => f(s("a"), int(1)))).toBe(py("divmod('a', 1)"));
  });
  it("ssize clamps when no exception is given", () => {
    expect(O.PyNumber_AsSsize_t(O.PyLong_FromBigInt(2n ** 70n), null)).toBe(2n ** 63n - 1n);
    expect(O.PyNumber_AsSsize_t(O.PyLong_FromBigInt(-(2n ** 70n)), null)).toBe(-(2n ** 63n));
  });
  it("bool ops stay bool", () => {
    const py = transcript("bool ops stay bool");
    expect(O.repr(O.PyNumber_Or(O.Py_True, O.Py_False))).toBe(py("True | False"));
    expect(O.repr(O.PyNumber_Xor(O.Py_True, O.Py_True))).toBe(py("True ^ True"));
    expect(O.repr(O.PyNumber_And(O.Py_True, int(3)))).toBe(py("True & 3"));
    expect(O.repr(O.PyNumber_Negative(O.Py_True))).toBe(py("-True"));
  });
  it("int() and float() parsing", () => {
    const py = transcript("int() and float() parsing");
    const call = (t: O.PyTypeObject, ...a: O.PyObject[]) => O.repr(O.PyObject_Call(t, a, null));
    expect(call(O.PyLong_Type, s(" 1_0 "))).toBe(py("int(' 1_0 ')"));
    expect(call(O.PyLong_Type, s("0x_1f"), int(0))).toBe(py("int('0x_1f', 0)"));
    expect(call(O.PyLong_Type, s("ff"), int(16))).toBe(py("int('ff', 16)"));
    expect(call(O.PyLong_Type, O.PyFloat_FromDouble(-2.7))).toBe(py("int(-2.7)"));
    expect(errorOf(() => call(O.PyLong_Type, s("010"), int(0)))).toBe(py("int('010', 0)"));
    expect(call(O.PyFloat_Type, s("  -1.5e3  "))).toBe(py("float('  -1.5e3  ')"));
    expect(call(O.PyFloat_Type, s("-iNF"))).toBe(py("float('-iNF')"));
    expect(call(O.PyFloat_Type, s("nan"))).toBe(py("float('nan')"));
    expect(call(O.PyFloat_Type, int(3))).toBe(py("float(3)"));
    expect(call(O.PyBool_Type, int(3))).toBe(py("bool(3)"));
    expect(call(O.PyBool_Type)).toBe(py("bool()"));
  });
  it("int.to_bytes / from_bytes / bit_length", () => {
    const py = transcript("int.to_bytes / from_bytes / bit_length");
    const list = (b: Uint8Array) => `[${Array.from(b).join(", ")}]`;
    expect(list(O.intToBytes(1025, 2, false, false))).toBe(py("list((1025).to_bytes(2, 'big'))"));
    expect(list(O.intToBytes(-2, 2, true, true))).toBe(py("list((-2).to_bytes(2, 'little', signed=True))"));
    expect(errorOf(() => O.intToBytes(256, 1, false, false))).toBe(py("(256).to_bytes(1, 'big')"));
    expect(errorOf(() => O.intToBytes(-1, 1, false, false))).toBe(py("(-1).to_bytes(1, 'big')"));
    expect(O.intFromBytes(Uint8Array.of(0xfe, 0xff), true, true)).toBe(
      Number(py("int.from_bytes(bytes([0xfe, 0xff]), 'little', signed=True)")),
    );
    expect(O.intFromBytes(new Uint8Array(9).fill(0xff), false, false)).toBe(
      BigInt(py("int.from_bytes(bytes([0xff] * 9), 'big')")),
    );
    const bl = O.PyObject_GetAttr(int(255), "bit_length");
    expect(O.repr(O.PyObject_Call(bl, [], null))).toBe(py("bl()"));
    expect(errorOf(() => O.PyObject_Call(bl, [int(1)], null))).toBe(py("bl(1)"));
  });
});
