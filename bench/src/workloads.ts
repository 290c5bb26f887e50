/**
 * The workloads: for each, what a JS user of the packages writes (through the
 * public API of the built packages) and what a Python user writes (a `timeit`
 * statement with its setup). Both sides do the same work on the same bytes:
 * every buffer is the pattern `bytes(range(256)) * k`.
 *
 * Invariant: a JS operation gives back every reference it creates, so that a
 * batch of operations leaves the heap and the export counts as it found them
 * (what CPython's refcounting does for the timeit statement).
 */
import {
  PyBUF_FULL_RO,
  PyBUF_SIMPLE,
  PyBuffer_Release,
  PyByteArray_FromBytes,
  PyBytes_FromBytes,
  getBuffer,
  struct_pack_into,
  struct_unpack_from,
} from "@py/buffer";
import * as C from "@py/capi";
import { PyMemoryView_FromBuffer, PyMemoryView_FromObject } from "@py/memoryview";
import {
  type PyObject,
  PyFloat_FromDouble,
  PyList_FromArray,
  PyLong_FromNumber,
  PyObject_CallMethod,
  PyObject_GetItem,
  PyObject_RichCompare,
  PyObject_SetItem,
  PySequence_GetItem,
  PySlice_New,
  PyUnicode_FromString,
  Py_DECREF,
  Py_EQ,
} from "@py/object";
import { type CextBuild, cextWorkloads } from "./cext.js";
import type { Sizes } from "./sizes.js";

/** What a workload's figures are held to (see the targets). */
export type Target =
  /** project time / JS block-copy time: share = limit / project >= min. */
  | { readonly kind: "limit"; readonly min: number }
  /** project time / CPython time <= max. */
  | { readonly kind: "cpython"; readonly max: number }
  | { readonly kind: "none" };

/** The JS side of a workload, set up once. */
export interface JsCase {
  /** One operation (what the Python statement does once). */
  run(): void;
  /** The JS block copy of the same bytes (`TypedArray.prototype.set`), for copies. */
  limit?: () => void;
  /** For copies into a new object: a fresh `Uint8Array` of the same size, then `set` (the JS floor of a fresh copy). */
  allocLimit?: () => void;
  /** Gives back what the setup holds. */
  done(): void;
}

export interface Workload {
  readonly id: string;
  /** As a Python user would write it. */
  readonly title: string;
  readonly target: Target;
  /** Bytes a copy workload moves (shown with the JS limit). */
  readonly copied?: number;
  /** Pairs or calls one operation makes: the table shows time / per (default 1). */
  readonly per?: number;
  /** For the rows of how cost grows with size: the bytes one operation reads (the table shows ns per byte). */
  readonly perByte?: number;
  /** Python setup, run once in the Python process (the prelude is in scope). */
  readonly pySetup: string;
  /** The timed Python statement. */
  readonly pyStmt: string;
  readonly js: () => JsCase;
}

/** `bytes(range(256)) * (n // 256)` as a Uint8Array. */
export function pattern(n: number): Uint8Array {
  const u8 = new Uint8Array(n);
  for (let i = 0; i < n; i++) u8[i] = i & 255;
  return u8;
}

/** A block-copy limit of `n` bytes: `dst.set(src)` between two preallocated arrays. */
export function blockCopy(n: number): () => void {
  const src = pattern(n);
  const dst = new Uint8Array(n);
  return () => dst.set(src);
}

/** A fresh-copy floor of `n` bytes: `new Uint8Array(n)` (zero-filled by the engine), then `set`. */
function freshCopy(n: number): () => void {
  const src = pattern(n);
  return () => {
    new Uint8Array(n).set(src);
  };
}

/** Drops every object of `objs` (each an owned reference). */
export function drop(...objs: PyObject[]): () => void {
  return () => {
    for (const o of objs) Py_DECREF(o);
  };
}

export function str(s: string): PyObject {
  return PyUnicode_FromString(s);
}

/** `memoryview(bytes(pattern(n)))`, and its base. */
export function viewOfBytes(n: number): { b: PyObject; m: PyObject } {
  const b = PyBytes_FromBytes(pattern(n));
  return { b, m: PyMemoryView_FromObject(b) };
}

/** `m.cast(fmt)` (new reference). */
function cast(m: PyObject, fmt: string, shape?: number[]): PyObject {
  const f = str(fmt);
  const args: PyObject[] = [f];
  if (shape !== undefined) args.push(PyList_FromArray(shape.map((n) => PyLong_FromNumber(n))));
  try {
    return PyObject_CallMethod(m, "cast", args);
  } finally {
    for (const a of args) Py_DECREF(a);
  }
}

