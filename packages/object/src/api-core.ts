/**
 * The core of the public API (re-exported by index.ts): the object and type
 * machinery, refcounts, exceptions, and the types and operations that never
 * reach a name lookup or make an object of a type outside the core (int,
 * bool, float, str, tuple, slice, the exceptions, `type` and `object`,
 * None, generic aliases and unions). Importing any of these readies those
 * types (`ready-core.ts`) and nothing more, so a bundle that only packs
 * struct formats or makes ints leaves dicts, lists, sets, functions, classes
 * made at run time and the method tables behind attribute look-ups out.
 *
 * Why that is enough: a type's slots are filled before any object of it can
 * exist, because every way to make one goes through an export that readies
 * its type; code here dispatches only through the slots of the objects it is
 * given (made ready by whoever made them) and makes objects of core types
 * only. Everything that looks a name up on a type (attributes, method calls,
 * `format`, classes made at run time) or makes a list, dict, set or function
 * is in api-full.ts, which readies every type.
 */
import "./ready-core.js";

export {
  type binaryfunc,
  type callfunc,
  type CompareOp,
  type destructor,
  type getattrofunc,
  type hashfunc,
  IMMORTAL_REFCNT,
  type inquiry,
  type iternextfunc,
  type KwArgs,
  type lenfunc,
  METH_FASTCALL,
  METH_KEYWORDS,
  METH_NOARGS,
  METH_O,
  METH_VARARGS,
  type newfunc,
  type objobjargproc,
  type objobjproc,
  Py_Address,
  Py_EQ,
  Py_GE,
  Py_GT,
  Py_Id,
  Py_LE,
  Py_LT,
  Py_NE,
  Py_TYPE,
  PyBaseObject_Type,
  type PyBufferLike,
  type PyBufferProcs,
  type PyBytesProcs,
  type PyGetSetDef,
  type PyMappingMethods,
  type PyMethodDef,
  type PyNumberMethods,
  PyObject,
  PyObject_TypeCheck,
  type PySequenceMethods,
  PyType_Check,
  PyType_AddMethods,
  PyType_IsSubtype,
  PyType_Ready,
  PyType_Type,
  PyTypeObject,
  type PyTypeMethods,
  type PyTypeSlots,
  type PyTypeSpec,
  type reprfunc,
  type richcmpfunc,
  type setattrofunc,
  type ssizeargfunc,
  type ssizeobjargproc,
  type ternaryfunc,
  type unaryfunc,
} from "./object.js";
export {
  assertAlive,
  checkedReports,
  checkpoint,
  describe,
  isCheckedMode,
  leakReport,
  Py_DECREF,
  Py_INCREF,
  Py_NewRef,
  Py_REFCNT,
  Py_XDECREF,
  Py_XINCREF,
  RefcountError,
  setCheckedMode,
  untrack,
} from "./refcount.js";
export {
  builtinExceptions,
  exceptionStr,
  formatExceptionOnly,
  isPyError,
  newException,
  PyBaseExceptionObject,
  PyError,
  PyExc_ArithmeticError,
  PyExc_AssertionError,
  PyExc_AttributeError,
  PyExc_BaseException,
  PyExc_BufferError,
  PyExc_Exception,
  PyExc_ImportError,
  PyExc_IndexError,
  PyExc_KeyboardInterrupt,
  PyExc_KeyError,
  PyExc_LookupError,
  PyExc_MemoryError,
  PyExc_ModuleNotFoundError,
  PyExc_NameError,
  PyExc_NotImplementedError,
  PyExc_OverflowError,
  PyExc_RecursionError,
  PyExc_RuntimeError,
  PyExc_StopIteration,
  PyExc_SyntaxError,
  PyExc_SystemError,
  PyExc_SystemExit,
  PyExc_TypeError,
  PyExc_UnboundLocalError,
  PyExc_UnicodeDecodeError,
  PyExc_UnicodeEncodeError,
  PyExc_UnicodeError,
  PyExc_ValueError,
  PyExc_ZeroDivisionError,
  PyExc_GeneratorExit,
  PyExc_EOFError,
  PyExc_OSError,
  PyExc_BlockingIOError,
  PyExc_ChildProcessError,
  PyExc_ConnectionError,
  PyExc_BrokenPipeError,
  PyExc_ConnectionAbortedError,
  PyExc_ConnectionRefusedError,
  PyExc_ConnectionResetError,
  PyExc_FileExistsError,
  PyExc_FileNotFoundError,
  PyExc_InterruptedError,
  PyExc_IsADirectoryError,
  PyExc_NotADirectoryError,
  PyExc_PermissionError,
  PyExc_ProcessLookupError,
  PyExc_TimeoutError,
  PyExc_FloatingPointError,
  PyExc_ReferenceError,
  PyExc_StopAsyncIteration,
  PyExc_IndentationError,
  PyExc_TabError,
  PyExc_UnicodeTranslateError,
  PyExc_Warning,
  PyExc_UserWarning,
  PyExc_DeprecationWarning,
  PyExc_PendingDeprecationWarning,
  PyExc_SyntaxWarning,
  PyExc_RuntimeWarning,
  PyExc_FutureWarning,
  PyExc_ImportWarning,
  PyExc_UnicodeWarning,
  PyExc_BytesWarning,
  PyExc_ResourceWarning,
  PyExc_EncodingWarning,
  raise,
  raiseObject,
} from "./exceptions.js";
export {
  Py_Ellipsis,
  Py_None,
  Py_NotImplemented,
  Py_RETURN_NONE,
  Py_RETURN_NOTIMPLEMENTED,
  PyEllipsis_Type,
  PyNone_Type,
  PyNotImplemented_Type,
} from "./none.js";
export {
  longAsBigInt,
  normalizeInt,
  PyLong_Check,
  PyLong_CheckExact,
  PyLong_FromBigInt,
  PyLong_FromNumber,
  PyLong_FromSsize_t,
  PyLong_FromValue,
  PyLong_Type,
  PyLongObject,
} from "./int-object.js";
export {
  intAdd,
  intAnd,
  intBitLength,
  intCompare,
  intFloorDiv,
  intLshift,
  intMod,
  intMul,
  intOr,
  intPow,
  intRshift,
  intSign,
  intSub,
  intTrueDiv,
  intXor,
  ldexp,
  longToDouble,
} from "./int-arith.js";
export { exactHashValue, intHash, intHashExact, PyHASH_MODULUS } from "./int-hash.js";
export { longFromDouble, longFromString, longToString } from "./int-string.js";
export { intFromBytes, intToBytes } from "./int-bytes.js";
export { Py_False, Py_True, PyBool_Check, PyBool_FromBool, PyBool_Type } from "./bool-object.js";
export {
  PyFloat_Check,
  PyFloat_CheckExact,
  PyFloat_FromDouble,
  PyFloat_Type,
  PyFloatObject,
} from "./float-object.js";
export {
  PyUnicode_Check,
  PyUnicode_CheckExact,
  PyUnicode_FromString,
  PyUnicode_Type,
  PyUnicodeObject,
} from "./str-object.js";
export {
  PyTuple_Check,
  PyTuple_CheckExact,
  PyTuple_FromBorrowed,
  PyTuple_Pack,
  PyTuple_Type,
  PyTupleObject,
} from "./tuple-object.js";
export { PyList_Check, PyList_CheckExact } from "./list-object.js";
export {
  PySlice_Check,
  PySlice_FromNumbers,
  PySlice_New,
  PySlice_Type,
  PySliceObject,
} from "./slice-object.js";
export {
  type ArgSpec,
  badArgument,
  checkNoArgs,
  checkOneArg,
  checkPositional,
  noKeywords,
  noPositional,
  parseArgs,
  type ParsedArgs,
  parseTupleAndKeywords,
  type ArgConverter,
  typeNameForMessage,
} from "./args.js";
export { PyBytes_Type } from "./bytes-object.js";
export { unicodeLength } from "./code-points.js";
export {
  Py_SwappedOp,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  richCompareResult,
} from "./compare.js";
export { PyErr_NewException } from "./exception-types.js";
export { floatDivMod, floatFloorDiv, floatMod, floatPow, powRounded } from "./float-arith.js";
export {
  expFixedToDouble,
  FIX,
  FIX_ONE,
  fixDiv,
  fixedToDouble,
  fixMul,
  fixSqrt,
  ln2Fixed,
  lnFixed,
  toFixed,
} from "./fixed-point.js";
export { floatHash, floatHashExact } from "./float-hash.js";
export { floatFromString, floatHex, floatRepr } from "./float-string.js";
export { long_as_number } from "./int.js";
export { PyObject_Type } from "./isinstance.js";
export { compareItems, countItems, indexOfItem, reprItems, tupleHashOf } from "./item-array.js";
export {
  PyObject_DelItem,
  PyObject_GetItem,
  PyObject_SetItem,
  PySequence_GetItem,
  PySequence_SetItem,
} from "./items.js";
export {
  _PyIter_SetStopValue,
  iterateToArray,
  PyIter_Check,
  PyIter_Next,
  PyIter_NextOrRaise,
  PyObject_GetIter,
  PySequence_Contains,
  PySequence_Tuple,
} from "./iteration.js";
export {
  PyMapping_Check,
  PyObject_Length,
  PyObject_Size,
  PySequence_Check,
  PySequence_Size,
} from "./length.js";
export {
  PY_SSIZE_T_MAX,
  PY_SSIZE_T_MIN,
  type Py_ssize_t,
  ssize_add,
  ssize_as_index,
  ssize_big,
  ssize_div,
  ssize_fits,
  ssize_from_big,
  ssize_mul,
  ssize_mul_overflows,
  ssize_neg,
  ssize_rem,
  ssize_sub,
  ssize_wrap,
} from "./ssize.js";
export {
  binaryOps,
  indexValue,
  PyFloat_AsDouble,
  PyIndex_Check,
  PyLong_AsDouble,
  PyLong_AsLong,
  PyLong_AsSsize_t,
  PyLong_FromDouble,
  PyNumber_Absolute,
  PyNumber_Add,
  PyNumber_And,
  PyNumber_AsSsize_t,
  PyNumber_Check,
  PyNumber_Divmod,
  PyNumber_Float,
  PyNumber_FloorDivide,
  PyNumber_Index,
  PyNumber_InPlaceAdd,
  PyNumber_InPlaceMultiply,
  PyNumber_InPlaceOp,
  PyNumber_InPlaceSubtract,
  PyNumber_Invert,
  PyNumber_Long,
  PyNumber_Lshift,
  PyNumber_Multiply,
  PyNumber_Negative,
  PyNumber_Or,
  PyNumber_Positive,
  PyNumber_Power,
  PyNumber_Remainder,
  PyNumber_Rshift,
  PyNumber_Subtract,
  PyNumber_TrueDivide,
  PyNumber_Xor,
} from "./number.js";
export { PyObject_Hash, PyObject_HashValue } from "./object-hash.js";
export { _Py_HashBytes, _Py_HashBytesExact } from "./hash.js";
export { Owned, owned, SYMBOL_DISPOSE } from "./owned.js";
export {
  PyLongRangeIter_Type,
  PyRange_Check,
  PyRange_New,
  PyRange_Type,
  PyRangeIter_Type,
  PyRangeObject,
} from "./range.js";
export { repeatItems } from "./repeat-items.js";
export { Py_ReprEnter, Py_ReprLeave, PyObject_Repr, PyObject_Str, repr, str } from "./repr.js";
export { PySeqIter_New, PySeqIter_Type, PySeqIterObject } from "./seq-iterator.js";
export {
  PySlice_AdjustIndices,
  PySlice_GetIndicesEx,
  PySlice_Unpack,
  slice_indices,
} from "./slice-indices.js";
export { PyDict_Check, PyDict_CheckExact } from "./dict-object.js";
export { PyUnicode_AsString } from "./str.js";
export { PyUnicodeASCIIIter_Type, PyUnicodeIter_Type } from "./str-iterator.js";
export { PyObject_IsTrue, PyObject_Not } from "./truth.js";
export {
  PyCell_Check,
  PyCell_Get,
  PyCell_GET,
  PyCell_New,
  PyCell_Set,
  PyCell_Type,
  PyCellObject,
} from "./cell.js";
export { PyUnicode_InternFromString } from "./interned-names.js";
export { Py_GenericAlias, Py_GenericAlias_Type, PyGenericAliasObject } from "./generic-alias.js";
export { Py_UnionType_Type, PyUnionObject } from "./union-type.js";
export {
  PyException_GetCause,
  PyException_GetContext,
  PyException_SetCause,
  PyException_SetContext,
} from "./exception-chain.js";
export {
  ascii as asciiOfRepr,
  exponent as floatExponent,
  fixed as floatFixed,
  formatFloat,
  formatInt,
  formatStr,
  general as floatGeneral,
} from "./format-spec.js";
export {
  Py_EnterRecursiveCall,
  Py_GetRecursionLimit,
  Py_LeaveRecursiveCall,
  Py_RecursionDepth,
  Py_SetRecursionLimit,
  withRecursionCheck,
} from "./recursion.js";
export {
  PyAnySet_Check,
  PyAnySet_CheckExact,
  PyFrozenSet_Check,
  PyFrozenSet_CheckExact,
  PySet_Check,
  PySet_CheckExact,
  PySet_GET_SIZE,
} from "./set-object.js";
export { type_call, typeRepr } from "./typeobject.js";
export { isAscii, stripWhitespace, transformDecimalToASCII } from "./unicode-ctype.js";
export { bytesReprOfLatin1, unicodeRepr } from "./unicode-repr.js";
