/**
 * `memory_hash` (`Objects/memoryobject.c`): only read-only views of the byte
 * formats 'B', 'b', 'c' are hashable, with the hash of the bytes of the same
 * content. The value is cached in the view, so it stays valid after release().
 */
import { PyExc_ValueError, type PyObject, PyObject_Hash, raise } from "@py/object";
import { hashBytesExact, toContiguousBytes } from "@py/buffer";
import { isByteFormat, nativeFmtChar, nativeFmtSize } from "./cast.js";
import { mvCContiguous } from "./flags.js";
import { type PyMemoryViewObject, checkReleased } from "./memoryview.js";

/** `memory_hash` (tp_hash). */
export function memoryHash(o: PyObject): number {
  const self = o as PyMemoryViewObject;
  let h = self.hash;
  if (h === null) {
    checkReleased(self);
    const view = self.view;
    if (!view.readonly) raise(PyExc_ValueError, "cannot hash writable memoryview object");
    const fmt = view.format;
    if (nativeFmtSize(fmt) < 0 || !isByteFormat(nativeFmtChar(fmt))) {
      raise(PyExc_ValueError, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    }
    // The exporter must be hashable itself (keeps its error message).
    if (view.obj !== null) PyObject_Hash(view.obj);
    let exact: number | bigint;
    if (mvCContiguous(self.flags)) {
      exact = hashBytesExact(view.buf.mem.u8, view.buf.offset, view.len);
    } else {
      const u8 = toContiguousBytes(view, "C");
      exact = hashBytesExact(u8, 0, u8.length);
    }
    if (typeof exact === "bigint") {
      exactHashes.set(self, exact);
      h = Number(exact);
    } else h = exact;
    self.hash = h;
  }
  return h;
}

/**
 * The hashes beyond 2**53 with all their bits, by view (most views are never
 * hashed, so the view keeps only the JS number; this side table keeps the
 * rest, and lets it go with the view).
 */
const exactHashes = new WeakMap<PyMemoryViewObject, bigint>();

/** `hash(m)` with all 64 bits (`tp_hash_exact`): the same checks and cache as `memoryHash`. */
export function memoryHashExact(o: PyObject): number | bigint {
  const h = memoryHash(o);
  return exactHashes.get(o as PyMemoryViewObject) ?? h;
}
