/**
 * The public API of `@py/buffer`: the PEP 3118 buffer protocol, struct
 * formats and the `struct` module, and the exporters `bytes`, `bytearray`
 * and `array.array`. Everything else is internal to the package.
 *
 * The static types are made ready by the `*-type.ts` files, which fill the
 * slots of the type objects their layout files declare (`PyType_Ready`;
 * `bytes` is declared by `@py/object`, which reaches bytes through its
 * `tp_as_bytes`). The names that make or hand out objects of a type come
 * through a file that readies it — api-bytes.ts (bytes: also struct, whose
 * results are bytes, and the JS layer), api-bytearray.ts and api-array.ts —
 * so a bundle keeps only the types it uses; the buffer protocol, the format
 * parser and the pure helpers below ready nothing. Under Node all load.
 */
// ---- protocol: memory, Py_buffer, requests, getting and releasing buffers
export {
  PyBUF_ANY_CONTIGUOUS,
  PyBUF_CONTIG,
  PyBUF_CONTIG_RO,
  PyBUF_C_CONTIGUOUS,
  PyBUF_FORMAT,
  PyBUF_FULL,
  PyBUF_FULL_RO,
  PyBUF_F_CONTIGUOUS,
  PyBUF_INDIRECT,
  PyBUF_MAX_NDIM,
  PyBUF_ND,
  PyBUF_READ,
  PyBUF_RECORDS,
  PyBUF_RECORDS_RO,
  PyBUF_SIMPLE,
  PyBUF_STRIDED,
  PyBUF_STRIDED_RO,
  PyBUF_STRIDES,
  PyBUF_WRITABLE,
  PyBUF_WRITE,
  PyBUF_WRITEABLE,
  REQ_ANY_CONTIGUOUS,
  REQ_C_CONTIGUOUS,
  REQ_FORMAT,
  REQ_F_CONTIGUOUS,
  REQ_INDIRECT,
  REQ_SHAPE,
  REQ_STRIDES,
  REQ_WRITABLE,
} from "./protocol/flags.js";
export {
  type BufPtr,
  NULL_PTR,
  PyMemory,
  adjustPtr,
  ptrAdd,
  ptrIsNull,
  readPointer,
  writePointer,
} from "./protocol/memory.js";
export {
  PyBuffer_GetStorageAllocator,
  PyBuffer_SetStorageAllocator,
  type StorageAllocator,
} from "./protocol/storage-allocator.js";
export { PyBuffer_MoveIntoStorage } from "./move-into-storage.js";
export { PyBuffer_SetStoragePoolLimit, PyBuffer_StoragePoolSize } from "./protocol/storage-pool.js";
export { type Py_buffer, copyPyBuffer, emptyPyBuffer } from "./protocol/py-buffer.js";
export {
  type PyBufferWide,
  bufLen,
  bufShape,
  bufShapeArray,
  bufStride,
  bufStridesArray,
  setExactLayout,
} from "./protocol/wide-layout.js";
export {
  PyBuffer_FillInfo,
  PyBuffer_Release,
  PyObject_CheckBuffer,
  PyObject_GetBuffer,
  type DisposablePy_buffer,
  getBuffer,
} from "./protocol/getbuffer.js";
export {
  LAYOUT_C,
  LAYOUT_F,
  LAYOUT_PIL,
  type RequestErrors,
  fillRequestedView,
  layoutFlags,
} from "./protocol/request.js";
export {
  type ContiguityOrder,
  PyBuffer_FillContiguousStrides,
  PyBuffer_IsContiguous,
} from "./protocol/contiguity.js";
export {
  PyBuffer_FromContiguous,
  PyBuffer_GetPointer,
  PyBuffer_ToContiguous,
  PyObject_CopyData,
  type StridedLayout,
  contiguousLayout,
  copyBuffer,
  fullLayout,
  toContiguousBytes,
} from "./protocol/copy.js";

// ---- struct formats and the struct module
export {
  type FormatCode,
  type ItemPacker,
  type ItemUnpacker,
  StructError,
  type StructFormat,
} from "./format/format-code.js";
export { PyBuffer_SizeFromFormat, calcsize } from "./format/parse.js";
export {
  type NumberReader,
  type NumberWriter,
  getNumberReader,
  getNumberWriter,
} from "./format/number-access.js";

// ---- bytes and bytearray (their types and constructors: api-bytes.ts, api-bytearray.ts)
export { decodeBytes, encodeString } from "./bytes/codec.js";
export { hashBytes, hashBytesExact } from "./bytes/hash.js";
export { type HexSep, bytesToHex, parseHexSep } from "./bytes/hex.js";

// ---- the JS layer (src/js): plain JS values in and out, released by `using`
export { argumentError, jsTypeName } from "./js/argument-error.js";
export { cancelReleaseOnCollect, releaseOnCollect } from "./js/release-on-collect.js";

// ---- what readies bytes, bytearray and array.array
export * from "./api-bytes.js";
export * from "./api-bytearray.js";
export * from "./api-array.js";
