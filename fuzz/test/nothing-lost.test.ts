/**
 * "Nothing lost" (issue 8): a property test interleaving exports, releases,
 * resize attempts and writes on a bytearray or an array.array, against a
 * model of its items.
 *
 * - a resize refused because of exports (BufferError) leaves every byte and
 *   the length unchanged; with no export left, the same resize succeeds;
 * - a memoryview released early never sees later writes (any access raises
 *   ValueError);
 * - data written through a view (memoryview item assignment, or raw bytes
 *   through a `Py_buffer` from `PyObject_GetBuffer`) is what the exporter
 *   holds afterwards, and what every live view shows;
 * - at the end, with everything released, export counts are 0 and the
 *   exporter's reference count is back to 1.
 */
import {
  PyArray_Check,
  PyArray_FromValues,
  PyArray_Values,
  PyBUF_FULL_RO,
  PyBUF_WRITABLE,
  PyByteArray_FromBytes,
  type Py_buffer,
  PyBuffer_Release,
  PyBytes_FromBytes,
  getBuffer,
} from "@py/buffer";
import { PyMemoryView_FromObject, type PyMemoryViewObject } from "@py/memoryview";
import {
  isPyError,
  PyExc_BufferError,
  PyExc_ValueError,
  PyFloat_FromDouble,
  PyLong_FromValue,
  type PyObject,
  PyObject_CallMethod,
  PyObject_DelItem,
  PyObject_GetItem,
  PyObject_SetItem,
  PySlice_New,
  PyUnicode_FromString,
  Py_DECREF,
  setCheckedMode,
  leakReport,
  checkpoint,
} from "@py/object";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

type Kind = "bytearray" | "B" | "h" | "d";

type Op =
  | { t: "export"; how: "mv" | "buf" | "slice" | "cast" }
  | { t: "release"; i: number }
  | {
      t: "resize";
      how: "append" | "extend" | "pop" | "insert" | "delslice" | "setslice" | "clear";
      n: number;
      v: number;
    }
  | { t: "sameSizeSet"; i: number; v: number }
  | { t: "writeView"; i: number; idx: number; v: number }
  | { t: "writeExporter"; idx: number; v: number }
  | { t: "checkReleased"; i: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    t: fc.constant("export" as const),
    how: fc.constantFrom("mv", "buf", "slice", "cast") as fc.Arbitrary<"mv" | "buf" | "slice" | "cast">,
  }),
  fc.record({ t: fc.constant("release" as const), i: fc.nat(8) }),
  fc.record({
    t: fc.constant("resize" as const),
    how: fc.constantFrom(
      "append",
      "extend",
      "pop",
      "insert",
      "delslice",
      "setslice",
      "clear",
    ) as fc.Arbitrary<"append" | "extend" | "pop" | "insert" | "delslice" | "setslice" | "clear">,
    n: fc.nat(5),
    v: fc.nat(100),
  }),
  fc.record({ t: fc.constant("sameSizeSet" as const), i: fc.nat(20), v: fc.nat(100) }),
  fc.record({ t: fc.constant("writeView" as const), i: fc.nat(8), idx: fc.nat(20), v: fc.nat(100) }),
  fc.record({ t: fc.constant("writeExporter" as const), idx: fc.nat(20), v: fc.nat(100) }),
  fc.record({ t: fc.constant("checkReleased" as const), i: fc.nat(8) }),
);

interface LiveView {
  kind: "mv" | "buf";
  mv: PyObject | null;
  buf: Py_buffer | null;
  /** For memoryviews: index i of the view is item map(i) of the exporter. */
  map: (i: number) => number;
  len: () => number;
}

const itemsize = (k: Kind) => (k === "bytearray" || k === "B" ? 1 : k === "h" ? 2 : 8);

function newExporter(kind: Kind, init: number[]): PyObject {
  return kind === "bytearray" ? PyByteArray_FromBytes(Uint8Array.from(init)) : PyArray_FromValues(kind, init);
}

/** The exporter's items as numbers. */
function contents(o: PyObject): number[] {
  if (PyArray_Check(o)) return PyArray_Values(o).map(Number);
  const v = getBuffer(o, 0);
  const out = [...v.buf.mem.u8.subarray(v.buf.offset, v.buf.offset + v.len)];
  PyBuffer_Release(v);
  return out;
}

function exportsOf(o: PyObject): number {
  return PyArray_Check(o)
    ? (o as unknown as { ob_exports: number }).ob_exports
    : (o as unknown as { exports: number }).exports;
}

function int(n: number): PyObject {
  return PyLong_FromValue(n);
}

