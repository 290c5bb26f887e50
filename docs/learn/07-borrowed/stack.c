/* Chapter 7: how long a borrowed reference lives. A tiny stack over a list:
 * pop() takes the last item out of the list, so it must own the item before
 * the list lets go of it; peek() only looks, so a borrowed reference is enough
 * -- as long as nothing changes the list meanwhile. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* peek(list): the last item (borrowed from the list, then a new reference for the caller). */
static PyObject *
peek(PyObject *self, PyObject *list)
{
    Py_ssize_t n = PyList_Size(list);
    if (n < 0)
        return NULL;
    if (n == 0) {
        PyErr_SetString(PyExc_IndexError, "peek from empty list");
        return NULL;
    }
    PyObject *top = PyList_GetItem(list, n - 1); /* borrowed: good while the list keeps it */
    return Py_NewRef(top);
}

/* pop(list): removes and returns the last item. */
static PyObject *
pop(PyObject *self, PyObject *list)
{
    Py_ssize_t n = PyList_Size(list);
    if (n < 0)
        return NULL;
    if (n == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from empty list");
        return NULL;
    }
    PyObject *top = Py_NewRef(PyList_GetItem(list, n - 1)); /* ours now */
    if (PySequence_DelItem(list, n - 1) < 0) { /* the list's reference goes */
        Py_DECREF(top);
        return NULL;
    }
    return top; /* still alive: we own a reference */
}

/* describe_all(list): [repr(x) for x in list], each item borrowed while the list is not changed. */
static PyObject *
describe_all(PyObject *self, PyObject *list)
{
    Py_ssize_t n = PyList_Size(list);
    if (n < 0)
        return NULL;
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *r = PyObject_Repr(PyList_GetItem(list, i)); /* borrowed, used at once */
        if (r == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SetItem(out, i, r);
    }
    return out;
}

static PyMethodDef methods[] = {
    {"peek", peek, METH_O, "peek(list): the last item"},
    {"pop", pop, METH_O, "pop(list): removes and returns the last item"},
    {"describe_all", describe_all, METH_O, "describe_all(list): the reprs of the items"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "stack", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_stack(void)
{
    return PyModule_Create(&def);
}
