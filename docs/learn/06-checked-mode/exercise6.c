/* Chapter 6 exercise: big_numbers(n) returns [1000, 1001, ...]. The list is right,
 * but every call leaves n objects behind that nothing will ever free.
 * Check your fix with:  pnpm learn check 6 exercise6.c */
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
