import { describe, expect, it } from "vitest";
import * as O from "../src/index.js";
import { errorOf, int, s } from "./helpers.js";

// Expected values checked with python3 (see /tmp transcripts in the report).
const call = (o: O.PyObject, name: string, ...args: O.PyObject[]) =>
  O.repr(O.PyObject_CallMethod(o, name, args));

describe("str methods", () => {
  it("split / strip / find / replace / join", () => {
    expect(call(s("a,b,,c"), "split", s(","))).toBe("['a', 'b', '', 'c']");
    expect(call(s("  a b  c "), "split")).toBe("['a', 'b', 'c']");
    expect(call(s("a b c"), "split", O.Py_None, int(1))).toBe("['a', 'b c']");
    expect(call(s("a b c"), "rsplit", O.Py_None, int(1))).toBe("['a b', 'c']");
    expect(call(s("xxhixx"), "strip", s("x"))).toBe("'hi'");
    expect(call(s("hello"), "find", s("l"))).toBe("2");
    expect(call(s("hello"), "rfind", s("l"))).toBe("3");
    expect(call(s("abcabc"), "find", s("c"), int(-2))).toBe("5");
    expect(call(s("abc"), "count", s(""))).toBe("4");
    expect(call(s("aaa"), "count", s("aa"))).toBe("1");
    expect(call(s("hello"), "replace", s("l"), s("L"), int(1))).toBe("'heLlo'");
    expect(call(s("aaa"), "replace", s(""), s("-"))).toBe("'-a-a-a-'");
    expect(call(s("-"), "join", s("abc"))).toBe("'a-b-c'");
    expect(call(s("hello"), "endswith", O.PyTuple_Pack([s("lo"), s("x")]))).toBe("True");
    expect(call(s("a\nb\r\nc"), "splitlines")).toBe("['a', 'b', 'c']");
    expect(call(s("ab"), "center", int(6), s("*"))).toBe("'**ab**'");
    expect(call(s("-5"), "zfill", int(4))).toBe("'-005'");
    expect(call(s("abc"), "partition", s("b"))).toBe("('a', 'b', 'c')");
  });
  it("errors", () => {
    expect(errorOf(() => call(s("a"), "split", s("")))).toBe("ValueError: empty separator");
    expect(errorOf(() => call(s("abc"), "index", s("z")))).toBe("ValueError: substring not found");
    expect(errorOf(() => call(s("a"), "startswith", int(1)))).toBe(
      "TypeError: startswith first arg must be str or a tuple of str, not int",
    );
    expect(errorOf(() => call(s("a"), "strip", int(1)))).toBe("TypeError: strip arg must be None or str");
    expect(errorOf(() => call(s("abc"), "replace", s("a"), int(1)))).toBe(
      "TypeError: replace() argument 2 must be str, not int",
    );
    expect(errorOf(() => call(s("é"), "encode", s("ascii")))).toBe(
      "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
    );
  });
  it("indexing counts code points", () => {
    const e = s("a😀b");
    expect(O.PyObject_Length(e)).toBe(3);
    expect(O.repr(O.PyObject_GetItem(e, int(1)))).toBe("'😀'");
    expect(O.repr(O.PyObject_GetItem(e, O.PySlice_FromNumbers(null, null, -1)))).toBe("'b😀a'");
  });
});

