/**
 * The JS layer's `memoryview()` (src/js) against CPython 3.11
 * (fixtures/gen_js_memoryview.py → js_memoryview.json): attributes,
 * tolist, tobytes, hex, indexing, slicing and casts of views of TypedArrays,
 * ArrayBuffers, DataViews and Python exporters, errors included; the
 * zero-copy descriptor read back item by item; release by `release()` and
 * `using`; JS argument errors; no leaked reference in checked mode.
 */
import { readFileSync } from "node:fs";
import {
  type JsValue,
  PyByteArray_AS_U8,
  PyByteArray_FromBytes,
  PyByteArray_Resize,
  PyBytes_FromBytes,
  type PyByteArrayObject,
} from "@py/buffer";
import {
  PyError,
  type PyObject,
  PyObject_CallMethod,
  Py_DECREF,
  checkpoint,
  leakReport,
  setCheckedMode,
} from "@py/object";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Encoded, encode, fromHex, outcome } from "../../buffer/test/js-value-codec.js";
import { type BufferDescriptor, MemoryView, type MemoryViewOptions, memoryview } from "../src/index.js";

type Result = Encoded | { error: string };
interface Case {
  name: string;
  source: { type: string; hex: string };
  options: MemoryViewOptions;
  ops: { op: string; args?: (number | string | number[] | null)[] }[];
  result:
    | { error: string }
    | {
        format: string;
        itemsize: number;
        ndim: number;
        shape: number[];
        strides: number[];
        readonly: boolean;
        nbytes: number;
        tolist: Encoded;
        tobytes: Encoded;
        ops: Result[];
      };
}
const fixture = JSON.parse(
  readFileSync(new URL("./fixtures/js_memoryview.json", import.meta.url), "utf8"),
) as {
  cases: Case[];
  released: Result;
  release_while_exported: Result;
  resize_while_viewed: Result;
};

const TYPED: Record<string, new (b: ArrayBuffer) => ArrayBufferView> = {
  Uint8Array,
  Int8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  BigInt64Array,
  BigUint64Array,
  Float32Array,
  Float64Array,
};

/** The JS source of a case, and the Python object to drop after (or null). */
function source(s: Case["source"]): [ArrayBuffer | ArrayBufferView | PyObject, PyObject | null] {
  const bytes = fromHex(s.hex);
  const buffer = bytes.buffer as ArrayBuffer;
  if (s.type === "bytearray" || s.type === "bytes") {
    const o = s.type === "bytes" ? PyBytes_FromBytes(bytes) : PyByteArray_FromBytes(bytes);
    return [o, o];
  }
  if (s.type === "ArrayBuffer") return [buffer, null];
  if (s.type === "DataView") return [new DataView(buffer), null];
  return [new TYPED[s.type]!(buffer), null];
}

/** An operation of the fixture on `m`. */
function runOp(m: MemoryView, op: Case["ops"][number]): JsValue {
  const args = op.args ?? [];
  switch (op.op) {
    case "at":
      return m.at(...(args as number[]));
    case "slice": {
      using s = m.slice(...(args as (number | null)[]));
      return s.toList();
    }
    case "cast": {
      using c = m.cast(args[0] as string, args[1] as number[] | undefined);
      return c.toList();
    }
    case "hex":
      return m.hex(...(args as [string, number]));
    case "tobytes":
      return m.toBytes(args[0] as "C" | "F" | "A" | undefined);
    case "len":
      return m.length;
  }
  throw new Error(`unknown op ${op.op}`);
}

/** Item `[i, j, ...]` of each position of the descriptor, read from `data`, as nested arrays (the item for 0-d). */
function readItems(d: BufferDescriptor): JsValue {
  const item = (i: number): JsValue => {
    const v = d.data[i]!;
    if (d.format === "?") return v !== 0;
    if (d.format === "c") return Uint8Array.of(Number(v));
    if (typeof v === "bigint")
      return Number.isSafeInteger(Number(v)) && BigInt(Number(v)) === v ? Number(v) : v;
    return v;
  };
  const walk = (dim: number, at: number): JsValue => {
    if (dim === d.shape.length) return item(at);
    return Array.from({ length: d.shape[dim]! }, (_, i) => walk(dim + 1, at + i * d.strides[dim]!));
  };
  return walk(0, d.offset);
}

