/**
 * The fuzzed calls: every C-API function of `@py/capi` with generated
 * arguments, and the post-conditions that can be stated for bad input (what
 * a success must have produced, what a failure must have left unchanged).
 */
import * as C from "@py/capi";
import {
  PyArray_Check,
  PyArray_FromValues,
  PyBUF_FULL_RO,
  PyBUF_READ,
  PyBUF_WRITE,
  PyByteArray_Check,
  PyBytes_Check,
  calcsize,
  getBuffer,
  PyBuffer_Release as tsRelease,
} from "@py/buffer";
import { isCheckedMode, type PyObject, PyError, PyLong_Check } from "@py/object";
import { PyMemoryView_Check, PyMemoryView_GET_BASE, type PyMemoryViewObject } from "@py/memoryview";
import * as objApi from "./obj-api.js";
import { itemAddresses, modelIsContiguous, modelLayout } from "./model.js";
import { fmtArgs, type Oracle } from "./oracle.js";
import type { StructRec, World } from "./world.js";

type Call = (w: World, o: Oracle) => void;

/** The export count of an exporter (-1 if it has none). */
export function exportCount(obj: PyObject): number {
  if (PyByteArray_Check(obj)) return (obj as unknown as { exports: number }).exports;
  if (PyArray_Check(obj)) return (obj as unknown as { ob_exports: number }).ob_exports;
  if (PyMemoryView_Check(obj)) return (obj as PyMemoryViewObject).exports;
  return -1;
}

/** The object of a handle if it is valid, without touching the indicator. */
function peek(h: number): PyObject | null {
  if (h === 0) return null;
  try {
    return C.fromHandle(h as C.PyObjectPtr);
  } catch {
    C.PyErr_Clear();
    return null;
  }
}

/**
 * Counts of the objects behind handles, to verify a failed call changed none.
 * The error indicator is cleared first: it owns a reference to its exception
 * (as in CPython), so a failed call that replaces a pending exception may
 * rightly free what that exception held (a value restored from the world's
 * own objects); the property is about the call, on a clear indicator.
 */
function counts(hs: readonly number[]): [PyObject, number, number][] {
  C.PyErr_Clear();
  const out: [PyObject, number, number][] = [];
  for (const h of hs) {
    const o = peek(h);
    if (o !== null) out.push([o, o.ob_refcnt, exportCount(o)]);
  }
  return out;
}

function checkUnchanged(o: Oracle, name: string, before: [PyObject, number, number][]): void {
  for (const [obj, rc, ex] of before) {
    if (obj.ob_refcnt !== rc) {
      o.violation(
        `${name}: refcount changed by a failed call`,
        `${obj.ob_type.tp_name} ${rc} -> ${obj.ob_refcnt}`,
      );
    }
    if (exportCount(obj) !== ex) {
      o.violation(
        `${name}: export count changed by a failed call`,
        `${obj.ob_type.tp_name} ${ex} -> ${exportCount(obj)}`,
      );
    }
  }
}

/** A struct to pass as `Py_buffer *`: one of the fuzzer's, or a bad address. */
function structArg(w: World, want?: StructRec["state"]): { addr: number; rec: StructRec | null } {
  const r = w.rng;
  const pool = want === undefined ? w.structs : w.structs.filter((s) => s.state === want);
  if (pool.length > 0 && r.chance(0.85)) {
    const rec = r.pick(pool);
    return { addr: rec.block.addr, rec };
  }
  if (want === "empty" && r.chance(0.5)) {
    const rec = w.newStruct();
    if (rec !== null) return { addr: rec.block.addr, rec };
  }
  return { addr: w.badPtr(), rec: null };
}

/** Makes an owned object of some kind (the material of the other calls). */
const makeObject: Call = (w, o) => {
  const r = w.rng;
  const kind = r.weighted<string>([
    [20, "bytes"],
    [20, "bytearray"],
    [20, "array"],
    [8, "long"],
    [6, "unicode"],
    [8, "tuple"],
    [10, "mvobj"],
    [8, "mvmem"],
  ]);
  switch (kind) {
    case "bytes":
    case "bytearray": {
      const n = r.int(48);
      const b = w.data.length > 0 && r.chance(0.7) ? r.pick(w.data) : w.alloc(n);
      const src = b === null ? 0 : b.addr;
      const size = b === null ? n : Math.min(n, b.size);
      const fn = kind === "bytes" ? C.PyBytes_FromStringAndSize : C.PyByteArray_FromStringAndSize;
      const res = o.call(
        `Py${kind === "bytes" ? "Bytes" : "ByteArray"}_FromStringAndSize`,
        [src, size],
        "obj",
        () => fn(src, size),
      );
      if (!res.failed) {
        w.own(res.ret);
        const addrFn = kind === "bytes" ? C.PyBytes_AsString : C.PyByteArray_AsString;
        const a = addrFn(res.ret);
        if (a !== 0 && size > 0) w.foreign.push([a, size]);
        C.PyErr_Clear();
      }
      return;
    }
    case "array": {
      const tc = r.pick([..."bBhHiIlLqQfd"]);
      const n = r.int(12);
      const vals: number[] = [];
      for (let i = 0; i < n; i++) vals.push(tc === "f" || tc === "d" ? r.float() * 100 : r.int(100));
      const a = PyArray_FromValues(tc, vals);
      const h = C.adopt(a);
      w.own(h);
      return;
    }
    case "long": {
      const v = r.pick<number | bigint>([
        0,
        1,
        -1,
        300,
        2 ** 40,
        -(2 ** 53),
        2n ** 64n,
        -(2n ** 63n),
        2n ** 63n,
      ]);
      const res = o.call("PyLong_FromSsize_t", [v], "obj", () => C.PyLong_FromSsize_t(v));
      if (!res.failed) w.own(res.ret);
      return;
    }
    case "unicode": {
      const s = r.pick(["", "a", "héllo", "x".repeat(r.int(40)), "\u{1F600}"]);
      const res = o.call("PyUnicode_FromString", [s], "obj", () => C.PyUnicode_FromString(s));
      if (!res.failed) w.own(res.ret);
      return;
    }
    case "tuple": {
      const n = r.int(4);
      const items: C.PyObjectPtr[] = [];
      for (let i = 0; i < n; i++) items.push(w.ownedHandle() || C.Py_None_h);
      const res = o.call("PyTuple_Pack", [n, ...items], "obj", () => C.PyTuple_Pack(n, ...items));
      if (!res.failed) w.own(res.ret);
      return;
    }
    case "mvobj": {
      const h = w.ownedOfType(
        (x) => PyBytes_Check(x) || PyByteArray_Check(x) || PyArray_Check(x) || PyMemoryView_Check(x),
      );
      if (h === 0) return;
      const res = o.call("PyMemoryView_FromObject", [h], "obj", () => C.PyMemoryView_FromObject(h));
      if (!res.failed) w.own(res.ret);
      return;
    }
    case "mvmem": {
      const b = w.data.length > 0 ? r.pick(w.data) : w.alloc(r.int(64));
      if (b === null) return;
      const off = r.int(b.size + 1);
      const size = r.int(b.size - off + 1);
      const flags = r.pick([PyBUF_READ, PyBUF_WRITE]);
      const res = o.call("PyMemoryView_FromMemory", [b.addr + off, size, flags], "obj", () =>
        C.PyMemoryView_FromMemory(b.addr + off, size, flags),
      );
      if (!res.failed) w.own(res.ret);
      return;
    }
  }
};

