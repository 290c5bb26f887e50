/**
 * `PyObject*` handles: the values C code holds for objects.
 *
 * A handle is a branded number `generation * 2**20 + slot`. The table maps a
 * slot to its object; the generation (1..1023) changes each time a slot is
 * freed, so a stale handle (its object was deallocated) or a forged one
 * (wrong generation, unknown slot, not an integer) is detected and does not
 * alias another object (until about four million frees later, see QUARANTINE). 0 is `NULL`; every valid handle is >= 2**20.
 *
 * Reference semantics are CPython's: a handle is the object's identity, not a
 * reference. The count lives in the object (`ob_refcnt`); `Py_INCREF(h)` and
 * `Py_DECREF(h)` change it. One object has one handle while it lives.
 * Invariants:
 * - a slot is freed when its object is deallocated: at once when the façade's
 *   `Py_DECREF` drops the count to zero, otherwise (the last reference was
 *   dropped by TypeScript code) lazily, when the slot is next used or a sweep
 *   finds `ob_refcnt === 0` (a deallocated object never comes back to life);
 * - `owned[slot]` counts the references the C side holds through the façade
 *   (new references handed out, plus `Py_INCREF`, minus `Py_DECREF` and
 *   steals). It is only bookkeeping for leak reports;
 * - objects whose count is immortal (types, None, small ints) keep their slot.
 */
import { IMMORTAL_REFCNT, isCheckedMode, type PyObject } from "@py/object";

/** `PyObject *`: an opaque handle; 0 is NULL. */
export type PyObjectPtr = number & { readonly __brand: "PyObject*" };

/** `NULL` as a `PyObject *`. */
export const NULL_OBJECT = 0 as PyObjectPtr;

const SLOT_BITS = 20;
const SLOT_LIMIT = 1 << SLOT_BITS;
const SLOT_MASK = SLOT_LIMIT - 1;
const GEN_LIMIT = 1 << 10;
/**
 * A freed slot is reused only once this many slots are free, so one slot comes
 * back at most once per QUARANTINE frees and a generation wraps around only
 * after about QUARANTINE * 1023 frees.
 */
const QUARANTINE = 4096;

/** Why a handle could not be resolved. */
export type StaleReason = "null" | "forged" | "freed" | "deallocated";

/**
 * What the façade needs from the table that maps `PyObject *` values to
 * objects. Two tables implement it: `HandleTable` (generation handles, for
 * TypeScript hosts) and the wasm runtime's `HeaderTable` (a `PyObject *` is
 * the address of an object header in the WebAssembly memory).
 */
export interface ObjectTable {
  readonly size: number;
  lastFailure: StaleReason;
  handleOf(o: PyObject): PyObjectPtr;
  resolve(h: number): PyObject | null;
  freedDescription(h: number): string | undefined;
  addOwned(h: PyObjectPtr, n: number): void;
  ownedCount(h: PyObjectPtr): number;
  noteMaybeDead(h: PyObjectPtr, describeDead?: string): void;
  forget(h: PyObjectPtr): void;
  noteObjectMaybeDead(o: PyObject): void;
  sweep(): void;
  resetOwned(): void;
  entries(): Generator<{ handle: PyObjectPtr; obj: PyObject; owned: number }>;
}

export class HandleTable implements ObjectTable {
  private objs: (PyObject | null)[] = [null];
  private gens = new Uint16Array(64);
  private owned = new Int32Array(64);
  /** Checked mode: what a freed handle referred to, by handle. */
  private freedDesc = new Map<number, string>();
  private ids = new Map<PyObject, number>();
  /** Freed slots, oldest first (FIFO reuse delays generation wrap-around). */
  private free: number[] = [];
  private freeHead = 0;
  private sweepAt = 64;
  /** Set when `resolve` fails: why. */
  lastFailure: StaleReason = "null";

  /** Number of live entries (objects currently known to C). */
  get size(): number {
    return this.ids.size;
  }

  /** The handle of `o`, creating its slot if needed. Does not touch counts. */
  handleOf(o: PyObject): PyObjectPtr {
    const h = this.ids.get(o);
    if (h !== undefined) return h as PyObjectPtr;
    return this.insert(o);
  }

  private insert(o: PyObject): PyObjectPtr {
    let slot: number;
    if (this.free.length - this.freeHead > QUARANTINE) {
      slot = this.free[this.freeHead++]!;
      if (this.freeHead > 1024 && this.freeHead * 2 > this.free.length) {
        this.free = this.free.slice(this.freeHead);
        this.freeHead = 0;
      }
    } else {
      if (this.objs.length >= this.sweepAt) {
        this.sweep();
        this.sweepAt = Math.max(64, this.objs.length * 2);
        if (this.free.length - this.freeHead > QUARANTINE) return this.insert(o);
      }
      slot = this.objs.length;
      if (slot >= SLOT_LIMIT) {
        // Out of fresh slots: reuse a quarantined one rather than fail.
        if (this.freeHead >= this.free.length)
          throw new RangeError("handle table full: too many live objects");
        return this.reuse(o, this.free[this.freeHead++]!);
      }
      this.objs.push(null);
      if (slot >= this.gens.length) {
        const g = new Uint16Array(this.gens.length * 2);
        g.set(this.gens);
        this.gens = g;
        const w = new Int32Array(this.owned.length * 2);
        w.set(this.owned);
        this.owned = w;
      }
      this.gens[slot] = 1;
    }
    return this.reuse(o, slot);
  }

