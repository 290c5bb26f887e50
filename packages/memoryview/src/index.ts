// The public memoryview API. The `_Py_MEMORYVIEW_*` flags, the managed
// buffer's type and constructor and the iterator's type are internal.
export type { PyManagedBufferObject } from "./managed-buffer.js";
export {
  PyMemoryViewObject,
  PyMemoryView_Check,
  PyMemoryView_FromBuffer,
  PyMemoryView_FromMemory,
  PyMemoryView_FromObject,
  PyMemoryView_GET_BASE,
  PyMemoryView_GET_BUFFER,
} from "./memoryview.js";
export { PyMemoryView_Type } from "./memoryview-type.js";
export { PyMemoryView_GetContiguous } from "./contiguous.js";
// Used by minipy's iter() builtin (CPython's "result with an exception set").
export { type ViewTypedArray, asDataView, asTypedArray } from "./js-access.js";
export { type JsItem, iterateJs } from "./js-iterate.js";
export {
  PackItemError,
  type PackItemReason,
  getItemPacker,
  getItemUnpacker,
  nativeFormatChar,
} from "./unpack-single.js";

// The JS layer (src/js): views of JS memory and Python exporters with JS values out, released by `using`.
export {
  type Index,
  MemoryView,
  type MemoryViewOptions,
  type MemoryViewSource,
  memoryview,
} from "./js/memoryview.js";
export type { BufferDescriptor } from "./js/buffer-descriptor.js";