// ---- refcounts

const incref: Call = (w, o) => {
  const h = w.handle();
  // Any live object: the new reference is ours (a borrowed handle becomes owned).
  const valid = peek(h) !== null;
  const fn = w.rng.pick([
    ["Py_INCREF", C.Py_INCREF],
    ["Py_XINCREF", C.Py_XINCREF],
    ["Py_NewRef", (x: C.PyObjectPtr): void => void C.Py_NewRef(x)],
  ] as [string, (x: C.PyObjectPtr) => void][]);
  const before = peek(h)?.ob_refcnt;
  const res = o.call(fn[0], [h], "void", () => fn[1](h));
  if (valid) {
    if (res.err !== null) o.violation(`${fn[0]}: error on a valid handle`, String(res.err.ob_type.tp_name));
    if (C.fromHandle(h).ob_refcnt !== before! + 1) o.violation(`${fn[0]}: count not incremented`, `${h}`);
    w.own(h);
  } else if (h !== 0 && peek(h) === null && res.err === null && fn[0] !== "Py_XINCREF") {
    o.violation(`${fn[0]}: bad handle accepted silently`, `${h}`);
  }
};

const decref: Call = (w, o) => {
  const r = w.rng;
  const h = r.chance(0.7)
    ? w.ownedHandle() || w.forgedHandle()
    : r.chance(0.5)
      ? w.forgedHandle()
      : w.handle();
  if (!w.refs.has(h) && peek(h) !== null) return; // not ours to drop
  const name = r.chance(0.5) ? "Py_DECREF" : "Py_XDECREF";
  const res = o.call(name, [h], "void", () => (name === "Py_DECREF" ? C.Py_DECREF(h) : C.Py_XDECREF(h)));
  if (w.refs.has(h)) {
    if (res.err !== null) o.violation(`${name}: error on an owned handle`, String(res.err.ob_type.tp_name));
    w.disown(h);
  }
};

const refcntType: Call = (w, o) => {
  const h = w.handle();
  const obj = peek(h);
  const k = w.rng.int(3);
  if (k === 0) {
    const res = o.call("Py_REFCNT", [h], "int", () => C.Py_REFCNT(h));
    if (obj !== null && res.ret !== obj.ob_refcnt)
      o.violation("Py_REFCNT: wrong count", `${res.ret} vs ${obj.ob_refcnt}`);
  } else if (k === 1) {
    const res = o.call("Py_TYPE", [h], "obj", () => C.Py_TYPE(h));
    if (obj !== null && res.failed) o.violation("Py_TYPE: failed on a valid handle", `${h}`);
    if (!res.failed) w.borrowed.push(res.ret);
  } else {
    const t = w.handle();
    o.call("Py_IS_TYPE", [h, t], "pred", () => C.Py_IS_TYPE(h, t));
  }
};

// ---- errors

const errSet: Call = (w, o) => {
  const r = w.rng;
  const t = r.chance(0.6) ? r.pick(Object.values(C.PyExc)) : w.handle();
  const k = r.int(4);
  let res: { err: unknown } | undefined;
  if (k === 0) {
    const msg = r.chance(0.5) ? "boom" : w.cstring("c message");
    res = o.call("PyErr_SetString", [t, msg], "void", () => C.PyErr_SetString(t, msg));
  } else if (k === 1) {
    res = o.call("PyErr_SetNone", [t], "void", () => C.PyErr_SetNone(t));
  } else if (k === 2) {
    const v = w.handle();
    res = o.call("PyErr_SetObject", [t, v], "void", () => C.PyErr_SetObject(t, v));
  } else {
    res = o.call("PyErr_NoMemory", [], "obj", () => C.PyErr_NoMemory());
  }
  if (k < 3 && res.err === null) o.violation("PyErr_Set*: nothing set", `type ${t}`);
  // Then fetch it (the common sequence): Fetch with out-pointers.
  if (r.chance(0.5)) {
    if (k < 3) {
      if (k === 0) C.PyErr_SetString(t, "again");
      else C.PyErr_SetNone(t);
    }
    fetch(w, o, true);
  }
};

function fetch(w: World, o: Oracle, keepError: boolean): void {
  const r = w.rng;
  const outs: number[] = [];
  const writes: [number, number][] = [];
  for (let i = 0; i < 3; i++) {
    if (r.chance(0.4)) outs.push(0);
    else {
      const [p0, room] = w.writeRange(8);
      const p = room < 8 && C.linearMemory().isValid(p0, 8) ? 0 : p0;
      outs.push(p);
      writes.push([p, 8]);
    }
  }
  o.calls++;
  if (!keepError) C.PyErr_Clear();
  let triple: [C.PyObjectPtr, C.PyObjectPtr, C.PyObjectPtr];
  try {
    triple = C.PyErr_Fetch(outs[0], outs[1], outs[2]);
  } catch (e) {
    o.violation("PyErr_Fetch: raw JS exception", String(e));
    return;
  }
  for (const h of triple) if (h !== 0) w.own(h);
  const m = C.linearMemory();
  const allValid = outs.every((p) => p === 0 || m.isValid(p, m.abi.ptrSize));
  const overlap = outs.some(
    (p, i) => p !== 0 && outs.some((q, j) => j > i && q !== 0 && Math.abs(p - q) < 8),
  );
  if (!allValid && (C.PyErr_Occurred() === 0 || triple.some((h) => h !== 0))) {
    o.violation("PyErr_Fetch: bad out-parameter accepted", fmtArgs(outs));
  }
  for (let i = 0; i < 3 && allValid && !overlap; i++) {
    const p = outs[i]!;
    if (p !== 0 && m.readPtr(p) !== triple[i])
      o.violation("PyErr_Fetch: out-parameter not written", `slot ${i}`);
  }
  C.PyErr_Clear();
  // Sometimes give them back with Restore (steals all three).
  if (r.chance(0.5)) {
    const [t, v, tb] = r.chance(0.8) ? triple : [w.ownedHandle(), w.ownedHandle(), C.NULL_OBJECT];
    const args = [t, v, tb] as C.PyObjectPtr[];
    // Only steal references we own (each at most as often as we own it).
    const need = new Map<number, number>();
    for (const h of args) if (h !== 0) need.set(h, (need.get(h) ?? 0) + 1);
    for (const [h, n] of need) if ((w.refs.get(h)?.owned ?? 0) < n) return;
    const res = o.call("PyErr_Restore", args, "void", () => C.PyErr_Restore(args[0]!, args[1]!, args[2]!));
    for (const h of args) if (h !== 0) w.disown(h);
    void res;
  }
}

