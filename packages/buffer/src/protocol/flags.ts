/** The `PyBUF_*` request flags, with CPython's values (Include/pybuffer.h). */
export const PyBUF_SIMPLE = 0;
export const PyBUF_WRITABLE = 0x0001;
export const PyBUF_WRITEABLE = PyBUF_WRITABLE;
export const PyBUF_FORMAT = 0x0004;
export const PyBUF_ND = 0x0008;
export const PyBUF_STRIDES = 0x0010 | PyBUF_ND;
export const PyBUF_C_CONTIGUOUS = 0x0020 | PyBUF_STRIDES;
export const PyBUF_F_CONTIGUOUS = 0x0040 | PyBUF_STRIDES;
export const PyBUF_ANY_CONTIGUOUS = 0x0080 | PyBUF_STRIDES;
export const PyBUF_INDIRECT = 0x0100 | PyBUF_STRIDES;
export const PyBUF_CONTIG = PyBUF_ND | PyBUF_WRITABLE;
export const PyBUF_CONTIG_RO = PyBUF_ND;
export const PyBUF_STRIDED = PyBUF_STRIDES | PyBUF_WRITABLE;
export const PyBUF_STRIDED_RO = PyBUF_STRIDES;
export const PyBUF_RECORDS = PyBUF_STRIDES | PyBUF_WRITABLE | PyBUF_FORMAT;
export const PyBUF_RECORDS_RO = PyBUF_STRIDES | PyBUF_FORMAT;
export const PyBUF_FULL = PyBUF_INDIRECT | PyBUF_WRITABLE | PyBUF_FORMAT;
export const PyBUF_FULL_RO = PyBUF_INDIRECT | PyBUF_FORMAT;
export const PyBUF_READ = 0x100;
export const PyBUF_WRITE = 0x200;

/** `PyBUF_MAX_NDIM`. */
export const PyBUF_MAX_NDIM = 64;

// The request tests of `Objects/memoryobject.c` (`REQ_INDIRECT` ... `REQ_FORMAT`):
// a composite request is present only when all of its bits are.

/** `REQ_INDIRECT(flags)`: suboffsets requested (`PyBUF_INDIRECT`). */
export function REQ_INDIRECT(flags: number): boolean {
  return (flags & PyBUF_INDIRECT) === PyBUF_INDIRECT;
}
/** `REQ_C_CONTIGUOUS(flags)`. */
export function REQ_C_CONTIGUOUS(flags: number): boolean {
  return (flags & PyBUF_C_CONTIGUOUS) === PyBUF_C_CONTIGUOUS;
}
/** `REQ_F_CONTIGUOUS(flags)`. */
export function REQ_F_CONTIGUOUS(flags: number): boolean {
  return (flags & PyBUF_F_CONTIGUOUS) === PyBUF_F_CONTIGUOUS;
}
/** `REQ_ANY_CONTIGUOUS(flags)`. */
export function REQ_ANY_CONTIGUOUS(flags: number): boolean {
  return (flags & PyBUF_ANY_CONTIGUOUS) === PyBUF_ANY_CONTIGUOUS;
}
/** `REQ_STRIDES(flags)`: strides requested (`PyBUF_STRIDES`). */
export function REQ_STRIDES(flags: number): boolean {
  return (flags & PyBUF_STRIDES) === PyBUF_STRIDES;
}
/** `REQ_SHAPE(flags)`: a shape requested (`PyBUF_ND`). */
export function REQ_SHAPE(flags: number): boolean {
  return (flags & PyBUF_ND) === PyBUF_ND;
}
/** `REQ_WRITABLE(flags)`: a writable buffer requested. */
export function REQ_WRITABLE(flags: number): boolean {
  return (flags & PyBUF_WRITABLE) !== 0;
}
/** `REQ_FORMAT(flags)`: the format requested. */
export function REQ_FORMAT(flags: number): boolean {
  return (flags & PyBUF_FORMAT) !== 0;
}
