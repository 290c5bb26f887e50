/* Slot tables and the rest of the basics: PyNumberMethods/PySequenceMethods/
   PyMappingMethods on a static type, Py_nb_/Py_sq_/Py_mp_/Py_tp_ slots on a heap
   type, GC types (PyObject_GC_*, Py_VISIT), PyModule_Create2, PyErr_Print,
   PyErr_WriteUnraisable and the no-op and typedef macros. */
#include "check.h"

PyDoc_STRVAR(box_doc, "Box(n): a number in a box");

typedef struct {
    PyObject_HEAD
    long n;
    PyObject *ref;
} BoxObject;

static PyTypeObject Box_Type;

static PyObject *
box_make(long n)
{
    BoxObject *b = PyObject_GC_New(BoxObject, &Box_Type);
    if (b == NULL) return NULL;
    b->n = n;
    b->ref = NULL;
    PyObject_GC_Track(b);
    return (PyObject *)b;
}

static int visits;

static int
box_traverse(BoxObject *self, visitproc visit, void *arg)
{
    visits++;
    Py_VISIT(self->ref);
    return 0;
}

static int
box_clear(BoxObject *self)
{
    Py_CLEAR(self->ref);
    return 0;
}

static void
box_dealloc(BoxObject *self)
{
    PyObject_GC_UnTrack(self);
    box_clear(self);
    PyObject_GC_Del(self);
}

static PyObject *
box_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    long n = 0;
    if (!PyArg_ParseTuple(args, "|l:Box", &n)) return NULL;
    return box_make(n);
}

static PyObject *
box_repr(BoxObject *self)
{
    return PyUnicode_FromFormat("Box(%ld)", self->n);
}

static PyObject *
box_add(PyObject *a, PyObject *b)
{
    if (!PyObject_TypeCheck(a, &Box_Type) || !PyObject_TypeCheck(b, &Box_Type)) Py_RETURN_NOTIMPLEMENTED;
    return box_make(((BoxObject *)a)->n + ((BoxObject *)b)->n);
}

static PyObject *
box_neg(BoxObject *self)
{
    return box_make(-self->n);
}

static int
box_bool(BoxObject *self)
{
    return self->n != 0;
}

static PyObject *
box_int(BoxObject *self)
{
    return PyLong_FromLong(self->n);
}

static PyObject *
box_index(BoxObject *self)
{
    return PyLong_FromLong(self->n);
}

static Py_ssize_t
box_len(BoxObject *self)
{
    return self->n < 0 ? 0 : self->n;
}

static PyObject *
box_item(BoxObject *self, Py_ssize_t i)
{
    if (i < 0 || i >= box_len(self)) {
        PyErr_SetString(PyExc_IndexError, "Box index out of range");
        return NULL;
    }
    return PyLong_FromSsize_t(i * i);
}

static int
box_contains(BoxObject *self, PyObject *v)
{
    long x = PyLong_AsLong(v);
    if (x == -1 && PyErr_Occurred()) return -1;
    return x >= 0 && x < self->n;
}

static PyObject *
box_subscript(BoxObject *self, PyObject *key)
{
    return PyUnicode_FromFormat("Box[%R]", key);
}

static int
box_ass_subscript(BoxObject *self, PyObject *key, PyObject *v)
{
    if (v == NULL) {
        self->n = 0;
        return 0;
    }
    long x = PyLong_AsLong(v);
    if (x == -1 && PyErr_Occurred()) return -1;
    self->n = x;
    return 0;
}

static PyNumberMethods box_as_number = {
    .nb_add = box_add,
    .nb_negative = (unaryfunc)box_neg,
    .nb_bool = (inquiry)box_bool,
    .nb_int = (unaryfunc)box_int,
    .nb_index = (unaryfunc)box_index,
};

static PySequenceMethods box_as_sequence = {
    .sq_length = (lenfunc)box_len,
    .sq_item = (ssizeargfunc)box_item,
    .sq_contains = (objobjproc)box_contains,
};

static PyMappingMethods box_as_mapping = {
    .mp_subscript = (binaryfunc)box_subscript,
    .mp_ass_subscript = (objobjargproc)box_ass_subscript,
};

static PyTypeObject Box_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "g_slots.Box",
    .tp_basicsize = sizeof(BoxObject),
    .tp_dealloc = (destructor)box_dealloc,
    .tp_repr = (reprfunc)box_repr,
    .tp_as_number = &box_as_number,
    .tp_as_sequence = &box_as_sequence,
    .tp_as_mapping = &box_as_mapping,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = box_doc,
    .tp_traverse = (traverseproc)box_traverse,
    .tp_clear = (inquiry)box_clear,
    .tp_new = box_new,
};

/* a heap type with Py_nb_/Py_sq_/Py_mp_ slots */
static PyObject *
h_mul(PyObject *a, PyObject *b)
{
    return PyUnicode_FromString("h_mul");
}

static Py_ssize_t
h_len(PyObject *self)
{
    return 3;
}

static PyObject *
h_sub(PyObject *self, PyObject *key)
{
    return Py_BuildValue("(sO)", "h_sub", key);
}

static PyType_Slot h_slots[] = {
    {Py_nb_multiply, h_mul},
    {Py_sq_length, h_len},
    {Py_mp_subscript, h_sub},
    {Py_tp_doc, PyDoc_STR("slots from a spec")},
    {0, NULL},
};

static PyType_Spec h_spec = {"g_slots.H", sizeof(PyObject), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_IMMUTABLETYPE, h_slots};

static PyModuleDef m2_def = {PyModuleDef_HEAD_INIT, "g_slots_m2", NULL, -1, NULL};

