/**
 * Bad-input fuzzing of the TypeScript side: the struct format parser
 * (`parseFormat`, `calcsize`, `struct.pack/unpack/pack_into/unpack_from`,
 * the memoryview item codecs) and the constructors of `Py_buffer`
 * (`PyObject_GetBuffer` with every flag combination on every exporter,
 * `PyBuffer_FillInfo`, memoryview `cast` with random formats and shapes whose
 * products overflow, slices with random steps). Only `PyError`s may escape;
 * every view handed out satisfies PEP 3118 (`len == product(shape) *
 * itemsize`, arrays of `ndim` entries, items inside the memory, requested
 * fields present, unrequested ones null) and counts are balanced.
 */
import {
  PyArray_FromValues,
  PyBUF_FORMAT,
  PyBUF_ND,
  PyBUF_STRIDES,
  PyBUF_WRITABLE,
  PyByteArray_FromBytes,
  PyBytes_FromBytes,
  PyBuffer_FillInfo,
  PyBuffer_IsContiguous,
  PyBuffer_Release,
  PyObject_CheckBuffer,
  PyObject_GetBuffer,
  PyMemory,
  calcsize,
  emptyPyBuffer,
  parseFormat,
  type Py_buffer,
  struct_pack,
  struct_pack_into,
  struct_unpack,
  struct_unpack_from,
} from "@py/buffer";
import { PyMemoryView_FromObject, getItemPacker, getItemUnpacker } from "@py/memoryview";
import {
  PyError,
  PyFloat_FromDouble,
  PyLong_FromValue,
  type PyObject,
  PyObject_Call,
  PyObject_GetAttr,
  PyObject_GetItem,
  PySlice_New,
  PyTuple_Pack,
  PyUnicode_FromString,
  Py_DECREF,
  Py_None,
  Py_True,
} from "@py/object";
import { exportCount } from "./calls.js";
import type { Oracle } from "./oracle.js";
import type { World } from "./world.js";

/** A `p` field of count 0 ("0p", with no digit before the 0). */
const ZERO_PASCAL = /(^|[^0-9])0+p/;

type Call = (w: World, o: Oracle) => void;

/** Runs `fn`; a thrown non-PyError is a violation. Returns the result or undefined. */
function guard<T>(o: Oracle, name: string, detail: () => string, fn: () => T): T | undefined {
  o.calls++;
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof PyError)) {
      o.violation(
        `${name}: raw JS exception`,
        `${detail()}: ${e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e)}`,
      );
    }
    return undefined;
  }
}

const formatParser: Call = (w, o) => {
  const f = w.format();
  const sf = guard(
    o,
    "parseFormat",
    () => JSON.stringify(f),
    () => parseFormat(f),
  );
  const cs = guard(
    o,
    "calcsize",
    () => JSON.stringify(f),
    () => calcsize(f),
  );
  if (sf !== undefined && cs !== undefined && BigInt(cs) !== BigInt(sf.exactSize ?? sf.size)) {
    o.violation("calcsize: differs from parseFormat", JSON.stringify(f));
  }
  if (sf !== undefined && (sf.size < 0 || !Number.isFinite(sf.size)))
    o.violation("parseFormat: bad size", JSON.stringify(f));
  const un = guard(
    o,
    "getItemUnpacker",
    () => JSON.stringify(f),
    () => getItemUnpacker(f),
  );
  const pk = guard(
    o,
    "getItemPacker",
    () => JSON.stringify(f),
    () => getItemPacker(f),
  );
  if (un && sf && sf.size <= 64) {
    const dv = new DataView(new ArrayBuffer(64));
    const v = guard(
      o,
      "ItemUnpacker",
      () => JSON.stringify(f),
      () => un(dv, 0),
    );
    if (v !== undefined) {
      if (pk)
        guard(
          o,
          "ItemPacker",
          () => JSON.stringify(f),
          () => pk(dv, 0, v),
        );
      Py_DECREF(v);
    }
  }
};

