/**
 * The checks made around every fuzzed call: the C calling convention (a
 * failure returns its error value WITH an exception set, a success leaves
 * none), no raw JS exception (neither thrown nor disguised as the façade's
 * "internal error" SystemError), and no write to heap bytes the call had no
 * right to touch (a snapshot of the heap is compared for calls that write).
 */
import * as C from "@py/capi";
import { exceptionStr, type PyBaseExceptionObject } from "@py/object";
import type { World } from "./world.js";

/** What a C-API function returns on failure. */
export type Kind =
  /** New reference or address: NULL (0) on failure. */
  | "obj"
  /** int / Py_ssize_t: -1 on failure. */
  | "int"
  /** -1 may also be a value: the exception decides. */
  | "int?"
  /** 0/1 predicate; 0 with an exception on failure. */
  | "pred"
  /** void: may set an exception. */
  | "void"
  /** PyMem_*: never sets an exception. */
  | "mem"
  /** borrowed or NULL: NULL without exception is a value. */
  | "nullable";

export interface Outcome<T> {
  ret: T;
  /** The exception left in the indicator, or null. */
  err: PyBaseExceptionObject | null;
  /** Whether the call counts as failed (error value, or exception set). */
  failed: boolean;
}

/** Debugging: check heap writes around every call, not only those that may write. */
const ALL_WRITES = typeof process !== "undefined" && !!process.env.CAPI_FUZZ_ALL_WRITES;

/** A single call taking longer than this is reported (a loop driven by a bad size). */
const SLOW_MS = 5000;

export class Oracle {
  violations: string[] = [];
  /** Debugging: name every call on stderr before making it. */
  verbose = false;
  /** The calls of the current sequence (when debugging with CAPI_FUZZ_TRACE). */
  trace: string[] | null = typeof process !== "undefined" && process.env.CAPI_FUZZ_TRACE ? [] : null;
  calls = 0;
  /** Distinct violation keys, so one bug does not flood the report. */
  private seen = new Map<string, number>();

  constructor(
    private readonly world: World,
    readonly log?: (s: string) => void,
  ) {}

