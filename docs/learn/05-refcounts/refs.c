/* Chapter 5: reference counts. Which calls give C a new reference (it must give
 * it back), which lend one (borrowed: never given back), which steal one. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *kept = NULL; /* a reference the module owns (keep / drop) */

/* pair(a, b): PyTuple_Pack takes its own references to a and b (it does not steal). */
static PyObject *
pair(PyObject *self, PyObject *args)
{
    PyObject *a, *b;
    if (!PyArg_ParseTuple(args, "OO", &a, &b)) /* "O": borrowed references */
        return NULL;
    return PyTuple_Pack(2, a, b); /* a new reference, handed to the caller */
}

/* first(list): list[0]. PyList_GetItem lends its item; returning it needs our own reference. */
static PyObject *
first(PyObject *self, PyObject *list)
{
    PyObject *item = PyList_GetItem(list, 0); /* borrowed */
    if (item == NULL)
        return NULL;
    Py_INCREF(item); /* now ours, to hand to the caller */
    return item;
}

/* squares(n): [0, 1, 4, ...]. PyList_SetItem steals the new reference PyLong_FromLong gave. */
static PyObject *
squares(PyObject *self, PyObject *arg)
{
    long n = PyLong_AsLong(arg);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    PyObject *list = PyList_New(n);
    if (list == NULL)
        return NULL;
    for (long i = 0; i < n; i++) {
        PyObject *v = PyLong_FromLong(i * i);
        if (v == NULL) {
            Py_DECREF(list);
            return NULL;
        }
        PyList_SetItem(list, i, v); /* steals v: no Py_DECREF(v) */
    }
    return list;
}

/* keep(obj): the module keeps obj alive until drop() (or the next keep). */
static PyObject *
keep(PyObject *self, PyObject *obj)
{
    Py_INCREF(obj);
    Py_XSETREF(kept, obj); /* drops the previous one */
    Py_RETURN_NONE;
}

static PyObject *
drop(PyObject *self, PyObject *unused)
{
    Py_CLEAR(kept);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"pair", pair, METH_VARARGS, "pair(a, b): (a, b)"},
    {"first", first, METH_O, "first(list): list[0]"},
    {"squares", squares, METH_O, "squares(n): [0, 1, 4, ...]"},
    {"keep", keep, METH_O, "keep(obj): the module holds obj"},
    {"drop", drop, METH_NOARGS, "drop(): the module lets go of what it held"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "refs", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_refs(void)
{
    return PyModule_Create(&def);
}
