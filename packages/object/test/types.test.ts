import { describe, expect, it } from "vitest";
import * as O from "../src/index.js";
import { errorOf, int, s, transcript } from "./helpers.js";

// Expected values: CPython 3.11's output for the same operations, from
// fixtures/gen_transcripts.py (transcripts.json), one session per test.
const call = (o: O.PyObject, name: string, ...args: O.PyObject[]) =>
  O.repr(O.PyObject_CallMethod(o, name, args));

describe("str methods", () => {
  it("split / strip / find / replace / join", () => {
    const py = transcript("str methods");
    expect(call(s("a,b,,c"), "split", s(","))).toBe(py("'a,b,,c'.split(',')"));
    expect(call(s("  a b  c "), "split")).toBe(py("'  a b  c '.split()"));
    expect(call(s("a b c"), "split", O.Py_None, int(1))).toBe(py("'a b c'.split(None, 1)"));
    expect(call(s("a b c"), "rsplit", O.Py_None, int(1))).toBe(py("'a b c'.rsplit(None, 1)"));
    expect(call(s("xxhixx"), "strip", s("x"))).toBe(py("'xxhixx'.strip('x')"));
    expect(call(s("hello"), "find", s("l"))).toBe(py("'hello'.find('l')"));
    expect(call(s("hello"), "rfind", s("l"))).toBe(py("'hello'.rfind('l')"));
    expect(call(s("abcabc"), "find", s("c"), int(-2))).toBe(py("'abcabc'.find('c', -2)"));
    expect(call(s("abc"), "count", s(""))).toBe(py("'abc'.count('')"));
    expect(call(s("aaa"), "count", s("aa"))).toBe(py("'aaa'.count('aa')"));
    expect(call(s("hello"), "replace", s("l"), s("L"), int(1))).toBe(py("'hello'.replace('l', 'L', 1)"));
    expect(call(s("aaa"), "replace", s(""), s("-"))).toBe(py("'aaa'.replace('', '-')"));
    expect(call(s("-"), "join", s("abc"))).toBe(py("'-'.join('abc')"));
    expect(call(s("hello"), "endswith", O.PyTuple_Pack([s("lo"), s("x")]))).toBe(
      py("'hello'.endswith(('lo', 'x'))"),
    );
    expect(call(s("a\nb\r\nc"), "splitlines")).toBe(py(String.raw`'a\nb\r\nc'.splitlines()`));
    expect(call(s("ab"), "center", int(6), s("*"))).toBe(py("'ab'.center(6, '*')"));
    expect(call(s("-5"), "zfill", int(4))).toBe(py("'-5'.zfill(4)"));
    expect(call(s("abc"), "partition", s("b"))).toBe(py("'abc'.partition('b')"));
  });
  it("errors", () => {
    const py = transcript("str methods");
    expect(errorOf(() => call(s("a"), "split", s("")))).toBe(py("'a'.split('')"));
    expect(errorOf(() => call(s("abc"), "index", s("z")))).toBe(py("'abc'.index('z')"));
    expect(errorOf(() => call(s("a"), "startswith", int(1)))).toBe(py("'a'.startswith(1)"));
    expect(errorOf(() => call(s("a"), "strip", int(1)))).toBe(py("'a'.strip(1)"));
    expect(errorOf(() => call(s("abc"), "replace", s("a"), int(1)))).toBe(py("'abc'.replace('a', 1)"));
    expect(errorOf(() => call(s("é"), "encode", s("ascii")))).toBe(py("'é'.encode('ascii')"));
  });
  it("indexing counts code points", () => {
    const py = transcript("str methods");
    const e = s("a😀b");
    expect(O.PyObject_Length(e)).toBe(Number(py("len(e)")));
    expect(O.repr(O.PyObject_GetItem(e, int(1)))).toBe(py("e[1]"));
    expect(O.repr(O.PyObject_GetItem(e, O.PySlice_FromNumbers(null, null, -1)))).toBe(py("e[::-1]"));
  });
});

