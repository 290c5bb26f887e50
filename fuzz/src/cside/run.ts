/**
 * The C-side fuzzer of the C-API (issue 17): `runCsideFuzz({ seed, count })`
 * executes `count` operations of the C harness (fuzz/cside/harness.c, loaded in
 * checked mode on the wasm runtime), each a short C call sequence on the
 * harness's own state with valid and invalid handles, pointers, sizes and
 * format strings, in sequences of 20..120 operations, and checks after each:
 *
 * - no trap: C never crashes (a `SystemError: C code crashed ...` escaping the
 *   harness, or in what C fetched);
 * - no raw JavaScript error: nothing but a `PyError` escapes, and no exception C
 *   fetched is a JS error the façade turned into `SystemError: F: internal error`;
 * - every misuse the harness commits is reported by checked mode (during the
 *   operation, or at the checkpoint that follows for guard bytes, writes after
 *   free and writes into a bytes object's storage), and every report made
 *   during the operation names the C function that called the API;
 * - a correct operation gives no report (no false positive);
 * - the properties C checks itself (`notes`: a refused resize changes nothing,
 *   Python sees what C wrote through `view.buf` while the memory grows...);
 * - the shared memory, from JavaScript: after C wrote through an export while
 *   the memory grew, an `asTypedArray` window taken afterwards shows C's bytes,
 *   and one taken before is either detached or shows them too (never stale
 *   data); the same after the driver grows the memory itself;
 * - a sequence made only of correct operations leaves nothing: no C-owned
 *   reference, no export, no heap block once the harness gave everything back.
 */
import { PyBytes_FromBytes } from "@py/buffer";
import {
  capiCheckpoint,
  capiClearReports,
  capiForgetLeaks,
  capiLiveCounts,
  capiOnReport,
  borrowHandle,
  PyBytes_AsString,
  isImmortal,
  PyErr_Clear,
} from "@py/capi";
import { asTypedArray, PyMemoryView_FromObject } from "@py/memoryview";
import {
  isPyError,
  PyLong_AsLong,
  PyLong_FromValue,
  type PyObject,
  PyObject_Call,
  PyObject_CallMethod,
  PyTuple_Pack,
  PyUnicode_FromString,
  Py_DECREF,
  Py_None,
  Py_NewRef,
  repr,
  str,
} from "@py/object";
import { Rng } from "../capi/rng.js";
import { buildCase, formatCase, parseCase, parseKwCase, structFormat } from "./formats.js";
import { type Harness, startHarness } from "./harness.js";

/** Operation codes of harness.c (`enum { OP_NEW, ... }`). */
export const OP = {
  NEW: 0,
  DROP: 1,
  STALE: 2,
  FORGED: 3,
  GETBUF: 4,
  RELEASE: 5,
  VIEW_WRITE: 6,
  MV: 7,
  SIZES: 8,
  RESIZE_HELD: 9,
  WRITE_GROW: 10,
  MEM: 11,
  FREE_HELD_STRUCT: 12,
  PARSE: 13,
  BUILD: 14,
  FORMAT: 15,
  RO_WRITE: 16,
  BYTES_STORAGE: 17,
  DECREF_BORROWED: 18,
  UNALIGNED_VIEW: 19,
  BUFFER_FUNCS: 20,
  STALE_PTR: 21,
  PARSE_KW: 22,
} as const;

/** What the harness says about the operation it ran. */
export const EXPECT = [
  "valid",
  "misuse",
  "misuse at checkpoint",
  "skipped",
  "undefined in CPython",
  "ownership unknown",
] as const;

const NAMES = Object.fromEntries(Object.entries(OP).map(([k, v]) => [v, k])) as Record<number, string>;

