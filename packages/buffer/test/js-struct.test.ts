/**
 * The JS layer's `struct` (src/js/struct.ts) against CPython 3.11's answers
 * (fixtures/gen_js_struct.py → js_struct.json): the same bytes, values and
 * error messages, JS values in and out; JS argument errors; buffers held by
 * `iterUnpack` let go by exhaustion, `return()`, `release()` and `using`;
 * no leaked reference in checked mode.
 */
import { readFileSync } from "node:fs";
import { PyError, Py_DECREF, checkpoint, leakReport, setCheckedMode } from "@py/object";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  PyByteArray_AS_U8,
  PyByteArray_FromBytes,
  PyByteArray_Resize,
  StructError,
  struct,
  struct_clearcache,
} from "../src/index.js";
import { decode, type Encoded, encode, fromHex, outcome } from "./js-value-codec.js";

type Result = Encoded | { error: string };
const fixture = JSON.parse(readFileSync(new URL("./fixtures/js_struct.json", import.meta.url), "utf8")) as {
  pack: { fmt: string; args: Encoded[]; result: Result }[];
  unpack: { fmt: string; data: string; result: Result }[];
  iter_unpack: { fmt: string; data: string; result: Result }[];
  calcsize: { fmt: string; result: Result }[];
  resize_while_iterating: string;
  records: Encoded;
  resized_after: Encoded;
};

beforeEach(() => {
  setCheckedMode(true);
  checkpoint();
});
afterEach(() => {
  // The format strs live on in the module functions' Struct cache (`_struct._clearcache()`).
  Py_DECREF(struct_clearcache([], null));
  expect(leakReport()).toEqual([]);
  setCheckedMode(false);
});

describe("struct (JS layer) as CPython 3.11", () => {
  it.each(fixture.pack.map((c) => [`pack(${JSON.stringify(c.fmt)}, ${JSON.stringify(c.args)})`, c] as const))(
    "%s",
    (_, c) => {
      expect(outcome(() => struct.pack(c.fmt, ...(c.args.map(decode) as never[])))).toEqual(c.result);
    },
  );
  it.each(fixture.unpack.map((c) => [`unpack(${JSON.stringify(c.fmt)}, ${c.data})`, c] as const))(
    "%s",
    (_, c) => {
      expect(outcome(() => struct.unpack(c.fmt, fromHex(c.data)))).toEqual(c.result);
    },
  );
  it.each(fixture.iter_unpack.map((c) => [`iterUnpack(${JSON.stringify(c.fmt)}, ${c.data})`, c] as const))(
    "%s",
    (_, c) => {
      expect(outcome(() => [...struct.iterUnpack(c.fmt, fromHex(c.data))])).toEqual(c.result);
    },
  );
  it.each(fixture.calcsize.map((c) => [c.fmt, c] as const))("calcsize(%j)", (_, c) => {
    expect(outcome(() => struct.calcsize(c.fmt))).toEqual(c.result);
  });

  it("takes any view of JS bytes, at its offset", () => {
    const bytes = fromHex("ff0100020003");
    const dv = new DataView(bytes.buffer, 1, 4);
    const copy = bytes.slice(1, 5); // its own ArrayBuffer, at offset 0
    expect(struct.unpack("<hh", dv)).toEqual(struct.unpack("<hh", copy));
    expect(struct.unpack("<hh", bytes.subarray(1, 5))).toEqual(struct.unpack("<hh", copy));
    expect(struct.unpack("<hh", bytes.buffer.slice(1, 5))).toEqual(struct.unpack("<hh", copy));
    expect(struct.unpack("<hh", copy)).not.toEqual(struct.unpack("<hh", bytes.slice(0, 4)));
  });

  it("calcsize beyond Number.MAX_SAFE_INTEGER is a RangeError (CPython gives the exact int)", () => {
    expect(() => struct.calcsize("9007199254740993x")).toThrow(RangeError);
    expect(() => struct.calcsize("9007199254740993x")).toThrow(
      "struct.calcsize(): the size 9007199254740993",
    );
  });

  it("a Python error carries the Python type and message", () => {
    let err: unknown;
    try {
      struct.unpack("<i", new Uint8Array(3));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PyError);
    const pe = err as PyError;
    expect(pe.matches(StructError)).toBe(true);
    expect(pe.type.tp_name).toBe("struct.error");
    expect({ error: pe.message }).toEqual(fixture.unpack.find((c) => c.fmt === "<i")!.result);
  });
});