describe("list, tuple, range, iterators", () => {
  it("list methods", () => {
    const py = transcript("list methods");
    const l = O.PySequence_List(O.PyTuple_Pack([int(5), int(3), int(8), int(1)]));
    O.PyObject_CallMethod(l, "sort", [], new Map([["reverse", O.Py_True]]));
    expect(O.repr(l)).toBe(py("l"));
    O.PyObject_CallMethod(l, "insert", [int(-100), s("first")]);
    O.PyObject_CallMethod(l, "insert", [int(100), s("last")]);
    expect(O.repr(l)).toBe(py("l"));
    expect(call(l, "pop")).toBe(py("l.pop()"));
    expect(call(l, "pop", int(0))).toBe(py("l.pop(0)"));
    expect(call(l, "index", int(3))).toBe(py("l.index(3)"));
    expect(errorOf(() => call(l, "index", int(1), s("a")))).toBe(py("l.index(1, 'a')"));
    expect(errorOf(() => call(O.PyList_FromArray([int(1), s("a")]), "sort"))).toBe(py("[1, 'a'].sort()"));
    O.PyObject_SetItem(
      l,
      O.PySlice_FromNumbers(null, null, -1),
      O.PyTuple_Pack([int(7), int(8), int(9), int(0)]),
    );
    expect(O.repr(l)).toBe(py("l"));
    const r = O.PyNumber_InPlaceAdd(l, O.PyTuple_Pack([int(1)]));
    expect(r).toBe(l);
    expect(O.repr(O.PyNumber_InPlaceMultiply(l, int(0)))).toBe(py("l"));
  });
  it("tuple/list concat and repeat", () => {
    const py = transcript("tuple/list concat and repeat");
    const t = O.PyTuple_Pack([int(1), int(2)]);
    expect(O.repr(O.PyNumber_Multiply(t, int(2)))).toBe(py("t * 2"));
    expect(O.repr(O.PyNumber_Multiply(int(0), t))).toBe(py("0 * t"));
    expect(errorOf(() => O.PyNumber_Add(t, O.PyList_FromArray([])))).toBe(py("t + []"));
    expect(errorOf(() => O.PyNumber_Multiply(O.PyList_FromArray([]), O.PyFloat_FromDouble(1.5)))).toBe(
      py("[] * 1.5"),
    );
  });
  it("range", () => {
    const py = transcript("range");
    const r = O.PyRange_New(0, 20, 3);
    expect(O.PyObject_Length(r)).toBe(Number(py("len(r)")));
    expect(O.repr(O.PyObject_GetItem(r, int(-1)))).toBe(py("r[-1]"));
    expect(O.repr(O.PyObject_GetItem(r, O.PySlice_FromNumbers(null, null, -1)))).toBe(py("r[::-1]"));
    expect(O.PySequence_Contains(r, int(6))).toBe(py("6 in r") === "True");
    expect(O.PySequence_Contains(r, int(7))).toBe(py("7 in r") === "True");
    expect(O.repr(O.PySequence_List(O.PyObject_Reversed(O.PyRange_New(0, 4))))).toBe(
      py("list(reversed(range(0, 4)))"),
    );
    expect(errorOf(() => O.PyObject_Length(O.PyRange_New(0, 2n ** 70n)))).toBe(py("len(range(0, 2**70))"));
    expect(O.repr(O.PyObject_GetItem(O.PyRange_New(0, 10n ** 20n), int("10000000000000000000")))).toBe(
      py("range(0, 10**20)[10000000000000000000]"),
    );
    expect(errorOf(() => O.PyObject_CallMethod(r, "index", [s("a")]))).toBe(py("r.index('a')"));
  });
  it("iterators", () => {
    const py = transcript("iterators");
    const it = O.PyObject_GetIter(O.PyList_FromArray([int(1)]));
    expect(O.repr(it).replace(/0x[0-9a-f]+/, "0x?")).toBe(py("it"));
    expect(O.repr(O.PyIter_Next(it)!)).toBe(py("next(it)"));
    expect(O.PyIter_Next(it)).toBe(null);
    expect(errorOf(() => O.PyIter_NextOrRaise(it))).toBe(py("next(it)"));
    expect(O.repr(O.PyObject_Type(O.PyObject_GetIter(s("ab"))))).toBe(py("type(iter('ab'))"));
    expect(O.repr(O.PyObject_Type(O.PyObject_GetIter(O.PyRange_New(0, 1))))).toBe(
      py("type(iter(range(0, 1)))"),
    );
    expect(errorOf(() => O.PyObject_Reversed(int(1)))).toBe(py("reversed(1)"));
  });
  it("singletons are callable types", () => {
    const py = transcript("singletons are callable types");
    expect(O.PyObject_Call(O.PyNone_Type, [], null)).toBe(O.Py_None);
    expect(errorOf(() => O.PyObject_Call(O.PyEllipsis_Type, [int(1)], null))).toBe(py("type(...)(1)"));
  });
});
