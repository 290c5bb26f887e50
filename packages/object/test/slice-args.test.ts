import { describe, expect, it } from "vitest";
import * as O from "../src/index.js";
import { errorOf, fx, int, s, transcript } from "./helpers.js";

describe("slice semantics (vs python3)", () => {
  const obj = (v: string | null): O.PyObject | null => (v === null ? null : int(v));
  it("slice.indices on random triples", () => {
    for (const [[a, b, c], len, want, n] of fx.slice_indices as [
      (string | null)[],
      number,
      string[],
      number,
    ][]) {
      const sl = O.PySlice_New(obj(a!), obj(b!), obj(c!));
      const r = O.PyObject_CallMethod(sl, "indices", [int(len)]);
      expect(O.repr(r)).toBe(`(${want.join(", ")})`);
      const got = O.PySlice_GetIndicesEx(sl, len);
      expect(got.slicelength).toBe(n);
      // the C-level step is clamped to ssize_t; indices() is exact
      if (n > 0 && Math.abs(Number(want[2])) < 2 ** 63) {
        expect([got.start, got.step]).toEqual([Number(want[0]), Number(want[2])]);
      }
    }
  });
  it("errors", () => {
    const py = transcript("slice errors");
    expect(errorOf(() => O.PySlice_Unpack(O.PySlice_New(null, null, int(0))))).toBe(py("[][::0]"));
    expect(errorOf(() => O.PySlice_Unpack(O.PySlice_New(s("a"), null, null)))).toBe(py("[]['a':]"));
    expect(errorOf(() => O.PyObject_CallMethod(O.PySlice_New(null, null, null), "indices", [int(-1)]))).toBe(
      py("slice(None).indices(-1)"),
    );
    expect(errorOf(() => O.PyObject_Hash(O.PySlice_New(null, null, null)))).toBe(py("hash(slice(None))"));
  });
  it("sequence slicing", () => {
    const l = O.PySequence_List(O.PyRange_New(0, 10));
    const get = (a: number | null, b: number | null, c: number | null) =>
      O.repr(O.PyObject_GetItem(l, O.PySlice_FromNumbers(a, b, c)));
    const py = transcript("sequence slicing");
    expect(get(null, null, -3)).toBe(py("l[::-3]"));
    expect(get(2, -2, 2)).toBe(py("l[2:-2:2]"));
    expect(O.repr(O.PyObject_GetItem(s("hello"), O.PySlice_FromNumbers(null, null, -1)))).toBe(
      py("'hello'[::-1]"),
    );
    expect(O.repr(O.PyObject_GetItem(O.PyRange_New(0, 10, 3), O.PySlice_FromNumbers(1, 3, null)))).toBe(
      py("range(0, 10, 3)[1:3]"),
    );
    expect(
      errorOf(() => O.PyObject_SetItem(l, O.PySlice_FromNumbers(0, 3, 2), O.PyList_FromArray([int(1)]))),
    ).toBe(py("l[0:3:2] = [1]"));
    O.PyObject_SetItem(l, O.PySlice_FromNumbers(1, 9, null), O.PyTuple_Pack([]));
    expect(O.repr(l)).toBe(py("l"));
    O.PyObject_SetItem(l, O.PySlice_FromNumbers(1, 1, null), s("ab"));
    expect(O.repr(l)).toBe(py("l"));
    O.PyObject_DelItem(l, O.PySlice_FromNumbers(null, null, 2));
    expect(O.repr(l)).toBe(py("l"));
  });
});