const errFetch: Call = (w, o) => fetch(w, o, false);

const errMatches: Call = (w, o) => {
  const r = w.rng;
  if (r.chance(0.5)) C.PyErr_SetString(r.pick(Object.values(C.PyExc)), "x");
  const exc = r.chance(0.5) ? r.pick(Object.values(C.PyExc)) : w.handle();
  const given = w.handle();
  o.calls++;
  // ExceptionMatches reads the indicator: do not clear it first.
  try {
    const ret = C.PyErr_ExceptionMatches(exc);
    if (ret !== 0 && ret !== 1) o.violation("PyErr_ExceptionMatches: not 0/1", String(ret));
  } catch (e) {
    o.violation("PyErr_ExceptionMatches: raw JS exception", String(e));
  }
  o.call("PyErr_GivenExceptionMatches", [given, exc], "pred", () =>
    C.PyErr_GivenExceptionMatches(given, exc),
  );
  o.call("PyErr_Occurred", [], "nullable", () => C.PyErr_Occurred());
};

// ---- buffers

const getBuf: Call = (w, o) => {
  const r = w.rng;
  const h = w.handle();
  const { addr, rec } = structArg(w, "empty");
  const flags = w.flags();
  const before = counts([h]);
  const res = o.call(
    "PyObject_GetBuffer",
    [h, addr, flags],
    "int",
    () => C.PyObject_GetBuffer(h, addr, flags),
    () => [[addr, C.linearMemory().abi.pyBuffer.size]],
  );
  if (res.failed) {
    checkUnchanged(o, "PyObject_GetBuffer", before);
    return;
  }
  if (rec === null) {
    o.violation("PyObject_GetBuffer: accepted a bad Py_buffer *", `${addr}`);
    return;
  }
  rec.state = "filled";
  rec.exported = true;
  const m = C.linearMemory();
  rec.objH = m.readPtr(addr + m.abi.pyBuffer.obj);
  rec.readonlyCopy = undefined;
  // (Not memory the fuzzer lent with PyMemoryView_FromMemory/FromBuffer: its own to write, never put back.)
  const exp = peek(h);
  const lent = exp !== null && PyMemoryView_Check(exp) && PyMemoryView_GET_BASE(exp) === null;
  if (isCheckedMode() && !lent && m.readI32(addr + m.abi.pyBuffer.readonly) !== 0) {
    const buf = m.readPtr(addr + m.abi.pyBuffer.buf);
    const len = m.readSsize(addr + m.abi.pyBuffer.len);
    if (buf !== 0 && len > 0 && buf + len <= m.heap.byteLength)
      rec.readonlyCopy = { buf, bytes: m.heap.u8.slice(buf, buf + len) };
  }
  if (rec.objH !== h) o.violation("PyObject_GetBuffer: view->obj is not obj", `${rec.objH} vs ${h}`);
  // A successful export describes memory that exists.
  const l = modelLayout(addr);
  if (!l.ok) o.violation("PyObject_GetBuffer: filled an inconsistent struct", l.why);
  else {
    const items = itemAddresses(l.layout, "C");
    if (items.ok === false) o.violation("PyObject_GetBuffer: items outside the memory", items.why);
  }
  void r;
};

const release: Call = (w, o) => {
  const r = w.rng;
  const { addr, rec } = structArg(w, r.chance(0.7) ? "filled" : undefined);
  const obj = rec?.state === "filled" ? peek(rec.objH) : null;
  const rc = obj?.ob_refcnt ?? 0;
  const ex = obj !== null ? exportCount(obj) : 0;
  const copy = rec?.state === "filled" ? rec.readonlyCopy : undefined;
  const res = o.call(
    "PyBuffer_Release",
    [addr],
    "void",
    () => C.PyBuffer_Release(addr),
    () => [
      [addr, C.linearMemory().abi.pyBuffer.size],
      ...(copy !== undefined ? [[copy.buf, copy.bytes.length] as [number, number]] : []),
    ],
  );
  if (rec === null) return;
  if (copy !== undefined) {
    // What checked mode may write there: the exported bytes as they were, nothing else.
    // (Bytes of the struct itself aside, when the export covers it: release then sets view->obj.)
    const now = C.linearMemory().heap.u8.subarray(copy.buf, copy.buf + copy.bytes.length);
    const inStruct = (i: number) => copy.buf + i >= addr && copy.buf + i < addr + rec.block.size;
    if (now.some((x, i) => x !== copy.bytes[i] && !inStruct(i)))
      o.violation("PyBuffer_Release: read-only bytes not restored", `${copy.buf} +${copy.bytes.length}`);
    rec.readonlyCopy = undefined;
  }
  if (rec.state === "filled") {
    if (res.err !== null)
      o.violation("PyBuffer_Release: error releasing a filled struct", String(res.err.ob_type.tp_name));
    if (obj !== null && !C.isImmortal(obj)) {
      if (obj.ob_refcnt !== rc - 1)
        o.violation("PyBuffer_Release: obj count not decremented", `${rc} -> ${obj.ob_refcnt}`);
      if (ex > 0 && rec.exported === true && exportCount(obj) !== ex - 1)
        o.violation("PyBuffer_Release: export not ended", `${ex} -> ${exportCount(obj)}`);
    }
    rec.state = "empty";
    rec.objH = 0;
  }
};

