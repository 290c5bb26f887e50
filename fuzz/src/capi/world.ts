/**
 * The fuzzer's side of the C-API: what a C extension would hold — references
 * it owns, `Py_buffer` structs and data blocks it allocated, stale handles it
 * kept after objects died — and generators of arguments, valid and bad.
 *
 * Invariants: `owned` counts exactly the references the fuzzer holds per
 * handle (it gives them all back at the end of a sequence); blocks are
 * allocated with a guard tail that belongs to the fuzzer too, so a write
 * inside `[addr, addr + total)` is the fuzzer's business; structs holding an
 * export (`filled`) are released before the sequence ends.
 */
import * as C from "@py/capi";
import { PyBUF_READ, PyBUF_WRITE, PyArray_Type, PyByteArray_Type, PyBytes_Type } from "@py/buffer";
import type { PyObject } from "@py/object";
import { PyMemoryView_Type } from "@py/memoryview";
import type { Rng } from "./rng.js";

export const GUARD = 64;

export interface Block {
  addr: number;
  /** The usable size the fuzzer thinks of. */
  size: number;
  /** size + GUARD: the whole allocation. */
  total: number;
}

export interface OwnedRef {
  h: C.PyObjectPtr;
  obj: PyObject;
  owned: number;
}

export interface StructRec {
  block: Block;
  /** "filled": holds an export (GetBuffer/FillInfo with obj); "forged": fields written by the fuzzer. */
  state: "empty" | "filled" | "forged";
  /** For filled: the exporter handle stored in view->obj (0 for FillInfo without obj). */
  objH: number;
  /** Filled by PyObject_GetBuffer (an export to end), not by PyBuffer_FillInfo. */
  exported?: boolean;
  /**
   * Checked mode, a read-only export of heap bytes: those bytes as GetBuffer left them.
   * Checked mode reports a write through a read-only `Py_buffer` at its release and puts
   * the bytes back (it cannot tell a write through the view from one by the memory's
   * owner, such as the fuzzer's own writes into a data block it lent with
   * `PyMemoryView_FromMemory(PyBUF_READ)`), so `PyBuffer_Release` may write exactly these.
   */
  readonlyCopy?: { buf: number; bytes: Uint8Array } | undefined;
}

/** Everything the fuzzer holds during one sequence. */
export class World {
  refs = new Map<number, OwnedRef>();
  /** Handles of objects that died (stale), most recent last. */
  stale: number[] = [];
  /** Handles the fuzzer saw but does not own (borrowed; may die). */
  borrowed: number[] = [];
  data: Block[] = [];
  structs: StructRec[] = [];
  scratch: Block[] = [];
  freedScratch: number[] = [];
  /** Addresses into exporters' memories: [address, length]. */
  foreign: [number, number][] = [];
  /** Every object created this sequence (TS references, to check counts at the end). */
  created: PyObject[] = [];

  constructor(readonly rng: Rng) {}

  // ---- bookkeeping

  own(h: C.PyObjectPtr, n = 1): void {
    if (h === 0) return;
    const r = this.refs.get(h);
    if (r !== undefined) {
      r.owned += n;
      return;
    }
    const obj = C.fromHandle(h);
    this.refs.set(h, { h, obj, owned: n });
    if (!C.isImmortal(obj) && !this.created.includes(obj)) this.created.push(obj);
  }

  /** Gives up `n` references to `h` (after a DECREF or a steal). */
  disown(h: number, n = 1): void {
    const r = this.refs.get(h);
    if (r === undefined) return;
    r.owned -= n;
    if (r.owned <= 0) {
      this.refs.delete(h);
      if (r.obj.ob_refcnt <= 0) this.stale.push(h);
      else this.borrowed.push(h);
    }
  }

  ownedHandle(): C.PyObjectPtr | 0 {
    if (this.refs.size === 0) return 0;
    const i = this.rng.int(this.refs.size);
    let k = 0;
    for (const h of this.refs.keys()) if (k++ === i) return h as C.PyObjectPtr;
    return 0;
  }

  ownedOfType(pred: (o: PyObject) => boolean): C.PyObjectPtr | 0 {
    const xs: number[] = [];
    for (const r of this.refs.values()) if (pred(r.obj)) xs.push(r.h);
    return xs.length === 0 ? 0 : (this.rng.pick(xs) as C.PyObjectPtr);
  }

