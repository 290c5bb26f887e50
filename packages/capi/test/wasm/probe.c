/* probe: what the wasm runtime gives C code (packages/capi/test/wasm-runtime.test.ts). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <stdio.h>

static PyObject *
type_name(PyObject *m, PyObject *o)
{
    /* Py_TYPE(o)->tp_name read from memory: the C mirror of the TypeScript type. */
    return PyUnicode_FromString(Py_TYPE(o)->tp_name);
}

static PyObject *
checks(PyObject *m, PyObject *o)
{
    return Py_BuildValue("(iiiiiii)", PyLong_Check(o), PyTuple_Check(o), PyList_Check(o), PyBytes_Check(o),
                         PyUnicode_Check(o), PyType_Check(o), o == Py_None);
}

static PyObject *
singletons(PyObject *m, PyObject *unused)
{
    return Py_BuildValue("(OOOO)", Py_None, Py_True, Py_False, (PyObject *)&PyLong_Type);
}

static PyObject *
get_buffer(PyObject *m, PyObject *o)
{
    Py_buffer v;
    if (PyObject_GetBuffer(o, &v, PyBUF_SIMPLE) < 0) return NULL;
    long sum = 0;
    for (Py_ssize_t i = 0; i < v.len; i++) sum += ((unsigned char *)v.buf)[i];
    PyBuffer_Release(&v);
    return PyLong_FromLong(sum);
}

static PyObject *
crash(PyObject *m, PyObject *unused)
{
    volatile int *p = (int *)0xFFFFFFF0u;
    return PyLong_FromLong(*p);
}

static PyObject *
say(PyObject *m, PyObject *arg)
{
    const char *s = PyUnicode_AsUTF8(arg);
    if (s == NULL) return NULL;
    printf("C says: %s (%d)\n", s, (int)strlen(s));
    fflush(stdout);
    Py_RETURN_NONE;
}

static PyObject *
null_no_error(PyObject *m, PyObject *unused)
{
    return NULL;
}

static PyObject *
refcnt(PyObject *m, PyObject *o)
{
    return PyLong_FromSsize_t(Py_REFCNT(o));
}

static PyObject *
stale_use(PyObject *m, PyObject *unused)
{
    PyObject *l = PyList_New(0);
    Py_DECREF(l);              /* deallocated: l is now a dangling pointer */
    return PyObject_Repr(l);   /* the façade reports it instead of reading freed memory */
}

static PyObject *
forged(PyObject *m, PyObject *unused)
{
    return PyObject_Repr((PyObject *)(uintptr_t)0x123458);
}

static PyObject *
through_type(PyObject *m, PyObject *o)
{
    /* Slots called through the type, as some C code does. */
    PyObject *r = Py_TYPE(o)->tp_repr(o);
    if (r == NULL) return NULL;
    PyObject *args = Py_BuildValue("(s)", "2.5");
    PyObject *f = PyFloat_Type.tp_new(&PyFloat_Type, args, NULL);
    Py_DECREF(args);
    if (f == NULL) { Py_DECREF(r); return NULL; }
    Py_hash_t h = Py_TYPE(o)->tp_hash == NULL ? -2 : Py_TYPE(o)->tp_hash(o);
    if (h == -1 && PyErr_Occurred()) PyErr_Clear();
    return Py_BuildValue("(NNn)", r, f, (Py_ssize_t)(h == -1 ? -1 : h == -2 ? -2 : 0));
}

/* ---- multi-phase init with module state */

typedef struct { long calls; } probe_state;

static PyObject *
count(PyObject *m, PyObject *unused)
{
    probe_state *st = PyModule_GetState(m);
    return PyLong_FromLong(++st->calls);
}

/* ---- a heap type from a spec */

typedef struct { PyObject_HEAD long value; } BoxObject;

static PyObject *
box_new(PyTypeObject *t, PyObject *args, PyObject *kw)
{
    long v = 0;
    if (!PyArg_ParseTuple(args, "|l:Box", &v)) return NULL;
    BoxObject *b = (BoxObject *)t->tp_alloc(t, 0);
    if (b == NULL) return NULL;
    b->value = v;
    return (PyObject *)b;
}