describe("list, tuple, range, iterators", () => {
  it("list methods", () => {
    const l = O.PySequence_List(O.PyTuple_Pack([int(5), int(3), int(8), int(1)]));
    O.PyObject_CallMethod(l, "sort", [], new Map([["reverse", O.Py_True]]));
    expect(O.repr(l)).toBe("[8, 5, 3, 1]");
    O.PyObject_CallMethod(l, "insert", [int(-100), s("first")]);
    O.PyObject_CallMethod(l, "insert", [int(100), s("last")]);
    expect(O.repr(l)).toBe("['first', 8, 5, 3, 1, 'last']");
    expect(call(l, "pop")).toBe("'last'");
    expect(call(l, "pop", int(0))).toBe("'first'");
    expect(call(l, "index", int(3))).toBe("2");
    expect(errorOf(() => call(l, "index", int(1), s("a")))).toBe(
      "TypeError: slice indices must be integers or have an __index__ method",
    );
    expect(errorOf(() => call(O.PyList_FromArray([int(1), s("a")]), "sort"))).toBe(
      "TypeError: '<' not supported between instances of 'str' and 'int'",
    );
    O.PyObject_SetItem(
      l,
      O.PySlice_FromNumbers(null, null, -1),
      O.PyTuple_Pack([int(7), int(8), int(9), int(0)]),
    );
    expect(O.repr(l)).toBe("[0, 9, 8, 7]");
    const r = O.PyNumber_InPlaceAdd(l, O.PyTuple_Pack([int(1)]));
    expect(r).toBe(l);
    expect(O.repr(O.PyNumber_InPlaceMultiply(l, int(0)))).toBe("[]");
  });
  it("tuple/list concat and repeat", () => {
    const t = O.PyTuple_Pack([int(1), int(2)]);
    expect(O.repr(O.PyNumber_Multiply(t, int(2)))).toBe("(1, 2, 1, 2)");
    expect(O.repr(O.PyNumber_Multiply(int(0), t))).toBe("()");
    expect(errorOf(() => O.PyNumber_Add(t, O.PyList_FromArray([])))).toBe(
      'TypeError: can only concatenate tuple (not "list") to tuple',
    );
    expect(errorOf(() => O.PyNumber_Multiply(O.PyList_FromArray([]), O.PyFloat_FromDouble(1.5)))).toBe(
      "TypeError: can't multiply sequence by non-int of type 'float'",
    );
  });
  it("range", () => {
    const r = O.PyRange_New(0, 20, 3);
    expect(O.PyObject_Length(r)).toBe(7);
    expect(O.repr(O.PyObject_GetItem(r, int(-1)))).toBe("18");
    expect(O.repr(O.PyObject_GetItem(r, O.PySlice_FromNumbers(null, null, -1)))).toBe("range(18, -3, -3)");
    expect(O.PySequence_Contains(r, int(6))).toBe(true);
    expect(O.PySequence_Contains(r, int(7))).toBe(false);
    expect(O.repr(O.PySequence_List(O.PyObject_Reversed(O.PyRange_New(0, 4))))).toBe("[3, 2, 1, 0]");
    expect(errorOf(() => O.PyObject_Length(O.PyRange_New(0, 2n ** 70n)))).toBe(
      "OverflowError: Python int too large to convert to C ssize_t",
    );
    expect(O.repr(O.PyObject_GetItem(O.PyRange_New(0, 10n ** 20n), int("10000000000000000000")))).toBe(
      "10000000000000000000",
    );
    expect(errorOf(() => O.PyObject_CallMethod(r, "index", [s("a")]))).toBe(
      "ValueError: sequence.index(x): x not in sequence",
    );
  });
  it("iterators", () => {
    const it = O.PyObject_GetIter(O.PyList_FromArray([int(1)]));
    expect(O.repr(it)).toMatch(/^<list_iterator object at 0x[0-9a-f]+>$/);
    expect(O.repr(O.PyIter_Next(it)!)).toBe("1");
    expect(O.PyIter_Next(it)).toBe(null);
    expect(errorOf(() => O.PyIter_NextOrRaise(it))).toBe("StopIteration");
    expect(O.repr(O.PyObject_Type(O.PyObject_GetIter(s("ab"))))).toBe("<class 'str_ascii_iterator'>");
    expect(O.repr(O.PyObject_Type(O.PyObject_GetIter(O.PyRange_New(0, 1))))).toBe("<class 'range_iterator'>");
    expect(errorOf(() => O.PyObject_Reversed(int(1)))).toBe("TypeError: 'int' object is not reversible");
  });
  it("singletons are callable types", () => {
    expect(O.PyObject_Call(O.PyNone_Type, [], null)).toBe(O.Py_None);
    expect(errorOf(() => O.PyObject_Call(O.PyEllipsis_Type, [int(1)], null))).toBe(
      "TypeError: EllipsisType takes no arguments",
    );
  });
});
