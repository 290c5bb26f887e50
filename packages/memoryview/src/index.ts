export {
  PyManagedBufferObject,
  _PyManagedBuffer_Type,
  _PyManagedBuffer_FromObject,
} from "./managed-buffer.js";
export {
  PyMemoryViewObject,
  PyMemoryView_Check,
  PyMemoryView_FromBuffer,
  PyMemoryView_FromMemory,
  PyMemoryView_FromObject,
  PyMemoryView_GET_BASE,
  PyMemoryView_GET_BUFFER,
  _Py_MEMORYVIEW_C,
  _Py_MEMORYVIEW_FORTRAN,
  _Py_MEMORYVIEW_PIL,
  _Py_MEMORYVIEW_RELEASED,
  _Py_MEMORYVIEW_SCALAR,
} from "./memoryview.js";
export { PyMemoryView_Type } from "./memoryview-type.js";
export { PyMemoryView_GetContiguous } from "./contiguous.js";
export { PyMemoryIterObject, _PyMemoryIter_PendingError, _PyMemoryIter_Type } from "./iterator.js";
export { type ViewTypedArray, asDataView, asTypedArray } from "./js-access.js";
export { type JsItem, iterateJs } from "./js-iterate.js";