/** Weights: [weight, op, only in sequences meant to be correct]. */
const TABLE: readonly (readonly [number, number, boolean])[] = [
  [14, OP.NEW, true],
  [5, OP.DROP, true],
  [3, OP.STALE, false],
  [3, OP.FORGED, false],
  [8, OP.GETBUF, true],
  [6, OP.RELEASE, true],
  [4, OP.VIEW_WRITE, true],
  [6, OP.MV, true],
  [5, OP.SIZES, true],
  [4, OP.RESIZE_HELD, true],
  [4, OP.WRITE_GROW, true],
  [8, OP.MEM, true],
  [1, OP.FREE_HELD_STRUCT, false],
  [6, OP.PARSE, true],
  [4, OP.BUILD, true],
  [4, OP.FORMAT, true],
  [2, OP.RO_WRITE, true],
  [1, OP.BYTES_STORAGE, false],
  [1, OP.DECREF_BORROWED, false],
  [3, OP.UNALIGNED_VIEW, true],
  [4, OP.BUFFER_FUNCS, true],
  [2, OP.STALE_PTR, false],
  [5, OP.PARSE_KW, true],
];

export interface CsideFuzzOptions {
  seed: number;
  count: number;
  log?: (s: string) => void;
}

export interface CsideFuzzResult {
  /** Harness operations executed (skipped ones not counted). */
  ops: number;
  /** Of which: deliberate misuses (each required a report). */
  misuses: number;
  sequences: number;
  /** Sequences of correct operations only, checked for leaks. */
  cleanSequences: number;
  traps: number;
  rawErrors: number;
  /** Misuses checked mode did not report. */
  missed: number;
  /** Reports for correct operations. */
  falseReports: number;
  /** JavaScript windows compared with C's writes; memory growths. */
  windows: number;
  grows: number;
  /** Per operation: how many ran, how many were misuses, how many raised in C. */
  byOp: Record<string, { ops: number; misuses: number; raised: number }>;
  /** Every violation, one line each (with the op number and what it was). */
  violations: string[];
}

/** Runs the C-side fuzzer; see the module comment. */
export async function runCsideFuzz(opts: CsideFuzzOptions): Promise<CsideFuzzResult> {
  const h = await startHarness();
  const rng = new Rng(opts.seed);
  const res: CsideFuzzResult = {
    ops: 0,
    misuses: 0,
    sequences: 0,
    cleanSequences: 0,
    traps: 0,
    rawErrors: 0,
    missed: 0,
    falseReports: 0,
    windows: 0,
    grows: 0,
    byOp: {},
    violations: [],
  };
  const reports: string[] = [];
  const stop = capiOnReport((r) => reports.push(r));
  const verbose = typeof process !== "undefined" && process.env.CSIDE_FUZZ_VERBOSE === "1";
  try {
    warmSingletons();
    resetHarness(h);
    capiForgetLeaks();
    capiCheckpoint();
    capiClearReports();
    reports.length = 0;
    let attempts = 0;
    while (res.ops < opts.count && attempts < opts.count * 4) {
      const clean = rng.chance(0.4);
      const len = rng.range(20, 120);
      const base = heapBlocks(h);
      let allValid = true;
      const trace: string[] = [];
      for (let i = 0; i < len && res.ops < opts.count; i++) {
        attempts++;
        if (rng.chance(0.03)) {
          growAndCheck(h, rng, res, trace);
          continue;
        }
        const choices = TABLE.filter((e) => !clean || e[2]);
        const code = rng.weighted(choices.map((e) => [e[0], e[1]] as const));
        const a = rng.int(64);
        const b = rng.int(64);
        let c = rng.int(1 << 16);
        if (clean) c = (code === OP.GETBUF ? c & ~0x100 : c) | 0x10000;
        const step = runOp(h, rng, res, code, a, b, c, reports, trace, verbose);
        if (step === "skip") continue;
        res.ops++;
        if (step === "misuse") allValid = false;
      }
      // Give everything back; a sequence of correct operations must leave nothing.
      reports.length = 0;
      resetHarness(h);
      PyErr_Clear();
      const after = capiLiveCounts();
      const blocks = heapBlocks(h);
      res.sequences++;
      if (allValid) {
        res.cleanSequences++;
        if (after.handles !== 0 || after.exports !== 0 || blocks.size > base.size) {
          const extra = [...blocks.keys()].filter((a) => !base.has(a)).slice(0, 8);
          fail(
            res,
            `sequence ${res.sequences}: correct operations leaked (handles ${after.handles}, exports ${after.exports}, heap blocks ${base.size} -> ${blocks.size}; new: ${extra.map((a) => describeBlock(h, a, blocks.get(a)!)).join(", ")})`,
            trace,
          );
        }
        const sinceReset = reports.filter((r) => !/^checkpoint: /.test(r));
        for (const r of sinceReset)
          fail(res, `sequence ${res.sequences}: report while giving back: ${r}`, trace);
      }
      // Misuse leaves what it leaves (a leaked export, a reference decref'ed twice): start clean.
      capiForgetLeaks();
      capiCheckpoint();
      capiClearReports();
      reports.length = 0;
      if (res.sequences % 20 === 0) {
        opts.log?.(
          `cside fuzz: ${res.ops} ops, ${res.sequences} sequences, ${res.violations.length} violations`,
        );
      }
    }
  } finally {
    stop();
    capiClearReports();
    PyErr_Clear();
  }
  return res;
}

