/**
 * C struct layouts of the wasm32 ABI (ILP32: pointers, `long`, `Py_ssize_t`
 * and function pointers are 4 bytes), in CPython 3.11's field order
 * (`Include/cpython/object.h`, `methodobject.h`, `moduleobject.h`,
 * `structmember.h`, `descrobject.h`). The main module reports the sizes it
 * was compiled with (`_Pyobj_Layout`); `checkLayout` compares them at start-up.
 */

function fields<const N extends string>(names: readonly N[]): Record<N, number> & { size: number } {
  const out: Record<string, number> = {};
  names.forEach((n, i) => {
    out[n] = i * 4;
  });
  out.size = names.length * 4;
  return out as Record<N, number> & { size: number };
}

/** `PyTypeObject` (3.11), 204 bytes. */
export const TYPE = fields([
  "ob_refcnt",
  "ob_type",
  "ob_size",
  "tp_name",
  "tp_basicsize",
  "tp_itemsize",
  "tp_dealloc",
  "tp_vectorcall_offset",
  "tp_getattr",
  "tp_setattr",
  "tp_as_async",
  "tp_repr",
  "tp_as_number",
  "tp_as_sequence",
  "tp_as_mapping",
  "tp_hash",
  "tp_call",
  "tp_str",
  "tp_getattro",
  "tp_setattro",
  "tp_as_buffer",
  "tp_flags",
  "tp_doc",
  "tp_traverse",
  "tp_clear",
  "tp_richcompare",
  "tp_weaklistoffset",
  "tp_iter",
  "tp_iternext",
  "tp_methods",
  "tp_members",
  "tp_getset",
  "tp_base",
  "tp_dict",
  "tp_descr_get",
  "tp_descr_set",
  "tp_dictoffset",
  "tp_init",
  "tp_alloc",
  "tp_new",
  "tp_free",
  "tp_is_gc",
  "tp_bases",
  "tp_mro",
  "tp_cache",
  "tp_subclasses",
  "tp_weaklist",
  "tp_del",
  "tp_version_tag",
  "tp_finalize",
  "tp_vectorcall",
] as const);

/** `PyNumberMethods`. */
export const NUMBER = fields([
  "nb_add",
  "nb_subtract",
  "nb_multiply",
  "nb_remainder",
  "nb_divmod",
  "nb_power",
  "nb_negative",
  "nb_positive",
  "nb_absolute",
  "nb_bool",
  "nb_invert",
  "nb_lshift",
  "nb_rshift",
  "nb_and",
  "nb_xor",
  "nb_or",
  "nb_int",
  "nb_reserved",
  "nb_float",
  "nb_inplace_add",
  "nb_inplace_subtract",
  "nb_inplace_multiply",
  "nb_inplace_remainder",
  "nb_inplace_power",
  "nb_inplace_lshift",
  "nb_inplace_rshift",
  "nb_inplace_and",
  "nb_inplace_xor",
  "nb_inplace_or",
  "nb_floor_divide",
  "nb_true_divide",
  "nb_inplace_floor_divide",
  "nb_inplace_true_divide",
  "nb_index",
  "nb_matrix_multiply",
  "nb_inplace_matrix_multiply",
] as const);

/** `PySequenceMethods`. */
export const SEQUENCE = fields([
  "sq_length",
  "sq_concat",
  "sq_repeat",
  "sq_item",
  "was_sq_slice",
  "sq_ass_item",
  "was_sq_ass_slice",
  "sq_contains",
  "sq_inplace_concat",
  "sq_inplace_repeat",
] as const);

/** `PyMappingMethods`. */
export const MAPPING = fields(["mp_length", "mp_subscript", "mp_ass_subscript"] as const);

/** `PyBufferProcs`. */
export const BUFFER_PROCS = fields(["bf_getbuffer", "bf_releasebuffer"] as const);

/** `PyMethodDef`. */
export const METHOD_DEF = fields(["ml_name", "ml_meth", "ml_flags", "ml_doc"] as const);

