/**
 * Leak reports of the façade (checked mode or not): references C still owns
 * through handles, and `Py_buffer` structs whose export was never released.
 *
 * A "leaked handle" is a live object for which C holds more references
 * (handed out as new references, or `Py_INCREF`ed) than it gave back
 * (`Py_DECREF`, steals). Immortal objects are never reported.
 */
import { isCheckedMode } from "@py/object";
import { capiReports, checkBytesStorage, describeObject, hexAddr } from "./checked.js";
import { isImmortal } from "./handles.js";
import { sweepViewStructs } from "./memoryview-api.js";
import { rt, sweepCaches } from "./runtime.js";

interface Leak {
  key: string;
  line: string;
}

/**
 * The references C keeps in static storage (a loaded extension's data: `static PyObject *cached;`),
 * by object address: CPython never releases those before the interpreter exits, so they are not
 * leaks. Set by the WebAssembly loader.
 */
let staticReferences: (() => ReadonlyMap<number, number>) | null = null;

/** Installs the count of references held in C static storage (see `staticReferences`). */
export function setStaticReferenceScan(scan: (() => ReadonlyMap<number, number>) | null): void {
  staticReferences = scan;
}

function leaks(): Leak[] {
  const out: Leak[] = [];
  const held = staticReferences?.();
  for (const e of rt.handles.entries()) {
    if (e.owned <= 0 || isImmortal(e.obj)) continue;
    // Every reference C owns is in a static variable of a loaded extension.
    if (held !== undefined && e.owned <= (held.get(e.handle as number) ?? 0)) continue;
    out.push({
      key: `h${e.handle}`,
      line:
        `leaked handle ${hexAddr(e.handle)}: ${describeObject(e.obj)} with refcount ${e.obj.ob_refcnt} ` +
        `(C owns ${e.owned} reference${e.owned === 1 ? "" : "s"})`,
    });
  }
  for (const [addr, rec] of rt.exports) {
    out.push({ key: `b${addr}`, line: `unreleased Py_buffer at ${hexAddr(addr)}: filled by ${rec.origin}` });
  }
  return out;
}

/** Every current leak, one line each (empty when C holds nothing). */
export function capiLeakReport(): string[] {
  sweepViewStructs();
  sweepCaches();
  return leaks().map((l) => l.line);
}

let baseline = new Set<string>();

/**
 * A checkpoint: the leaks that appeared since the previous checkpoint, one
 * line each; those present now become the new baseline.
 */
export function capiCheckpoint(): string[] {
  // Checked mode: heap corruption (guard bytes, writes to freed blocks, to bytes' storage) first.
  const before = capiReports().length;
  if (isCheckedMode()) checkedHeapCheckpoint();
  const corrupt = capiReports().slice(before);
  sweepViewStructs();
  sweepCaches();
  const now = leaks();
  const fresh = now.filter((l) => !baseline.has(l.key)).map((l) => l.line);
  baseline = new Set(now.map((l) => l.key));
  return [...corrupt, ...fresh];
}

/** Checked mode: what a checkpoint checks in the heap (reported through `capiReport`). */
function checkedHeapCheckpoint(): void {
  rt.mem.allocator.debug?.checkpoint();
  checkBytesStorage();
}

/** Counts for tests: live C-owned handles and unreleased `Py_buffer` exports. */
export function capiLiveCounts(): { handles: number; exports: number; blocks: number } {
  sweepViewStructs();
  sweepCaches();
  let handles = 0;
  for (const e of rt.handles.entries()) if (e.owned > 0 && !isImmortal(e.obj)) handles++;
  return { handles, exports: rt.exports.size, blocks: rt.mem.allocator.liveCount };
}

/**
 * Forgets every current leak without releasing anything (the C-owned counts
 * and the export records): for test isolation after a failed test.
 */
export function capiForgetLeaks(): void {
  rt.handles.resetOwned();
  rt.exports.clear();
  baseline = new Set();
}
