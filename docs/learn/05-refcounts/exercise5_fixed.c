/* Chapter 5 exercise: describe(list) returns repr(list[0]). Something is given back
 * The fix: PyList_GetItem lends its item (a borrowed reference): no Py_DECREF.
 * (pnpm learn check 5 exercise5_fixed.c passes.) */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
describe(PyObject *self, PyObject *list)
{
    PyObject *item = PyList_GetItem(list, 0);
    if (item == NULL)
        return NULL;
    PyObject *r = PyObject_Repr(item);
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