static PyObject *
box_add(PyObject *a, PyObject *b)
{
    PyObject *mod = PyType_GetModule(Py_TYPE(a));
    (void)mod;
    if (!PyObject_TypeCheck(a, Py_TYPE(a)) || Py_TYPE(a) != Py_TYPE(b)) Py_RETURN_NOTIMPLEMENTED;
    return PyLong_FromLong(((BoxObject *)a)->value + ((BoxObject *)b)->value);
}

static Py_ssize_t
box_len(PyObject *a)
{
    return ((BoxObject *)a)->value;
}

static PyObject *
box_repr(PyObject *a)
{
    return PyUnicode_FromFormat("Box(%ld)", ((BoxObject *)a)->value);
}

static PyMemberDef box_members[] = {
    {"value", T_LONG, offsetof(BoxObject, value), 0, NULL},
    {NULL},
};

static PyType_Slot box_slots[] = {
    {Py_tp_new, box_new},
    {Py_tp_repr, box_repr},
    {Py_nb_add, box_add},
    {Py_sq_length, box_len},
    {Py_tp_members, box_members},
    {0, NULL},
};

static PyType_Spec box_spec = {"probe.Box", sizeof(BoxObject), 0, Py_TPFLAGS_DEFAULT, box_slots};

/* ---- a static type with its own tp_getattro and a counter of deallocations */

static long attr_deallocs = 0;

static PyObject *
attr_getattro(PyObject *self, PyObject *name)
{
    const char *s = PyUnicode_AsUTF8(name);
    if (s == NULL) return NULL;
    if (s[0] == 'x') return PyUnicode_FromFormat("got %U", name);
    return PyObject_GenericGetAttr(self, name);
}

static void
attr_dealloc(PyObject *self)
{
    attr_deallocs++;
    Py_TYPE(self)->tp_free(self);
}

static PyObject *
deallocs(PyObject *m, PyObject *unused)
{
    return PyLong_FromLong(attr_deallocs);
}

static PyTypeObject Attr_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "probe.Attr",
    .tp_basicsize = sizeof(PyObject),
    .tp_dealloc = attr_dealloc,
    .tp_getattro = attr_getattro,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
};

static int
probe_exec(PyObject *m)
{
    if (PyType_Ready(&Attr_Type) < 0) return -1;
    if (PyModule_AddType(m, &Attr_Type) < 0) return -1;
    PyObject *box = PyType_FromModuleAndSpec(m, &box_spec, NULL);
    if (box == NULL) return -1;
    if (PyModule_AddObject(m, "Box", box) < 0) { Py_DECREF(box); return -1; }
    return PyModule_AddStringConstant(m, "phase", "multi");
}

static PyMethodDef probe_methods[] = {
    {"type_name", type_name, METH_O, NULL},
    {"checks", checks, METH_O, NULL},
    {"singletons", singletons, METH_NOARGS, NULL},
    {"get_buffer", get_buffer, METH_O, NULL},
    {"crash", crash, METH_NOARGS, NULL},
    {"say", say, METH_O, NULL},
    {"null_no_error", null_no_error, METH_NOARGS, NULL},
    {"refcnt", refcnt, METH_O, NULL},
    {"stale_use", stale_use, METH_NOARGS, NULL},
    {"forged", forged, METH_NOARGS, NULL},
    {"count", count, METH_NOARGS, NULL},
    {"deallocs", deallocs, METH_NOARGS, NULL},
    {"through_type", through_type, METH_O, NULL},
    {NULL},
};

static PyModuleDef_Slot probe_slots[] = {
    {Py_mod_exec, probe_exec},
    {0, NULL},
};

static struct PyModuleDef probe_def = {
    PyModuleDef_HEAD_INIT, "probe", NULL, sizeof(probe_state), probe_methods, probe_slots,
};

PyMODINIT_FUNC
PyInit_probe(void)
{
    return PyModuleDef_Init(&probe_def);
}
