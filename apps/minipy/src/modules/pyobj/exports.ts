/**
 * `pyobj.exports(o)` as plain data: how many buffers `o` has exported
 * (`ob_exports`) and who holds each one — a managed buffer shared by
 * memoryviews (`memoryview(o)`, its slices and casts), a `Py_buffer` struct
 * C filled with `PyObject_GetBuffer` and has not released, or another
 * object keeping a `Py_buffer` of `o` (an ndarray over it). Browser-safe.
 *
 * Holders are found among the objects reachable from the roots the host
 * gives (an interpreter's namespaces and modules) and the objects C holds
 * (`capiHandles`); a holder reachable from neither (a leaked view) is
 * counted in `count` but cannot be named — `unaccounted` says how many.
 */
import type { Py_buffer } from "@py/buffer";
import { capiBufferExports, capiHandles } from "@py/capi";
import { type PyManagedBufferObject, PyMemoryView_Check, type PyMemoryViewObject } from "@py/memoryview";
import type { PyObject } from "@py/object";
import { type ObjectRef, objectRef } from "./buffer-info.js";
import { walkObjects } from "./referents.js";

/** The memoryviews that share one managed buffer (one export of the base). */
export interface ViewHolder {
  kind: "memoryview";
  /** The managed buffer (`_PyManagedBufferObject`) that holds the export. */
  holder: ObjectRef;
  /** The memoryviews registered with it (their `mbuf`), each with its own export count. */
  views: { view: ObjectRef; exports: number; released: boolean; object: PyObject }[];
}

/** A `Py_buffer *` C holds: filled by `PyObject_GetBuffer` and not released. */
export interface CBufferHolder {
  kind: "C";
  /** Address of the `Py_buffer` struct. */
  address: number;
  /** Which function filled it (as the leak report words it). */
  origin: string;
}

/** Another object that keeps a `Py_buffer` of the exporter (an ndarray over it, a C type's field). */
export interface ObjectHolder {
  kind: "object";
  holder: ObjectRef;
  /** The holder itself (borrowed). */
  object: PyObject;
}

export type ExportHolder = ViewHolder | CBufferHolder | ObjectHolder;

/** Who holds which export of one object. */
export interface ExportsInfo {
  exporter: ObjectRef;
  /** The exporter's own count (`ob_exports`), or null when its type keeps none (bytes). */
  count: number | null;
  holders: ExportHolder[];
  /** Exports counted by the exporter that no holder found accounts for (leaked or unreachable). */
  unaccounted: number;
}

/** `_Py_MANAGED_BUFFER_RELEASED`: the managed buffer's export has ended. */
const MBUF_RELEASED = 0x001;

/** Whether `v` is a live `Py_buffer` whose exporter is `o`. */
function isBufferOf(v: unknown, o: PyObject): v is Py_buffer {
  if (v === null || typeof v !== "object") return false;
  const b = v as Partial<Py_buffer>;
  return b.obj === o && b.buf !== undefined && typeof b.len === "number" && b.released !== true;
}

/** The exporter's own count of buffers handed out (`ob_exports`), if its type keeps one. */
function exportCount(o: PyObject): number | null {
  const r = o as unknown as { exports?: unknown; ob_exports?: unknown };
  if (typeof r.ob_exports === "number") return r.ob_exports;
  if (typeof r.exports === "number") return r.exports;
  return null;
}

/** Where holders are searched: the host's roots and the objects C holds. */
function searchRoots(roots: Iterable<PyObject>): PyObject[] {
  const all: PyObject[] = [...roots];
  for (const e of capiHandles()) all.push(e.obj);
  return all;
}

/**
 * `pyobj.exports(o)`: the exports of `o` and their holders, searched from
 * `roots` (borrowed: an interpreter's namespaces, modules, frames).
 */
export function exportsOf(o: PyObject, roots: Iterable<PyObject>): ExportsInfo {
  const holders: ExportHolder[] = [];
  const mbufs = new Map<PyObject, ViewHolder>();
  const others: PyObject[] = [];
  walkObjects(searchRoots(roots), (x) => {
    if (x === o) return;
    if (PyMemoryView_Check(x)) {
      const mbuf = (x as PyMemoryViewObject).mbuf;
      // A released managed buffer keeps `obj` (borrowed, for GET_BASE) but no longer holds the export.
      if (mbuf !== null && mbuf.obj === o && (mbuf.flags & MBUF_RELEASED) === 0) {
        let h = mbufs.get(mbuf);
        if (h === undefined) {
          h = { kind: "memoryview", holder: objectRef(mbuf), views: [] };
          mbufs.set(mbuf, h);
        }
        h.views.push({
          view: objectRef(x),
          exports: (x as PyMemoryViewObject).exports,
          released: isReleased(x),
          object: x,
        });
      }
      return;
    }
    if (x.ob_type.tp_name === "managedbuffer") {
      const released = ((x as PyManagedBufferObject).flags & MBUF_RELEASED) !== 0;
      if (!released && isBufferOf(x, o) && !mbufs.has(x)) {
        mbufs.set(x, { kind: "memoryview", holder: objectRef(x), views: [] });
      }
      return;
    }
    // Any other object with a Py_buffer of o among its own fields.
    for (const key of Object.keys(x)) {
      if (isBufferOf((x as unknown as Record<string, unknown>)[key], o)) {
        others.push(x);
        break;
      }
    }
  });
  for (const h of mbufs.values()) holders.push(h);
  for (const x of others) holders.push({ kind: "object", holder: objectRef(x), object: x });
  for (const e of capiBufferExports()) {
    if (e.obj === o) holders.push({ kind: "C", address: e.address, origin: e.origin });
  }
  const count = exportCount(o);
  return {
    exporter: objectRef(o),
    count,
    holders,
    unaccounted: count === null ? 0 : Math.max(0, count - holders.length),
  };
}

/** Whether a memoryview was released (`m.release()`). */
function isReleased(mv: PyObject): boolean {
  return ((mv as PyMemoryViewObject).flags & 1) !== 0;
}
