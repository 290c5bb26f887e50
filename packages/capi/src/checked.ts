/**
 * Checked mode of the C-API façade. The switch is the one of `@py/object`
 * (`setCheckedMode`): when it is on, every misuse the façade detects is also
 * recorded here in plain words (function name, object type and repr), and
 * the bookkeeping needed for leak reports is kept. When it is off only the
 * cheap checks run (stale handles, bad addresses), which still turn into a
 * `SystemError` rather than a crash.
 */
import { describe, isCheckedMode, type PyObject } from "@py/object";

const reports: string[] = [];
/** Called with each report as it is recorded (`capiOnReport`). */
const listeners = new Set<(report: string) => void>();

/** Records `msg` and tells the listeners. */
function record(msg: string): void {
  reports.push(msg);
  for (const f of listeners) f(msg);
}

/**
 * Calls `listener` with each checked-mode report as it is recorded (what
 * `minipy --checked` prints as it happens). Returns the function that removes it.
 */
export function capiOnReport(listener: (report: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Records a misuse (checked mode only; a no-op otherwise). When C called the
 * C-API function the report names, the C function is named too (from the
 * stack and the extension's `name` section): `… (called from C function f)`.
 */
export function capiReport(msg: string): void {
  if (!isCheckedMode()) return;
  const caller = cCaller();
  record(caller === null ? msg : `${msg} (called from C function ${caller})`);
}

/** The misuse reports recorded by the façade in checked mode, oldest first. */
export function capiReports(): readonly string[] {
  return reports;
}

/** Forgets the recorded misuse reports. */
export function capiClearReports(): void {
  reports.length = 0;
}

let indicatorGuard: <T>(f: () => T) => T = (f) => f();

/** Installs how `describeObject` keeps the error indicator (errors.ts: set aside, then put back). */
export function _setIndicatorGuard(g: <T>(f: () => T) => T): void {
  indicatorGuard = g;
}

/**
 * `type object repr` for a report; never throws. The repr may be C code (a C type's
 * `tp_repr`): it runs with the error indicator set aside and put back after, so a
 * report made while C holds an exception (a `Py_DECREF` on an error path) keeps it.
 */
export function describeObject(o: PyObject): string {
  return indicatorGuard(() => describe(o));
}

/** An address as C prints `%p`. */
export function hexAddr(addr: number): string {
  return `0x${addr.toString(16)}`;
}

/**
 * Names of functions whose frames are not "the C caller" (the main module's
 * libc and runtime helpers): set by the wasm runtime.
 */
let skipFrame: (name: string) => boolean = () => false;

/** @internal The wasm runtime's filter of main-module frames. */
export function _setCallerFrameFilter(f: (name: string) => boolean): void {
  skipFrame = f;
}

const WASM_FRAME = /wasm-function\[(\d+)\]/;

/**
 * The C function (of a loaded extension) that is calling the C-API now, from
 * the JS stack: V8 prints a wasm frame as `at NAME (wasm://wasm/…:wasm-function[I]:0x…)`
 * (NAME from the module's `name` section), Firefox/Safari as `NAME@wasm://…`.
 * Null when no C is on the stack (a TypeScript caller). Checked mode only: it
 * captures a stack.
 */
export function cCaller(): string | null {
  const E = Error as { stackTraceLimit?: number };
  const old = E.stackTraceLimit;
  E.stackTraceLimit = 100;
  let stack: string;
  try {
    stack = new Error().stack ?? "";
  } finally {
    if (old !== undefined) E.stackTraceLimit = old;
  }
  let unnamed: string | null = null;
  for (const line of stack.split("\n")) {
    const idx = WASM_FRAME.exec(line);
    if (idx === null) continue;
    const m = /at\s+(?:Object\.)?\$?([^\s(]+)\s+\(/.exec(line) ?? /^\s*\$?([^@\s]+)@/.exec(line);
    const name = m !== null && !m[1]!.startsWith("wasm://") ? m[1]! : null;
    if (name === null) {
      unnamed ??= `wasm-function[${idx[1]}]`;
      continue;
    }
    // V8 prefixes the module's own name (`out.wasm.f`); C function names have no dot.
    const fnName = name.replace(/^.*\.wasm\./, "");
    // The main module's functions, and our headers' static inline API functions
    // (`Py_DECREF`, `PyTuple_GET_ITEM`: frames of their own at -O0) are not the caller.
    if (skipFrame(fnName) || /^_?Py[A-Z_a-z]*_[A-Za-z]/.test(fnName)) continue;
    return fnName;
  }
  return unnamed;
}

interface Watched {
  addr: number;
  copy: Uint8Array;
  by: string;
  heap: () => Uint8Array;
}

/** Checked mode: bytes objects whose storage C was handed while borrowing them, with a copy. */
const watchedBytes = new Map<PyObject, Watched>();

/**
 * Checked mode: remembers the bytes of `o`'s storage at `addr` (handed to C by
 * `fn`), so that a checkpoint can tell whether C wrote into an immutable
 * object. Only for objects C does not own (a fresh bytes C is filling is its own).
 */
export function watchBytesStorage(
  o: PyObject,
  addr: number,
  len: number,
  fn: string,
  heap: () => Uint8Array,
): void {
  if (!isCheckedMode() || len <= 0) return;
  const u8 = heap();
  if (addr + len > u8.length) return;
  const caller = cCaller();
  watchedBytes.set(o, {
    addr,
    copy: u8.slice(addr, addr + len),
    by: caller === null ? fn : `${fn} in C function ${caller}`,
    heap,
  });
}

/** Checked mode: reports writes into watched bytes storage (at a checkpoint) and restores the bytes. */
export function checkBytesStorage(): void {
  for (const [o, w] of watchedBytes) {
    if (o.ob_refcnt <= 0) {
      watchedBytes.delete(o);
      continue;
    }
    const u8 = w.heap();
    if (w.addr + w.copy.length > u8.length) continue;
    let changed = 0;
    let first = -1;
    for (let i = 0; i < w.copy.length; i++) {
      if (u8[w.addr + i] !== w.copy[i]) {
        changed++;
        if (first < 0) first = i;
      }
    }
    if (changed > 0) {
      u8.set(w.copy, w.addr);
      record(
        `checkpoint: C wrote into the storage of ${describe(o)}, which is immutable ` +
          `(${changed} byte${changed === 1 ? "" : "s"} changed, the first at offset ${first}; ` +
          `the pointer came from ${w.by}); the bytes are restored`,
      );
    }
  }
}
