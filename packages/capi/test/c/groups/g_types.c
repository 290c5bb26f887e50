/* Types: static types with PyType_Ready, heap types from specs, the type queries. */
#include "check.h"

typedef struct {
    PyObject_HEAD
    long n;
} CounterObject;

static PyObject *
counter_repr(CounterObject *self)
{
    return PyUnicode_FromFormat("<%s n=%ld>", Py_TYPE(self)->tp_name, self->n);
}

static int
counter_init(CounterObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"n", NULL};
    self->n = 0;
    return PyArg_ParseTupleAndKeywords(args, kwds, "|l", kwlist, &self->n) ? 0 : -1;
}

static PyObject *
counter_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyObject_TypeCheck(b, Py_TYPE(a))) Py_RETURN_NOTIMPLEMENTED;
    long x = ((CounterObject *)a)->n, y = ((CounterObject *)b)->n;
    Py_RETURN_RICHCOMPARE(x, y, op);
}

static Py_hash_t
counter_hash(CounterObject *self)
{
    return self->n == -1 ? -2 : self->n;
}

static PyObject *
counter_call(CounterObject *self, PyObject *args, PyObject *kwds)
{
    self->n++;
    return PyLong_FromLong(self->n);
}

static PyTypeObject Counter_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "g_types.Counter",
    .tp_basicsize = sizeof(CounterObject),
    .tp_repr = (reprfunc)counter_repr,
    .tp_hash = (hashfunc)counter_hash,
    .tp_call = (ternaryfunc)counter_call,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "counts calls",
    .tp_richcompare = counter_richcompare,
    .tp_init = (initproc)counter_init,
    .tp_new = PyType_GenericNew,
};

static PyTypeObject NoNew_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "g_types.NoNew",
    .tp_basicsize = sizeof(PyObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
};

static PyObject *
heap_get(PyObject *self, void *closure)
{
    return PyUnicode_FromString("from a getter");
}

static PyGetSetDef heap_getset[] = {{"g", heap_get, NULL, NULL, NULL}, {NULL}};

static PyType_Slot heap_slots[] = {
    {Py_tp_doc, "a heap type"},
    {Py_tp_getset, heap_getset},
    {0, NULL},
};

static PyType_Spec heap_spec = {
    "g_types.Heap", sizeof(PyObject), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, heap_slots,
};