  violation(key: string, detail: string): void {
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, n);
    if (n <= 3) {
      const line = `[call ${this.calls}] ${key}: ${detail}`;
      this.violations.push(line);
      this.log?.(line);
    }
  }

  /** Total violations including repeats that were not listed. */
  get total(): number {
    let t = 0;
    for (const n of this.seen.values()) t += n;
    return t;
  }

  /**
   * Calls `fn` (a C-API function named `name` with `args`) and checks the
   * calling convention for `kind`. `writes`: if given, the heap ranges the
   * call may write; the heap is compared before/after.
   */
  call<T>(
    name: string,
    args: readonly unknown[],
    kind: Kind,
    fn: () => T,
    writes?: () => [number, number][],
  ): Outcome<T> {
    this.calls++;
    if (this.verbose) process.stderr.write(`  ${name}(${fmtArgs(args)})\n`);
    C.PyErr_Clear();
    if (writes === undefined && ALL_WRITES) writes = () => [];
    const snap = writes !== undefined ? this.snapshot() : null;
    let ret: T;
    const t0 = performance.now();
    try {
      ret = fn();
    } catch (e) {
      const msg = e instanceof Error ? `${e.constructor.name}: ${e.message}` : String(e);
      this.violation(`${name}: raw JS exception`, `${name}(${fmtArgs(args)}) threw ${msg}`);
      C.PyErr_Clear();
      return { ret: undefined as T, err: null, failed: true };
    }
    const err = C.currentException();
    const sig = `${name}(${fmtArgs(args)})`;
    // A bad argument must not make a call loop for ages (the loop bounds are the façade's checks).
    const ms = performance.now() - t0;
    if (ms > SLOW_MS) this.violation(`${name}: slow call`, `${sig} took ${ms.toFixed(0)} ms`);
    if (this.trace !== null)
      this.trace.push(`${sig} -> ${fmtArgs([ret])}${err ? ` ${describeErr(err)}` : ""}`);
    if (err !== null) {
      const text = exceptionStr(err);
      if (/internal error/.test(text)) {
        this.violation(`${name}: internal error`, `${sig} -> ${err.ob_type.tp_name}: ${text}`);
      }
    }
    let failed = err !== null;
    const r = ret as unknown;
    switch (kind) {
      case "obj":
        if (typeof r !== "number") this.violation(`${name}: bad return type`, `${sig} -> ${String(r)}`);
        else if (r === 0 && err === null) this.violation(`${name}: NULL without exception`, sig);
        else if (r !== 0 && err !== null)
          this.violation(`${name}: success with exception set`, `${sig} -> ${r}, ${describeErr(err)}`);
        failed = r === 0;
        break;
      case "int":
      case "int?":
        if (typeof r !== "number" || !Number.isInteger(r))
          this.violation(`${name}: bad return type`, `${sig} -> ${String(r)}`);
        else if (r === -1 && err === null && kind === "int")
          this.violation(`${name}: -1 without exception`, sig);
        else if (r !== -1 && err !== null)
          this.violation(`${name}: success with exception set`, `${sig} -> ${r}, ${describeErr(err)}`);
        failed = r === -1 && (kind === "int" || err !== null);
        break;
      case "pred":
        if (r !== 0 && r !== 1) this.violation(`${name}: predicate not 0/1`, `${sig} -> ${String(r)}`);
        else if (r === 1 && err !== null)
          this.violation(`${name}: 1 with exception set`, `${sig}, ${describeErr(err)}`);
        break;
      case "mem":
        if (err !== null) this.violation(`${name}: PyMem sets an exception`, `${sig}, ${describeErr(err)}`);
        if (typeof r === "number" && r !== 0 && (!Number.isInteger(r) || r % 16 !== 0))
          this.violation(`${name}: misaligned block`, `${sig} -> ${r}`);
        break;
      case "nullable":
        if (typeof r === "number" && r !== 0 && err !== null)
          this.violation(`${name}: success with exception set`, `${sig} -> ${r}, ${describeErr(err)}`);
        break;
      default:
        break;
    }
    if (snap !== null) this.checkWrites(name, sig, snap, writes!());
    return { ret, err, failed };
  }

  // ---- heap write check

  private snapshot(): { u8: Uint8Array; live: [number, number][] } {
    const m = C.linearMemory();
    return { u8: m.heap.u8.slice(), live: m.allocator.liveBlocks() };
  }

  private checkWrites(
    name: string,
    sig: string,
    before: { u8: Uint8Array; live: [number, number][] },
    allowed: [number, number][],
  ): void {
    const m = C.linearMemory();
    const now = m.heap.u8;
    const n = Math.min(now.length, before.u8.length);
    const a = Buffer.from(before.u8.buffer, before.u8.byteOffset, n);
    const b = Buffer.from(now.buffer, now.byteOffset, n);
    if (a.equals(b)) return;
    const valid = allowed.filter(([p, len]) => Number.isSafeInteger(p) && len >= 0 && m.isValid(p, len));
    const liveAfter = m.allocator.liveBlocks();
    // Blocks the façade allocated and freed again during the call (a failed fill) are its own too
    // (the fuzzer never writes free blocks, so a write there is the façade's).
    const freeLists = (m.allocator as unknown as { freeLists: Map<number, number[]> }).freeLists;
    const facade = (addr: number): boolean => {
      if (this.world.ownsRange(addr, 1)) return false;
      for (const [p, s] of before.live) if (addr >= p && addr < p + s) return true;
      for (const [p, s] of liveAfter) if (addr >= p && addr < p + s) return true;
      for (const [cls, list] of freeLists) for (const p of list) if (addr >= p && addr < p + cls) return true;
      return false;
    };
    for (let i = 0; i < n; i++) {
      if (a[i] === b[i]) continue;
      if (valid.some(([p, len]) => i >= p && i < p + len)) continue;
      if (facade(i)) continue;
      const where = this.world.ownsRange(i, 1) ? "a block the caller owns" : "unallocated heap";
      this.violation(
        `${name}: unauthorized heap write`,
        `${sig} wrote ${where} at ${i} (allowed ${JSON.stringify(valid)})`,
      );
      return;
    }
  }
}

export function describeErr(e: PyBaseExceptionObject): string {
  return `${e.ob_type.tp_name}: ${exceptionStr(e)}`;
}

export function fmtArgs(args: readonly unknown[]): string {
  return args
    .map((a) => {
      if (typeof a === "number")
        return Number.isInteger(a) && Math.abs(a) > 4096 ? `0x${a.toString(16)}` : String(a);
      if (typeof a === "string") return JSON.stringify(a);
      if (typeof a === "bigint") return `${a}n`;
      if (Array.isArray(a)) return `[${fmtArgs(a)}]`;
      return String(a);
    })
    .join(", ");
}
