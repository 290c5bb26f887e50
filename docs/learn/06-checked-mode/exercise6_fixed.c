/* Chapter 6 exercise: big_numbers(n) returns [1000, 1001, ...]. The list is right,
 * The fix: PyList_Append does not steal: C still owns v after it and must Py_DECREF it.
 * (pnpm learn check 6 exercise6_fixed.c passes.) */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
big_numbers(PyObject *self, PyObject *arg)
{
    long n = PyLong_AsLong(arg);
    if (n == -1 && PyErr_Occurred())
        return NULL;
    PyObject *list = PyList_New(0);
    if (list == NULL)
        return NULL;
    for (long i = 0; i < n; i++) {
        PyObject *v = PyLong_FromLong(1000 + i);
        if (v == NULL || PyList_Append(list, v) < 0) {
            Py_XDECREF(v);
            Py_DECREF(list);
            return NULL;
        }
        Py_DECREF(v); /* the list holds its own reference now */
    }
    return list;
}

static PyMethodDef methods[] = {
    {"big_numbers", big_numbers, METH_O, "big_numbers(n): [1000, 1001, ...]"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "exercise6", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_exercise6(void)
{
    return PyModule_Create(&def);
}