/** FillInfo: fills an empty struct for a simple buffer (possibly with a bad buf/len). */
const fillInfo: Call = (w, o) => {
  const r = w.rng;
  const { addr, rec } = structArg(w, "empty");
  const obj = r.chance(0.3) ? 0 : r.chance(0.8) ? w.ownedHandle() : w.handle();
  const buf = r.chance(0.5) ? w.readPtr() : 0;
  const len = r.chance(0.6) ? r.int(64) : w.size();
  const readonly = r.pick([0, 1, 1, 2, -1]);
  const flags = w.flags();
  const before = counts([obj]);
  const res = o.call(
    "PyBuffer_FillInfo",
    [addr, obj, buf, len, readonly, flags],
    "int",
    () => C.PyBuffer_FillInfo(addr, obj as C.PyObjectPtr, buf, len, readonly, flags),
    () => [[addr, C.linearMemory().abi.pyBuffer.size]],
  );
  if (res.failed) {
    checkUnchanged(o, "PyBuffer_FillInfo", before);
    return;
  }
  if (rec === null) {
    o.violation("PyBuffer_FillInfo: accepted a bad Py_buffer *", `${addr}`);
    return;
  }
  // The struct holds exactly what was passed: no value wrapped or clamped on the way.
  const m = C.linearMemory();
  const L = m.abi.pyBuffer;
  const got = [m.readPtr(addr + L.buf), m.readSsize(addr + L.len), m.readI32(addr + L.readonly)];
  if (got[0] !== buf || got[1] !== len || got[2] !== readonly) {
    o.violation(
      "PyBuffer_FillInfo: stored a different value",
      `${fmtArgs([buf, len, readonly])} -> ${fmtArgs(got)}`,
    );
  }
  rec.state = obj === 0 ? "forged" : "filled";
  rec.exported = false;
  rec.objH = obj;
};

/** Writes random fields into a struct that holds no export (a C extension building its own). */
const forge: Call = (w, o) => {
  const r = w.rng;
  const rec = w.structs.find((s) => s.state !== "filled" && r.chance(0.5)) ?? w.newStruct();
  if (rec === null) return;
  const m = C.linearMemory();
  const L = m.abi.pyBuffer;
  const a = rec.block.addr;
  // Start from a copy of a filled struct sometimes (realistic fields), obj cleared.
  const filled = w.structs.filter((s) => s.state === "filled");
  if (filled.length > 0 && r.chance(0.5)) {
    m.copyIn(a, m.copyOut(r.pick(filled).block.addr, L.size));
  }
  w.storePtr(a + L.obj, 0);
  const itemsize = r.weighted<number>([
    [30, 1],
    [10, 2],
    [10, 4],
    [10, 8],
    [5, 3],
    [3, 0],
    [3, -1],
    [2, 2 ** 31],
    [2, 2 ** 53],
  ]);
  const ndim = r.weighted<number>([
    [20, 0],
    [30, 1],
    [25, 2],
    [10, 3],
    [3, -1],
    [3, 65],
    [2, 64],
    [2, 2 ** 31 - 1],
  ]);
  const fields = r.int(8);
  const nd = Math.max(0, Math.min(ndim, 70));
  if (fields & 1 || r.chance(0.5)) {
    w.storeSsize(a + L.itemsize, itemsize);
    m.writeI32(a + L.ndim, ndim);
  }
  if (fields & 2 || r.chance(0.3)) {
    const shape: (number | bigint)[] = [];
    for (let i = 0; i < nd; i++) shape.push(w.dimValue());
    w.storePtr(a + L.shape, r.chance(0.85) ? w.ssizeArray(shape) : r.chance(0.5) ? 0 : w.badPtr());
    if (r.chance(0.7)) {
      // A consistent len sometimes: product(shape) * itemsize.
      let p = BigInt(Math.max(0, itemsize));
      for (const d of shape) p *= BigInt(d);
      w.storeSsize(a + L.len, p);
    } else w.storeSsize(a + L.len, r.chance(0.5) ? r.int(64) : w.size() | 0);
  }
  if (fields & 4 || r.chance(0.3)) {
    const strides: (number | bigint)[] = [];
    for (let i = 0; i < nd; i++) strides.push(w.strideValue(Math.max(1, itemsize)));
    w.storePtr(a + L.strides, r.chance(0.8) ? w.ssizeArray(strides) : r.chance(0.5) ? 0 : w.badPtr());
  }
  if (r.chance(0.6)) {
    // buf: in a data block (with room) or foreign or bad.
    const b = w.data.length > 0 && r.chance(0.7) ? r.pick(w.data) : w.alloc(64);
    w.storePtr(a + L.buf, b !== null && r.chance(0.8) ? b.addr + r.int(b.size + 1) : w.readPtr());
  }
  if (r.chance(0.15)) {
    const sub: (number | bigint)[] = [];
    for (let i = 0; i < nd; i++) sub.push(r.pick<number | bigint>([-1, 0, 8, -1, 2 ** 40, 2n ** 62n]));
    w.storePtr(a + L.suboffsets, r.chance(0.9) ? w.ssizeArray(sub) : w.badPtr());
  } else if (r.chance(0.7)) w.storePtr(a + L.suboffsets, 0);
  if (r.chance(0.4)) w.storePtr(a + L.format, r.chance(0.8) ? w.cstring(w.format()) : w.badPtr());
  m.writeI32(a + L.readonly, r.pick([0, 1, 2]));
  rec.state = "forged";
  rec.objH = 0;
  void o;
};

const isContig: Call = (w, o) => {
  const { addr } = structArg(w);
  const order = w.order();
  const res = o.call("PyBuffer_IsContiguous", [addr, order], "pred", () =>
    C.PyBuffer_IsContiguous(addr, order),
  );
  if (res.err === null && typeof order === "string" && "CFA".includes(order) && order.length === 1) {
    const l = modelLayout(addr);
    if (l.ok && l.layout.raw.shape !== 0 && res.ret !== (modelIsContiguous(l.layout, order) ? 1 : 0)) {
      o.violation("PyBuffer_IsContiguous: differs from the model", `${addr} ${order}`);
    }
  }
};