function randomValue(w: World): PyObject {
  const r = w.rng;
  return r.pick<() => PyObject>([
    () => PyLong_FromValue(r.range(-300, 300)),
    () =>
      PyLong_FromValue(
        r.pick<number | bigint>([2 ** 31, -(2 ** 63), 2n ** 64n, -(2n ** 64n), 2 ** 53, 255, 256, -129]),
      ),
    () =>
      PyFloat_FromDouble(
        r.pick([0.5, -1e308, Number.NaN, Number.POSITIVE_INFINITY, 65504, 65520, 3.4e38, 1e39]),
      ),
    () => PyBytes_FromBytes(new Uint8Array(r.int(5))),
    () => {
      Py_None.ob_refcnt++;
      return Py_None;
    },
    () => {
      Py_True.ob_refcnt++;
      return Py_True;
    },
    () => PyUnicode_FromString("s"),
  ])();
}

const structModule: Call = (w, o) => {
  const r = w.rng;
  const f = w.format();
  const fmt = PyUnicode_FromString(f);
  const vals: PyObject[] = [];
  let n = 0;
  try {
    n = parseFormat(f).nitems;
  } catch {
    n = r.int(4);
  }
  if (r.chance(0.2)) n += r.pick([-1, 1]);
  for (let i = 0; i < Math.max(0, Math.min(n, 16)); i++) vals.push(randomValue(w));
  const counts = vals.map((v) => v.ob_refcnt);
  const packed = guard(
    o,
    "struct.pack",
    () => `${JSON.stringify(f)} ${vals.length} values`,
    () => struct_pack([fmt, ...vals], null),
  );
  vals.forEach((v, i) => {
    // pack may hand back one of its arguments: the empty bytes is a singleton, so
    // struct.pack("0s", b"") returns the argument itself (a new reference to it).
    const expected = counts[i]! + (packed === v ? 1 : 0);
    if (v.ob_refcnt !== expected)
      o.violation("struct.pack: argument count changed", `${JSON.stringify(f)} ${v.ob_type.tp_name}`);
  });
  if (packed !== undefined) {
    const t = guard(
      o,
      "struct.unpack",
      () => JSON.stringify(f),
      () => struct_unpack([fmt, packed], null),
    );
    // CPython's own exception: unpacking a "0p" field fails (SystemError: Negative size passed to
    // PyBytes_FromStringAndSize), so a round trip is only required of formats without one.
    if (t !== undefined) Py_DECREF(t);
    else if (!ZERO_PASCAL.test(f))
      o.violation("struct.unpack: cannot unpack what pack made", JSON.stringify(f));
    Py_DECREF(packed);
  }
  // pack_into / unpack_from at random offsets of a bytearray.
  const ba = PyByteArray_FromBytes(new Uint8Array(r.int(40)));
  const off = PyLong_FromValue(r.pick([0, 1, -1, 7, 39, 40, 41, -41, 2 ** 53, -(2 ** 63)]));
  guard(
    o,
    "struct.pack_into",
    () => `${JSON.stringify(f)} off ${(off as { value: unknown }).value}`,
    () => Py_DECREF(struct_pack_into([fmt, ba, off, ...vals], null)),
  );
  const u = guard(
    o,
    "struct.unpack_from",
    () => JSON.stringify(f),
    () => struct_unpack_from([fmt, ba, off], null),
  );
  if (u !== undefined) Py_DECREF(u);
  if (exportCount(ba) !== 0) o.violation("struct: bytearray export not released", JSON.stringify(f));
  Py_DECREF(ba);
  Py_DECREF(off);
  for (const v of vals) Py_DECREF(v);
  Py_DECREF(fmt);
};

