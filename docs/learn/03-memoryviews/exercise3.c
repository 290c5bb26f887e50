/* Chapter 3 exercise: ndim(obj) returns how many dimensions a memoryview has.
 * Call it with something that is not a memoryview and C reads garbage (or
 * crashes): find the missing line.
 * Check your fix with:  pnpm learn check 3 exercise3.c */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
ndim(PyObject *self, PyObject *obj)
{
    Py_buffer *view = PyMemoryView_GET_BUFFER(obj);
    return PyLong_FromLong(view->ndim);
}

static PyMethodDef methods[] = {
    {"ndim", ndim, METH_O, "ndim(mv): the number of dimensions of a memoryview"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "exercise3", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_exercise3(void)
{
    return PyModule_Create(&def);
}