beforeEach(() => {
  setCheckedMode(true);
  checkpoint();
});
afterEach(() => {
  expect(leakReport()).toEqual([]);
  setCheckedMode(false);
});

describe("memoryview() (JS layer) as CPython 3.11", () => {
  it.each(fixture.cases.map((c) => [c.name, c] as const))("%s", (_, c) => {
    const [src, owner] = source(c.source);
    try {
      const r = c.result;
      if ("error" in r) {
        expect(outcome(() => memoryview(src, c.options) as never)).toEqual(r);
        return;
      }
      using m = memoryview(src, c.options);
      expect([m.format, m.itemsize, m.ndim, m.shape, m.strides, m.readonly, m.nbytes]).toEqual([
        r.format,
        r.itemsize,
        r.ndim,
        r.shape,
        r.strides,
        r.readonly,
        r.nbytes,
      ]);
      expect(encode(m.toList())).toEqual(r.tolist);
      expect(encode(m.toBytes())).toEqual(r.tobytes);
      expect(c.ops.map((op) => outcome(() => runOp(m, op)))).toEqual(r.ops);
      // The descriptor reads the same items from the same memory, for the view and its slices.
      {
        using d = m.getBuffer();
        expect([d.format, d.itemsize, d.readonly, d.shape]).toEqual([
          r.format,
          r.itemsize,
          r.readonly,
          r.shape,
        ]);
        expect(encode(readItems(d))).toEqual(r.tolist);
      }
      c.ops.forEach((op, k) => {
        if (op.op !== "slice" || "error" in (r.ops[k] as object)) return;
        using s = m.slice(...((op.args ?? []) as (number | null)[]));
        using d = s.getBuffer();
        expect(encode(readItems(d))).toEqual(r.ops[k]);
      });
    } finally {
      if (owner !== null) Py_DECREF(owner);
    }
  });
});

describe("memory is shared, not copied", () => {
  it("a TypedArray's writes are seen by the view, the descriptor's by the TypedArray", () => {
    const f = new Float64Array(6);
    using m = memoryview(f, { shape: [2, 3] });
    f[5] = 2.5;
    expect(m.at(1, 2)).toBe(f[5]);
    using col = m.slice(null, null, -1);
    using d = col.getBuffer();
    expect(d.data).toBeInstanceOf(Float64Array);
    d.data[d.offset + d.strides[1]!] = 7.25; // col[0, 1] is m[1, 1]
    expect(f[4]).toBe(7.25);
    expect(m.at(1, 1)).toBe(f[4]);
  });

  it("a descriptor of items misaligned for their TypedArray is a Uint8Array, offset and strides in bytes", () => {
    const bytes = new Uint8Array(17);
    using m = memoryview(bytes.subarray(1), { format: "d" }); // doubles at odd addresses
    using every2 = m.slice(null, null, -2);
    using d = every2.getBuffer();
    expect(d.data).toBeInstanceOf(Uint8Array);
    expect([d.itemsize, d.shape, d.strides.map((s) => s / d.data.BYTES_PER_ELEMENT)]).toEqual([
      every2.itemsize,
      every2.shape,
      every2.strides,
    ]);
    new DataView(bytes.buffer).setFloat64(1 + 8, 2.5, true); // m[1], every2[0]
    const at = d.offset; // item [0] starts here, little-endian like the host
    expect(new DataView(d.data.buffer, d.data.byteOffset + at, 8).getFloat64(0, true)).toBe(every2.at(0));
  });

  it("a view of a TypedArray window starts at its byteOffset", () => {
    const all = new Int16Array([1, 2, 3, 4]);
    using m = memoryview(all.subarray(1, 3));
    expect(m.toList()).toEqual(Array.from(all.subarray(1, 3)));
    expect([...m]).toEqual(Array.from(all.subarray(1, 3)));
  });
});