/**
 * The empty bytes and the one-byte bytes are singletons: made before the runtime
 * started, their storage moves into the WebAssembly memory the first time C asks for
 * their address, and stays there as long as they live (the process). Moved first, so
 * that a sequence's leak accounting does not count them.
 */
function warmSingletons(): void {
  for (let i = -1; i < 256; i++) {
    const b = PyBytes_FromBytes(i < 0 ? new Uint8Array(0) : Uint8Array.of(i));
    PyBytes_AsString(borrowHandle(b));
    PyErr_Clear();
    Py_DECREF(b);
  }
}

/**
 * The heap blocks live now (address -> size), but the headers of dead objects the
 * HeaderTable keeps in quarantine (so a stale pointer does not alias a new object),
 * those of immortal objects, the C strings the runtime interned and the UTF-8 copies
 * of live strs.
 */
function heapBlocks(h: Harness): Map<number, number> {
  // HeaderTable internals, as packages/capi/test/c-groups.test.ts reads them.
  const q = new Set((h.runtime.objects as unknown as { quarantine?: number[] }).quarantine ?? []);
  const debug = h.runtime.mem.allocator.debug as unknown as {
    guarded?: Map<number, { by: string; what?: string }>;
  } | null;
  // LinearMemory internals: C strings interned once (internCString).
  const interned = new Set(
    (h.runtime.mem as unknown as { interned?: Map<string, number> }).interned?.values() ?? [],
  );
  const out = new Map<number, number>();
  for (const [addr, size] of h.runtime.mem.allocator.liveBlocks()) {
    if (q.has(addr)) continue;
    // The header of an immortal object (a small int, a type) lives as long as the runtime.
    const o = h.runtime.objects.resolve(addr as never);
    if (o !== null && isImmortal(o)) continue;
    // C strings interned for the runtime's life (the tp_name of a type mirror...).
    if (interned.has(addr)) continue;
    // The UTF-8 copy of a str that lives (a one-character str is a singleton) goes with it.
    if (debug?.guarded?.get(addr)?.what?.startsWith("the UTF-8 of ")) continue;
    out.set(addr, size);
  }
  return out;
}

/** A heap block for a leak report: its address and size, and the object whose header it is. */
function describeBlock(h: Harness, addr: number, size: number): string {
  const o = h.runtime.objects.resolve(addr as never);
  // The checked heap knows who allocated a block (CheckedHeap internals).
  const debug = h.runtime.mem.allocator.debug as unknown as {
    guarded?: Map<number, { by: string; what?: string }>;
  } | null;
  const g = debug?.guarded?.get(addr);
  const by = g !== undefined ? `, allocated by ${g.by}${g.what !== undefined ? ` (${g.what})` : ""}` : "";
  const u8 = h.runtime.mem.heap.u8;
  const text = JSON.stringify(new TextDecoder().decode(u8.subarray(addr, addr + Math.min(size, 16))));
  return `0x${addr.toString(16)} (${size} bytes ${text}${by}${o !== null ? `: the header of ${o.ob_type.tp_name} ${safeRepr(o)} refcnt ${o.ob_refcnt}` : ""})`;
}

