/**
 * `cmp_structure` and `copy_buffer` of `Modules/_testbuffer.c`: ndarray
 * item assignment from an exporter of the same structure. The strided copy
 * itself (suboffsets followed, overlap-safe) is @py/buffer's `copyBuffer`.
 *
 * Invariant: both views have shape and strides (they come from PyBUF_FULL_RO
 * requests or from the ndarray's own base buffer).
 */
import { copyBuffer as stridedCopy, fullLayout, type Py_buffer } from "@py/buffer";
import { PyExc_ValueError, raise } from "@py/object";

/** `cmp_structure`: same format, itemsize, ndim and shape (up to the first 0). */
export function cmpStructure(dest: Py_buffer, src: Py_buffer): boolean {
  if (
    (dest.format ?? "B") !== (src.format ?? "B") ||
    dest.itemsize !== src.itemsize ||
    dest.ndim !== src.ndim
  ) {
    return false;
  }
  const ds = dest.shape!;
  const ss = src.shape!;
  for (let i = 0; i < dest.ndim; i++) {
    if (ds[i] !== ss[i]) return false;
    if (ds[i] === 0) break;
  }
  return true;
}

/**
 * `copy_buffer(dest, src)`: copies src into dest, which must have the same
 * format, itemsize, ndim and shape, else ValueError. Atomic: checked first.
 */
export function copyBuffer(dest: Py_buffer, src: Py_buffer): void {
  if (!cmpStructure(dest, src)) {
    raise(PyExc_ValueError, "ndarray assignment: lvalue and rvalue have different structures");
  }
  stridedCopy(fullLayout(dest), fullLayout(src));
}
