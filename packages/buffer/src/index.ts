/**
 * The public API of `@py/buffer`: the PEP 3118 buffer protocol, struct
 * formats and the `struct` module, and the exporters `bytes`, `bytearray`
 * and `array.array`. Everything else is internal to the package.
 *
 * Importing the package readies its static types: the `*-type.ts` files fill
 * the slots of the type objects their layout files declare (`PyType_Ready`;
 * `bytes` is declared by `@py/object`, which reaches bytes through its
 * `tp_as_bytes`).
 */
import "./bytes/bytes-type.js";
import "./bytes/bytearray-type.js";
import "./array/array-type.js";

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
export { PyBuffer_SizeFromFormat, calcsize, parseFormat } from "./format/parse.js";
export { packRecord, unpackRecord } from "./format/record.js";
export {
  type NumberReader,
  type NumberWriter,
  getNumberReader,
  getNumberWriter,
} from "./format/number-access.js";
export {
  PyInit_struct,
  PyStructObject,
  PyStruct_Check,
  PyStruct_Type,
  struct_calcsize,
  struct_clearcache,
  struct_iter_unpack,
  struct_pack,
  struct_pack_into,
  struct_unpack,
  struct_unpack_from,
} from "./format/struct.js";

// ---- bytes and bytearray
export {
  PyBytesObject,
  PyBytes_AS_U8,
  PyBytes_AdoptBytes,
  PyBytes_Check,
  PyBytes_CheckExact,
  PyBytes_FromBytes,
  PyBytes_GET_SIZE,
  PyBytes_Storage,
  PyBytes_Type,
  _PyBytes_NewUninit,
  _PyBytes_Peek,
} from "./bytes/bytes.js";
export {
  PyByteArrayObject,
  PyByteArray_AS_U8,
  PyByteArray_Check,
  PyByteArray_CheckExact,
  PyByteArray_FromBytes,
  PyByteArray_GET_SIZE,
  PyByteArray_Storage,
  PyByteArray_Type,
} from "./bytes/bytearray.js";
export { PyByteArray_Resize } from "./bytes/bytearray-resize.js";
export { PyByteArray_FromObject, PyBytes_FromObject } from "./bytes/construct.js";
export { decodeBytes, encodeString } from "./bytes/codec.js";
export { hashBytes, hashBytesExact } from "./bytes/hash.js";
export { type HexSep, bytesToHex, parseHexSep } from "./bytes/hex.js";

// ---- array.array
export {
  PyArrayObject,
  PyArray_Bytes,
  PyArray_Check,
  PyArray_FromBytes,
  PyArray_FromValues,
  PyArray_Type,
  PyArray_Values,
} from "./array/array.js";
export { PyInit_array } from "./array/array-type.js";

// ---- the JS layer (src/js): plain JS values in and out, released by `using`
export * as struct from "./js/struct.js";
export type { BytesSource, PackValue, StructIterator } from "./js/struct.js";
export { type JsValue, fromJs, toJs, viewBytes } from "./js/js-value.js";
export { argumentError, jsTypeName } from "./js/argument-error.js";
export { cancelReleaseOnCollect, releaseOnCollect } from "./js/release-on-collect.js";