function call(o: PyObject, name: string, args: PyObject[]): void {
  try {
    Py_DECREF(PyObject_CallMethod(o, name, args));
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

function withSlice<T>(a: number | null, b: number | null, f: (key: PyObject) => T): T {
  const x = a === null ? null : int(a);
  const y = b === null ? null : int(b);
  const key = PySlice_New(x, y, null);
  if (x) Py_DECREF(x);
  if (y) Py_DECREF(y);
  try {
    return f(key);
  } finally {
    Py_DECREF(key);
  }
}

/** An item sequence of `n` values as the exporter's own type (bytes for a bytearray). */
function items(kind: Kind, vals: number[]): PyObject {
  return kind === "bytearray" ? PyBytes_FromBytes(Uint8Array.from(vals)) : PyArray_FromValues(kind, vals);
}

/** Applies a size-changing operation to the model; returns whether it changes the size. */
function resizeModel(model: number[], op: Extract<Op, { t: "resize" }>): boolean {
  const before = model.length;
  switch (op.how) {
    case "append":
      model.push(op.v);
      break;
    case "extend":
      model.push(...new Array(op.n).fill(op.v));
      break;
    case "pop":
      if (model.length === 0) return false;
      model.pop();
      break;
    case "insert":
      model.splice(Math.min(op.n, model.length), 0, op.v);
      break;
    case "delslice":
      model.splice(Math.min(op.n, model.length), 2);
      break;
    case "setslice":
      model.splice(Math.min(op.n, model.length), 1, op.v, op.v, op.v);
      break;
    case "clear":
      model.length = 0;
      break;
  }
  return model.length !== before;
}

function applyResize(o: PyObject, kind: Kind, op: Extract<Op, { t: "resize" }>, len: number): unknown {
  switch (op.how) {
    case "append":
      return call(o, "append", [int(op.v)]);
    case "extend":
      return call(o, "extend", [items(kind, new Array(op.n).fill(op.v))]);
    case "pop":
      return call(o, "pop", []);
    case "insert":
      return call(o, "insert", [int(Math.min(op.n, len)), int(op.v)]);
    case "delslice":
      return withSlice(Math.min(op.n, len), Math.min(op.n, len) + 2, (k) => PyObject_DelItem(o, k));
    case "setslice": {
      const v = items(kind, [op.v, op.v, op.v]);
      try {
        return withSlice(Math.min(op.n, len), Math.min(op.n, len) + 1, (k) => PyObject_SetItem(o, k, v));
      } finally {
        Py_DECREF(v);
      }
    }
    case "clear":
      return kind === "bytearray"
        ? call(o, "clear", [])
        : withSlice(null, null, (k) => PyObject_DelItem(o, k));
  }
}

/** Item i of a live view, as a number. */
function viewItem(kind: Kind, v: LiveView, i: number): number {
  if (v.kind === "buf") {
    const b = v.buf!;
    const dv = b.buf.mem.dv;
    const off = b.buf.offset + i * itemsize(kind);
    return kind === "h" ? dv.getInt16(off, true) : kind === "d" ? dv.getFloat64(off, true) : dv.getUint8(off);
  }
  const key = int(i);
  try {
    const x = PyObject_GetItem(v.mv!, key);
    const n = Number((x as unknown as { value: number | bigint }).value);
    Py_DECREF(x);
    return n;
  } finally {
    Py_DECREF(key);
  }
}

function writeViewItem(kind: Kind, v: LiveView, i: number, val: number): void {
  if (v.kind === "buf") {
    const b = v.buf!;
    const dv = b.buf.mem.dv;
    const off = b.buf.offset + i * itemsize(kind);
    if (kind === "h") dv.setInt16(off, val, true);
    else if (kind === "d") dv.setFloat64(off, val, true);
    else dv.setUint8(off, val);
    return;
  }
  const key = int(i);
  const value = kind === "d" ? PyFloat_FromDouble(val) : int(val);
  try {
    PyObject_SetItem(v.mv!, key, value);
  } finally {
    Py_DECREF(key);
    Py_DECREF(value);
  }
}

function run(kind: Kind, init: number[], ops: Op[]): void {
  const o = newExporter(kind, init);
  const model = [...init];
  const live: LiveView[] = [];
  const released: PyObject[] = [];
  const check = (where: string) => {
    expect(contents(o), where).toEqual(model);
    expect(exportsOf(o) > 0, `${where}: exports`).toBe(live.length > 0);
    for (const v of live) {
      for (let i = 0; i < v.len(); i++)
        expect(viewItem(kind, v, i), `${where}: view item ${i}`).toBe(model[v.map(i)]);
    }
  };
  try {
    for (const [step, op] of ops.entries()) {
      const where = `step ${step} ${JSON.stringify(op)}`;
      switch (op.t) {
        case "export": {
          if (op.how === "buf") {
            const b = getBuffer(o, PyBUF_FULL_RO | PyBUF_WRITABLE);
            const n = model.length;
            live.push({ kind: "buf", mv: null, buf: b, map: (i) => i, len: () => n });
          } else {
            const mv = PyMemoryView_FromObject(o);
            const n = model.length;
            if (op.how === "mv") live.push({ kind: "mv", mv, buf: null, map: (i) => i, len: () => n });
            else if (op.how === "slice") {
              // mv[1::2]: a non-contiguous view sharing the export
              const one = int(1);
              const two = int(2);
              const key = PySlice_New(one, null, two);
              Py_DECREF(one);
              Py_DECREF(two);
              const s = PyObject_GetItem(mv, key);
              Py_DECREF(key);
              Py_DECREF(mv);
              const m = Math.floor(n / 2);
              live.push({ kind: "mv", mv: s, buf: null, map: (i) => 1 + 2 * i, len: () => m });
            } else {
              // mv.cast('B'): bytes of the items; only compare for 1-byte items.
              const fmt = PyUnicode_FromString("B");
              const f = PyObject_CallMethod(mv, "cast", [fmt]);
              Py_DECREF(fmt);
              Py_DECREF(mv);
              const m = itemsize(kind) === 1 ? n : 0;
              live.push({ kind: "mv", mv: f, buf: null, map: (i) => i, len: () => m });
            }
          }
          break;
        }
        case "release": {
          if (live.length === 0) break;
          const v = live.splice(op.i % live.length, 1)[0]!;
          if (v.kind === "buf") PyBuffer_Release(v.buf!);
          else {
            call(v.mv!, "release", []);
            released.push(v.mv!);
          }
          break;
        }
        case "resize": {
          const attempt = [...model];
          const changes = resizeModel(attempt, op);
          let err: unknown = null;
          try {
            applyResize(o, kind, op, model.length);
          } catch (e) {
            err = e;
          }
          if (live.length > 0 && changes) {
            // refused: the check() below verifies that every byte and the length are unchanged
            expect(isPyError(err, PyExc_BufferError), `${where}: BufferError expected`).toBe(true);
          } else if (op.how === "pop" && model.length === 0) {
            expect(err, where).not.toBeNull();
          } else if (live.length > 0 && isPyError(err, PyExc_BufferError)) {
            // CPython refuses some size-preserving edits too (array: `del a[0:0]` while exported)
          } else {
            if (err !== null) throw err;
            model.splice(0, model.length, ...attempt);
          }
          break;
        }
        case "sameSizeSet": {
          // a[i:i+1] = [v]: allowed with exports (the size does not change)
          if (model.length === 0) break;
          const i = op.i % model.length;
          const v = items(kind, [op.v]);
          try {
            withSlice(i, i + 1, (k) => PyObject_SetItem(o, k, v));
          } finally {
            Py_DECREF(v);
          }
          model[i] = op.v;
          break;
        }
        case "writeView": {
          const ws = live.filter((v) => v.len() > 0);
          if (ws.length === 0) break;
          const v = ws[op.i % ws.length]!;
          const i = op.idx % v.len();
          writeViewItem(kind, v, i, op.v);
          model[v.map(i)] = op.v;
          break;
        }
        case "writeExporter": {
          if (model.length === 0) break;
          const i = op.idx % model.length;
          const key = int(i);
          const val = kind === "d" ? PyFloat_FromDouble(op.v) : int(op.v);
          try {
            PyObject_SetItem(o, key, val);
          } finally {
            Py_DECREF(key);
            Py_DECREF(val);
          }
          model[i] = op.v;
          break;
        }
        case "checkReleased": {
          if (released.length === 0) break;
          const mv = released[op.i % released.length]!;
          expect(((mv as PyMemoryViewObject).flags & 1) !== 0, `${where}: released flag`).toBe(true);
          let err: unknown = null;
          try {
            Py_DECREF(PyObject_CallMethod(mv, "tobytes"));
          } catch (e) {
            err = e;
          }
          expect(isPyError(err, PyExc_ValueError), `${where}: a released view must not show data`).toBe(true);
          break;
        }
      }
      check(where);
    }
  } finally {
    for (const v of live) {
      if (v.kind === "buf") PyBuffer_Release(v.buf!);
      else Py_DECREF(v.mv!);
    }
    for (const mv of released) Py_DECREF(mv);
    expect(exportsOf(o)).toBe(0);
    expect(o.ob_refcnt).toBe(1);
    Py_DECREF(o);
  }
}

describe("nothing lost: exports, releases and resizes of bytearray and array.array", () => {
  beforeAll(() => {
    setCheckedMode(true);
    checkpoint();
  });
  afterAll(() => {
    expect(leakReport()).toEqual([]);
    setCheckedMode(false);
  });

  for (const kind of ["bytearray", "B", "h", "d"] as Kind[]) {
    it(`${kind}: refused resizes change nothing, released views see nothing, view writes land`, () => {
      const val = kind === "h" ? fc.integer({ min: -100, max: 100 }) : fc.nat(100);
      fc.assert(
        fc.property(
          fc.array(val, { maxLength: 12 }),
          fc.array(opArb, { minLength: 1, maxLength: 40 }),
          (init, ops) => {
            try {
              run(kind, init, ops);
            } catch (e) {
              // a PyError carries the whole type graph: report it in words
              throw isPyError(e) ? new Error(`${e.exc.ob_type.tp_name}: ${e.message}`) : e;
            }
          },
        ),
        { numRuns: 300, seed: 20261129 },
      );
    });
  }
});