const getPointer: Call = (w, o) => {
  const r = w.rng;
  const { addr } = structArg(w);
  const l = modelLayout(addr);
  const nd = l.ok ? l.layout.ndim : r.int(3);
  const idx: number[] = [];
  for (let i = 0; i < nd; i++) {
    const d = l.ok ? l.layout.shape[i]! : 3;
    idx.push(
      r.chance(0.8)
        ? r.int(Math.max(1, Math.min(d, 1e6)))
        : r.pick([-1, d, 2 ** 31, 2 ** 53, 0.5, Number.NaN]),
    );
  }
  const indices: number | number[] = r.chance(0.5)
    ? idx
    : r.chance(0.9)
      ? w.ssizeArray(idx.map((x) => (Number.isInteger(x) ? x : 0)))
      : w.badPtr();
  const res = o.call("PyBuffer_GetPointer", [addr, indices], "obj", () =>
    C.PyBuffer_GetPointer(addr, indices),
  );
  if (!res.failed) {
    const m = C.linearMemory();
    const itemsize = l.ok ? l.layout.itemsize : 0;
    if (!m.isValid(res.ret, Math.max(0, itemsize))) {
      o.violation("PyBuffer_GetPointer: returned an address outside the memory", `${res.ret} (+${itemsize})`);
    }
  }
};

const sizeFromFormat: Call = (w, o) => {
  const f = w.format();
  const arg: string | number = w.rng.chance(0.5) ? f : w.cstring(f);
  const res = o.call("PyBuffer_SizeFromFormat", [arg], "int", () => C.PyBuffer_SizeFromFormat(arg));
  if (!res.failed && typeof arg === "string") {
    let expect: number | bigint | null = null;
    try {
      expect = calcsize(f);
    } catch (e) {
      if (!(e instanceof PyError)) o.violation("calcsize: raw JS exception", `${JSON.stringify(f)}: ${e}`);
    }
    if (expect !== null && BigInt(expect) !== BigInt(res.ret))
      o.violation(
        "PyBuffer_SizeFromFormat: differs from calcsize",
        `${JSON.stringify(f)} ${res.ret} vs ${expect}`,
      );
    if (res.ret < 0) o.violation("PyBuffer_SizeFromFormat: negative size", `${JSON.stringify(f)}`);
  }
};

const toContiguous: Call = (w, o) => {
  const r = w.rng;
  const { addr: src } = structArg(w);
  const m = C.linearMemory();
  const l = modelLayout(src);
  const srcLen = l.ok ? l.layout.raw.len : r.int(64);
  const len = r.chance(0.8) ? srcLen : w.size();
  const [buf, room] = w.writeRange(Number.isSafeInteger(len) && len >= 0 ? len : undefined);
  // Writing past the fuzzer's block inside the memory would be the caller's UB: not generated.
  if (len > room && m.isValid(buf, len)) return;
  const order = w.order();
  const ord = typeof order === "number" ? String.fromCharCode(order & 0xff) : order.charAt(0);
  // Judged and gathered before the call: the destination may overlap the source (or its PIL pointers).
  const contiguous = l.ok && modelIsContiguous(l.layout, ord);
  const items = l.ok && !contiguous ? itemAddresses(l.layout, ord === "F" ? "F" : "C") : null;
  let expected: Uint8Array | null = null;
  if (l.ok && Number.isSafeInteger(len) && len > 0 && len <= 1 << 16) {
    if (contiguous && m.isValid(l.layout.raw.buf, len)) expected = m.copyOut(l.layout.raw.buf, len);
    else if (items?.ok === true && items.addrs.length * l.layout.itemsize === len) {
      expected = new Uint8Array(len);
      for (let k = 0; k < items.addrs.length; k++) {
        expected.set(m.copyOut(items.addrs[k]!, l.layout.itemsize), k * l.layout.itemsize);
      }
    }
  }
  const res = o.call(
    "PyBuffer_ToContiguous",
    [buf, src, len, order],
    "int",
    () => C.PyBuffer_ToContiguous(buf, src, len, order),
    () => [[buf, len]],
  );
  if (res.failed || !l.ok) return;
  if (contiguous) {
    if (!m.isValid(l.layout.raw.buf, len) && len > 0)
      o.violation(
        "PyBuffer_ToContiguous: copied from outside the memory",
        `src buf ${l.layout.raw.buf} len ${len}`,
      );
  } else if (items !== null && items.ok === false) {
    o.violation("PyBuffer_ToContiguous: read items outside the memory", items.why);
    return;
  } else if (items !== null && items.ok === true && items.addrs.length * l.layout.itemsize !== len) {
    o.violation(
      "PyBuffer_ToContiguous: accepted len != product(shape) * itemsize",
      `${len} vs ${items.addrs.length}*${l.layout.itemsize}`,
    );
    return;
  }
  if (expected !== null) {
    const got = m.copyOut(buf, len);
    for (let k = 0; k < len; k++) {
      if (got[k] !== expected[k]) {
        o.violation("PyBuffer_ToContiguous: wrong content", `byte ${k}`);
        return;
      }
    }
  }
};

const fromContiguous: Call = (w, o) => {
  const r = w.rng;
  const { addr: view } = structArg(w);
  const l = modelLayout(view);
  const order = w.order();
  const ord = typeof order === "number" ? String.fromCharCode(order & 0xff) : order.charAt(0);
  // Only call when the write targets are the fuzzer's own or outside the memory (else it is C's UB).
  let writes: [number, number][] = [];
  // Judged before the call: the call may overwrite the view's own PIL pointers.
  let before: ReturnType<typeof itemAddresses> | null = null;
  if (l.ok) {
    const items = itemAddresses(l.layout, ord === "F" ? "F" : "C");
    before = items;
    if (items.ok === "huge") return;
    if (items.ok === true) {
      const foreignOk = (a: number) => a >= C.linearMemory().foreignBase;
      for (const a of items.addrs) if (!w.ownsDataRange(a, l.layout.itemsize) && !foreignOk(a)) return;
      writes = items.addrs.map((a) => [a, l.layout.itemsize] as [number, number]);
      if (modelIsContiguous(l.layout, ord)) writes.push([l.layout.raw.buf, Math.max(0, l.layout.raw.len)]);
      const lb = l.layout.raw.buf;
      if (
        modelIsContiguous(l.layout, ord) &&
        !(w.ownsDataRange(lb, Math.max(0, l.layout.raw.len)) || foreignOk(lb))
      )
        return;
    }
  }
  const len = r.chance(0.7) && l.ok ? Math.max(0, l.layout.raw.len - r.int(3)) : w.size();
  const buf = w.readPtr();
  const res = o.call(
    "PyBuffer_FromContiguous",
    [view, buf, len, order],
    "int",
    () => C.PyBuffer_FromContiguous(view, buf, len, order),
    () => writes,
  );
  if (res.failed || before === null) return;
  if (before.ok === false) o.violation("PyBuffer_FromContiguous: wrote items outside the memory", before.why);
};

