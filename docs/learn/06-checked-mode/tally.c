/* Chapter 6: checked mode. tally.count(iterable) counts how often each item occurs,
 * in a dict: every new reference is accounted for, so `minipy --checked` (and
 * `pnpm learn check`) find nothing to say. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
count(PyObject *self, PyObject *iterable)
{
    PyObject *it = PyObject_GetIter(iterable); /* new */
    if (it == NULL)
        return NULL;
    PyObject *counts = PyDict_New(); /* new */
    if (counts == NULL) {
        Py_DECREF(it);
        return NULL;
    }
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) { /* new */
        PyObject *old = PyDict_GetItemWithError(counts, item); /* borrowed, or NULL */
        long n = old == NULL ? 0 : PyLong_AsLong(old);
        PyObject *v = PyErr_Occurred() ? NULL : PyLong_FromLong(n + 1); /* new */
        int failed = v == NULL || PyDict_SetItem(counts, item, v) < 0; /* does not steal */
        Py_XDECREF(v);
        Py_DECREF(item);
        if (failed)
            goto error;
    }
    if (PyErr_Occurred())
        goto error;
    Py_DECREF(it);
    return counts;
error:
    Py_DECREF(it);
    Py_DECREF(counts);
    return NULL;
}

static PyMethodDef methods[] = {
    {"count", count, METH_O, "count(iterable): {item: how many times it occurs}"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "tally", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_tally(void)
{
    return PyModule_Create(&def);
}
