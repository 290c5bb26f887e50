/* Chapter 5 exercise: describe(list) returns repr(list[0]). Something is given back
 * that was never C's to give: after a few calls the list's first item is gone.
 * Check your fix with:  pnpm learn check 5 exercise5.c */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
describe(PyObject *self, PyObject *list)
{
    PyObject *item = PyList_GetItem(list, 0);
    if (item == NULL)
        return NULL;
    PyObject *r = PyObject_Repr(item);
    Py_DECREF(item);
    return r;
}

static PyMethodDef methods[] = {
    {"describe", describe, METH_O, "describe(list): repr(list[0])"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "exercise5", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_exercise5(void)
{
    return PyModule_Create(&def);
}
