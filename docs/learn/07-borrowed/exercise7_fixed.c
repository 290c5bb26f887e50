/* Chapter 7 exercise: replace_last(list, value) puts value at the end of the list
 * in place of the last item, and returns the repr of the item it replaced.
 * The fix: own the old item (Py_INCREF) before the list lets go of it, release it after.
 * (pnpm learn check 7 exercise7_fixed.c passes.) */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
replace_last(PyObject *self, PyObject *args)
{
    PyObject *list, *value;
    if (!PyArg_ParseTuple(args, "O!O", &PyList_Type, &list, &value))
        return NULL;
    Py_ssize_t n = PyList_Size(list);
    if (n == 0) {
        PyErr_SetString(PyExc_IndexError, "replace_last on an empty list");
        return NULL;
    }
    PyObject *old = Py_NewRef(PyList_GetItem(list, n - 1)); /* ours: outlives the list's reference */
    Py_INCREF(value);
    PyList_SetItem(list, n - 1, value); /* steals value; drops the list's reference to old */
    PyObject *r = PyObject_Repr(old);
    Py_DECREF(old);
    return r;
}

static PyMethodDef methods[] = {
    {"replace_last", replace_last, METH_VARARGS, "replace_last(list, value): repr of the item replaced"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "exercise7", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_exercise7(void)
{
    return PyModule_Create(&def);
}