const copyData: Call = (w, o) => {
  const dest = w.handle();
  const src = w.handle();
  const before = counts([dest, src]);
  const writes: [number, number][] = [];
  const d = peek(dest);
  if (d !== null && PyMemoryView_Check(d)) {
    // A memoryview of heap memory: its items may be written, if they are the fuzzer's data.
    const v = (d as PyMemoryViewObject).view;
    const m = C.linearMemory();
    if (v.buf.mem === m.heap) {
      let lo = v.buf.offset;
      let hi = v.buf.offset + v.itemsize;
      for (let i = 0; i < v.ndim; i++) {
        const span = (v.strides?.[i] ?? v.itemsize) * ((v.shape?.[i] ?? 1) - 1);
        if (span < 0) lo += span;
        else hi += span;
      }
      if (v.len > 0 && (v.suboffsets !== null || !w.ownsDataRange(lo, hi - lo))) return;
      writes.push([lo, hi - lo]);
    }
  }
  const res = o.call(
    "PyObject_CopyData",
    [dest, src],
    "int",
    () => C.PyObject_CopyData(dest, src),
    () => writes,
  );
  if (res.failed) checkUnchanged(o, "PyObject_CopyData", before);
  else checkUnchanged(o, "PyObject_CopyData(ok)", before);
};

const fillStrides: Call = (w, o) => {
  const r = w.rng;
  const nd = r.weighted<number>([
    [60, r.int(5)],
    [5, -1],
    [5, 65],
    [3, 2 ** 31],
    [3, 1e9],
    [2, Number.NaN],
    [2, 1.5],
  ]);
  const ndOk = Number.isInteger(nd) && nd >= 0 && nd <= 64 ? nd : 3;
  const shapeVals: (number | bigint)[] = [];
  for (let i = 0; i < ndOk; i++) shapeVals.push(w.dimValue());
  const shape: number | number[] = r.chance(0.4)
    ? shapeVals.map(Number)
    : r.chance(0.9)
      ? w.ssizeArray(shapeVals)
      : w.badPtr();
  const m = C.linearMemory();
  const [sp, room] = w.writeRange(Number.isSafeInteger(nd) && nd >= 0 && nd <= 64 ? nd * m.abi.ssizeSize : 8);
  if (Number.isSafeInteger(nd) && nd * 8 > room && m.isValid(sp, nd * 8)) return;
  const strides: number | number[] = r.chance(0.2) ? new Array<number>(ndOk).fill(0) : sp;
  const itemsize = r.pick([1, 2, 4, 8, 0, -1, 2 ** 31, 2 ** 53]);
  const order = w.order();
  const writeLen = typeof strides === "number" && Number.isFinite(nd) && nd > 0 ? nd * m.abi.ssizeSize : 0;
  const res = o.call(
    "PyBuffer_FillContiguousStrides",
    [nd, shape, strides, itemsize, order],
    "void",
    () => C.PyBuffer_FillContiguousStrides(nd, shape, strides, itemsize, order),
    () => (typeof strides === "number" ? [[strides, writeLen]] : []),
  );
  void res;
};

// ---- memoryview

const mvFromBuffer: Call = (w, o) => {
  const { addr } = structArg(w);
  const res = o.call("PyMemoryView_FromBuffer", [addr], "obj", () => C.PyMemoryView_FromBuffer(addr));
  if (res.failed) return;
  w.own(res.ret);
  // The memoryview must describe memory that exists.
  const l = modelLayout(addr);
  if (!l.ok) {
    o.violation("PyMemoryView_FromBuffer: accepted an inconsistent struct", l.why);
    return;
  }
  const items = itemAddresses(l.layout, "C");
  if (items.ok === false)
    o.violation("PyMemoryView_FromBuffer: accepted items outside the memory", items.why);
  if (o.verbose)
    process.stderr.write(`  layout ${JSON.stringify({ ...l.layout, raw: undefined, r: l.layout.raw })}\n`);
  exerciseView(w, o, res.ret);
};

/** Uses a memoryview from Python's side: tobytes, tolist, repr. No raw JS exception may escape. */
function exerciseView(w: World, o: Oracle, h: C.PyObjectPtr): void {
  o.call("PyObject_Repr", [h], "obj", () => {
    const x = C.PyObject_Repr(h);
    if (x !== 0) C.Py_DECREF(x);
    return x;
  });
  const mv = peek(h);
  if (mv === null) return;
  // Huge views (stride 0) are memory-safe but their copies are not affordable here.
  const v = (mv as PyMemoryViewObject).view;
  if (v.len > 1 << 20 || (v.shape ?? []).some((d) => d > 1 << 12)) return;
  for (const meth of ["tobytes", "tolist", "hex"]) {
    o.calls++;
    if (o.verbose) process.stderr.write(`  memoryview.${meth}\n`);
    try {
      const res = objApi.PyObject_CallMethod(mv, meth);
      objApi.Py_DECREF(res);
    } catch (e) {
      if (!(e instanceof PyError)) o.violation(`memoryview.${meth}: raw JS exception`, String(e));
    }
  }
  const res = o.call("PyMemoryView_GetContiguous", [h, PyBUF_READ, "C"], "obj", () =>
    C.PyMemoryView_GetContiguous(h, PyBUF_READ, "C"),
  );
  if (!res.failed) C.Py_DECREF(res.ret);
  void w;
}

