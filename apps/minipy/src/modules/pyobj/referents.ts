/**
 * The objects reachable from a set of roots, found by reflection over the
 * JavaScript fields of each object (what `gc.get_referents` finds through
 * `tp_traverse` in CPython; the packages' types have no `tp_traverse`, but
 * every reference an object owns is a field, an array entry or a map entry).
 * Type objects are not entered (they hold methods, not buffers). Read only.
 */
import { PyObject, PyTypeObject } from "@py/object";

/**
 * Calls `visit(o)` once for each `PyObject` reachable from `roots` (roots
 * included), breadth first: objects nearer the roots, and roots given first,
 * are visited first.
 */
export function walkObjects(roots: Iterable<PyObject>, visit: (o: PyObject) => void): void {
  const seen = new Set<object>();
  const stack: unknown[] = [...roots];
  for (let head = 0; head < stack.length; head++) {
    const v = stack[head];
    if (v === null || typeof v !== "object" || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof PyTypeObject) continue;
    if (v instanceof PyObject) visit(v);
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer) continue;
    if (v instanceof Map) {
      for (const [k, x] of v) {
        stack.push(k);
        stack.push(x);
      }
      continue;
    }
    if (v instanceof Set || Array.isArray(v)) {
      for (const x of v) stack.push(x);
      continue;
    }
    for (const key of Object.keys(v)) {
      if (key === "ob_type") continue;
      const x = (v as Record<string, unknown>)[key];
      if (x !== null && typeof x === "object") stack.push(x);
    }
  }
}
