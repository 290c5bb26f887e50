/**
 * What the panels show, read from a session through minipy's `pyobj`
 * module (its plain-data side): the handle table C sees, the names of
 * `__main__` with their refcounts, the exports of every exporter among them
 * (and who holds each), and the `Py_buffer` and strided layout of the
 * selected view. Reading changes no count.
 */
import { PyObject_CheckBuffer } from "@py/buffer";
import { isImmortal } from "@py/capi";
import { PyMemoryView_Check } from "@py/memoryview";
import type { PyObject } from "@py/object";
import {
  type BufferInfo,
  type BufferLayout,
  bufferLayout,
  type ExportsInfo,
  exceptionLastLine,
  exportsOf,
  type HandleRow,
  handleRows,
  objectRef,
} from "minipy";
import type { Session } from "./session.js";

/** One name of `__main__`. */
export interface NameRow {
  name: string;
  /** `id()` (hex): the same object keeps it from one snapshot to the next. */
  id: string;
  type: string;
  repr: string;
  refcount: number;
  /** Immortal objects (small ints, None, types): their count means nothing. */
  immortal: boolean;
  /** Whether it has the buffer protocol (it can be selected). */
  buffer: boolean;
}

/** The exports of one named exporter. */
export interface ExporterRow {
  name: string;
  info: ExportsInfo;
}

/** The selected view's struct and drawing (or why there is none). */
export type Selected =
  | { name: string; info: BufferInfo; layout: BufferLayout }
  | { name: string; error: string }
  | null;

/** Everything the panels draw after one input. */
export interface Snapshot {
  handles: HandleRow[];
  names: NameRow[];
  exporters: ExporterRow[];
  selected: Selected;
  /** The name bound to each named object, by `id()` (hex), to name holders in the exports panel. */
  nameOf: Map<string, string>;
}

const REPR_MAX = 60;

function shortRepr(s: string): string {
  return s.length > REPR_MAX ? `${s.slice(0, REPR_MAX - 1)}…` : s;
}

/** The names of `__main__`, in binding order. */
export function namedObjects(session: Session): [string, PyObject][] {
  const out: [string, PyObject][] = [];
  for (const [k, v] of session.interp.globals) {
    if (k.startsWith("__") && k.endsWith("__")) continue;
    out.push([k, v]);
  }
  return out;
}

/** The roots `exportsOf` searches for holders: the namespaces and loaded modules. */
function roots(session: Session): PyObject[] {
  return [...session.interp.globals.values(), ...session.interp.modules.values()];
}

/** Reads the panels' data; `selectedName` names the view to draw (a name of `namedObjects`). */
export function snapshot(session: Session, selectedName: string | null): Snapshot {
  const named = namedObjects(session);
  const names: NameRow[] = named.map(([name, o]) => {
    const ref = objectRef(o);
    return {
      name,
      id: ref.id,
      type: ref.type,
      repr: shortRepr(ref.repr),
      refcount: o.ob_refcnt,
      immortal: isImmortal(o),
      buffer: PyObject_CheckBuffer(o),
    };
  });
  const nameOf = new Map<string, string>();
  for (const [name, o] of named) {
    const id = objectRef(o).id;
    if (!nameOf.has(id)) nameOf.set(id, name);
  }
  const rootList = roots(session);
  const exporters: ExporterRow[] = [];
  const seen = new Set<PyObject>();
  for (const [name, o] of named) {
    if (seen.has(o) || !PyObject_CheckBuffer(o)) continue;
    seen.add(o);
    const info = exportsOf(o, rootList);
    // A memoryview is listed when something holds an export of it (a view of the view).
    if (PyMemoryView_Check(o) && info.holders.length === 0 && !info.count) continue;
    exporters.push({ name, info });
  }
  let selected: Selected = null;
  const pick = named.find(([n]) => n === selectedName);
  if (pick !== undefined) {
    try {
      const layout = bufferLayout(pick[1], { maxItems: 1024 });
      selected = { name: pick[0], info: layout.info, layout };
    } catch (e) {
      selected = { name: pick[0], error: exceptionLastLine(e) };
    }
  }
  return { handles: handleRows(false), names, exporters, selected, nameOf };
}