  alloc(size: number, into: Block[] = this.data): Block | null {
    const total = size + GUARD;
    const addr = C.PyMem_Malloc(total);
    if (addr === 0) return null;
    // Deterministic non-zero contents.
    const m = C.linearMemory();
    const u8 = m.bytes(addr, total);
    for (let i = 0; i < total; i++) u8[i] = (this.rng.u32() & 0xff) | 1;
    const b = { addr, size, total };
    into.push(b);
    return b;
  }

  newStruct(): StructRec | null {
    const size = C.linearMemory().abi.pyBuffer.size;
    const b = C.PyMem_Malloc(size + GUARD);
    if (b === 0) return null;
    C.linearMemory().zero(b, size + GUARD);
    const rec: StructRec = { block: { addr: b, size, total: size + GUARD }, state: "empty", objH: 0 };
    this.structs.push(rec);
    return rec;
  }

  /**
   * Stores `v` as a `void *` at `addr` the way C code would store any bits
   * (the façade's `writePtr` refuses values that are not addresses): a
   * negative or too large value wraps to the pointer width.
   */
  storePtr(addr: number, v: number): void {
    const m = C.linearMemory();
    const x = Number.isFinite(v) ? BigInt(Math.trunc(v)) : -1n;
    if (m.abi.ptrSize === 8) m.writeU64(addr, BigInt.asUintN(64, x));
    else m.writeU32(addr, Number(BigInt.asUintN(32, x)));
  }

  /** Stores `v` as a `Py_ssize_t` the way C would (wrapping to the ABI's width). */
  storeSsize(addr: number, v: number | bigint): void {
    const m = C.linearMemory();
    const x = typeof v === "bigint" ? v : Number.isFinite(v) ? BigInt(Math.trunc(v)) : 0n;
    if (m.abi.ssizeSize === 8) m.writeI64(addr, BigInt.asIntN(64, x));
    else m.writeI32(addr, Number(BigInt.asIntN(32, x)));
  }

  /** Whether `[addr, addr + n)` lies in one of the fuzzer's data blocks (guard included): what calls may write. */
  ownsDataRange(addr: number, n: number): boolean {
    for (const b of this.data) if (addr >= b.addr && addr + n <= b.addr + b.total) return true;
    return false;
  }

  /** Whether `[addr, addr + n)` lies in one of the fuzzer's own blocks (guard included). */
  ownsRange(addr: number, n: number): boolean {
    for (const list of [this.data, this.scratch]) {
      for (const b of list) if (addr >= b.addr && addr + n <= b.addr + b.total) return true;
    }
    for (const s of this.structs) {
      if (addr >= s.block.addr && addr + n <= s.block.addr + s.block.total) return true;
    }
    return false;
  }

  // ---- generators

  /** A `PyObject *`: owned, static, stale, forged, borrowed or NULL. */
  handle(): C.PyObjectPtr {
    const r = this.rng;
    const kind = r.weighted<string>([
      [60, "owned"],
      [8, "static"],
      [8, "stale"],
      [8, "forged"],
      [6, "null"],
      [6, "borrowed"],
    ]);
    switch (kind) {
      case "owned": {
        const h = this.ownedHandle();
        if (h !== 0) return h;
        return C.Py_None_h;
      }
      case "static":
        return r.pick([
          C.Py_None_h,
          C.Py_True_h,
          C.Py_False_h,
          C.Py_NotImplemented_h,
          C.PyExc_ValueError_h,
          C.PyExc_BufferError_h,
          C.PyExc_BaseException_h,
          C.borrowHandle(PyBytes_Type),
          C.borrowHandle(PyByteArray_Type),
          C.borrowHandle(PyArray_Type),
          C.borrowHandle(PyMemoryView_Type),
        ]);
      case "stale":
        if (this.stale.length > 0) return r.pick(this.stale) as C.PyObjectPtr;
        return this.forgedHandle();
      case "forged":
        return this.forgedHandle();
      case "borrowed":
        if (this.borrowed.length > 0) return r.pick(this.borrowed) as C.PyObjectPtr;
        return C.NULL_OBJECT;
      default:
        return C.NULL_OBJECT;
    }
  }

