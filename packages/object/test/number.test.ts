import { describe, expect, it } from "vitest";
import * as O from "../src/index.js";
import { errorOf, fx, int, s } from "./helpers.js";

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
    expect(errorOf(() => O.PyObject_RichCompare(int(1), s("a"), O.Py_LT))).toBe(
      "TypeError: '<' not supported between instances of 'int' and 'str'",
    );
    expect(O.PyObject_RichCompareBool(int(1), s("a"), O.Py_EQ)).toBe(false);
    expect(
      errorOf(() =>
        O.PyObject_RichCompare(O.PyList_FromArray([int(1)]), O.PyList_FromArray([s("a")]), O.Py_LT),
      ),
    ).toBe("TypeError: '<' not supported between instances of 'int' and 'str'");
  });
});

describe("errors", () => {
  const cases: [() => unknown, string][] = [
    [() => O.PyNumber_Add(int(1), s("a")), "TypeError: unsupported operand type(s) for +: 'int' and 'str'"],
    [() => O.PyNumber_Add(s("a"), int(1)), 'TypeError: can only concatenate str (not "int") to str'],
    [
      () => O.PyNumber_Multiply(s("a"), s("b")),
      "TypeError: can't multiply sequence by non-int of type 'str'",
    ],
    [() => O.PyNumber_TrueDivide(int(1), int(0)), "ZeroDivisionError: division by zero"],
    [() => O.PyNumber_FloorDivide(int(1), int(0)), "ZeroDivisionError: integer division or modulo by zero"],
    [() => O.PyNumber_Remainder(int(1), int(0)), "ZeroDivisionError: integer modulo by zero"],
    [
      () => O.PyNumber_TrueDivide(O.PyFloat_FromDouble(1), int(0)),
      "ZeroDivisionError: float division by zero",
    ],
    [
      () => O.PyNumber_FloorDivide(O.PyFloat_FromDouble(1), int(0)),
      "ZeroDivisionError: float floor division by zero",
    ],
    [() => O.PyNumber_Remainder(O.PyFloat_FromDouble(1), int(0)), "ZeroDivisionError: float modulo"],
    [() => O.PyNumber_Power(int(0), int(-1)), "ZeroDivisionError: 0.0 cannot be raised to a negative power"],
    [() => O.PyNumber_Lshift(int(1), int(-1)), "ValueError: negative shift count"],
    [() => O.PyNumber_Negative(s("a")), "TypeError: bad operand type for unary -: 'str'"],
    [() => O.PyNumber_Absolute(s("a")), "TypeError: bad operand type for abs(): 'str'"],
    [() => O.PyNumber_Invert(O.PyFloat_FromDouble(1)), "TypeError: bad operand type for unary ~: 'float'"],
    [
      () => O.PyNumber_Index(O.PyFloat_FromDouble(1)),
      "TypeError: 'float' object cannot be interpreted as an integer",
    ],
    [
      () => O.PyNumber_InPlaceAdd(int(1), s("a")),
      "TypeError: unsupported operand type(s) for +=: 'int' and 'str'",
    ],
    [() => O.PyNumber_Long(s("abc")), "ValueError: invalid literal for int() with base 10: 'abc'"],
    [
      () => O.PyNumber_Long(O.PyFloat_FromDouble(Number.NaN)),
      "ValueError: cannot convert float NaN to integer",
    ],
    [() => O.PyNumber_Float(s("x")), "ValueError: could not convert string to float: 'x'"],
    [
      () => O.PyNumber_Long(O.Py_None),
      "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'",
    ],
    [
      () => O.PyNumber_AsSsize_t(O.PyLong_FromBigInt(2n ** 70n), O.PyExc_IndexError),
      "IndexError: cannot fit 'int' into an index-sized integer",
    ],
    [
      () => O.PyLong_AsSsize_t(O.PyLong_FromBigInt(2n ** 70n)),
      "OverflowError: Python int too large to convert to C ssize_t",
    ],
  ];
  it("messages match CPython", () => {
    for (const [f, want] of cases) expect(errorOf(f)).toBe(want);
  });
  it("divmod", () => {
    const f = (a: O.PyObject, b: O.PyObject) => O.repr(O.PyNumber_Divmod(a, b));
    expect(f(int(-7), int(2))).toBe("(-4, 1)");
    expect(f(int(7), O.PyFloat_FromDouble(2.5))).toBe("(2.0, 2.0)");
    expect(f(O.PyFloat_FromDouble(-0), int(1))).toBe("(-0.0, 0.0)");
    expect(errorOf(() => f(O.PyFloat_FromDouble(1), int(0)))).toBe("ZeroDivisionError: float divmod()");
    expect(errorOf(() => f(int(1), int(0)))).toBe("ZeroDivisionError: integer division or modulo by zero");
    expect(errorOf(() => f(s("a"), int(1)))).toBe(
      "TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'",
    );
  });
  it("ssize clamps when no exception is given", () => {
    expect(O.PyNumber_AsSsize_t(O.PyLong_FromBigInt(2n ** 70n), null)).toBe(2 ** 63);
    expect(O.PyNumber_AsSsize_t(O.PyLong_FromBigInt(-(2n ** 70n)), null)).toBe(-(2 ** 63));
  });
  it("bool ops stay bool", () => {
    expect(O.repr(O.PyNumber_Or(O.Py_True, O.Py_False))).toBe("True");
    expect(O.repr(O.PyNumber_Xor(O.Py_True, O.Py_True))).toBe("False");
    expect(O.repr(O.PyNumber_And(O.Py_True, int(3)))).toBe("1");
    expect(O.repr(O.PyNumber_Negative(O.Py_True))).toBe("-1");
  });
  it("int() and float() parsing", () => {
    const call = (t: O.PyTypeObject, ...a: O.PyObject[]) => O.repr(O.PyObject_Call(t, a, null));
    expect(call(O.PyLong_Type, s(" 1_0 "))).toBe("10");
    expect(call(O.PyLong_Type, s("0x_1f"), int(0))).toBe("31");
    expect(call(O.PyLong_Type, s("ff"), int(16))).toBe("255");
    expect(call(O.PyLong_Type, O.PyFloat_FromDouble(-2.7))).toBe("-2");
    expect(errorOf(() => call(O.PyLong_Type, s("010"), int(0)))).toBe(
      "ValueError: invalid literal for int() with base 0: '010'",
    );
    expect(call(O.PyFloat_Type, s("  -1.5e3  "))).toBe("-1500.0");
    expect(call(O.PyFloat_Type, s("-iNF"))).toBe("-inf");
    expect(call(O.PyFloat_Type, s("nan"))).toBe("nan");
    expect(call(O.PyFloat_Type, int(3))).toBe("3.0");
    expect(call(O.PyBool_Type, int(3))).toBe("True");
    expect(call(O.PyBool_Type)).toBe("False");
  });
  it("int.to_bytes / from_bytes / bit_length", () => {
    expect(Array.from(O.intToBytes(1025, 2, false, false))).toEqual([4, 1]);
    expect(Array.from(O.intToBytes(-2, 2, true, true))).toEqual([0xfe, 0xff]);
    expect(errorOf(() => O.intToBytes(256, 1, false, false))).toBe("OverflowError: int too big to convert");
    expect(errorOf(() => O.intToBytes(-1, 1, false, false))).toBe(
      "OverflowError: can't convert negative int to unsigned",
    );
    expect(O.intFromBytes(Uint8Array.of(0xfe, 0xff), true, true)).toBe(-2);
    expect(O.intFromBytes(new Uint8Array(9).fill(0xff), false, false)).toBe(2n ** 72n - 1n);
    const bl = O.PyObject_GetAttr(int(255), "bit_length");
    expect(O.repr(O.PyObject_Call(bl, [], null))).toBe("8");
    expect(errorOf(() => O.PyObject_Call(bl, [int(1)], null))).toBe(
      "TypeError: int.bit_length() takes no arguments (1 given)",
    );
  });
});
