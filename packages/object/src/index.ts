/**
 * The public API of `@py/object`: every name is listed (nothing else in the
 * package is public). Import order does not matter: the modules form no
 * cycle, and each type is made ready (`PyType_Ready`) by the module that
 * gathers its methods, which this file loads.
 */
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
  PyType_IsSubtype,
  PyType_Ready,
  PyType_Type,
  PyTypeObject,
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
export {
  PyList_Append,
  PyList_Check,
  PyList_CheckExact,
  PyList_FromArray,
  PyList_Type,
  PyListObject,
} from "./list-object.js";
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
export {
  PyObject_DelAttr,
  PyObject_GenericGetAttr,
  PyObject_GenericSetAttr,
  PyObject_GetAttr,
  PyObject_HasAttr,
  PyObject_SetAttr,
  PyType_GetAttr,
} from "./attributes.js";
export { PyBytes_Type } from "./bytes-object.js";
export { PyCallable_Check, PyObject_Call, PyObject_CallMethod } from "./call.js";
export { unicodeLength } from "./code-points.js";
export {
  Py_SwappedOp,
  PyObject_RichCompare,
  PyObject_RichCompareBool,
  richCompareResult,
} from "./compare.js";
export { PyErr_NewException } from "./exception-types.js";
export { floatDivMod, floatFloorDiv, floatMod, floatPow } from "./float-arith.js";
export { floatHash, floatHashExact } from "./float-hash.js";
export { floatFromString, floatHex, floatRepr } from "./float-string.js";
export {
  PyBoundMethod_New,
  type PyCFunction,
  PyCFunction_Check,
  PyCFunction_New,
  PyCFunction_Type,
  PyCFunctionObject,
  type PyCFunctionOptions,
  PyGetSetDescr_New,
  PyGetSetDescr_Type,
  PyMemberDescr_Type,
  PyGetSetDescrObject,
  PyMethodDescr_New,
  PyMethodDescr_Type,
  PyMethodDescrObject,
} from "./function.js";
export { long_as_number } from "./int.js";
export { PyObject_IsInstance, PyObject_IsSubclass, PyObject_Type } from "./isinstance.js";
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
  PySequence_List,
  PySequence_Tuple,
} from "./iteration.js";
export {
  PyItemsIterObject,
  PyListIter_Type,
  PyListRevIter_New,
  PyListRevIter_Type,
  PyObject_Reversed,
  PyReversed_Type,
  PySeqIter_NewFor,
  PyTupleIter_Type,
} from "./iterators.js";
export {
  PyMapping_Check,
  PyObject_Length,
  PyObject_Size,
  PySequence_Check,
  PySequence_Size,
} from "./length.js";
export { listSort } from "./listsort.js";
export { list_sort_impl } from "./list.js";
export { callMethodDef } from "./method-call.js";
export {
  PyModule_AddFunction,
  PyModule_AddObject,
  PyModule_AddObjectRef,
  PyModule_Check,
  PyModule_GetDict,
  PyModule_New,
  PyModule_Type,
  PyModuleObject,
} from "./module.js";
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
export {
  PyDict_Check,
  PyDict_CheckExact,
  PyDict_Type,
  PyDictItems_Type,
  PyDictIterItem_Type,
  PyDictIterKey_Type,
  PyDictIterObject,
  PyDictIterValue_Type,
  PyDictKeys_Type,
  PyDictObject,
  PyDictRevIterItem_Type,
  PyDictRevIterKey_Type,
  PyDictRevIterValue_Type,
  PyDictValues_Type,
  PyDictViewObject,
} from "./dict-object.js";
export {
  dictToKwArgs,
  PyDict_Clear,
  PyDict_Contains,
  PyDict_Copy,
  PyDict_DelItem,
  PyDict_DelItemString,
  PyDict_GetItem,
  PyDict_GetItemString,
  PyDict_GetItemWithError,
  PyDict_Items,
  PyDict_Keys,
  PyDict_Merge,
  PyDict_MergeFromSeq2,
  PyDict_New,
  PyDict_Next,
  type PyDictNextResult,
  PyDict_SetItem,
  PyDict_SetItemString,
  PyDict_Size,
  PyDict_Update,
  PyDict_Values,
} from "./dict.js";
export { PyObject_ResultHasError } from "./slot-wrapper.js";
export {
  hasOperatorDunder,
  PyMethodWrapper_Type,
  PyMethodWrapperObject,
  PySlotDescr_New,
  PySlotDescr_Type,
  PySlotDescrObject,
  PySlotWrapper_New,
} from "./slot-wrapper-object.js";
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
export {
  PyFunction_Check,
  type PyFunctionCall,
  PyFunction_GetClosure,
  PyFunction_GetCode,
  PyFunction_GetDefaults,
  PyFunction_GetGlobals,
  PyFunction_GetKwDefaults,
  PyFunction_GetModule,
  PyFunction_New,
  PyFunctionObject,
  type PyFunctionOptions,
  PyFunction_SetDefaults,
  PyFunction_SetKwDefaults,
  PyFunction_Type,
} from "./func-object.js";
export {
  PyMethod_Check,
  PyMethod_Function,
  PyMethod_New,
  PyMethod_Self,
  PyMethod_Type,
  PyMethodObject,
} from "./method-object.js";
export {
  PyClassMethod_New,
  PyClassMethod_Type,
  PyStaticMethod_New,
  PyStaticMethod_Type,
  PyStaticMethodObject,
} from "./static-class-method.js";
export { PyProperty_New, PyProperty_Type, PyPropertyObject } from "./property.js";
export {
  _PyType_Lookup,
  PyObject_GenericGetAttrWithDict,
  PyObject_GenericSetAttrWithDict,
} from "./generic-attr.js";
export { descrGetMethod } from "./descr-get.js";
export {
  instanceDict,
  lookupHeap,
  PyHeapTypeObject,
  PyType_IsHeapType,
  staticBase,
} from "./heaptype-object.js";
export {
  PyObject_GetInstanceDict,
  PyType_FromNamespace,
  PyType_SetDefaultModule,
  type PyTypeNewOptions,
} from "./heaptype.js";
export { callFoundMethod, callSpecial, objectRepr } from "./slot-dispatch.js";
export { staticTypeAttr } from "./static-slots.js";
export { PySuper_New, PySuper_Type, PySuperObject } from "./super.js";
export { PySlotMember_Type, PySlotMemberObject } from "./slots.js";
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
  formatObject,
  formatStr,
  general as floatGeneral,
  PyObject_Format,
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
  PyGen_Check,
  PyGen_Close,
  PyGen_New,
  PyGen_Send,
  PyGen_Throw,
  PyGen_Type,
  PyGen_YieldFrom,
  type PyGenFrame,
  PyGenObject,
  type PyGenResult,
  PyIter_Send,
} from "./gen-object.js";
export {
  PyAnySet_Check,
  PyAnySet_CheckExact,
  PyFrozenSet_Check,
  PyFrozenSet_CheckExact,
  PyFrozenSet_Type,
  PySet_Check,
  PySet_CheckExact,
  PySet_GET_SIZE,
  PySet_MINSIZE,
  PySet_Type,
  PySetIter_Type,
  PySetIterObject,
  PySetObject,
} from "./set-object.js";
export {
  PyFrozenSet_New,
  PySet_Add,
  PySet_Clear,
  PySet_Contains,
  PySet_Discard,
  PySet_New,
  PySet_NewBasetype,
  PySet_Next,
  type PySetNextResult,
  PySet_Pop,
  PySet_Size,
} from "./set.js";
export { type_call, typeRepr } from "./typeobject.js";
export { isAscii, stripWhitespace, transformDecimalToASCII } from "./unicode-ctype.js";
export { bytesReprOfLatin1, unicodeRepr } from "./unicode-repr.js";

// The modules that fill the slots of the types declared with their layouts
// (listed in package.json `sideEffects`).
import "./bool.js";
import "./dict.js";
import "./exception-types.js";
import "./float.js";
import "./int.js";
import "./list.js";
import "./set.js";
import "./heaptype.js";
import "./slice.js";
import "./slot-wrapper.js";
import "./str.js";
import "./tuple.js";
import "./typeobject.js";