/** An exporter of some kind, possibly a cast/sliced memoryview. A new reference. */
function exporter(w: World, o: Oracle): PyObject {
  const r = w.rng;
  const n = r.int(24);
  const k = r.int(5);
  if (k === 0) return PyBytes_FromBytes(new Uint8Array(n).map((_, i) => i));
  if (k === 1) return PyByteArray_FromBytes(new Uint8Array(n).map((_, i) => i));
  if (k === 2) {
    const tc = r.pick([..."bBhHiIlLqQfd"]);
    return PyArray_FromValues(
      tc,
      Array.from({ length: n }, (_, i) => i),
    );
  }
  const base = r.chance(0.5)
    ? PyByteArray_FromBytes(new Uint8Array(n))
    : PyBytes_FromBytes(new Uint8Array(n));
  const mv = PyMemoryView_FromObject(base);
  Py_DECREF(base);
  if (k === 3) {
    // mv[start:stop:step]
    const v = () =>
      r.chance(0.3) ? null : PyLong_FromValue(r.pick([0, 1, -1, 2, -2, 3, n, 2 ** 53, -(2 ** 63)]));
    const a = v();
    const b = v();
    const c = r.chance(0.5) ? null : PyLong_FromValue(r.pick([1, 2, -1, -3, 0, 2 ** 62]));
    const key = PySlice_New(a, b, c);
    for (const x of [a, b, c]) if (x !== null) Py_DECREF(x);
    const res = guard(
      o,
      "memoryview[slice]",
      () => "slice",
      () => PyObject_GetItem(mv, key),
    );
    Py_DECREF(key);
    if (res !== undefined) {
      Py_DECREF(mv);
      return res;
    }
    return mv;
  }
  // mv.cast(format[, shape])
  const fmt = PyUnicode_FromString(
    r.pick(["B", "b", "c", "h", "i", "L", "q", "d", "f", "?", "e", "P", "x", "2B", "<i", "@B", "Z", ""]),
  );
  const dims: PyObject[] = [];
  const nd = r.pick([0, 1, 2, 3, 65]);
  for (let i = 0; i < Math.min(nd, 70); i++) {
    dims.push(
      PyLong_FromValue(
        r.pick<number | bigint>([0, 1, 2, 3, 4, n, -1, 2 ** 31, 2 ** 32, 2n ** 62n, 2n ** 63n, 2n ** 64n]),
      ),
    );
  }
  const args: PyObject[] = [fmt];
  if (r.chance(0.6)) args.push(PyTuple_Pack(dims.splice(0)));
  for (const d of dims) Py_DECREF(d);
  const cast = PyObject_GetAttr(mv, "cast");
  const res = guard(
    o,
    "memoryview.cast",
    () => `${(fmt as { value: string }).value} nd=${nd}`,
    () => PyObject_Call(cast, args, null),
  );
  Py_DECREF(cast);
  for (const a of args) Py_DECREF(a);
  if (res !== undefined) {
    Py_DECREF(mv);
    return res;
  }
  return mv;
}

function checkView(o: Oracle, name: string, v: Py_buffer, flags: number): void {
  const bad = (why: string) =>
    o.violation(`${name}: view breaks PEP 3118`, `${why} (flags 0x${flags.toString(16)})`);
  if (v.ndim < 0 || v.ndim > 64) {
    bad(`ndim ${v.ndim}`);
    return;
  }
  if (v.itemsize < 0) {
    bad(`itemsize ${v.itemsize}`);
    return;
  }
  if ((flags & PyBUF_WRITABLE) !== 0 && v.readonly) bad("readonly view for a WRITABLE request");
  if ((flags & PyBUF_FORMAT) === 0 && v.format !== null) bad("format without PyBUF_FORMAT");
  if ((flags & PyBUF_ND) !== PyBUF_ND && v.shape !== null) bad("shape without PyBUF_ND");
  if ((flags & PyBUF_STRIDES) !== PyBUF_STRIDES && v.strides !== null) bad("strides without PyBUF_STRIDES");
  if ((v.shape !== null && v.shape.length < v.ndim) || (v.strides !== null && v.strides.length < v.ndim)) {
    bad("shape or strides shorter than ndim");
    return;
  }
  if (v.strides === null && v.suboffsets === null && !PyBuffer_IsContiguous(v, "C"))
    bad("no strides but not C-contiguous");
  if (v.format !== null) {
    try {
      const size = parseFormat(v.format).size;
      if (size !== v.itemsize) bad(`format ${v.format} has size ${size}, itemsize ${v.itemsize}`);
    } catch {
      bad(`unparsable format ${JSON.stringify(v.format)}`);
    }
  }
  if (v.shape !== null) {
    let p = v.itemsize;
    for (let i = 0; i < v.ndim; i++) p *= v.shape[i]!;
    if (p !== v.len) bad(`len ${v.len} != product(shape) * itemsize ${p}`);
  }
  // Items inside the memory (no suboffsets here: bytes/bytearray/array/memoryview of them).
  if (v.suboffsets === null && v.len > 0) {
    const shape = v.shape ?? [v.itemsize === 0 ? 0 : v.len / v.itemsize];
    const strides = v.strides ?? [v.itemsize];
    let lo = v.buf.offset;
    let hi = v.buf.offset + v.itemsize;
    for (let i = 0; i < (v.shape === null ? 1 : v.ndim); i++) {
      const span = strides[i]! * (shape[i]! - 1);
      if (span < 0) lo += span;
      else hi += span;
    }
    if (lo < 0 || hi > v.buf.mem.byteLength)
      bad(`items [${lo}, ${hi}) outside a memory of ${v.buf.mem.byteLength}`);
  }
}

