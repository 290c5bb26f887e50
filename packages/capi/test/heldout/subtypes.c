/* subtypes: C types based on built-in containers, in the style of CPython's
 * Modules/xxsubtype.c: the built-in's struct embedded as the first member,
 * fields after it, tp_base set in the init function, a tp_init that first
 * runs the base's tp_init through PyList_Type.tp_init / PyDict_Type.tp_init. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "structmember.h"

typedef struct {
    PyListObject list;
    int state;
    long inits;
} CountedList;

static int
countedlist_init(CountedList *self, PyObject *args, PyObject *kwds)
{
    if (PyList_Type.tp_init((PyObject *)self, args, kwds) < 0)
        return -1;
    self->state = (int)PyList_GET_SIZE(self);
    self->inits++;
    return 0;
}

static PyObject *
countedlist_getstate(CountedList *self, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromLong(self->state);
}

static PyObject *
countedlist_setstate(CountedList *self, PyObject *args)
{
    int state;
    if (!PyArg_ParseTuple(args, "i:setstate", &state))
        return NULL;
    self->state = state;
    Py_RETURN_NONE;
}

static PyObject *
countedlist_total(CountedList *self, PyObject *Py_UNUSED(ignored))
{
    /* Through the list API: the items live in the list part of self. */
    long total = 0;
    for (Py_ssize_t i = 0; i < PyList_Size((PyObject *)self); i++) {
        long v = PyLong_AsLong(PyList_GetItem((PyObject *)self, i));
        if (v == -1 && PyErr_Occurred())
            return NULL;
        total += v;
    }
    return PyLong_FromLong(total + self->state);
}

static PyMethodDef countedlist_methods[] = {
    {"getstate", (PyCFunction)countedlist_getstate, METH_NOARGS, "getstate() -> state"},
    {"setstate", (PyCFunction)countedlist_setstate, METH_VARARGS, "setstate(state)"},
    {"total", (PyCFunction)countedlist_total, METH_NOARGS, "sum of the items plus the state"},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef countedlist_members[] = {
    {"state", T_INT, offsetof(CountedList, state), READONLY, "the state"},
    {"inits", T_LONG, offsetof(CountedList, inits), READONLY, "how many times tp_init ran"},
    {NULL},
};

static PyTypeObject CountedList_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "subtypes.CountedList",
    .tp_basicsize = sizeof(CountedList),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = "a list that remembers its length at init",
    .tp_methods = countedlist_methods,
    .tp_members = countedlist_members,
    .tp_init = (initproc)countedlist_init,
};

typedef struct {
    PyDictObject dict;
    PyObject *default_value;
} DefaultDict;

static int
defaultdict_init(DefaultDict *self, PyObject *args, PyObject *kwds)
{
    PyObject *rest = NULL, *dflt = Py_None;
    Py_ssize_t n = PyTuple_Size(args);
    if (n > 0) {
        dflt = PyTuple_GetItem(args, 0);
        rest = PyTuple_GetSlice(args, 1, n);
    } else {
        rest = PyTuple_New(0);
    }
    if (rest == NULL)
        return -1;
    int r = PyDict_Type.tp_init((PyObject *)self, rest, kwds);
    Py_DECREF(rest);
    if (r < 0)
        return -1;
    Py_INCREF(dflt);
    Py_XSETREF(self->default_value, dflt);
    return 0;
}

static void
defaultdict_dealloc(DefaultDict *self)
{
    Py_CLEAR(self->default_value);
    PyDict_Type.tp_dealloc((PyObject *)self);
}

static PyObject *
defaultdict_get2(DefaultDict *self, PyObject *key)
{
    PyObject *v = PyDict_GetItemWithError((PyObject *)self, key);
    if (v == NULL) {
        if (PyErr_Occurred())
            return NULL;
        v = self->default_value == NULL ? Py_None : self->default_value;
    }
    Py_INCREF(v);
    return v;
}

static PyMethodDef defaultdict_methods[] = {
    {"get2", (PyCFunction)defaultdict_get2, METH_O, "get2(key): the value or the default"},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef defaultdict_members[] = {
    {"default", T_OBJECT, offsetof(DefaultDict, default_value), 0, "the default"},
    {NULL},
};

static PyTypeObject DefaultDict_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "subtypes.DefaultDict",
    .tp_basicsize = sizeof(DefaultDict),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_methods = defaultdict_methods,
    .tp_members = defaultdict_members,
    .tp_init = (initproc)defaultdict_init,
    .tp_dealloc = (destructor)defaultdict_dealloc,
};

static PyObject *
sizes(PyObject *Py_UNUSED(m), PyObject *Py_UNUSED(ignored))
{
    /* the extra fields come after the built-in's struct */
    return Py_BuildValue("(ii)",
                         (int)(offsetof(CountedList, state) == sizeof(PyListObject)),
                         (int)(offsetof(DefaultDict, default_value) == sizeof(PyDictObject)));
}

static PyMethodDef module_methods[] = {
    {"sizes", sizes, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef subtypes_module = {
    PyModuleDef_HEAD_INIT, "subtypes", "C types based on list and dict", -1, module_methods,
};

PyMODINIT_FUNC
PyInit_subtypes(void)
{
    CountedList_Type.tp_base = &PyList_Type;
    DefaultDict_Type.tp_base = &PyDict_Type;
    if (PyType_Ready(&CountedList_Type) < 0 || PyType_Ready(&DefaultDict_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&subtypes_module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&CountedList_Type);
    if (PyModule_AddObject(m, "CountedList", (PyObject *)&CountedList_Type) < 0) {
        Py_DECREF(&CountedList_Type);
        Py_DECREF(m);
        return NULL;
    }
    Py_INCREF(&DefaultDict_Type);
    if (PyModule_AddObject(m, "DefaultDict", (PyObject *)&DefaultDict_Type) < 0) {
        Py_DECREF(&DefaultDict_Type);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