function safeRepr(o: PyObject): string {
  try {
    return repr(o).slice(0, 60);
  } catch {
    PyErr_Clear();
    return "?";
  }
}

function fail(res: CsideFuzzResult, msg: string, trace: readonly string[]): void {
  // CSIDE_FUZZ_TRACE=1: the whole sequence so far.
  const n = typeof process !== "undefined" && process.env.CSIDE_FUZZ_TRACE === "1" ? trace.length : 6;
  res.violations.push(trace.length > 0 ? `${msg}\n      after: ${trace.slice(-n).join(" | ")}` : msg);
}

function resetHarness(h: Harness): void {
  Py_DECREF(PyObject_Call(h.reset, [], null));
}

/**
 * `extra` for an operation that takes a format (new reference), its text for traces, and
 * whether a stray character makes the call undefined behaviour (which may leak: a `*`
 * unit given a plain slot fills a `Py_buffer` the harness does not release).
 */
function extraFor(rng: Rng, code: number, clean: boolean): [PyObject, string, boolean] {
  if (code === OP.PARSE) {
    const p = parseCase(rng, !clean);
    const t = PyTuple_Pack([
      PyUnicode_FromString(p.fmt),
      PyUnicode_FromString(p.layout),
      p.args,
      PyLong_FromValue(p.ub ? 1 : 0),
    ]);
    return [t, `${JSON.stringify(p.fmt)}, ${repr(p.args)}`, p.ub];
  }
  if (code === OP.PARSE_KW) {
    const p = parseKwCase(rng, !clean);
    const text = `${JSON.stringify(p.fmt)}, ${repr(p.names)}, ${repr(p.args)}, ${repr(p.kw)}`;
    const t = PyTuple_Pack([
      PyUnicode_FromString(p.fmt),
      PyUnicode_FromString(p.layout),
      p.args,
      p.kw,
      p.names,
      PyLong_FromValue(p.ub ? 1 : 0),
    ]);
    return [t, text, p.ub];
  }
  if (code === OP.BUILD || code === OP.FORMAT) {
    const f = code === OP.BUILD ? buildCase(rng, !clean) : formatCase(rng);
    const t = PyTuple_Pack([
      PyUnicode_FromString(f.fmt),
      PyUnicode_FromString(f.layout),
      PyLong_FromValue(f.ub ? 1 : 0),
    ]);
    return [t, JSON.stringify(f.fmt), f.ub];
  }
  if (code === OP.BUFFER_FUNCS) {
    const s = structFormat(rng);
    return [PyTuple_Pack([PyUnicode_FromString(s)]), JSON.stringify(s), false];
  }
  return [Py_NewRef(Py_None), "", false];
}

type Step = "skip" | "valid" | "misuse";