describe("argument parsing (vs python3)", () => {
  const A = fx.args as Record<string, string>;
  const none: O.PyObject[] = [];
  const kw = (o: Record<string, O.PyObject>) => new Map(Object.entries(o));
  const cast = { names: ["format", "shape"], required: 1 };
  it("clinic messages", () => {
    expect(errorOf(() => O.parseArgs("cast", none, null, cast))).toBe(A.cast_missing);
    expect(errorOf(() => O.parseArgs("cast", [s("B"), int(2), int(3)], null, cast))).toBe(A.cast_too_many);
    expect(errorOf(() => O.parseArgs("cast", [s("B")], kw({ format: s("B") }), cast))).toBe(A.cast_dup);
    expect(
      errorOf(() => O.parseArgs("hex", none, kw({ x: int(1) }), { names: ["sep", "bytes_per_sep"] })),
    ).toBe(A.hex_badkw);
    expect(
      errorOf(() => O.parseArgs("tobytes", none, kw({ order: O.Py_None, x: int(1) }), { names: ["order"] })),
    ).toBe(A.tobytes_kw_too_many);
    const fb = { names: ["bytes", "byteorder", "signed"], required: 1, maxpos: 2 };
    expect(errorOf(() => O.parseArgs("from_bytes", none, null, fb))).toBe(A.from_bytes_missing);
    expect(errorOf(() => O.parseArgs("from_bytes", [s("a"), s("big"), int(1)], null, fb))).toBe(
      A.from_bytes_too_many_pos,
    );
    const mv = { names: ["object"], required: 1 };
    expect(errorOf(() => O.parseArgs("memoryview", none, kw({ obj: s(""), x: int(1) }), mv))).toBe(
      A.mv_too_many_kw,
    );
  });
  it("type calls and methods", () => {
    expect(errorOf(() => O.PyObject_Call(O.PyLong_Type, none, kw({ x: int(1) })))).toBe(A.int_badkw);
    expect(errorOf(() => O.PyObject_Call(O.PyLong_Type, [int(1), int(2), int(3)], null))).toBe(
      A.int_too_many,
    );
    expect(errorOf(() => O.PyObject_Call(O.PySlice_Type, none, null))).toBe(A.slice_none);
    expect(errorOf(() => O.PyObject_Call(O.PySlice_Type, [int(1), int(2), int(3), int(4)], null))).toBe(
      A.slice_many,
    );
    expect(errorOf(() => O.PyObject_Call(O.PySlice_Type, none, kw({ x: int(1) })))).toBe(A.slice_kw);
    const l = O.PyList_FromArray([]);
    expect(errorOf(() => O.PyObject_CallMethod(l, "sort", [int(1)]))).toBe(A.sort_pos);
    expect(errorOf(() => O.PyObject_CallMethod(l, "insert", [int(1)]))).toBe(A.insert_one);
    expect(errorOf(() => O.PyObject_CallMethod(l, "append", none))).toBe(A.append_none);
    expect(errorOf(() => O.PyObject_CallMethod(int(1), "bit_length", [int(1)]))).toBe(A.bit_length_arg);
  });
  it("badArgument and getargs forms", () => {
    const py = transcript("badArgument and getargs forms");
    expect(errorOf(() => O.badArgument("cast", "format", "str", int(1)))).toBe(py("memoryview(b'').cast(1)"));
    // PyArg_ParseTuple without a function name, as sys.set_asyncgen_hooks has it
    expect(errorOf(() => O.parseArgs(null, [int(1), int(2), int(3)], null, { names: ["a", "b"] }))).toBe(
      py("sys.set_asyncgen_hooks(1, 2, 3)"),
    );
  });
});