  forgedHandle(): C.PyObjectPtr {
    const r = this.rng;
    const SLOT = 2 ** 20;
    const v = r.pick<() => number>([
      () => 1,
      () => r.int(SLOT),
      () => SLOT * r.range(1, 1023) + r.int(4096),
      () => SLOT * 1024 + r.int(64),
      () => -SLOT - 1,
      () => Number.NaN,
      () => 1.5,
      () => SLOT + 0.5,
      () => 2 ** 53,
      () => Number.POSITIVE_INFINITY,
      () => {
        // a live handle with its generation changed
        const h = this.ownedHandle() || C.Py_None_h;
        return h + SLOT * r.range(1, 3);
      },
      () => (this.ownedHandle() || C.Py_None_h) + 1,
    ])();
    return v as C.PyObjectPtr;
  }

  /** An address that is not accessible memory (or barely so). */
  badPtr(): number {
    const r = this.rng;
    const m = C.linearMemory();
    const heapEnd = m.heap.byteLength;
    return r.pick<() => number>([
      () => 0,
      () => r.range(1, 15),
      () => heapEnd,
      () => heapEnd - r.range(1, 8),
      () => heapEnd + r.int(1 << 20),
      () => m.foreignBase - 8,
      () => m.foreignBase + r.int(1 << 16),
      () => m.foreignLimit - 8,
      () => m.foreignLimit + 16,
      () => 2 ** 53 - 8,
      () => 2 ** 53 + 16,
      () => -r.range(1, 1 << 20),
      () => Number.NaN,
      () => Number.POSITIVE_INFINITY,
      () => 16 + r.int(1000) + 0.5,
      () => {
        if (this.foreign.length === 0) return heapEnd + 8;
        const [a, n] = r.pick(this.foreign);
        return a + n + r.range(0, 1 << 16);
      },
      () => {
        if (this.foreign.length === 0) return heapEnd + 8;
        const [a] = r.pick(this.foreign);
        return a - r.range(1, 4096);
      },
    ])();
  }

  /** A readable address: in a data block, an exporter's memory, or a bad one. */
  readPtr(): number {
    const r = this.rng;
    const k = r.weighted<string>([
      [50, "data"],
      [20, "foreign"],
      [10, "struct"],
      [20, "bad"],
    ]);
    if (k === "data" && this.data.length > 0) {
      const b = r.pick(this.data);
      return b.addr + r.pick([0, 0, r.int(b.size + 1), b.size, b.size - 1, b.total - 1]);
    }
    if (k === "foreign" && this.foreign.length > 0) {
      const [a, n] = r.pick(this.foreign);
      return a + r.pick([0, 0, r.int(n + 1), n]);
    }
    if (k === "struct" && this.structs.length > 0) return r.pick(this.structs).block.addr;
    return this.badPtr();
  }

  /**
   * `[addr, room]`: an address where the fuzzer may let a function write
   * `room` bytes (inside one of its data blocks, guard included), or a bad
   * address with room 0 (a call may write there only if it refuses).
   */
  writeRange(nHint?: number): [number, number] {
    const r = this.rng;
    if (this.data.length > 0 && r.chance(0.75)) {
      const b = r.pick(this.data);
      const n = nHint !== undefined && nHint >= 0 && nHint <= b.total ? nHint : r.int(b.total + 1);
      const off = r.int(b.total - n + 1);
      return [b.addr + off, n];
    }
    // A bad range: the caller may use none of it (room 0).
    const m = C.linearMemory();
    return [r.pick([() => this.badPtr(), () => m.heap.byteLength - 4, () => m.heap.byteLength - 8])(), 0];
  }

  /** A size: small, edge, negative, huge, not an integer. */
  size(): number {
    const r = this.rng;
    return r.weighted<() => number>([
      [40, () => r.int(64)],
      [10, () => r.int(1024)],
      [6, () => 0],
      [6, () => -1],
      [3, () => -(2 ** 31)],
      [3, () => 2 ** 31 - 1],
      [3, () => 2 ** 32],
      [3, () => 2 ** 53 - 1],
      [3, () => 2 ** 53],
      [3, () => 2 ** 63],
      [2, () => Number.NaN],
      [2, () => Number.POSITIVE_INFINITY],
      [2, () => Number.NEGATIVE_INFINITY],
      [3, () => r.int(64) + 0.5],
      [2, () => -0],
    ])();
  }