static PyObject *
kwfunc(PyObject *self, PyObject *args, PyObject *kw)
{
    return PyLong_FromSsize_t(PyTuple_Size(args));
}

static PyObject *
fastfunc(PyObject *self, PyObject *const *args, Py_ssize_t n)
{
    return PyLong_FromSsize_t(n);
}

static PyObject *
fastkwfunc(PyObject *self, PyObject *const *args, Py_ssize_t n, PyObject *kwnames)
{
    return PyLong_FromSsize_t(n);
}

Py_LOCAL_INLINE(int) twice(int x) { return 2 * x; }

static int
unused_arg(PyObject *Py_UNUSED(ignored))
{
    return 1;
}

static void
tests(void)
{
    check_int("PyType_Ready(Box)", PyType_Ready(&Box_Type));
    check_int("HAVE_GC flag", (PyType_GetFlags(&Box_Type) & Py_TPFLAGS_HAVE_GC) != 0);
    PyObject *a = T(PyObject_CallFunction((PyObject *)&Box_Type, "l", 3L));
    PyObject *b = T(box_make(4));
    check_obj("Box(3)", Py_XNewRef(a));
    check_obj("nb_add", PyNumber_Add(a, b));
    check_obj("nb_add NotImplemented", PyNumber_Add(a, I(1)));
    check_obj("nb_negative", PyNumber_Negative(a));
    check_int("nb_bool", PyObject_IsTrue(a));
    check_obj("nb_int", PyNumber_Long(a));
    check_obj("nb_index", PyNumber_Index(a));
    check_int("sq_length", PySequence_Size(a));
    check_obj("sq_item", PySequence_GetItem(a, 2));
    check_obj("sq_item out of range", PySequence_GetItem(a, 5));
    check_int("sq_contains", PySequence_Contains(a, I(2)));
    check_obj("mp_subscript", PyObject_GetItem(a, S("k")));
    check_int("mp_ass_subscript", PyObject_SetItem(a, S("k"), I(9)));
    check_obj("  now", Py_NewRef(a));
    check_int("mp_ass_subscript del", PyObject_DelItem(a, S("k")));
    check_obj("  now", Py_NewRef(a));
    check_obj("tp_doc (PyDoc_STRVAR)", PyObject_GetAttrString((PyObject *)&Box_Type, "__doc__"));
    ((BoxObject *)b)->ref = Py_NewRef(a);
    check_int("tp_traverse set", Box_Type.tp_traverse != NULL);
    static PyObject *h;
    if (h == NULL) h = PyType_FromSpec(&h_spec);
    PyObject *hi = T(h == NULL ? NULL : PyObject_CallNoArgs(h));
    check_obj("Py_nb_multiply", hi == NULL ? NULL : PyNumber_Multiply(hi, I(2)));
    check_int("Py_sq_length", hi == NULL ? -2 : PyObject_Size(hi));
    check_obj("Py_mp_subscript", hi == NULL ? NULL : PyObject_GetItem(hi, I(7)));
    check_obj("Py_tp_doc (PyDoc_STR)", h == NULL ? NULL : PyObject_GetAttrString(h, "__doc__"));
    check_int("IMMUTABLETYPE", h != NULL && (PyType_GetFlags((PyTypeObject *)h) & Py_TPFLAGS_IMMUTABLETYPE) != 0);
    check_int("setattr on an immutable type", h == NULL ? -2 : PyObject_SetAttrString(h, "x", I(1)));
    static PyObject *m2;
    if (m2 == NULL) m2 = PyModule_Create2(&m2_def, PYTHON_API_VERSION);
    check_str("PyModule_Create2", m2 == NULL ? NULL : PyModule_GetName(m2));
    PyErr_SetString(PyExc_ValueError, "printed, not raised");
    PyErr_Print();
    check_int("PyErr_Print clears", PyErr_Occurred() == NULL);
    PyErr_SetString(PyExc_ValueError, "unraisable");
    PyErr_WriteUnraisable(NULL);
    check_int("PyErr_WriteUnraisable clears", PyErr_Occurred() == NULL);
    Py_BEGIN_ALLOW_THREADS
    Py_BLOCK_THREADS
    Py_UNBLOCK_THREADS
    Py_END_ALLOW_THREADS
    check_int("ALLOW/BLOCK_THREADS no-ops", 1);
    PY_INT64_T i64 = -((PY_INT64_T)1 << 40);
    PY_UINT32_T u32 = 4000000000u;
    PY_LONG_LONG ll = 5;
    check_int("PY_INT64_T PY_UINT32_T PY_LONG_LONG", (i64 < 0) + (u32 > 0) + (int)ll + (int)sizeof(PY_INT64_T));
    check_int("Py_LOCAL_INLINE, Py_UNUSED", twice(21) + unused_arg(NULL));
    /* As C uses them: the first member of an object struct. */
    struct { PyObject ob_base; int x; } head = {PyObject_HEAD_INIT(&PyBaseObject_Type) 7};
    check_int("PyObject_HEAD_INIT type, field", (Py_TYPE(&head.ob_base) == &PyBaseObject_Type) * 10 + head.x);
    struct { PyVarObject ob_base; } var = {PyVarObject_HEAD_INIT(&PyTuple_Type, 2)};
    check_int("PyVarObject_HEAD_INIT ob_size field", (int)var.ob_base.ob_size);
    PyCFunctionWithKeywords f1 = kwfunc;
    _PyCFunctionFast f2 = fastfunc;
    _PyCFunctionFastWithKeywords f3 = fastkwfunc;
    check_int("function typedefs", f1 != NULL && f2 != NULL && f3 != NULL);
}

GROUP(g_slots)
