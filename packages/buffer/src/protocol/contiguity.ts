/**
 * Contiguity of a buffer layout, as in CPython's `Objects/abstract.c`
 * (`_IsCContiguous`, `_IsFortranContiguous`, `PyBuffer_IsContiguous`,
 * `PyBuffer_FillContiguousStrides`).
 *
 * Rules relied on: `len == 0` (some shape entry is 0) is contiguous in every
 * order; `strides == null` means C-contiguous by definition; a dimension of
 * extent <= 1 may have any stride; any suboffsets make a buffer
 * non-contiguous.
 */

/** The layout fields contiguity depends on (a `Py_buffer` satisfies it). */
export interface ContiguityLayout {
  len: number;
  itemsize: number;
  ndim: number;
  shape: readonly number[] | null;
  strides: readonly number[] | null;
  suboffsets: readonly number[] | null;
}

/** A contiguity order: C (row-major), F (Fortran, column-major) or A (either). */
export type ContiguityOrder = "C" | "F" | "A";

/** `_IsCContiguous`. */
function isCContiguous(view: ContiguityLayout): boolean {
  if (view.len === 0) return true;
  const strides = view.strides;
  if (strides === null) return true;
  const shape = view.shape!;
  let sd = view.itemsize;
  for (let i = view.ndim - 1; i >= 0; i--) {
    const dim = shape[i]!;
    if (dim > 1 && strides[i] !== sd) return false;
    sd *= dim;
  }
  return true;
}

/** `_IsFortranContiguous`. */
function isFortranContiguous(view: ContiguityLayout): boolean {
  if (view.len === 0) return true;
  const strides = view.strides;
  if (strides === null) {
    // C-contiguous by definition: also F-contiguous if effectively 1-d.
    if (view.ndim <= 1) return true;
    const shape = view.shape!;
    let sd = 0;
    for (let i = 0; i < view.ndim; i++) if (shape[i]! > 1) sd++;
    return sd <= 1;
  }
  const shape = view.shape!;
  let sd = view.itemsize;
  for (let i = 0; i < view.ndim; i++) {
    const dim = shape[i]!;
    if (dim > 1 && strides[i] !== sd) return false;
    sd *= dim;
  }
  return true;
}

/**
 * `PyBuffer_IsContiguous(view, order)`: whether the buffer is contiguous in
 * `order` ('C', 'F' or 'A' for either). Any other order gives false.
 */
export function PyBuffer_IsContiguous(view: ContiguityLayout, order: string): boolean {
  if (view.suboffsets !== null) return false;
  if (order === "C") return isCContiguous(view);
  if (order === "F") return isFortranContiguous(view);
  if (order === "A") return isCContiguous(view) || isFortranContiguous(view);
  return false;
}

/**
 * `PyBuffer_FillContiguousStrides(ndim, shape, strides, itemsize, order)`:
 * the strides of a contiguous array of `shape` — Fortran order for 'F', C
 * order otherwise. Returns a new array (CPython fills a caller's array).
 */
export function PyBuffer_FillContiguousStrides(
  ndim: number,
  shape: readonly number[],
  itemsize: number,
  order: string,
): number[] {
  const strides = new Array<number>(ndim);
  let sd = itemsize;
  if (order === "F") {
    for (let k = 0; k < ndim; k++) {
      strides[k] = sd;
      sd *= shape[k]!;
    }
  } else {
    for (let k = ndim - 1; k >= 0; k--) {
      strides[k] = sd;
      sd *= shape[k]!;
    }
  }
  return strides;
}