const mvMisc: Call = (w, o) => {
  const r = w.rng;
  const k = r.int(6);
  const h = w.handle();
  if (k === 0) {
    const before = counts([h]);
    const res = o.call("PyMemoryView_FromObject", [h], "obj", () => C.PyMemoryView_FromObject(h));
    if (!res.failed) w.own(res.ret);
    else checkUnchanged(o, "PyMemoryView_FromObject", before);
  } else if (k === 1) {
    const p = w.readPtr();
    const size = r.chance(0.6) ? r.int(64) : w.size();
    let flags = r.chance(0.8) ? r.pick([PyBUF_READ, PyBUF_WRITE]) : w.flags();
    // A writable view only of the fuzzer's data (writing a struct through it would be C's UB).
    if (flags === PyBUF_WRITE && !w.ownsDataRange(p, Math.max(0, size))) flags = PyBUF_READ;
    const res = o.call("PyMemoryView_FromMemory", [p, size, flags], "obj", () =>
      C.PyMemoryView_FromMemory(p, size, flags),
    );
    if (!res.failed) {
      w.own(res.ret);
      if (!C.linearMemory().isValid(p, size))
        o.violation("PyMemoryView_FromMemory: accepted memory outside", `${p} +${size}`);
    }
  } else if (k === 2) {
    const bt = r.chance(0.8) ? r.pick([PyBUF_READ, PyBUF_WRITE]) : w.flags();
    const order = w.order();
    const before = counts([h]);
    const res = o.call("PyMemoryView_GetContiguous", [h, bt, order], "obj", () =>
      C.PyMemoryView_GetContiguous(h, bt, order),
    );
    if (!res.failed) w.own(res.ret);
    else checkUnchanged(o, "PyMemoryView_GetContiguous", before);
  } else if (k === 3) {
    o.call("PyMemoryView_Check", [h], "pred", () => C.PyMemoryView_Check(h));
  } else if (k === 4) {
    const res = o.call("PyMemoryView_GET_BUFFER", [h], "obj", () => C.PyMemoryView_GET_BUFFER(h));
    if (!res.failed) {
      const l = modelLayout(res.ret);
      if (!l.ok) o.violation("PyMemoryView_GET_BUFFER: inconsistent struct", l.why);
      else {
        const items = itemAddresses(l.layout, "C");
        const mv = peek(h) as PyMemoryViewObject | null;
        const released = mv !== null && (mv.flags & 1) !== 0;
        if (items.ok === false && !released)
          o.violation("PyMemoryView_GET_BUFFER: items outside the memory", items.why);
      }
    }
  } else {
    o.call("PyMemoryView_GET_BASE", [h], "nullable", () => C.PyMemoryView_GET_BASE(h));
  }
};

// ---- objects

const bytesCalls: Call = (w, o) => {
  const r = w.rng;
  const k = r.int(9);
  const h = w.handle();
  const m = C.linearMemory();
  if (k === 0 || k === 1) {
    const ptr = r.chance(0.2) ? 0 : w.readPtr();
    const size = r.chance(0.5) ? r.int(64) : w.allocSize();
    const name = k === 0 ? "PyBytes_FromStringAndSize" : "PyByteArray_FromStringAndSize";
    const res = o.call(name, [ptr, size], "obj", () =>
      k === 0 ? C.PyBytes_FromStringAndSize(ptr, size) : C.PyByteArray_FromStringAndSize(ptr, size),
    );
    if (!res.failed) {
      w.own(res.ret);
      if (ptr !== 0 && !m.isValid(ptr, size))
        o.violation(`${name}: copied from outside the memory`, `${ptr} +${size}`);
      else if (ptr !== 0) {
        const v = getBuffer(C.fromHandle(res.ret), 0);
        const got = v.buf.mem.u8.subarray(v.buf.offset, v.buf.offset + v.len);
        const want = m.copyOut(ptr, size);
        tsRelease(v);
        if (got.length !== size || got.some((x, i) => x !== want[i]))
          o.violation(`${name}: wrong content`, `${ptr} +${size}`);
      }
    }
  } else if (k === 2) {
    const p = w.readPtr();
    const res = o.call("PyBytes_FromString", [p], "obj", () => C.PyBytes_FromString(p));
    if (!res.failed) w.own(res.ret);
  } else if (k === 3) {
    const res = o.call("PyBytes_AsString", [h], "obj", () => C.PyBytes_AsString(h));
    const sz = o.call("PyBytes_Size", [h], "int", () => C.PyBytes_Size(h));
    if (!res.failed && !sz.failed) {
      if (!m.isValid(res.ret, sz.ret))
        o.violation("PyBytes_AsString: address not valid for the size", `${res.ret} +${sz.ret}`);
      else w.foreign.push([res.ret, sz.ret]);
    }
  } else if (k === 4) {
    const res = o.call("PyByteArray_AsString", [h], "obj", () => C.PyByteArray_AsString(h));
    const sz = o.call("PyByteArray_Size", [h], "int", () => C.PyByteArray_Size(h));
    if (!res.failed && !sz.failed) {
      if (!m.isValid(res.ret, sz.ret))
        o.violation("PyByteArray_AsString: address not valid for the size", `${res.ret} +${sz.ret}`);
      else if (sz.ret > 0) w.foreign.push([res.ret, sz.ret]);
    }
  } else if (k === 5) {
    const target = r.chance(0.8) ? w.ownedOfType(PyByteArray_Check) || h : h;
    const size = r.chance(0.7) ? r.int(80) : w.allocSize();
    const obj = peek(target);
    const beforeBytes = obj !== null && PyByteArray_Check(obj) ? snapshotBytes(obj) : null;
    const before = counts([target]);
    const res = o.call("PyByteArray_Resize", [target, size], "int", () => C.PyByteArray_Resize(target, size));
    if (res.failed) {
      checkUnchanged(o, "PyByteArray_Resize", before);
      if (beforeBytes !== null) {
        const after = snapshotBytes(obj!);
        if (after.length !== beforeBytes.length || after.some((x, i) => x !== beforeBytes[i]))
          o.violation(
            "PyByteArray_Resize: a refused resize changed the bytes",
            `${beforeBytes.length} -> ${after.length}`,
          );
      }
    } else if (obj !== null) {
      const after = snapshotBytes(obj);
      if (after.length !== size)
        o.violation("PyByteArray_Resize: wrong length", `${after.length} vs ${size}`);
      else if (beforeBytes !== null) {
        for (let i = 0; i < Math.min(size, beforeBytes.length); i++)
          if (after[i] !== beforeBytes[i]) {
            o.violation("PyByteArray_Resize: lost bytes", `at ${i}`);
            break;
          }
      }
    }
  } else if (k === 6) {
    const v = r.pick<number | bigint>([
      0,
      -1,
      5,
      2 ** 53,
      2 ** 53 + 2,
      1.5,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2n ** 63n,
      -(2n ** 63n) - 1n,
      2n ** 64n,
    ]);
    const res = o.call("PyLong_FromSsize_t", [v], "obj", () => C.PyLong_FromSsize_t(v));
    if (!res.failed) w.own(res.ret);
    const x = r.chance(0.5) && !res.failed ? res.ret : h;
    const as = o.call("PyLong_AsSsize_t", [x], "int?", () => C.PyLong_AsSsize_t(x));
    const xo = peek(x);
    if (!as.failed && xo !== null && !PyLong_Check(xo))
      o.violation("PyLong_AsSsize_t: accepted a non-int", xo.ob_type.tp_name);
  } else if (k === 7) {
    const name = r.pick(["PyObject_Repr", "PyObject_Str"]);
    const res = o.call(name, [h], "obj", () =>
      name === "PyObject_Repr" ? C.PyObject_Repr(h) : C.PyObject_Str(h),
    );
    if (!res.failed) w.own(res.ret);
    if (r.chance(0.5) && !res.failed) {
      const u = o.call("PyUnicode_AsUTF8", [res.ret], "obj", () => C.PyUnicode_AsUTF8(res.ret));
      if (!u.failed) {
        try {
          m.readCString(u.ret);
        } catch {
          o.violation("PyUnicode_AsUTF8: not a readable C string", `${u.ret}`);
        }
      }
    } else {
      o.call("PyUnicode_AsUTF8", [h], "obj", () => C.PyUnicode_AsUTF8(h));
    }
  } else {
    const n = r.pick([0, 1, 2, 3, -1, 2.5, 2 ** 31]);
    const items: C.PyObjectPtr[] = [];
    for (let i = 0; i < r.int(4); i++) items.push(w.handle());
    const before = counts(items);
    const res = o.call("PyTuple_Pack", [n, ...items], "obj", () => C.PyTuple_Pack(n, ...items));
    if (!res.failed) w.own(res.ret);
    else checkUnchanged(o, "PyTuple_Pack", before);
    const t = !res.failed && r.chance(0.7) ? res.ret : h;
    o.call("PyTuple_Size", [t], "int", () => C.PyTuple_Size(t));
    const i = r.pick([0, 1, 2, -1, 0.5, 1.5, Number.NaN, 2 ** 53, -0]);
    o.call("PyTuple_GetItem", [t, i], "obj", () => C.PyTuple_GetItem(t, i));
  }
};