const getBufferTs: Call = (w, o) => {
  const e = exporter(w, o);
  const flags = w.flags();
  const rc = e.ob_refcnt;
  const ex = exportCount(e);
  const v = emptyPyBuffer();
  const ok = guard(
    o,
    "PyObject_GetBuffer(ts)",
    () => `${e.ob_type.tp_name} 0x${flags.toString(16)}`,
    () => {
      PyObject_GetBuffer(e, v, flags);
      return true;
    },
  );
  if (ok) {
    checkView(o, `getbuffer(${e.ob_type.tp_name})`, v, flags);
    if (v.obj !== e) o.violation("PyObject_GetBuffer(ts): view.obj is not the exporter", e.ob_type.tp_name);
    guard(
      o,
      "PyBuffer_Release(ts)",
      () => e.ob_type.tp_name,
      () => PyBuffer_Release(v),
    );
    guard(
      o,
      "PyBuffer_Release(ts) twice",
      () => e.ob_type.tp_name,
      () => PyBuffer_Release(v),
    );
  }
  if (e.ob_refcnt !== rc)
    o.violation("getbuffer/release: refcount unbalanced", `${e.ob_type.tp_name} ${rc} -> ${e.ob_refcnt}`);
  if (exportCount(e) !== ex)
    o.violation("getbuffer/release: exports unbalanced", `${e.ob_type.tp_name} ${ex} -> ${exportCount(e)}`);
  Py_DECREF(e);
};

const fillInfoTs: Call = (w, o) => {
  const r = w.rng;
  const e = exporter(w, o);
  const v = emptyPyBuffer();
  const len = r.chance(0.7) ? r.int(64) : w.size();
  const flags = w.flags();
  const rc = e.ob_refcnt;
  const done = guard(
    o,
    "PyBuffer_FillInfo(ts)",
    () => `len ${len} flags ${flags}`,
    () => {
      // obj must not be an exporter with a releasebuffer slot: FillInfo does not count an export.
      const owner =
        PyObject_CheckBuffer(e) && e.ob_type.tp_as_buffer?.bf_releasebuffer === undefined ? e : null;
      PyBuffer_FillInfo(
        v,
        r.chance(0.5) ? owner : null,
        { mem: new PyMemory(16), offset: 0 },
        len,
        r.chance(0.5),
        flags,
      );
      return true;
    },
  );
  if (done)
    guard(
      o,
      "PyBuffer_Release(ts)",
      () => "fillinfo",
      () => PyBuffer_Release(v),
    );
  if (e.ob_refcnt !== rc)
    o.violation("PyBuffer_FillInfo(ts): refcount unbalanced", `${rc} -> ${e.ob_refcnt}`);
  Py_DECREF(e);
};

export const tsCalls: readonly (readonly [number, string, Call])[] = [
  [6, "ts:format", formatParser],
  [5, "ts:struct", structModule],
  [8, "ts:getbuffer", getBufferTs],
  [2, "ts:fillinfo", fillInfoTs],
];