function runOp(
  h: Harness,
  rng: Rng,
  res: CsideFuzzResult,
  code: number,
  a: number,
  b: number,
  c: number,
  reports: string[],
  trace: string[],
  verbose: boolean,
): Step {
  const [extra, extraText, ub] = extraFor(rng, code, (c & 0x10000) !== 0);
  const what = `#${res.ops} ${NAMES[code]}(${a}, ${b}, ${c}${extraText ? `, ${extraText}` : ""})`;
  if (verbose) process.stderr.write(`${what}\n`);
  // A JavaScript window over the object WRITE_GROW will write, taken before the memory grows.
  const before = code === OP.WRITE_GROW ? windowOf(h, a % 8) : null;
  reports.length = 0;
  const args = [code, a, b, c].map((n) => PyLong_FromValue(n));
  let result: PyObject;
  try {
    result = PyObject_Call(h.op, [...args, extra], null);
  } catch (e) {
    trace.push(what);
    if (isPyError(e)) {
      const msg = str(e.exc);
      if (/C code crashed/.test(msg)) {
        res.traps++;
        fail(res, `${what}: trap: ${msg}`, trace);
      } else fail(res, `${what}: ${e.exc.ob_type.tp_name} escaped the harness: ${msg}`, trace);
    } else {
      res.rawErrors++;
      fail(res, `${what}: raw JavaScript error: ${e instanceof Error ? e.stack : String(e)}`, trace);
    }
    PyErr_Clear();
    before?.release();
    return "misuse";
  } finally {
    for (const x of args) Py_DECREF(x);
    Py_DECREF(extra);
  }
  const [expectObj, errs, notes, info] = (result as unknown as { items: PyObject[] }).items as [
    PyObject,
    PyObject,
    PyObject,
    PyObject,
  ];
  const expect = PyLong_AsLong(expectObj);
  const during = reports.splice(0);
  capiCheckpoint();
  const atCheckpoint = reports.splice(0);
  trace.push(`${what}: ${EXPECT[expect]}`);
  if (expect !== 3) {
    const st = (res.byOp[NAMES[code]!] ??= { ops: 0, misuses: 0, raised: 0 });
    st.ops++;
    if (expect === 1 || expect === 2) st.misuses++;
    if (items(errs).length > 0) st.raised++;
  }
  if (verbose)
    process.stderr.write(`  -> ${EXPECT[expect]} ${during.length}+${atCheckpoint.length} reports\n`);
  for (const err of (errs as unknown as { items: PyObject[] }).items) {
    const msg = str(err);
    if (/C code crashed/.test(msg)) {
      res.traps++;
      fail(res, `${what}: trap: ${msg}`, trace);
    } else if (/internal error/.test(msg)) {
      res.rawErrors++;
      fail(res, `${what}: raw JavaScript error turned SystemError: ${msg}`, trace);
    }
  }
  for (const n of (notes as unknown as { items: PyObject[] }).items) fail(res, `${what}: ${str(n)}`, trace);
  if (expect === 0 || expect === 5) {
    for (const r of [...during, ...atCheckpoint]) {
      res.falseReports++;
      fail(res, `${what}: report for a correct operation: ${r}`, trace);
    }
  } else if (expect === 1) {
    res.misuses++;
    if (during.length === 0) {
      res.missed++;
      fail(res, `${what}: misuse not reported`, trace);
    }
  } else if (expect === 2) {
    res.misuses++;
    if (atCheckpoint.length === 0) {
      res.missed++;
      fail(res, `${what}: misuse not reported at the checkpoint`, trace);
    }
  }
  if (expect === 1 || expect === 4) {
    for (const r of during) {
      if (!/called from C function \w+/.test(r))
        fail(res, `${what}: report does not name the C caller: ${r}`, trace);
    }
  }
  if (code === OP.WRITE_GROW && info !== Py_None) {
    const [obj, seedObj, grown] = (info as unknown as { items: PyObject[] }).items as [
      PyObject,
      PyObject,
      PyObject,
    ];
    if (PyLong_AsLong(grown) > 0) res.grows++;
    const want = pattern(windowLength(obj), PyLong_AsLong(seedObj));
    checkWindowNow(res, obj, want, what, trace);
    if (before !== null) {
      res.windows++;
      const w = before.window;
      if (w.byteLength !== 0 && !equal(w, want) && before.obj === obj) {
        fail(res, `${what}: a JavaScript window taken before the memory grew shows stale bytes`, trace);
      }
    }
  }
  before?.release();
  Py_DECREF(result);
  // (Undefined behaviour the façade refused leaves nothing: counted with the correct operations.)
  return expect === 3 ? "skip" : expect === 0 || (expect === 4 && !ub) ? "valid" : "misuse";
}

