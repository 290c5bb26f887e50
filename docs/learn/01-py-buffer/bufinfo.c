/* Chapter 1: what a Py_buffer is. bufinfo.fields(obj, flags) asks obj for a
 * buffer (PyObject_GetBuffer), copies every field C sees into a dict, and
 * gives the buffer back (PyBuffer_Release). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* A tuple of n Py_ssize_t, or None when the array is NULL (not requested). */
static PyObject *
tuple_of(int n, const Py_ssize_t *a)
{
    if (a == NULL)
        Py_RETURN_NONE;
    PyObject *t = PyTuple_New(n);
    if (t == NULL)
        return NULL;
    for (int i = 0; i < n; i++) {
        PyObject *v = PyLong_FromSsize_t(a[i]);
        if (v == NULL) {
            Py_DECREF(t);
            return NULL;
        }
        PyTuple_SetItem(t, i, v); /* steals v */
    }
    return t;
}

static PyObject *
fields(PyObject *self, PyObject *args)
{
    PyObject *obj;
    int flags = PyBUF_FULL_RO;
    if (!PyArg_ParseTuple(args, "O|i", &obj, &flags))
        return NULL;

    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, flags) < 0)
        return NULL; /* the exporter said no: an exception is set */

    /* From here on we hold an export: every path must reach PyBuffer_Release. */
    PyObject *r = Py_BuildValue(
        "{s:n,s:n,s:i,s:i,s:s,s:N,s:N,s:N,s:O}",
        "len", view.len,
        "itemsize", view.itemsize,
        "readonly", view.readonly,
        "ndim", view.ndim,
        "format", view.format, /* NULL (None) unless PyBUF_FORMAT was asked */
        "shape", tuple_of(view.ndim, view.shape),
        "strides", tuple_of(view.ndim, view.strides),
        "suboffsets", tuple_of(view.ndim, view.suboffsets),
        "obj", view.obj);
    PyBuffer_Release(&view);
    return r;
}

static PyMethodDef methods[] = {
    {"fields", fields, METH_VARARGS, "fields(obj, flags=PyBUF_FULL_RO): the Py_buffer obj exports, as a dict"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "bufinfo", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_bufinfo(void)
{
    PyObject *m = PyModule_Create(&def);
    if (m == NULL)
        return NULL;
    if (PyModule_AddIntConstant(m, "PyBUF_SIMPLE", PyBUF_SIMPLE) < 0 ||
        PyModule_AddIntConstant(m, "PyBUF_WRITABLE", PyBUF_WRITABLE) < 0 ||
        PyModule_AddIntConstant(m, "PyBUF_FORMAT", PyBUF_FORMAT) < 0 ||
        PyModule_AddIntConstant(m, "PyBUF_ND", PyBUF_ND) < 0 ||
        PyModule_AddIntConstant(m, "PyBUF_STRIDES", PyBUF_STRIDES) < 0 ||
        PyModule_AddIntConstant(m, "PyBUF_FULL_RO", PyBUF_FULL_RO) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