/** `PyModuleDef` (with its `PyModuleDef_Base`: ob_refcnt, ob_type, m_init, m_index, m_copy). */
export const MODULE_DEF = fields([
  "ob_refcnt",
  "ob_type",
  "m_init",
  "m_index",
  "m_copy",
  "m_name",
  "m_doc",
  "m_size",
  "m_methods",
  "m_slots",
  "m_traverse",
  "m_clear",
  "m_free",
] as const);

/** `PyModuleDef_Slot`. */
export const MODULE_SLOT = fields(["slot", "value"] as const);

/** `PyMemberDef`. */
export const MEMBER_DEF = fields(["name", "type", "offset", "flags", "doc"] as const);

/** `PyGetSetDef`. */
export const GETSET_DEF = fields(["name", "get", "set", "doc", "closure"] as const);

/** `PyType_Spec`. */
export const TYPE_SPEC = fields(["name", "basicsize", "itemsize", "flags", "slots"] as const);

/** `PyType_Slot`. */
export const TYPE_SLOT = fields(["slot", "pfunc"] as const);

/** What `_Pyobj_Layout()` of runtime/runtime.c reports, in its order, and what it must be. */
export const EXPECTED_LAYOUT: readonly [string, number][] = [
  ["sizeof(void *)", 4],
  ["sizeof(long)", 4],
  ["sizeof(Py_ssize_t)", 4],
  ["sizeof(PyObject)", 8],
  ["sizeof(PyVarObject)", 12],
  ["sizeof(PyTypeObject)", TYPE.size],
  ["sizeof(Py_buffer)", 44],
  ["sizeof(PyMethodDef)", METHOD_DEF.size],
  ["sizeof(PyModuleDef)", MODULE_DEF.size],
  ["sizeof(PyNumberMethods)", NUMBER.size],
  ["sizeof(PySequenceMethods)", SEQUENCE.size],
  ["sizeof(PyMappingMethods)", MAPPING.size],
  ["sizeof(PyBufferProcs)", BUFFER_PROCS.size],
  ["sizeof(PyMemberDef)", MEMBER_DEF.size],
  ["sizeof(PyGetSetDef)", GETSET_DEF.size],
  ["offsetof(PyTypeObject, tp_name)", TYPE.tp_name],
  ["offsetof(PyTypeObject, tp_flags)", TYPE.tp_flags],
  ["offsetof(PyTypeObject, tp_base)", TYPE.tp_base],
  ["offsetof(PyTypeObject, tp_alloc)", TYPE.tp_alloc],
  ["offsetof(PyTypeObject, tp_new)", TYPE.tp_new],
  ["offsetof(PyTypeObject, tp_free)", TYPE.tp_free],
  ["offsetof(PyTypeObject, tp_vectorcall)", TYPE.tp_vectorcall],
  ["offsetof(PyModuleDef, m_name)", MODULE_DEF.m_name],
  ["offsetof(PyModuleDef, m_free)", MODULE_DEF.m_free],
  ["offsetof(Py_buffer, internal)", 40],
];

/** `Py_TPFLAGS_*` (Include/object.h, 3.11). */
export const TPFLAGS = {
  STATIC_BUILTIN: 1 << 1,
  MANAGED_DICT: 1 << 4,
  SEQUENCE: 1 << 5,
  MAPPING: 1 << 6,
  DISALLOW_INSTANTIATION: 1 << 7,
  IMMUTABLETYPE: 1 << 8,
  HEAPTYPE: 1 << 9,
  BASETYPE: 1 << 10,
  HAVE_VECTORCALL: 1 << 11,
  READY: 1 << 12,
  READYING: 1 << 13,
  HAVE_GC: 1 << 14,
  METHOD_DESCRIPTOR: 1 << 17,
  VALID_VERSION_TAG: 1 << 19,
  IS_ABSTRACT: 1 << 20,
  LONG_SUBCLASS: 1 << 24,
  LIST_SUBCLASS: 1 << 25,
  TUPLE_SUBCLASS: 1 << 26,
  BYTES_SUBCLASS: 1 << 27,
  UNICODE_SUBCLASS: 1 << 28,
  DICT_SUBCLASS: 1 << 29,
  BASE_EXC_SUBCLASS: 1 << 30,
  TYPE_SUBCLASS: 2 ** 31,
} as const;