const items = (o: PyObject): PyObject[] => (o as unknown as { items: PyObject[] }).items;

/** harness.c's `pattern()`. */
function pattern(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = (Math.imul(seed >>> 0, 31) + i * 7 + 1) & 0xff;
  return out;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface Window {
  obj: PyObject;
  window: Uint8Array;
  release(): void;
}

/** A byte window (`asTypedArray`) over the object in harness slot `slot`, if it is a writable byte buffer. */
function windowOf(h: Harness, slot: number): Window | null {
  const idx = PyLong_FromValue(slot);
  const obj = PyObject_Call(h.peek, [idx], null);
  Py_DECREF(idx);
  let mv: PyObject | null = null;
  try {
    mv = PyMemoryView_FromObject(obj);
    const w = asTypedArray(mv);
    if (!(w instanceof Uint8Array) || (mv as unknown as { view: { readonly: boolean } }).view.readonly) {
      throw new Error("not a writable byte buffer");
    }
    const held = mv;
    return {
      obj,
      window: w,
      release() {
        Py_DECREF(PyObject_CallMethod(held, "release", []));
        Py_DECREF(held);
        Py_DECREF(obj);
      },
    };
  } catch (e) {
    if (mv !== null) Py_DECREF(mv);
    Py_DECREF(obj);
    if (isPyError(e)) PyErr_Clear();
    return null;
  }
}

function windowLength(obj: PyObject): number {
  const mv = PyMemoryView_FromObject(obj);
  try {
    return (mv as unknown as { view: { len: number } }).view.len;
  } finally {
    Py_DECREF(PyObject_CallMethod(mv, "release", []));
    Py_DECREF(mv);
  }
}

/** A window taken now over `obj` shows what C wrote. */
function checkWindowNow(
  res: CsideFuzzResult,
  obj: PyObject,
  want: Uint8Array,
  what: string,
  trace: string[],
): void {
  let mv: PyObject | null = null;
  try {
    mv = PyMemoryView_FromObject(obj);
    const w = asTypedArray(mv);
    const bytes = new Uint8Array(w.buffer, w.byteOffset, w.byteLength);
    res.windows++;
    if (!equal(bytes, want)) fail(res, `${what}: a JavaScript window does not show what C wrote`, trace);
  } catch (e) {
    if (!isPyError(e)) {
      res.rawErrors++;
      fail(res, `${what}: raw JavaScript error reading a window: ${String(e)}`, trace);
    }
  } finally {
    if (mv !== null) {
      Py_DECREF(PyObject_CallMethod(mv, "release", []));
      Py_DECREF(mv);
    }
  }
}

/**
 * The driver grows the WebAssembly memory itself while windows are out: a
 * window taken before is detached or shows the same bytes as one taken after,
 * and Python (bytes(obj)) agrees.
 */
function growAndCheck(h: Harness, rng: Rng, res: CsideFuzzResult, trace: string[]): void {
  const slot = rng.int(8);
  const w = windowOf(h, slot);
  const mem = h.runtime.memory;
  const pages = mem.buffer.byteLength / 65536;
  if (pages + 16 <= 4096) {
    mem.grow(rng.range(1, 16));
    res.grows++;
  }
  if (w === null) return;
  try {
    const now = windowOf(h, slot);
    if (now === null) {
      fail(res, `grow: the object in slot ${slot} has no window after the memory grew`, trace);
      return;
    }
    res.windows++;
    if (w.window.byteLength !== 0 && !equal(w.window, now.window))
      fail(res, `grow: a window taken before the memory grew shows other bytes than one taken after`, trace);
    const b = PyObject_CallMethod(now.obj, "__len__", []);
    if (PyLong_AsLong(b) !== now.window.length) fail(res, "grow: len(obj) differs from its window", trace);
    Py_DECREF(b);
    now.release();
  } finally {
    w.release();
  }
}