  private reuse(o: PyObject, slot: number): PyObjectPtr {
    this.objs[slot] = o;
    this.owned[slot] = 0;
    const h = this.gens[slot]! * SLOT_LIMIT + slot;
    this.ids.set(o, h);
    return h as PyObjectPtr;
  }

  /**
   * The object of handle `h`, or null (with `lastFailure` set) if `h` is NULL,
   * forged, or refers to a deallocated object.
   */
  resolve(h: number): PyObject | null {
    const slot = h & SLOT_MASK;
    const o = this.objs[slot];
    if (o == null || h !== this.gens[slot]! * SLOT_LIMIT + slot) {
      this.lastFailure = h === 0 ? "null" : this.isFreedHandle(h) ? "freed" : "forged";
      return null;
    }
    if (o.ob_refcnt <= 0) {
      this.release(slot, o);
      this.lastFailure = "deallocated";
      return null;
    }
    return o;
  }

  /** A handle whose slot exists and whose generation is an older one of it. */
  private isFreedHandle(h: number): boolean {
    if (!Number.isInteger(h) || h < SLOT_LIMIT) return false;
    const slot = h & SLOT_MASK;
    const gen = Math.floor(h / SLOT_LIMIT);
    return slot < this.objs.length && gen >= 1 && gen < GEN_LIMIT && gen !== this.gens[slot];
  }

  /** What a freed slot referred to, if checked mode recorded it. */
  freedDescription(h: number): string | undefined {
    return this.freedDesc.get(h);
  }

  /** Adds `n` to the C-owned count of `h` (which must be valid). */
  addOwned(h: PyObjectPtr, n: number): void {
    this.owned[h & SLOT_MASK]! += n;
  }

  /** The C-owned count of `h`. */
  ownedCount(h: PyObjectPtr): number {
    return this.owned[h & SLOT_MASK]!;
  }

  /** Frees the slot of `h` if its object has been deallocated. */
  noteMaybeDead(h: PyObjectPtr, describeDead?: string): void {
    const slot = h & SLOT_MASK;
    const o = this.objs[slot];
    if (o != null && o.ob_refcnt <= 0) this.release(slot, o, describeDead);
  }

  /**
   * Frees the slot of `h` although its object lives on: for objects whose
   * count is not tracked (exception instances), once C owns no reference.
   */
  forget(h: PyObjectPtr): void {
    const slot = h & SLOT_MASK;
    const o = this.objs[slot];
    if (o != null) this.release(slot, o);
  }

  /** Frees the slot of `o` if it has one and `o` has been deallocated. */
  noteObjectMaybeDead(o: PyObject): void {
    if (o.ob_refcnt > 0) return;
    const h = this.ids.get(o);
    if (h !== undefined) this.release(h & SLOT_MASK, o);
  }

  private release(slot: number, o: PyObject, desc?: string): void {
    if (isCheckedMode()) {
      this.freedDesc.set(this.gens[slot]! * SLOT_LIMIT + slot, desc ?? `${o.ob_type.tp_name} object`);
    }
    this.ids.delete(o);
    this.objs[slot] = null;
    this.owned[slot] = 0;
    this.gens[slot] = (this.gens[slot]! % (GEN_LIMIT - 1)) + 1;
    this.free.push(slot);
  }

  /** Frees every slot whose object has been deallocated. */
  sweep(): void {
    const objs = this.objs;
    for (let i = 1; i < objs.length; i++) {
      const o = objs[i];
      if (o != null && o.ob_refcnt <= 0) this.release(i, o);
    }
  }

  /** Forgets the C-owned counts (test isolation after a failure). */
  resetOwned(): void {
    this.owned.fill(0);
  }

  /** Live entries: handle, object and the C-owned count (after a sweep). */
  *entries(): Generator<{ handle: PyObjectPtr; obj: PyObject; owned: number }> {
    this.sweep();
    const objs = this.objs;
    for (let i = 1; i < objs.length; i++) {
      const o = objs[i];
      if (o == null) continue;
      yield { handle: (this.gens[i]! * SLOT_LIMIT + i) as PyObjectPtr, obj: o, owned: this.owned[i]! };
    }
  }
}

/** Whether `o` is immortal (never deallocated). */
export function isImmortal(o: PyObject): boolean {
  return o.ob_refcnt >= IMMORTAL_REFCNT / 2;
}
