/**
 * Exact layout values past 2**53 (docs/ARCHITECTURE.md, "Py_ssize_t: one
 * representation"). A `Py_buffer`'s `len`, `shape` and `strides` are JS
 * numbers: they address memory that exists. CPython's are 64-bit and a few
 * legitimately leave the safe integers without ever addressing anything: a
 * huge virtual shape over zero strides, the stride of a dimension of at most
 * one item (a slice with a step near ±2**63 wraps it), the `len` of such a
 * view (wrapped). Then the numbers hold the nearest doubles and `view.wide`
 * the exact `Py_ssize_t` values of all three; `wide` is null (or absent)
 * while every value is a safe integer, so the fast paths never look at it.
 *
 * Readers that print or derive a value (attributes, messages, slicing,
 * bounds checks) read it through `bufLen`/`bufShape`/`bufStride`; producers
 * set a layout through `setExactLayout`.
 */
import type { Py_ssize_t } from "@py/object";
import type { Py_buffer } from "./py-buffer.js";

/** The exact values of a layout with one of them past 2**53. */
export interface PyBufferWide {
  readonly len: Py_ssize_t;
  /** `ndim` entries, or null where the buffer has no shape */
  readonly shape: readonly Py_ssize_t[] | null;
  /** `ndim` entries, or null where the buffer has no strides */
  readonly strides: readonly Py_ssize_t[] | null;
}

/** `view->len`, exactly. */
export function bufLen(view: Py_buffer): Py_ssize_t {
  const w = view.wide;
  return w == null ? view.len : w.len;
}

/** `view->shape[i]`, exactly (the buffer has a shape). */
export function bufShape(view: Py_buffer, i: number): Py_ssize_t {
  const w = view.wide;
  return w == null || w.shape === null ? view.shape![i]! : w.shape[i]!;
}

/** `view->strides[i]`, exactly (the buffer has strides). */
export function bufStride(view: Py_buffer, i: number): Py_ssize_t {
  const w = view.wide;
  return w == null || w.strides === null ? view.strides![i]! : w.strides[i]!;
}

/** The exact shape (null without one): `view.shape` itself while all is safe. */
export function bufShapeArray(view: Py_buffer): readonly Py_ssize_t[] | null {
  const w = view.wide;
  return w == null || view.shape === null ? view.shape : (w.shape ?? view.shape);
}

/** The exact strides (null without them): `view.strides` itself while all is safe. */
export function bufStridesArray(view: Py_buffer): readonly Py_ssize_t[] | null {
  const w = view.wide;
  return w == null || view.strides === null ? view.strides : (w.strides ?? view.strides);
}

function isSafe(v: Py_ssize_t): boolean {
  return typeof v === "number";
}

/** The nearest double of a Py_ssize_t (itself while safe). */
function near(v: Py_ssize_t): number {
  return typeof v === "number" ? v : Number(v);
}

/**
 * Sets `view.len`, `view.shape`, `view.strides` from exact values: numbers,
 * with `view.wide` holding the exact ones when any is past 2**53 (else null).
 * Fresh arrays are made; the arguments are not kept.
 */
export function setExactLayout(
  view: Py_buffer,
  len: Py_ssize_t,
  shape: readonly Py_ssize_t[] | null,
  strides: readonly Py_ssize_t[] | null,
): void {
  const wide =
    !isSafe(len) || (shape !== null && !shape.every(isSafe)) || (strides !== null && !strides.every(isSafe));
  view.len = near(len);
  view.shape = shape === null ? null : shape.map(near);
  view.strides = strides === null ? null : strides.map(near);
  view.wide = wide
    ? {
        len,
        shape: shape === null ? null : shape.slice(),
        strides: strides === null ? null : strides.slice(),
      }
    : null;
}
