/**
 * Reference counting: `Py_INCREF`/`Py_DECREF` with deallocation at zero, and a
 * checked mode (off by default) that reports misuse in plain words.
 *
 * Invariant: an object whose count reaches zero is deallocated at once through
 * its type's `tp_dealloc`, which releases what it owns (items, buffers).
 */
import { IMMORTAL_REFCNT, type PyObject } from "./object.js";
import { objectTracking } from "./object-tracking.js";

/** A misuse found by checked mode. */
export class RefcountError extends Error {
  override name = "RefcountError";
}

interface CheckedState {
  /** Objects created since checked mode was switched on and not yet deallocated. */
  live: Set<PyObject>;
  /** Objects that were deallocated (to tell a use-after-free). */
  dead: WeakSet<PyObject>;
  reports: string[];
}

let checked: CheckedState | null = null;

/** Describes an object for a report: its type and a repr that cannot fail. */
export function describe(o: PyObject): string {
  let r: string;
  try {
    const repr = o.ob_type.tp_repr;
    r = repr ? repr(o) : `<${o.ob_type.tp_name} object>`;
  } catch {
    r = `<${o.ob_type.tp_name} object>`;
  }
  return `${o.ob_type.tp_name} object ${r}`;
}

function report(msg: string): never {
  checked?.reports.push(msg);
  throw new RefcountError(msg);
}

/** Turns checked mode on or off (one switch; off is the fast path). */
export function setCheckedMode(on: boolean): void {
  if (on) {
    if (checked) return;
    const state: CheckedState = { live: new Set(), dead: new WeakSet(), reports: [] };
    checked = state;
    objectTracking.live = state.live;
  } else {
    checked = null;
    objectTracking.live = null;
  }
}

/** Whether checked mode is on. */
export function isCheckedMode(): boolean {
  return checked !== null;
}

/** The misuse reports collected so far in checked mode. */
export function checkedReports(): readonly string[] {
  return checked ? checked.reports : [];
}

/**
 * Leak report at a checkpoint: one line per object created in checked mode
 * that is still alive, with its type, repr and reference count.
 */
export function leakReport(): string[] {
  if (!checked) return [];
  const out: string[] = [];
  for (const o of checked.live) {
    if (o.ob_refcnt >= IMMORTAL_REFCNT / 2) continue;
    out.push(`leaked: ${describe(o)} with refcount ${o.ob_refcnt}`);
  }
  return out;
}

/** Forgets the objects alive now, so a later `leakReport` sees only newer ones. */
export function checkpoint(): void {
  checked?.live.clear();
}

/** Checked mode: stops tracking `o` (objects outside refcounting, such as raised exceptions). */
export function untrack(o: PyObject): void {
  checked?.live.delete(o);
}

/** Checked mode: throws if `o` was deallocated. */
export function assertAlive(o: PyObject, what: string): void {
  if (checked?.dead.has(o)) report(`${what}: use of deallocated ${o.ob_type.tp_name} object at refcount 0`);
}

/** `Py_INCREF(o)`. */
export function Py_INCREF(o: PyObject): void {
  if (checked !== null) assertAlive(o, "Py_INCREF");
  o.ob_refcnt++;
}

/** `Py_DECREF(o)`: deallocates at zero. */
export function Py_DECREF(o: PyObject): void {
  // The checks of checked mode live in their own function: this one stays
  // small enough for V8 to inline at every call site.
  if (checked !== null) checkDecref(checked, o);
  if (--o.ob_refcnt === 0) _Py_Dealloc(o);
}

/** Checked mode: the misuses `Py_DECREF` reports. */
function checkDecref(state: CheckedState, o: PyObject): void {
  if (state.dead.has(o)) report(`Py_DECREF: decref below zero of deallocated ${describeDead(o)}`);
  if (o.ob_refcnt <= 0) report(`Py_DECREF: decref below zero of ${describe(o)}`);
}

function describeDead(o: PyObject): string {
  return `${o.ob_type.tp_name} object`;
}

/** `Py_XINCREF(o)`: nothing for null. */
export function Py_XINCREF(o: PyObject | null): void {
  if (o !== null) Py_INCREF(o);
}

/** `Py_XDECREF(o)`: nothing for null. */
export function Py_XDECREF(o: PyObject | null): void {
  if (o !== null) Py_DECREF(o);
}

/**
 * `Py_NewRef(o)`: increments and returns `o`.
 * @returns New reference.
 */
export function Py_NewRef<T extends PyObject>(o: T): T {
  if (checked !== null) assertAlive(o, "Py_NewRef");
  o.ob_refcnt++;
  return o;
}

/** `Py_REFCNT(o)`. */
export function Py_REFCNT(o: PyObject): number {
  return o.ob_refcnt;
}

/** `_Py_Dealloc`: runs the type's destructor. */
export function _Py_Dealloc(o: PyObject): void {
  const d = o.ob_type.tp_dealloc;
  if (checked !== null) markDead(checked, o);
  if (d !== null) d(o);
}

/** Checked mode: `o` is deallocated. */
function markDead(state: CheckedState, o: PyObject): void {
  state.live.delete(o);
  state.dead.add(o);
}