describe("release", () => {
  const resize = (ba: PyByteArrayObject) =>
    outcome(() => {
      const n = PyByteArray_AS_U8(ba).length;
      PyByteArray_Resize(ba, n + 1);
      PyByteArray_Resize(ba, n);
      return null;
    });

  it("a view holds a bytearray's export until release() or the end of its using block", () => {
    const ba = PyByteArray_FromBytes(fromHex("6162"));
    const m = memoryview(ba);
    expect(resize(ba)).toEqual(fixture.resize_while_viewed);
    m.release();
    expect(m.released).toBe(true);
    expect(resize(ba)).toBe(null);
    m.release(); // a second release does nothing
    {
      using m2 = memoryview(ba, { format: "B", shape: [1, 2] });
      using m3 = m2.cast("B");
      expect(resize(ba)).toEqual(fixture.resize_while_viewed);
      expect(m3.released).toBe(false);
    }
    expect(resize(ba)).toBe(null);
    Py_DECREF(ba);
  });

  it("a released view raises CPython's ValueError", () => {
    const m = memoryview(new Uint8Array(2));
    m.release();
    expect(outcome(() => m.toList())).toEqual(fixture.released);
    expect(outcome(() => m.format)).toEqual(fixture.released);
    const p = memoryview(new Uint8Array(2));
    Py_DECREF(PyObject_CallMethod(p.py, "release")); // released from the Python side
    expect(p.released).toBe(true);
    expect(outcome(() => p.at(0))).toEqual(fixture.released);
    p.release();
  });

  it("release() raises BufferError while a descriptor holds an export, and works after", () => {
    const m = memoryview(new Uint8Array(2));
    const d = m.getBuffer();
    expect(
      outcome(() => {
        m.release();
        return null;
      }),
    ).toEqual(fixture.release_while_exported);
    expect(m.released).toBe(false);
    d.release();
    d.release();
    m.release();
    expect(m.released).toBe(true);
  });

  it("a Python error is a PyError carrying the Python type and message", () => {
    let err: unknown;
    try {
      memoryview(new ArrayBuffer(7), { format: "i" });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PyError);
    const c = fixture.cases.find((x) => x.name === "ArrayBuffer of 7 bytes as 'i'")!;
    expect({ error: (err as PyError).message }).toEqual(c.result);
    expect((c.result as { error: string }).error.startsWith(`${(err as PyError).type.tp_name}: `)).toBe(true);
  });
});

describe("wrong JS arguments are TypeErrors naming the parameter", () => {
  it.each<[string, (m: MemoryView) => unknown, string]>([
    [
      "source",
      () => memoryview(42 as never),
      "memoryview(): argument 'source' must be a TypedArray, DataView, ArrayBuffer, SharedArrayBuffer, Python object or MemoryView, not number",
    ],
    [
      "options",
      () => memoryview(new Uint8Array(1), "B" as never),
      "memoryview(): argument 'options' must be an object, not string",
    ],
    [
      "options.format",
      () => memoryview(new Uint8Array(1), { format: 1 as never }),
      "memoryview(): argument 'options.format' must be a string, not number",
    ],
    [
      "options.readonly",
      () => memoryview(new Uint8Array(1), { readonly: "yes" as never }),
      "memoryview(): argument 'options.readonly' must be a boolean, not string",
    ],
    [
      "options.shape",
      () => memoryview(new Uint8Array(4), { shape: [2, 2.5] }),
      "memoryview(): argument 'options.shape[1]' must be an integer (a number or bigint), not number",
    ],
    [
      "options.shape",
      () => memoryview(new Uint8Array(4), { shape: 4 as never }),
      "memoryview(): argument 'options.shape' must be an array of integers, not number",
    ],
    [
      "cast format",
      (m) => m.cast(1 as never),
      "MemoryView.cast(): argument 'format' must be a string, not number",
    ],
    [
      "cast shape",
      (m) => m.cast("B", "x" as never),
      "MemoryView.cast(): argument 'shape' must be an array of integers, not string",
    ],
    [
      "at index",
      (m) => m.at(0, 1.5),
      "MemoryView.at(): argument 'index[1]' must be an integer (a number or bigint), not number",
    ],
    [
      "slice start",
      (m) => m.slice("1" as never),
      "MemoryView.slice(): argument 'start' must be an integer (a number or bigint), not string",
    ],
    ["hex sep", (m) => m.hex(1 as never), "MemoryView.hex(): argument 'sep' must be a string, not number"],
    [
      "toBytes order",
      (m) => m.toBytes(1 as never),
      "MemoryView.toBytes(): argument 'order' must be 'C', 'F' or 'A', not number",
    ],
    [
      "MemoryView",
      () => new MemoryView({} as never),
      "MemoryView(): argument 'mv' must be a Python memoryview object, not object",
    ],
  ])("%s", (_, f, message) => {
    using m = memoryview(new Uint8Array(4));
    expect(() => f(m)).toThrow(TypeError);
    expect(() => f(m)).toThrow(message);
  });
});
