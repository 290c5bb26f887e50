/**
 * The rest of the public API (re-exported by index.ts): attribute look-ups
 * and method calls, lists, dicts, sets, functions and descriptors, classes
 * made at run time, generators, modules, `format`. Importing any of these
 * readies every type of the package (`ready-full.ts`): a look-up by name
 * may reach any type's methods, and these make objects of any type.
 */
import "./ready-full.js";

export { PyList_Append, PyList_FromArray, PyList_Type, PyListObject } from "./list-object.js";
export {
  PyObject_DelAttr,
  PyObject_GenericGetAttr,
  PyObject_GenericSetAttr,
  PyObject_GetAttr,
  PyObject_HasAttr,
  PyObject_SetAttr,
  PyType_GetAttr,
} from "./attributes.js";
export { PyCallable_Check, PyObject_Call, PyObject_CallMethod } from "./call.js";
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
export { PyObject_IsInstance, PyObject_IsSubclass } from "./isinstance.js";
export { PySequence_List } from "./iteration.js";
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
  initFillsContents,
  PyObject_GetInstanceDict,
  PyType_FromNamespace,
  PyType_SetDefaultModule,
  type PyTypeNewOptions,
} from "./heaptype.js";
export { callFoundMethod, callSpecial, objectRepr } from "./slot-dispatch.js";
export { staticTypeAttr } from "./static-slots.js";
export { PySuper_New, PySuper_Type, PySuperObject } from "./super.js";
export { PySlotMember_Type, PySlotMemberObject } from "./slots.js";
export { formatObject, PyObject_Format } from "./format-spec.js";
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
  PyFrozenSet_Type,
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
