/* Chapter 3 exercise: ndim(obj) returns how many dimensions a memoryview has.
 * The fix: PyMemoryView_GET_BUFFER does not check its argument; check it first.
 * (pnpm learn check 3 exercise3_fixed.c passes.) */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
ndim(PyObject *self, PyObject *obj)
{
    if (!PyMemoryView_Check(obj)) {
        PyErr_Format(PyExc_TypeError, "expected a memoryview, not %s", Py_TYPE(obj)->tp_name);
        return NULL;
    }
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
