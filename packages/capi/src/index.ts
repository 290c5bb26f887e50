/**
 * The public C-API of `@py/capi`: CPython-named functions and macros over
 * `PyObject*` handles and a linear memory, plus the few helpers a C-API
 * user (or an extension module written against it, such as minipy's
 * `_testbuffer`) needs to move between handles, JS objects and `Py_buffer`
 * structs. Everything else (the runtime state, handle tables, error sinks,
 * report plumbing) is internal to the package.
 */

// ABI and C types.
export { ABI_LP64, ABI_WASM32, type Abi, type PyBufferLayout } from "./abi.js";
export { type CChar, type Ptr, charOf } from "./c-types.js";
export { type LinearMemoryOptions, LinearMemory, NULL_PAGE_END } from "./linear-memory.js";

// The runtime: its linear memory and options.
export { type CApiOptions, type StructBlocks, initCApi, linearMemory } from "./runtime.js";

// Handles (PyObject*) and reference counts.
export { NULL_OBJECT, type PyObjectPtr, type StaleReason, isImmortal } from "./handles.js";
export {
  Py_DECREF,
  Py_INCREF,
  Py_IS_TYPE,
  Py_NewRef,
  Py_REFCNT,
  Py_TYPE,
  Py_XDECREF,
  Py_XINCREF,
  Py_XNewRef,
  adopt,
  borrowHandle,
  fromHandle,
  stealHandle,
  toHandle,
} from "./refcount.js";

// Errors.
export {
  PyErr_Clear,
  PyErr_ExceptionMatches,
  PyErr_Fetch,
  PyErr_GivenExceptionMatches,
  PyErr_NoMemory,
  PyErr_Occurred,
  PyErr_Restore,
  PyErr_SetNone,
  PyErr_SetObject,
  PyErr_SetString,
  currentException,
  raiseIfError,
  unwrapResult,
} from "./errors.js";

// Memory.
export { PyMem_Calloc, PyMem_Free, PyMem_Malloc, PyMem_Realloc } from "./pymem.js";

// Py_buffer structs in linear memory and the buffer protocol.
export {
  type RawPyBuffer,
  freeBlocks,
  readPyBufferStruct,
  readRawPyBuffer,
  writePyBufferStruct,
} from "./py-buffer-struct.js";
export {
  PyBuffer_FillContiguousStrides,
  PyBuffer_FillInfo,
  PyBuffer_FromContiguous,
  PyBuffer_GetPointer,
  PyBuffer_IsContiguous,
  PyBuffer_Release,
  PyBuffer_SizeFromFormat,
  PyBuffer_ToContiguous,
  PyObject_CheckBuffer,
  PyObject_CopyData,
  PyObject_GetBuffer,
  allocPyBuffer,
  exportedView,
  readPyBuffer,
} from "./buffer-api.js";
export {
  PyMemoryView_Check,
  PyMemoryView_FromBuffer,
  PyMemoryView_FromMemory,
  PyMemoryView_FromObject,
  PyMemoryView_GET_BASE,
  PyMemoryView_GET_BUFFER,
  PyMemoryView_GetContiguous,
} from "./memoryview-api.js";

// Objects: singletons, exceptions, bytes, bytearray, int, str, tuple.
export {
  PyByteArray_AsString,
  PyByteArray_FromStringAndSize,
  PyByteArray_Resize,
  PyByteArray_Size,
  PyBytes_AsString,
  PyBytes_FromString,
  PyBytes_FromStringAndSize,
  PyBytes_Size,
  PyExc,
  PyExc_BaseException_h,
  PyExc_BufferError_h,
  PyExc_Exception_h,
  PyExc_IndexError_h,
  PyExc_MemoryError_h,
  PyExc_OverflowError_h,
  PyExc_RuntimeError_h,
  PyExc_SystemError_h,
  PyExc_TypeError_h,
  PyExc_ValueError_h,
  PyLong_AsSsize_t,
  PyLong_FromLong,
  PyLong_FromSsize_t,
  PyObject_Repr,
  PyObject_Str,
  PyTuple_GetItem,
  PyTuple_Pack,
  PyTuple_Size,
  PyUnicode_AsUTF8,
  PyUnicode_FromString,
  Py_False_h,
  Py_None_h,
  Py_NotImplemented_h,
  Py_RETURN_NONE,
  Py_True_h,
} from "./objects-api.js";

// Checked mode: reports and leak accounting.
export { capiClearReports, capiOnReport, capiReports } from "./checked.js";
export { capiCheckpoint, capiForgetLeaks, capiLeakReport, capiLiveCounts } from "./leaks.js";
export {
  type BufferExportEntry,
  type HandleEntry,
  capiBufferExports,
  capiHandles,
  capiViewStructAddress,
} from "./introspect.js";

// Argument engines: PyArg_Parse*, Py_BuildValue, PyErr_Format, PyUnicode_FromFormat.
export {
  type ArgBridge,
  type CStore,
  type DataModel,
  type HeldBuffer,
  MODEL_LP64,
  MODEL_WASM32,
} from "./args/bridge.js";
export { Py_BuildValue, Py_VaBuildValue } from "./args/build-value.js";
export type { CFormat } from "./args/c-format.js";
export { type ParseOptions, Py_CLEANUP_SUPPORTED } from "./args/convert.js";
export {
  PyBytes_FromFormat,
  PyBytes_FromFormatV,
  PyErr_Format,
  PyErr_FormatV,
  PyUnicode_FromFormat,
  PyUnicode_FromFormatV,
} from "./args/from-format.js";
export {
  type KeywordArgs,
  type KeywordList,
  PyArg_ParseTupleAndKeywords,
  PyArg_VaParseTupleAndKeywords,
} from "./args/parse-keywords.js";
export { PyArg_Parse, PyArg_ParseTuple, PyArg_UnpackTuple, PyArg_VaParse } from "./args/parse-tuple.js";
export { ArrayVaList, type VaList, Wasm32VaList } from "./args/va-list.js";

// The WebAssembly runtime: C extensions compiled with @py/cc (docs/CEXT-DESIGN.md).
export {
  activeCRuntime,
  type CApiHost,
  capiHeadersUrl,
  capiIncludeUrl,
  CRuntime,
  type CRuntimeOptions,
  compileExtension,
  cRuntime,
  type DylinkInfo,
  defineImports,
  exceptionClass,
  fetchCapiHeaders,
  functionNames,
  HeaderTable,
  type HeaderTree,
  type ImportDef,
  importDef,
  isCType,
  type LoadedExtension,
  libpyobjUrl,
  loadedExtensions,
  loadExtension,
  moduleDict,
  readDylink,
  wrapImport,
} from "./wasm/index.js";