describe("abstract API messages", () => {
  // [operation, the Python line doing the same] (session of gen_transcripts.py)
  const cases: [() => unknown, string][] = [
    [() => O.PyObject_GetItem(int(1), int(0)), "1[0]"],
    [() => O.PyObject_SetItem(O.PyTuple_Pack([]), int(0), int(1)), "()[0] = 1"],
    [() => O.PyObject_DelItem(O.PyTuple_Pack([int(1)]), int(0)), "del (1,)[0]"],
    [() => O.PyObject_GetItem(O.PyTuple_Pack([int(1)]), int(5)), "(1,)[5]"],
    [() => O.PyObject_GetItem(O.PyList_FromArray([]), s("a")), "[]['a']"],
    [() => O.PyObject_GetItem(s("abc"), O.PyFloat_FromDouble(1)), "'abc'[1.0]"],
    [() => O.PyObject_Hash(O.PyList_FromArray([])), "hash([])"],
    [() => O.PyObject_Length(int(1)), "len(1)"],
    [() => O.PyObject_GetIter(int(1)), "iter(1)"],
    [() => O.PyObject_Call(int(1), [], null), "1()"],
    [() => O.PyObject_GetAttr(int(1), "x"), "(1).x"],
    [() => O.PyObject_GetAttr(O.PyLong_Type, "x"), "int.x"],
    [() => O.PyObject_SetAttr(int(1), "x", int(2)), "(1).x = 2"],
    [() => O.PyObject_SetAttr(int(1), "bit_length", int(2)), "(1).bit_length = 2"],
    [() => O.PyObject_SetAttr(int(1), "real", int(2)), "(1).real = 2"],
    [() => O.PyObject_SetAttr(O.PyLong_Type, "x", int(2)), "int.x = 2"],
    [() => O.PySequence_Contains(int(1), int(1)), "1 in 1"],
    [() => O.PySequence_Contains(s("a"), int(1)), "1 in 'a'"],
    [() => O.PyObject_Call(O.PyCFunction_Type, [], null), "type(len)()"],
    [() => O.PyObject_CallMethod(O.PyList_FromArray([]), "pop"), "[].pop()"],
    [() => O.PyObject_CallMethod(O.PyList_FromArray([]), "index", [int(2)]), "[].index(2)"],
    [() => O.PyObject_CallMethod(O.PyTuple_Pack([int(1)]), "index", [int(2)]), "(1,).index(2)"],
    [() => O.PyObject_CallMethod(s(" "), "join", [int(1)]), "' '.join(1)"],
    [() => O.PyObject_CallMethod(s(" "), "join", [O.PyList_FromArray([int(1)])]), "' '.join([1])"],
    [() => O.PyObject_Call(O.PyObject_GetAttr(O.PyList_Type, "append"), [], null), "list.append()"],
    [() => O.PyObject_Call(O.PyExc_ValueError, [], new Map([["x", int(1)]])), "ValueError(x=1)"],
    [() => O.PyObject_Call(O.PyRange_Type, [int(0), int(1), int(0)], null), "range(0, 1, 0)"],
    [() => O.PyObject_CallMethod(O.PyRange_New(0, 3), "index", [int(4)]), "range(0, 3).index(4)"],
  ];
  it("match CPython", () => {
    const py = transcript("abstract API messages");
    for (const [f, line] of cases) expect(errorOf(f)).toBe(py(line));
  });
  it("type(x), isinstance, __name__, dunder wrappers", () => {
    const py = transcript("type(x), isinstance, __name__, dunder wrappers");
    expect(O.repr(O.PyObject_Call(O.PyType_Type, [int(1)], null))).toBe(py("type(1)"));
    expect(O.PyObject_IsInstance(O.Py_True, O.PyLong_Type)).toBe(py("isinstance(True, int)") === "True");
    expect(O.str(O.PyObject_GetAttr(O.PyErr_NewException("struct.error"), "__name__"))).toBe(
      py("print(struct.error.__name__)"),
    );
    const l = O.PyList_FromArray([int(1), int(2)]);
    expect(O.repr(O.PyObject_CallMethod(l, "__len__"))).toBe(py("l.__len__()"));
    expect(O.repr(O.PyObject_CallMethod(l, "__eq__", [int(1)]))).toBe(py("l.__eq__(1)"));
    expect(O.repr(O.PyObject_CallMethod(int(1), "__eq__", [int(1)]))).toBe(py("(1).__eq__(1)"));
    expect(O.repr(O.PyObject_CallMethod(int(1), "__lt__", [s("a")]))).toBe(py("(1).__lt__('a')"));
    expect(
      O.repr(
        O.PyObject_Call(
          O.PyObject_GetAttr(O.PyLong_Type, "from_bytes"),
          [O.PyList_FromArray([int(1), int(2)])],
          null,
        ),
      ),
    ).toBe(py("int.from_bytes([1, 2])"));
  });
});
