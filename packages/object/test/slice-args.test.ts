import { describe, expect, it } from "vitest";
import * as O from "../src/index.js";
import { errorOf, fx, int, s } from "./helpers.js";

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
    expect(errorOf(() => O.PySlice_Unpack(O.PySlice_New(null, null, int(0))))).toBe(
      "ValueError: slice step cannot be zero",
    );
    expect(errorOf(() => O.PySlice_Unpack(O.PySlice_New(s("a"), null, null)))).toBe(
      "TypeError: slice indices must be integers or None or have an __index__ method",
    );
    expect(errorOf(() => O.PyObject_CallMethod(O.PySlice_New(null, null, null), "indices", [int(-1)]))).toBe(
      "ValueError: length should not be negative",
    );
    expect(errorOf(() => O.PyObject_Hash(O.PySlice_New(null, null, null)))).toBe(
      "TypeError: unhashable type: 'slice'",
    );
  });
  it("sequence slicing", () => {
    const l = O.PySequence_List(O.PyRange_New(0, 10));
    const get = (a: number | null, b: number | null, c: number | null) =>
      O.repr(O.PyObject_GetItem(l, O.PySlice_FromNumbers(a, b, c)));
    expect(get(null, null, -3)).toBe("[9, 6, 3, 0]");
    expect(get(2, -2, 2)).toBe("[2, 4, 6]");
    expect(O.repr(O.PyObject_GetItem(s("hello"), O.PySlice_FromNumbers(null, null, -1)))).toBe("'olleh'");
    expect(O.repr(O.PyObject_GetItem(O.PyRange_New(0, 10, 3), O.PySlice_FromNumbers(1, 3, null)))).toBe(
      "range(3, 9, 3)",
    );
    expect(
      errorOf(() => O.PyObject_SetItem(l, O.PySlice_FromNumbers(0, 3, 2), O.PyList_FromArray([int(1)]))),
    ).toBe("ValueError: attempt to assign sequence of size 1 to extended slice of size 2");
    O.PyObject_SetItem(l, O.PySlice_FromNumbers(1, 9, null), O.PyTuple_Pack([]));
    expect(O.repr(l)).toBe("[0, 9]");
    O.PyObject_SetItem(l, O.PySlice_FromNumbers(1, 1, null), s("ab"));
    expect(O.repr(l)).toBe("[0, 'a', 'b', 9]");
    O.PyObject_DelItem(l, O.PySlice_FromNumbers(null, null, 2));
    expect(O.repr(l)).toBe("['a', 9]");
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
    expect(errorOf(() => O.badArgument("cast", "format", "str", int(1)))).toBe(
      "TypeError: cast() argument 'format' must be str, not int",
    );
    expect(errorOf(() => O.parseArgs(null, [int(1), int(2), int(3)], null, { names: ["a", "b"] }))).toBe(
      "TypeError: function takes at most 2 arguments (3 given)",
    );
  });
});