static void
tests(void)
{
    check_int("PyType_Ready(Counter)", PyType_Ready(&Counter_Type));
    check_int("PyType_Ready again", PyType_Ready(&Counter_Type));
    check_int("tp_base is object", Counter_Type.tp_base == &PyBaseObject_Type);
    check_int("tp_alloc, tp_free inherited", Counter_Type.tp_alloc != NULL && Counter_Type.tp_free != NULL);
    check_int("READY flag", (PyType_GetFlags(&Counter_Type) & Py_TPFLAGS_READY) != 0);
    check_int("BASETYPE flag", (PyType_GetFlags(&Counter_Type) & Py_TPFLAGS_BASETYPE) != 0);
    check_int("HEAPTYPE flag (static)", (PyType_GetFlags(&Counter_Type) & Py_TPFLAGS_HEAPTYPE) != 0);
    PyObject *c = T(PyObject_CallFunction((PyObject *)&Counter_Type, "l", 5L));
    check_obj("Counter(5)", Py_XNewRef(c));
    check_obj("Counter(n='x')", PyObject_Call((PyObject *)&Counter_Type, T(PyTuple_New(0)), T(Py_BuildValue("{s:s}", "n", "x"))));
    check_obj("call", PyObject_CallNoArgs(c));
    check_obj("call again", PyObject_CallNoArgs(c));
    check_int("hash", PyObject_Hash(c));
    PyObject *d = T(PyObject_CallFunction((PyObject *)&Counter_Type, "l", 9L));
    check_obj("Counter(7) < Counter(9)", PyObject_RichCompare(c, d, Py_LT));
    check_obj("Counter(7) == 7", PyObject_RichCompare(c, I(7), Py_EQ));
    check_int("PyObject_TypeCheck(c, Counter)", PyObject_TypeCheck(c, &Counter_Type));
    check_int("PyType_IsSubtype(Counter, object)", PyType_IsSubtype(&Counter_Type, &PyBaseObject_Type));
    check_int("PyType_IsSubtype(int, Counter)", PyType_IsSubtype(&PyLong_Type, &Counter_Type));
    check_int("PyType_Check(Counter), (c)", PyType_Check((PyObject *)&Counter_Type) * 10 + PyType_Check(c));
    check_int("PyType_CheckExact(Counter), (type)", PyType_CheckExact((PyObject *)&Counter_Type) * 10 + PyType_CheckExact((PyObject *)&PyType_Type));
    check_obj("PyType_GetName", PyType_GetName(&Counter_Type));
    check_obj("PyType_GetQualName", PyType_GetQualName(&Counter_Type));
    check_obj("type.__doc__", PyObject_GetAttrString((PyObject *)&Counter_Type, "__doc__"));
    check_obj("type.__module__", PyObject_GetAttrString((PyObject *)&Counter_Type, "__module__"));
    check_int("PyType_GetSlot(Counter, Py_tp_repr) == counter_repr", PyType_GetSlot(&Counter_Type, Py_tp_repr) == (void *)counter_repr);
    check_int("PyType_GetSlot(Counter, Py_tp_iter) NULL", PyType_GetSlot(&Counter_Type, Py_tp_iter) == NULL);
    check_int("PyType_GetFlags(int) LONG_SUBCLASS", (PyType_GetFlags(&PyLong_Type) & Py_TPFLAGS_LONG_SUBCLASS) != 0);
    check_int("PyType_Ready(NoNew)", PyType_Ready(&NoNew_Type));
    check_obj("NoNew()", PyObject_CallNoArgs((PyObject *)&NoNew_Type));
    check_int("DISALLOW_INSTANTIATION", (PyType_GetFlags(&NoNew_Type) & Py_TPFLAGS_DISALLOW_INSTANTIATION) != 0);
    /* Made once and kept (as a module keeps its types): run() runs twice. */
    static PyObject *h, *sub, *mod, *owned;
    if (h == NULL) h = PyType_FromSpec(&heap_spec);
    check_obj("PyType_FromSpec", Py_XNewRef(h));
    if (h != NULL) {
        check_int("  HEAPTYPE", (PyType_GetFlags((PyTypeObject *)h) & Py_TPFLAGS_HEAPTYPE) != 0);
        check_obj("  __doc__", PyObject_GetAttrString(h, "__doc__"));
        check_obj("  __module__", PyObject_GetAttrString(h, "__module__"));
        check_obj("  GetName", PyType_GetName((PyTypeObject *)h));
        PyObject *inst = T(PyObject_CallNoArgs(h));
        check_obj("  instance getter", inst == NULL ? NULL : PyObject_GetAttrString(inst, "g"));
        check_obj("  GetModule (none)", PyType_GetModule((PyTypeObject *)h));
        check_int("  GetModuleState (none) is NULL", PyType_GetModuleState((PyTypeObject *)h) == NULL);
        PyErr_Clear();
        PyObject *bases = T(PyTuple_Pack(1, h));
        if (sub == NULL) sub = PyType_FromSpecWithBases(&heap_spec, bases);
        check_int("FromSpecWithBases: subtype", sub != NULL && PyType_IsSubtype((PyTypeObject *)sub, (PyTypeObject *)h));
        if (mod == NULL) mod = PyModule_New("g_types_owner");
        if (owned == NULL) owned = PyType_FromModuleAndSpec(mod, &heap_spec, NULL);
        check_int("FromModuleAndSpec: GetModule is the module", owned != NULL && PyType_GetModule((PyTypeObject *)owned) == mod);
    }
    check_obj("PyType_GenericAlloc(Counter, 0)", PyType_GenericAlloc(&Counter_Type, 0));
    check_obj("PyType_GenericNew(Counter)", PyType_GenericNew(&Counter_Type, T(PyTuple_New(0)), NULL));
    check_str("Py_TYPE(Counter)->tp_name", Py_TYPE(&Counter_Type)->tp_name);
    check_str("PyBaseObject_Type.tp_name", PyBaseObject_Type.tp_name);
    check_str("PyType_Type.tp_name", PyType_Type.tp_name);

    /* more static types: what third-party extensions compare types with or call */
    check_str("PyFunction_Type.tp_name", PyFunction_Type.tp_name);
    check_str("PyMethod_Type.tp_name", PyMethod_Type.tp_name);
    check_str("PyClassMethod_Type.tp_name", PyClassMethod_Type.tp_name);
    check_str("PyStaticMethod_Type.tp_name", PyStaticMethod_Type.tp_name);
    check_str("PyReversed_Type.tp_name", PyReversed_Type.tp_name);
    check_str("PyComplex_Type.tp_name", PyComplex_Type.tp_name);
    PyObject *seq = T(Py_BuildValue("[iii]", 1, 2, 3));
    PyObject *tup = T(Py_BuildValue("(iii)", 1, 2, 3));
    PyObject *rev = T(PyObject_CallFunctionObjArgs((PyObject *)&PyReversed_Type, tup, NULL));
    check_int("reversed((1, 2, 3)) is a PyReversed_Type", rev != NULL && Py_IS_TYPE(rev, &PyReversed_Type));
    check_obj("list(reversed((1, 2, 3)))", rev == NULL ? NULL : PySequence_List(rev));
    check_obj("reversed(5)", PyObject_CallFunctionObjArgs((PyObject *)&PyReversed_Type, I(5), NULL));
    PyObject *len = T(PyObject_GetAttrString(seq, "__len__"));
    PyObject *sm = T(PyObject_CallOneArg((PyObject *)&PyStaticMethod_Type, len));
    PyObject *cm = T(PyObject_CallOneArg((PyObject *)&PyClassMethod_Type, len));
    check_int("staticmethod(f), classmethod(f): their types", (sm != NULL && Py_IS_TYPE(sm, &PyStaticMethod_Type)) * 10
              + (cm != NULL && Py_IS_TYPE(cm, &PyClassMethod_Type)));
    check_int("PyComplex_Check(1), PyFunction_Check(len), PyMethod_Check(len)",
              PyComplex_Check(I(1)) * 100 + PyFunction_Check(len) * 10 + PyMethod_Check(len));
}

GROUP(g_types)