function snapshotBytes(o: PyObject): Uint8Array {
  const v = getBuffer(o, PyBUF_FULL_RO & 0);
  const out = v.buf.mem.u8.slice(v.buf.offset, v.buf.offset + v.len);
  tsRelease(v);
  return out;
}

// ---- PyMem

const memCalls: Call = (w, o) => {
  const r = w.rng;
  const k = r.int(4);
  const m = C.linearMemory();
  if (k === 0) {
    const n = r.chance(0.7) ? r.int(256) : w.allocSize();
    const res = o.call("PyMem_Malloc", [n], "mem", () => C.PyMem_Malloc(n));
    if (res.ret !== 0) {
      if (!(n >= 0) || !m.isValid(res.ret, Math.max(0, Math.ceil(n))))
        o.violation("PyMem_Malloc: bad block", `${n} -> ${res.ret}`);
      w.scratch.push({ addr: res.ret, size: Math.max(0, Math.ceil(n)), total: Math.max(0, Math.ceil(n)) });
    }
  } else if (k === 1) {
    const a = r.chance(0.7) ? r.int(16) : w.allocSize();
    const b = r.chance(0.7) ? r.int(16) : w.allocSize();
    const res = o.call("PyMem_Calloc", [a, b], "mem", () => C.PyMem_Calloc(a, b));
    if (res.ret !== 0) {
      const n = a * b;
      if (!(a >= 0 && b >= 0 && Number.isInteger(a) && Number.isInteger(b)))
        o.violation("PyMem_Calloc: allocated for invalid sizes", `${a} * ${b}`);
      else if (!m.isValid(res.ret, n) || m.bytes(res.ret, n).some((x) => x !== 0))
        o.violation("PyMem_Calloc: not zeroed/valid", `${n}`);
      w.scratch.push({ addr: res.ret, size: Math.max(0, Math.ceil(n)), total: Math.max(0, Math.ceil(n)) });
    }
  } else if (k === 2) {
    const i = w.scratch.length > 0 && r.chance(0.8) ? r.int(w.scratch.length) : -1;
    const p = i >= 0 ? w.scratch[i]!.addr : r.chance(0.5) ? 0 : r.chance(0.5) ? freedScratch(w) : w.badPtr();
    const n = r.chance(0.8) ? r.int(512) : w.allocSize();
    const old = i >= 0 ? m.copyOut(p, Math.min(w.scratch[i]!.size, 64)) : null;
    const res = o.call("PyMem_Realloc", [p, n], "mem", () => C.PyMem_Realloc(p, n));
    if (res.ret !== 0) {
      if (i >= 0) {
        const keep = Math.min(old!.length, n);
        const now = m.copyOut(res.ret, keep);
        for (let j = 0; j < keep; j++)
          if (now[j] !== old![j]) {
            o.violation("PyMem_Realloc: lost content", `${j}`);
            break;
          }
        if (res.ret !== p) w.freedScratch.push(p);
        w.scratch.splice(i, 1);
      } else if (p !== 0) o.violation("PyMem_Realloc: accepted a pointer that is not a block", `${p}`);
      w.scratch.push({ addr: res.ret, size: Math.max(0, Math.ceil(n)), total: Math.max(0, Math.ceil(n)) });
    }
  } else {
    const i = w.scratch.length > 0 && r.chance(0.7) ? r.int(w.scratch.length) : -1;
    const p = i >= 0 ? w.scratch[i]!.addr : r.chance(0.5) ? freedScratch(w) : w.badPtr();
    o.call("PyMem_Free", [p], "mem", () => C.PyMem_Free(p));
    if (i >= 0) {
      w.scratch.splice(i, 1);
      w.freedScratch.push(p);
    }
  }
};

/** A block the fuzzer freed and nobody reallocated since (double free / realloc after free). */
function freedScratch(w: World): number {
  const m = C.linearMemory();
  const xs = w.freedScratch.filter((p) => m.allocator.blockSize(p) < 0);
  return xs.length > 0 ? w.rng.pick(xs) : w.badPtr();
}

/** The call table with weights. */
export const CALLS: readonly (readonly [number, string, Call])[] = [
  [14, "make", makeObject],
  [5, "incref", incref],
  [6, "decref", decref],
  [3, "refcnt", refcntType],
  [4, "errset", errSet],
  [2, "fetch", errFetch],
  [2, "matches", errMatches],
  [9, "getbuffer", getBuf],
  [7, "release", release],
  [3, "fillinfo", fillInfo],
  [8, "forge", forge],
  [3, "iscontig", isContig],
  [4, "getpointer", getPointer],
  [3, "sizefromformat", sizeFromFormat],
  [6, "tocontig", toContiguous],
  [5, "fromcontig", fromContiguous],
  [3, "copydata", copyData],
  [3, "fillstrides", fillStrides],
  [4, "mvfrombuffer", mvFromBuffer],
  [6, "mvmisc", mvMisc],
  [9, "bytes", bytesCalls],
  [5, "mem", memCalls],
];