describe("abstract API messages", () => {
  const cases: [() => unknown, string][] = [
    [() => O.PyObject_GetItem(int(1), int(0)), "TypeError: 'int' object is not subscriptable"],
    [
      () => O.PyObject_SetItem(O.PyTuple_Pack([]), int(0), int(1)),
      "TypeError: 'tuple' object does not support item assignment",
    ],
    [
      () => O.PyObject_DelItem(O.PyTuple_Pack([int(1)]), int(0)),
      "TypeError: 'tuple' object doesn't support item deletion",
    ],
    [() => O.PyObject_GetItem(O.PyTuple_Pack([int(1)]), int(5)), "IndexError: tuple index out of range"],
    [
      () => O.PyObject_GetItem(O.PyList_FromArray([]), s("a")),
      "TypeError: list indices must be integers or slices, not str",
    ],
    [
      () => O.PyObject_GetItem(s("abc"), O.PyFloat_FromDouble(1)),
      "TypeError: string indices must be integers, not 'float'",
    ],
    [() => O.PyObject_Hash(O.PyList_FromArray([])), "TypeError: unhashable type: 'list'"],
    [() => O.PyObject_Length(int(1)), "TypeError: object of type 'int' has no len()"],
    [() => O.PyObject_GetIter(int(1)), "TypeError: 'int' object is not iterable"],
    [() => O.PyObject_Call(int(1), [], null), "TypeError: 'int' object is not callable"],
    [() => O.PyObject_GetAttr(int(1), "x"), "AttributeError: 'int' object has no attribute 'x'"],
    [() => O.PyObject_GetAttr(O.PyLong_Type, "x"), "AttributeError: type object 'int' has no attribute 'x'"],
    [() => O.PyObject_SetAttr(int(1), "x", int(2)), "AttributeError: 'int' object has no attribute 'x'"],
    [
      () => O.PyObject_SetAttr(int(1), "bit_length", int(2)),
      "AttributeError: 'int' object attribute 'bit_length' is read-only",
    ],
    [
      () => O.PyObject_SetAttr(int(1), "real", int(2)),
      "AttributeError: attribute 'real' of 'int' objects is not writable",
    ],
    [
      () => O.PyObject_SetAttr(O.PyLong_Type, "x", int(2)),
      "TypeError: cannot set 'x' attribute of immutable type 'int'",
    ],
    [() => O.PySequence_Contains(int(1), int(1)), "TypeError: argument of type 'int' is not iterable"],
    [
      () => O.PySequence_Contains(s("a"), int(1)),
      "TypeError: 'in <string>' requires string as left operand, not int",
    ],
    [
      () => O.PyObject_Call(O.PyCFunction_Type, [], null),
      "TypeError: cannot create 'builtin_function_or_method' instances",
    ],
    [() => O.PyObject_CallMethod(O.PyList_FromArray([]), "pop"), "IndexError: pop from empty list"],
    [() => O.PyObject_CallMethod(O.PyList_FromArray([]), "index", [int(2)]), "ValueError: 2 is not in list"],
    [
      () => O.PyObject_CallMethod(O.PyTuple_Pack([int(1)]), "index", [int(2)]),
      "ValueError: tuple.index(x): x not in tuple",
    ],
    [() => O.PyObject_CallMethod(s(" "), "join", [int(1)]), "TypeError: can only join an iterable"],
    [
      () => O.PyObject_CallMethod(s(" "), "join", [O.PyList_FromArray([int(1)])]),
      "TypeError: sequence item 0: expected str instance, int found",
    ],
    [
      () => O.PyObject_Call(O.PyObject_GetAttr(O.PyList_Type, "append"), [], null),
      "TypeError: unbound method list.append() needs an argument",
    ],
    [
      () => O.PyObject_Call(O.PyExc_ValueError, [], new Map([["x", int(1)]])),
      "TypeError: ValueError() takes no keyword arguments",
    ],
    [
      () => O.PyObject_Call(O.PyRange_Type, [int(0), int(1), int(0)], null),
      "ValueError: range() arg 3 must not be zero",
    ],
    [() => O.PyObject_CallMethod(O.PyRange_New(0, 3), "index", [int(4)]), "ValueError: 4 is not in range"],
  ];
  it("match CPython", () => {
    for (const [f, want] of cases) expect(errorOf(f)).toBe(want);
  });
  it("type(x), isinstance, __name__, dunder wrappers", () => {
    expect(O.repr(O.PyObject_Call(O.PyType_Type, [int(1)], null))).toBe("<class 'int'>");
    expect(O.PyObject_IsInstance(O.Py_True, O.PyLong_Type)).toBe(true);
    expect(O.str(O.PyObject_GetAttr(O.PyErr_NewException("struct.error"), "__name__"))).toBe("error");
    const l = O.PyList_FromArray([int(1), int(2)]);
    expect(O.repr(O.PyObject_CallMethod(l, "__len__"))).toBe("2");
    expect(O.repr(O.PyObject_CallMethod(l, "__eq__", [int(1)]))).toBe("NotImplemented");
    expect(O.repr(O.PyObject_CallMethod(int(1), "__eq__", [int(1)]))).toBe("True");
    expect(O.repr(O.PyObject_CallMethod(int(1), "__lt__", [s("a")]))).toBe("NotImplemented");
    expect(
      O.repr(
        O.PyObject_Call(
          O.PyObject_GetAttr(O.PyLong_Type, "from_bytes"),
          [O.PyList_FromArray([int(1), int(2)])],
          null,
        ),
      ),
    ).toBe("258");
  });
});