describe("wrong JS arguments are TypeErrors naming the parameter", () => {
  it.each([
    ["pack fmt", () => struct.pack(1 as never), "struct.pack(): argument 'fmt' must be a string, not number"],
    [
      "pack values",
      () => struct.pack("ii", 1, {} as never),
      "struct.pack(): argument 'values[1]' must be a number, bigint, boolean, string, null, bytes (a TypedArray or ArrayBuffer) or a Python object, not object",
    ],
    [
      "pack a symbol",
      () => struct.pack("i", Symbol("s") as never),
      "struct.pack(): argument 'values[0]' must be a number, bigint, boolean, string, null, bytes (a TypedArray or ArrayBuffer) or a Python object, not symbol",
    ],
    [
      "unpack buffer",
      () => struct.unpack("i", [1, 2, 3, 4] as never),
      "struct.unpack(): argument 'buffer' must be an ArrayBuffer, a TypedArray, a DataView or a Python bytes-like object, not Array",
    ],
    [
      "unpack fmt",
      () => struct.unpack(null as never, new Uint8Array(4)),
      "struct.unpack(): argument 'fmt' must be a string, not null",
    ],
    [
      "iterUnpack buffer",
      () => struct.iterUnpack("i", "abcd" as never),
      "struct.iterUnpack(): argument 'buffer' must be an ArrayBuffer, a TypedArray, a DataView or a Python bytes-like object, not string",
    ],
    [
      "calcsize fmt",
      () => struct.calcsize(undefined as never),
      "struct.calcsize(): argument 'fmt' must be a string, not undefined",
    ],
  ])("%s", (_, f, message) => {
    expect(f).toThrow(TypeError);
    expect(f).toThrow(message);
  });
});

describe("iterUnpack holds a bytearray's buffer until it lets it go", () => {
  const data = () => fromHex("01000200");
  /** Grows `ba` by one byte and back (null), or the error of the first resize. */
  const resize = (ba: ReturnType<typeof PyByteArray_FromBytes>) =>
    outcome(() => {
      const n = PyByteArray_AS_U8(ba).length;
      PyByteArray_Resize(ba, n + 1);
      PyByteArray_Resize(ba, n);
      return null;
    });

  it("until exhausted", () => {
    const ba = PyByteArray_FromBytes(data());
    const it = struct.iterUnpack("<h", ba);
    expect(resize(ba)).toEqual({ error: fixture.resize_while_iterating });
    expect([...it]).toEqual(decode(fixture.records));
    PyByteArray_Resize(ba, 5);
    expect(encode(PyByteArray_AS_U8(ba).slice())).toEqual(fixture.resized_after);
    Py_DECREF(ba);
  });

  it("until a break out of for...of (return())", () => {
    const ba = PyByteArray_FromBytes(data());
    for (const rec of struct.iterUnpack("<h", ba)) {
      expect(rec).toEqual([1]);
      expect(resize(ba)).toEqual({ error: fixture.resize_while_iterating });
      break;
    }
    expect(resize(ba)).toBe(null);
    Py_DECREF(ba);
  });

  it("until release() or the end of a using block", () => {
    const ba = PyByteArray_FromBytes(data());
    const it = struct.iterUnpack("<h", ba);
    it.release();
    expect(it.next()).toEqual({ done: true, value: undefined });
    expect(resize(ba)).toBe(null);
    {
      using it2 = struct.iterUnpack("<h", ba);
      expect(it2.next().value).toEqual([1]);
      expect(resize(ba)).toEqual({ error: fixture.resize_while_iterating });
    }
    expect(resize(ba)).toBe(null);
    Py_DECREF(ba);
  });

  it("reads a bytearray given as the buffer, with its current content", () => {
    const ba = PyByteArray_FromBytes(data());
    PyByteArray_AS_U8(ba)[0] = 7;
    expect(struct.unpack("<hh", ba)).toEqual([7, 2]);
    Py_DECREF(ba);
  });
});
