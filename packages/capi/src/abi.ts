/**
 * The C ABI the façade lays its structs out for: pointer and `Py_ssize_t`
 * widths, and the offsets of `Py_buffer` (`Include/pybuffer.h`).
 *
 * Two ABIs are supported: LP64 (64-bit Linux/macOS, the default: 8-byte
 * pointers and `Py_ssize_t`) and wasm32 (4-byte pointers and `Py_ssize_t`).
 * Offsets are computed with C's rules (each field at a multiple of its size),
 * so LP64 gives CPython's 80-byte `Py_buffer`.
 */

/** Field offsets of `Py_buffer`, in bytes from the start of the struct. */
export interface PyBufferLayout {
  readonly buf: number;
  readonly obj: number;
  readonly len: number;
  readonly itemsize: number;
  readonly readonly: number;
  readonly ndim: number;
  readonly format: number;
  readonly shape: number;
  readonly strides: number;
  readonly suboffsets: number;
  readonly internal: number;
  /** `sizeof(Py_buffer)`. */
  readonly size: number;
}

export interface Abi {
  readonly name: "lp64" | "wasm32";
  /** `sizeof(void *)`. */
  readonly ptrSize: 4 | 8;
  /** `sizeof(Py_ssize_t)`. */
  readonly ssizeSize: 4 | 8;
  /** `sizeof(int)`. */
  readonly intSize: 4;
  /** `PY_SSIZE_T_MAX`. */
  readonly ssizeMax: number;
  readonly pyBuffer: PyBufferLayout;
}

/** Lays out `Py_buffer` for the given pointer / `Py_ssize_t` width. */
function layoutPyBuffer(ptr: number, ssize: number): PyBufferLayout {
  const fields: [keyof Omit<PyBufferLayout, "size">, number][] = [
    ["buf", ptr],
    ["obj", ptr],
    ["len", ssize],
    ["itemsize", ssize],
    ["readonly", 4],
    ["ndim", 4],
    ["format", ptr],
    ["shape", ptr],
    ["strides", ptr],
    ["suboffsets", ptr],
    ["internal", ptr],
  ];
  const out: Record<string, number> = {};
  let off = 0;
  let align = 1;
  for (const [name, size] of fields) {
    off = Math.ceil(off / size) * size;
    out[name] = off;
    off += size;
    align = Math.max(align, size);
  }
  out.size = Math.ceil(off / align) * align;
  return out as unknown as PyBufferLayout;
}

/** 64-bit Linux/macOS: `sizeof(Py_buffer) == 80`. */
export const ABI_LP64: Abi = {
  name: "lp64",
  ptrSize: 8,
  ssizeSize: 8,
  intSize: 4,
  // 2**63 - 1 is not a JS number; the largest safe integer stands in for it.
  ssizeMax: Number.MAX_SAFE_INTEGER,
  pyBuffer: layoutPyBuffer(8, 8),
};

/** wasm32: 4-byte pointers and `Py_ssize_t`; `sizeof(Py_buffer) == 44`. */
export const ABI_WASM32: Abi = {
  name: "wasm32",
  ptrSize: 4,
  ssizeSize: 4,
  intSize: 4,
  ssizeMax: 0x7fffffff,
  pyBuffer: layoutPyBuffer(4, 4),
};
