/* misc: small things extensions do everywhere — reference counts of fresh
 * objects, Py_Is*, identity in PyObject_RichCompareBool, isinstance with tuples
 * and Python classes, slices made in C, module state in single-phase init.
 * Held-out test module: uses only names from API.md. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>

typedef struct {
    long calls;
} misc_state;

static PyObject *
misc_refcounts(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyObject *l = PyList_New(0);
    PyObject *t = PyTuple_New(2);
    PyObject *d = PyDict_New();
    PyObject *n = PyLong_FromLong(123456789);
    PyObject *f = PyFloat_FromDouble(2.5);
    if (!l || !t || !d || !n || !f) {
        Py_XDECREF(l); Py_XDECREF(t); Py_XDECREF(d); Py_XDECREF(n); Py_XDECREF(f);
        return NULL;
    }
    Py_ssize_t before = Py_REFCNT(n);
    Py_INCREF(n);
    Py_ssize_t after = Py_REFCNT(n);
    PyTuple_SET_ITEM(t, 0, n);          /* steals the extra reference */
    PyTuple_SET_ITEM(t, 1, Py_NewRef(f));
    Py_ssize_t in_tuple = Py_REFCNT(n);
    PyList_Append(l, f);                 /* list takes its own */
    Py_ssize_t f_count = Py_REFCNT(f);
    PyObject *r = Py_BuildValue("(nnnnnnn)", Py_REFCNT(l), Py_REFCNT(t), Py_REFCNT(d), before, after, in_tuple,
                                f_count);
    Py_DECREF(l);
    Py_DECREF(t);
    Py_DECREF(d);
    Py_DECREF(n);
    Py_DECREF(f);
    return r;
}

static PyObject *
misc_is(PyObject *module, PyObject *obj)
{
    PyObject *one = PyLong_FromLong(1);
    if (one == NULL)
        return NULL;
    int eq = PyObject_RichCompareBool(obj, obj, Py_EQ);
    int ne = PyObject_RichCompareBool(obj, obj, Py_NE);
    int eq1 = PyObject_RichCompareBool(obj, one, Py_EQ);
    Py_DECREF(one);
    if (eq < 0 || ne < 0 || eq1 < 0)
        return NULL;
    return Py_BuildValue("(iiiiiiii)", Py_IsNone(obj), Py_IsTrue(obj), Py_IsFalse(obj), Py_Is(obj, Py_Ellipsis),
                         Py_Is(obj, Py_NotImplemented), eq, ne, eq1);
}

static PyObject *
misc_isinst(PyObject *module, PyObject *args)
{
    PyObject *obj, *cls;
    if (!PyArg_ParseTuple(args, "OO:isinst", &obj, &cls))
        return NULL;
    int a = PyObject_IsInstance(obj, cls);
    if (a < 0)
        return NULL;
    int b = PyType_Check(obj) ? PyObject_IsSubclass(obj, cls) : -2;
    if (b == -1)
        return NULL;
    return Py_BuildValue("(ii)", a, b);
}

static PyObject *
misc_slice(PyObject *module, PyObject *args)
{
    PyObject *seq, *start = NULL, *stop = NULL, *step = NULL;
    if (!PyArg_ParseTuple(args, "O|OOO:slice", &seq, &start, &stop, &step))
        return NULL;
    PyObject *sl = PySlice_New(start, stop, step);
    if (sl == NULL)
        return NULL;
    PyObject *r = PyObject_GetItem(seq, sl);
    if (r == NULL) {
        Py_DECREF(sl);
        return NULL;
    }
    Py_ssize_t len = PyObject_Length(seq);
    Py_ssize_t s, e, st, n = -1;
    if (len >= 0 && PySlice_GetIndicesEx(sl, len, &s, &e, &st, &n) < 0) {
        Py_DECREF(sl);
        Py_DECREF(r);
        return NULL;
    }
    if (len < 0)
        PyErr_Clear();
    return Py_BuildValue("(NNn)", sl, r, n);
}

static PyObject *
misc_count(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    misc_state *st = PyModule_GetState(module);
    st->calls++;
    return PyLong_FromLong(st->calls);
}

static PyObject *
misc_nan(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyObject *nan = PyFloat_FromDouble(NAN);
    PyObject *lst = nan ? PyList_New(1) : NULL;
    if (lst == NULL) {
        Py_XDECREF(nan);
        return NULL;
    }
    PyList_SET_ITEM(lst, 0, Py_NewRef(nan));
    int c = PySequence_Contains(lst, nan);
    int eq = PyObject_RichCompareBool(nan, nan, Py_EQ);
    PyObject *direct = PyObject_RichCompare(nan, nan, Py_EQ);
    PyObject *r = direct ? Py_BuildValue("(iiN)", c, eq, direct) : NULL;
    Py_DECREF(lst);
    Py_DECREF(nan);
    return r;
}

static PyObject *
misc_setitems(PyObject *module, PyObject *args)
{
    PyObject *target, *key, *value;
    if (!PyArg_ParseTuple(args, "OOO:setitems", &target, &key, &value))
        return NULL;
    if (PyObject_SetItem(target, key, value) < 0)
        return NULL;
    PyObject *got = PyObject_GetItem(target, key);
    if (got == NULL)
        return NULL;
    if (PyObject_DelItem(target, key) < 0) {
        Py_DECREF(got);
        return NULL;
    }
    return Py_BuildValue("(NO)", got, target);
}

static PyMethodDef misc_methods[] = {
    {"refcounts", misc_refcounts, METH_NOARGS, NULL},
    {"is_", misc_is, METH_O, NULL},
    {"isinst", misc_isinst, METH_VARARGS, NULL},
    {"slice", misc_slice, METH_VARARGS, NULL},
    {"count", misc_count, METH_NOARGS, NULL},
    {"nan", misc_nan, METH_NOARGS, NULL},
    {"setitems", misc_setitems, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef misc_module = {
    PyModuleDef_HEAD_INIT, "misc", NULL, sizeof(misc_state), misc_methods,
};

PyMODINIT_FUNC
PyInit_misc(void)
{
    PyObject *m = PyModule_Create(&misc_module);
    if (m == NULL)
        return NULL;
    ((misc_state *)PyModule_GetState(m))->calls = 100;
    return m;
}