/** `1 MiB`, `64 KiB`, `512 B`. */
export function bytes(n: number): string {
  if (n >= 1 << 20 && n % (1 << 20) === 0) return `${n >> 20} MiB`;
  if (n >= 1 << 10 && n % (1 << 10) === 0) return `${n >> 10} KiB`;
  return `${n} B`;
}

/** `1e6`, `2e4`, `1000`. */
function count(n: number): string {
  const e = Math.floor(Math.log10(n));
  const m = n / 10 ** e;
  return n >= 10_000 && Number.isInteger(m) ? `${m}e${e}` : String(n);
}

/** The Python prelude shared by every setup. */
export const PY_PRELUDE = [
  "import ctypes, struct",
  "from struct import pack_into, unpack_from",
  "def pattern(n): return (bytes(range(256)) * (n // 256 + 1))[:n]",
].join("\n");

/** The workloads of a run, sized by `s`; with the C-extension rows when `cext` is given. */
export function workloads(s: Sizes, cext: CextBuild | null = null): Workload[] {
  const MIB = s.mib;
  const list: Workload[] = [
    {
      id: "create",
      title: `memoryview(b)  [b: ${bytes(MIB)} bytes]`,
      target: { kind: "cpython", max: 1.0 },
      pySetup: `b = pattern(${MIB})`,
      pyStmt: "memoryview(b)",
      js() {
        const b = PyBytes_FromBytes(pattern(MIB));
        return { run: () => Py_DECREF(PyMemoryView_FromObject(b)), done: drop(b) };
      },
    },
    {
      id: "slice",
      title: "m[16:48]",
      target: { kind: "cpython", max: 1.0 },
      pySetup: `m = memoryview(pattern(${MIB}))`,
      pyStmt: "m[16:48]",
      js() {
        const { b, m } = viewOfBytes(MIB);
        const lo = PyLong_FromNumber(16);
        const hi = PyLong_FromNumber(48);
        return {
          run() {
            // BUILD_SLICE then BINARY_SUBSCR, as CPython 3.11 runs `m[16:48]`.
            const sl = PySlice_New(lo, hi, null);
            Py_DECREF(PyObject_GetItem(m, sl));
            Py_DECREF(sl);
          },
          done: drop(lo, hi, m, b),
        };
      },
    },
    {
      id: "cast-d",
      title: "m.cast('d')",
      target: { kind: "cpython", max: 1.0 },
      pySetup: `m = memoryview(pattern(${MIB}))`,
      pyStmt: "m.cast('d')",
      js() {
        const { b, m } = viewOfBytes(MIB);
        const d = str("d");
        return { run: () => Py_DECREF(PyObject_CallMethod(m, "cast", [d])), done: drop(d, m, b) };
      },
    },
    {
      id: "cast-2d",
      title: `m.cast('B', [${MIB / 1024}, 1024])`,
      target: { kind: "cpython", max: 1.0 },
      pySetup: `m = memoryview(pattern(${MIB}))`,
      pyStmt: `m.cast('B', [${MIB / 1024}, 1024])`,
      js() {
        const { b, m } = viewOfBytes(MIB);
        const fmt = str("B");
        const rows = PyLong_FromNumber(MIB / 1024);
        const cols = PyLong_FromNumber(1024);
        return {
          run() {
            // BUILD_LIST of the two constants, then the call.
            rows.ob_refcnt++;
            cols.ob_refcnt++;
            const shape = PyList_FromArray([rows, cols]);
            Py_DECREF(PyObject_CallMethod(m, "cast", [fmt, shape]));
            Py_DECREF(shape);
          },
          done: drop(fmt, rows, cols, m, b),
        };
      },
    },
    {
      id: "get-B",
      title: `for i in range(${count(s.loop)}): m[i]   ['B']`,
      target: { kind: "cpython", max: 0.2 },
      pySetup: `m = memoryview(pattern(${s.loop}))\nr = range(${s.loop})`,
      pyStmt: "for i in r: m[i]",
      js() {
        const { b, m } = viewOfBytes(s.loop);
        const n = s.loop;
        return {
          run() {
            for (let i = 0; i < n; i++) Py_DECREF(PySequence_GetItem(m, i));
          },
          done: drop(m, b),
        };
      },
    },
    {
      id: "get-d",
      title: `for i in range(${count(s.loop)}): m[i]   ['d']`,
      target: { kind: "cpython", max: 0.2 },
      pySetup: `m = memoryview(pattern(${s.loop * 8})).cast('d')\nr = range(${s.loop})`,
      pyStmt: "for i in r: m[i]",
      js() {
        const { b, m: mb } = viewOfBytes(s.loop * 8);
        const m = cast(mb, "d");
        const n = s.loop;
        return {
          run() {
            for (let i = 0; i < n; i++) Py_DECREF(PySequence_GetItem(m, i));
          },
          done: drop(m, mb, b),
        };
      },
    },
    {
      id: "set-i",
      title: `for i in range(${count(s.loop)}): m[i] = 7   ['i']`,
      target: { kind: "cpython", max: 0.2 },
      pySetup: `m = memoryview(bytearray(${s.loop * 4})).cast('i')\nr = range(${s.loop})`,
      pyStmt: "for i in r: m[i] = 7",
      js() {
        const ba = PyByteArray_FromBytes(new Uint8Array(s.loop * 4));
        const mb = PyMemoryView_FromObject(ba);
        const m = cast(mb, "i");
        const seven = PyLong_FromNumber(7);
        const n = s.loop;
        return {
          run() {
            // memoryview has no sq_ass_item (as in CPython): m[i] = v goes through mp_ass_subscript.
            for (let i = 0; i < n; i++) {
              const k = PyLong_FromNumber(i);
              PyObject_SetItem(m, k, seven);
              Py_DECREF(k);
            }
          },
          done: drop(seven, m, mb, ba),
        };
      },
    },
    tobytes("tobytes-1", `m.tobytes()  [${bytes(MIB)}]`, MIB),
    tobytes("tobytes-64", `m.tobytes()  [${bytes(s.big)}]`, s.big),
    {
      id: "tobytes-step2",
      title: `m[::2].tobytes()  [${bytes(MIB)}]`,
      target: { kind: "cpython", max: 0.25 },
      copied: MIB / 2,
      pySetup: `m = memoryview(pattern(${MIB}))`,
      pyStmt: "m[::2].tobytes()",
      js() {
        const { b, m } = viewOfBytes(MIB);
        const two = PyLong_FromNumber(2);
        return {
          run() {
            const sl = PySlice_New(null, null, two);
            const v = PyObject_GetItem(m, sl);
            Py_DECREF(PyObject_CallMethod(v, "tobytes"));
            Py_DECREF(v);
            Py_DECREF(sl);
          },
          limit: blockCopy(MIB / 2),
          done: drop(two, m, b),
        };
      },
    },
    {
      id: "tobytes-F",
      title: `m.tobytes(order='F')  [${s.side}x${s.side} 'B']`,
      target: { kind: "cpython", max: 0.25 },
      copied: s.side * s.side,
      pySetup: `m = memoryview(pattern(${s.side * s.side})).cast('B', [${s.side}, ${s.side}])`,
      pyStmt: "m.tobytes(order='F')",
      js() {
        const { b, m: flat } = viewOfBytes(s.side * s.side);
        const m = cast(flat, "B", [s.side, s.side]);
        const kw = new Map<string, PyObject>([["order", str("F")]]);
        return {
          run: () => Py_DECREF(PyObject_CallMethod(m, "tobytes", [], kw)),
          limit: blockCopy(s.side * s.side),
          done: drop(kw.get("order")!, m, flat, b),
        };
      },
    },
    {
      id: "tolist-d",
      title: `m.tolist()  [${MIB / 8} 'd']`,
      target: { kind: "cpython", max: 0.7 },
      pySetup: `m = memoryview(pattern(${MIB})).cast('d')`,
      pyStmt: "m.tolist()",
      js() {
        const { b, m: flat } = viewOfBytes(MIB);
        const m = cast(flat, "d");
        return { run: () => Py_DECREF(PyObject_CallMethod(m, "tolist")), done: drop(m, flat, b) };
      },
    },
    {
      id: "tolist-B",
      title: `m.tolist()  [${bytes(MIB)} 'B']`,
      target: { kind: "cpython", max: 0.7 },
      pySetup: `m = memoryview(pattern(${MIB}))`,
      pyStmt: "m.tolist()",
      js() {
        const { b, m } = viewOfBytes(MIB);
        return { run: () => Py_DECREF(PyObject_CallMethod(m, "tolist")), done: drop(m, b) };
      },
    },
    {
      id: "assign",
      title: `mb[:] = m  [${bytes(MIB)}]`,
      target: { kind: "limit", min: 0.8 },
      copied: MIB,
      pySetup: `m = memoryview(pattern(${MIB}))\nmb = memoryview(bytearray(${MIB}))`,
      pyStmt: "mb[:] = m",
      js() {
        const { b, m } = viewOfBytes(MIB);
        const ba = PyByteArray_FromBytes(new Uint8Array(MIB));
        const mb = PyMemoryView_FromObject(ba);
        return {
          run() {
            const sl = PySlice_New(null, null, null);
            PyObject_SetItem(mb, sl, m);
            Py_DECREF(sl);
          },
          limit: blockCopy(MIB),
          done: drop(mb, ba, m, b),
        };
      },
    },
    {
      id: "assign-step2",
      title: `mb[::2] = m[::2]  [${bytes(MIB)}]`,
      target: { kind: "cpython", max: 0.25 },
      copied: MIB / 2,
      pySetup: `m = memoryview(pattern(${MIB}))\nmb = memoryview(bytearray(${MIB}))`,
      pyStmt: "mb[::2] = m[::2]",
      js() {
        const { b, m } = viewOfBytes(MIB);
        const ba = PyByteArray_FromBytes(new Uint8Array(MIB));
        const mb = PyMemoryView_FromObject(ba);
        const two = PyLong_FromNumber(2);
        return {
          run() {
            const sl = PySlice_New(null, null, two);
            const src = PyObject_GetItem(m, sl);
            const sl2 = PySlice_New(null, null, two);
            PyObject_SetItem(mb, sl2, src);
            Py_DECREF(sl2);
            Py_DECREF(src);
            Py_DECREF(sl);
          },
          limit: blockCopy(MIB / 2),
          done: drop(two, mb, ba, m, b),
        };
      },
    },
    {
      id: "hex",
      title: `m.hex()  [${bytes(MIB)}]`,
      target: { kind: "cpython", max: 0.5 },
      pySetup: `m = memoryview(pattern(${MIB}))`,
      pyStmt: "m.hex()",
      js() {
        const { b, m } = viewOfBytes(MIB);
        return { run: () => Py_DECREF(PyObject_CallMethod(m, "hex")), done: drop(m, b) };
      },
    },
    {
      id: "eq-B",
      title: `m1 == m2  [${bytes(MIB)} 'B']`,
      target: { kind: "cpython", max: 0.5 },
      pySetup: `m1 = memoryview(pattern(${MIB}))\nm2 = memoryview(bytearray(pattern(${MIB})))`,
      pyStmt: "m1 == m2",
      js() {
        const { b, m: m1 } = viewOfBytes(MIB);
        const ba = PyByteArray_FromBytes(pattern(MIB));
        const m2 = PyMemoryView_FromObject(ba);
        return { run: () => Py_DECREF(PyObject_RichCompare(m1, m2, Py_EQ)), done: drop(m1, b, m2, ba) };
      },
    },
    {
      id: "eq-i",
      title: `m1 == m2  ['i' vs '<i', ${bytes(MIB)}]`,
      target: { kind: "cpython", max: 0.5 },
      pySetup: [
        `m1 = memoryview(pattern(${MIB})).cast('i')`,
        `m2 = memoryview((ctypes.c_int32 * ${MIB / 4}).from_buffer_copy(pattern(${MIB})))`,
        "assert m2.format == '<i'",
      ].join("\n"),
      pyStmt: "m1 == m2",
      js() {
        const { b, m: flat } = viewOfBytes(MIB);
        const m1 = cast(flat, "i");
        // A foreign exporter of format '<i' (ctypes in CPython): a Py_buffer with no owner.
        const b2 = PyBytes_FromBytes(pattern(MIB));
        const info = getBuffer(b2, PyBUF_FULL_RO);
        const m2 = PyMemoryView_FromBuffer({
          ...info,
          format: "<i",
          itemsize: 4,
          ndim: 1,
          shape: [MIB / 4],
          strides: [4],
          suboffsets: null,
        });
        return {
          run: () => Py_DECREF(PyObject_RichCompare(m1, m2, Py_EQ)),
          done() {
            Py_DECREF(m2);
            PyBuffer_Release(info);
            for (const o of [b2, m1, flat, b]) Py_DECREF(o);
          },
        };
      },
    },
    {
      id: "unpack",
      title: `for off in range(0, 20*N, 20): unpack_from('<iqd', buf, off)  [N=${count(s.records)}]`,
      target: { kind: "cpython", max: 1.0 },
      pySetup: `buf = pattern(${s.records * 20})\nr = range(0, ${s.records * 20}, 20)`,
      pyStmt: "for off in r: unpack_from('<iqd', buf, off)",
      js() {
        const buf = PyBytes_FromBytes(pattern(s.records * 20));
        const fmt = str("<iqd");
        const n = s.records;
        return {
          run() {
            for (let k = 0; k < n; k++) {
              const off = PyLong_FromNumber(k * 20);
              Py_DECREF(struct_unpack_from([fmt, buf, off], null));
              Py_DECREF(off);
            }
          },
          done: drop(fmt, buf),
        };
      },
    },
    {
      id: "pack-into",
      title: `for off in range(0, 20*N, 20): pack_into('<iqd', buf, off, 7, -2, 0.5)  [N=${count(s.records)}]`,
      target: { kind: "cpython", max: 1.0 },
      pySetup: `buf = bytearray(${s.records * 20})\nr = range(0, ${s.records * 20}, 20)`,
      pyStmt: "for off in r: pack_into('<iqd', buf, off, 7, -2, 0.5)",
      js() {
        const buf = PyByteArray_FromBytes(new Uint8Array(s.records * 20));
        const fmt = str("<iqd");
        const seven = PyLong_FromNumber(7);
        const minus2 = PyLong_FromNumber(-2);
        const half = PyFloat_FromDouble(0.5);
        const n = s.records;
        return {
          run() {
            for (let k = 0; k < n; k++) {
              const off = PyLong_FromNumber(k * 20);
              Py_DECREF(struct_pack_into([fmt, buf, off, seven, minus2, half], null));
              Py_DECREF(off);
            }
          },
          done: drop(half, minus2, seven, fmt, buf),
        };
      },
    },
    {
      id: "capi-getbuffer",
      title: `PyObject_GetBuffer+PyBuffer_Release x${count(s.pairs)}  [CPython: ctypes]`,
      target: { kind: "none" },
      pySetup: [
        "api = ctypes.pythonapi",
        "GB = api.PyObject_GetBuffer",
        "GB.argtypes = [ctypes.py_object, ctypes.c_void_p, ctypes.c_int]",
        "RB = api.PyBuffer_Release",
        "RB.argtypes = [ctypes.c_void_p]",
        "view = ctypes.create_string_buffer(80)",
        "vp = ctypes.addressof(view)",
        `o = pattern(${MIB})`,
        `r = range(${s.pairs})`,
      ].join("\n"),
      pyStmt: "for _ in r: GB(o, vp, 0); RB(vp)",
      js() {
        const b = PyBytes_FromBytes(pattern(MIB));
        const h = C.toHandle(b);
        const view = C.allocPyBuffer();
        const n = s.pairs;
        return {
          run() {
            for (let k = 0; k < n; k++) {
              C.PyObject_GetBuffer(h, view, PyBUF_SIMPLE);
              C.PyBuffer_Release(view);
            }
          },
          done() {
            C.PyMem_Free(view);
            C.Py_DECREF(h);
            Py_DECREF(b);
          },
        };
      },
    },
    {
      id: "capi-refcnt",
      title: `Py_INCREF+Py_DECREF x${count(s.pairs)}  [CPython: ctypes Py_IncRef/Py_DecRef]`,
      target: { kind: "none" },
      pySetup: [
        "api = ctypes.pythonapi",
        "INC = api.Py_IncRef",
        "INC.argtypes = [ctypes.py_object]",
        "DEC = api.Py_DecRef",
        "DEC.argtypes = [ctypes.py_object]",
        "o = object()",
        `r = range(${s.pairs})`,
      ].join("\n"),
      pyStmt: "for _ in r: INC(o); DEC(o)",
      js() {
        const b = PyBytes_FromBytes(pattern(16));
        const h = C.toHandle(b);
        const n = s.pairs;
        return {
          run() {
            for (let k = 0; k < n; k++) {
              C.Py_INCREF(h);
              C.Py_DECREF(h);
            }
          },
          done() {
            C.Py_DECREF(h);
            Py_DECREF(b);
          },
        };
      },
    },
  ];
  if (cext !== null) list.push(...cextWorkloads(s, cext));
  return list;

  function tobytes(id: string, title: string, n: number): Workload {
    return {
      id,
      title,
      target: { kind: "limit", min: 0.8 },
      copied: n,
      pySetup: `m = memoryview(pattern(${n}))`,
      pyStmt: "m.tobytes()",
      js() {
        const { b, m } = viewOfBytes(n);
        return {
          run: () => Py_DECREF(PyObject_CallMethod(m, "tobytes")),
          limit: blockCopy(n),
          allocLimit: freshCopy(n),
          done: drop(m, b),
        };
      },
    };
  }
}
