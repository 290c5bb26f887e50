/**
 * The object table of the wasm runtime: a `PyObject *` is the address of an
 * object header `{ob_refcnt, ob_type}` in the WebAssembly memory, so C code
 * reads `Py_TYPE(o)->tp_name` and `self->field` directly.
 *
 * Invariants:
 * - one object has one address for its life, given at first hand-out; the
 *   TypeScript object is the truth (its `ob_refcnt` is the count that
 *   matters; the header's copy is refreshed when C changes the count through
 *   `Py_IncRef`/`Py_DecRef`);
 * - a header the table allocated (for a TypeScript object) is freed once the
 *   object has been deallocated, after a quarantine of at least QUARANTINE other frees,
 *   so a stale pointer is reported as such instead of aliasing a new object;
 * - a header the table did not allocate (static objects of the main module,
 *   C-defined instances whose struct came from `tp_alloc`, static types) is
 *   only forgotten: its storage belongs to its owner (`tp_free` frees it);
 * - an address that is not a live header is never dereferenced by the
 *   façade: it resolves to null with `lastFailure` saying why.
 */
import { isCheckedMode, type PyObject } from "@py/object";
import type { ObjectTable, PyObjectPtr, StaleReason } from "../handles.js";

const QUARANTINE = 1024;

/** What the table needs from its runtime. */
export interface HeaderHost {
  /** Allocates and fills a header (or a type mirror) for `o`; returns its address (registered by the host). */
  newHeader(o: PyObject): number;
  /** Frees a header the table allocated. */
  freeHeader(addr: number): void;
}

/** One live header: its object and the references C owns through it (leak bookkeeping). */
export class HeaderEntry {
  constructor(
    readonly obj: PyObject,
    public owned: number,
  ) {}
}

export class HeaderTable implements ObjectTable {
  /** Live headers by address: one map look-up gives both the object and C's owned count. */
  private readonly byAddr = new Map<number, HeaderEntry>();
  private readonly ids = new Map<PyObject, number>();
  /** Headers this table allocated (freed with their object). */
  private readonly allocated = new Set<number>();
  /** Freed headers waiting to be given back to `free`, oldest first. */
  private readonly quarantine: number[] = [];
  private readonly freed = new Set<number>();
  private readonly freedDesc = new Map<number, string>();
  private sweepAt = 256;
  lastFailure: StaleReason = "null";

  constructor(private readonly host: HeaderHost) {}

  get size(): number {
    return this.ids.size;
  }

  /** Records that `o`'s header is at `addr`; `allocated`: the table frees it with `o`. */
  register(o: PyObject, addr: number, allocated: boolean): void {
    this.byAddr.set(addr, new HeaderEntry(o, this.byAddr.get(addr)?.owned ?? 0));
    this.ids.set(o, addr);
    this.freed.delete(addr);
    if (allocated) this.allocated.add(addr);
  }

  /** Forgets the object at `addr` without freeing its storage (its owner does: `tp_free`). */
  unregister(addr: number): PyObject | undefined {
    const e = this.byAddr.get(addr);
    if (e === undefined) return undefined;
    this.drop(addr, e.obj, undefined);
    return e.obj;
  }

  /** The object whose header is at `h`, even while it is being deallocated (its count at 0). */
  objectAt(h: number): PyObject | undefined {
    return this.byAddr.get(h)?.obj;
  }

  /**
   * The entry at `h` if its object is alive, else undefined (no failure
   * bookkeeping: callers fall back to `resolve`). The fast path of
   * `Py_IncRef`/`Py_DecRef` from C.
   */
  liveEntry(h: number): HeaderEntry | undefined {
    const e = this.byAddr.get(h);
    return e !== undefined && e.obj.ob_refcnt > 0 ? e : undefined;
  }

  /** The address of `o`'s header, if it has one (no allocation). */
  addressIfAny(o: PyObject): number | undefined {
    return this.ids.get(o);
  }

  handleOf(o: PyObject): PyObjectPtr {
    const a = this.ids.get(o);
    if (a !== undefined) return a as PyObjectPtr;
    if (this.ids.size >= this.sweepAt) {
      this.sweep();
      this.sweepAt = Math.max(256, this.ids.size * 2);
    }
    return this.host.newHeader(o) as PyObjectPtr;
  }

  resolve(h: number): PyObject | null {
    const e = this.byAddr.get(h);
    if (e === undefined) {
      this.lastFailure = h === 0 ? "null" : this.freed.has(h) ? "freed" : "forged";
      return null;
    }
    const o = e.obj;
    if (o.ob_refcnt <= 0) {
      this.release(h, o);
      this.lastFailure = "deallocated";
      return null;
    }
    return o;
  }

  freedDescription(h: number): string | undefined {
    return this.freedDesc.get(h);
  }

  addOwned(h: PyObjectPtr, n: number): void {
    const e = this.byAddr.get(h);
    if (e !== undefined) e.owned += n;
  }

  ownedCount(h: PyObjectPtr): number {
    return this.byAddr.get(h)?.owned ?? 0;
  }

  noteMaybeDead(h: PyObjectPtr, describeDead?: string): void {
    const e = this.byAddr.get(h);
    if (e !== undefined && e.obj.ob_refcnt <= 0) this.release(h, e.obj, describeDead);
  }

  forget(h: PyObjectPtr): void {
    // Exception instances: their header stays (an address must not change while C may hold it).
    const e = this.byAddr.get(h);
    if (e !== undefined) e.owned = 0;
  }

  noteObjectMaybeDead(o: PyObject): void {
    if (o.ob_refcnt > 0) return;
    const a = this.ids.get(o);
    if (a !== undefined) this.release(a, o);
  }

  private drop(addr: number, o: PyObject, desc: string | undefined): void {
    if (isCheckedMode()) this.freedDesc.set(addr, desc ?? `${o.ob_type.tp_name} object`);
    this.byAddr.delete(addr);
    this.ids.delete(o);
    this.freed.add(addr);
  }

  private release(addr: number, o: PyObject, desc?: string): void {
    this.drop(addr, o, desc);
    if (!this.allocated.delete(addr)) return;
    this.quarantine.push(addr);
    // Freed in batches (amortised O(1)): between QUARANTINE and 2 * QUARANTINE wait.
    if (this.quarantine.length > 2 * QUARANTINE) {
      for (const old of this.quarantine.splice(0, QUARANTINE)) {
        this.freed.delete(old);
        this.freedDesc.delete(old);
        this.host.freeHeader(old);
      }
    }
  }

  sweep(): void {
    for (const [addr, e] of this.byAddr) if (e.obj.ob_refcnt <= 0) this.release(addr, e.obj);
  }

  resetOwned(): void {
    for (const e of this.byAddr.values()) e.owned = 0;
  }

  *entries(): Generator<{ handle: PyObjectPtr; obj: PyObject; owned: number }> {
    this.sweep();
    for (const [addr, e] of this.byAddr) {
      yield { handle: addr as PyObjectPtr, obj: e.obj, owned: e.owned };
    }
  }
}