  /** A size for functions that allocate that much: never between 2**24 and 2**39 (the host would try). */
  allocSize(): number {
    const s = this.size();
    if (s > 2 ** 24 && s < 2 ** 39) return this.rng.pick([2 ** 39, 2 ** 40, 2 ** 53, 2 ** 63]);
    return s;
  }

  flags(): number {
    const r = this.rng;
    return r.weighted<() => number>([
      [
        20,
        () => r.pick([0, 1, 4, 8, 0x18, 0x38, 0x58, 0x98, 0x118, 0x11d, 0x11c, 0x1d, 0x1c, 0xd, 0x9, 0x5]),
      ],
      [20, () => r.int(0x200)],
      [4, () => r.u32() | 0],
      [2, () => -1],
      [2, () => PyBUF_READ],
      [2, () => PyBUF_WRITE],
      [1, () => Number.NaN],
      [1, () => 0.5],
    ])();
  }

  order(): C.CChar {
    const r = this.rng;
    return r.pick<C.CChar>(["C", "F", "A", "C", "F", "A", 67, 70, 65, "Z", 0, "", "CF", 0x143, -1]);
  }

  /** A struct format string, valid or not. */
  format(): string {
    const r = this.rng;
    if (r.chance(0.3)) {
      return r.pick([
        "B",
        "b",
        "c",
        "h",
        "i",
        "l",
        "q",
        "Q",
        "n",
        "N",
        "P",
        "f",
        "d",
        "e",
        "?",
        "3s",
        "0s",
        "2p",
        "<i",
        ">H",
        "@L",
        "=q",
        "!d",
        "x",
        "3x",
        "ii",
        "iii",
        "0i",
        "",
        "T{i}",
        "{",
        "@",
        "<",
        "z",
        "i\0",
        "9999999999999999999q",
        "4611686018427387904q",
        "2305843009213693952Q",
        "1152921504606846976d",
        "99999999999999999999999999999999999s",
        " i",
        "i ",
        "10",
        "\u00e9",
      ]);
    }
    const alphabet = "xcbB?hHiIlLqQnNefdspP0123456789<>=!@ \t{}T:&";
    const n = r.int(8);
    let s = "";
    for (let i = 0; i < n; i++) s += alphabet[r.int(alphabet.length)];
    return s;
  }

  /** A C string address holding `s` (in a data block), or a bad pointer. */
  cstring(s: string): number {
    if (this.rng.chance(0.1)) return this.badPtr();
    const bytes = new TextEncoder().encode(s);
    const b = this.alloc(bytes.length + 1);
    if (b === null) return 0;
    const m = C.linearMemory();
    m.copyIn(b.addr, bytes);
    m.writeU8(b.addr + bytes.length, 0);
    return b.addr;
  }

  /** An array of Py_ssize_t in a data block (address), with shape/stride-like values. */
  ssizeArray(values: readonly (number | bigint)[]): number {
    const m = C.linearMemory();
    const w = m.abi.ssizeSize;
    const b = this.alloc(Math.max(1, values.length) * w);
    if (b === null) return 0;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (w === 8) m.writeI64(b.addr + i * 8, BigInt.asIntN(64, BigInt(v)));
      else m.writeI32(b.addr + i * 4, Number(BigInt.asIntN(32, BigInt(v))));
    }
    return b.addr;
  }

  /** Shape-like values: small, zero, negative, huge and overflowing. */
  dimValue(): number | bigint {
    const r = this.rng;
    return r.weighted<() => number | bigint>([
      [50, () => r.int(5)],
      [5, () => -1],
      [4, () => 2 ** 31],
      [4, () => 2 ** 32 + 1],
      [3, () => 2n ** 62n],
      [3, () => 2n ** 63n - 1n],
      [3, () => -(2n ** 63n)],
      [3, () => 2 ** 53 + 2],
      [4, () => r.int(1 << 16)],
    ])();
  }

  strideValue(itemsize: number): number | bigint {
    const r = this.rng;
    return r.weighted<() => number | bigint>([
      [40, () => itemsize * r.range(-3, 4)],
      [10, () => r.range(-64, 64)],
      [4, () => 2 ** 31],
      [3, () => 2n ** 62n],
      [3, () => -(2n ** 62n)],
      [3, () => 2n ** 63n - 1n],
      [3, () => 2 ** 40],
    ])();
  }
}
