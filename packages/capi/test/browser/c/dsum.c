/* dsum: compiled inside the page by @py/cc; sums a C-contiguous buffer of doubles
   exported by another C module (matrix.Matrix), and writes into a writable one. */
#include <Python.h>
#include <stdio.h>

static PyObject *total(PyObject *m, PyObject *obj)
{
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0) return NULL;
    if (view.format == NULL || view.format[0] != 'd' || view.format[1] != '\0') {
        PyErr_Format(PyExc_TypeError, "dsum.total: format '%s' is not 'd'", view.format ? view.format : "B");
        PyBuffer_Release(&view);
        return NULL;
    }
    double s = 0;
    const double *p = (const double *)view.buf;
    for (Py_ssize_t i = 0; i < view.len / view.itemsize; i++) s += p[i];
    printf("dsum: %d items\n", (int)(view.len / view.itemsize));
    PyBuffer_Release(&view);
    return PyFloat_FromDouble(s);
}

/* Doubles every item of a writable buffer of doubles in place. */
static PyObject *twice(PyObject *m, PyObject *obj)
{
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | PyBUF_WRITABLE) < 0) return NULL;
    double *p = (double *)view.buf;
    for (Py_ssize_t i = 0; i < view.len / view.itemsize; i++) p[i] *= 2;
    PyBuffer_Release(&view);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"total", total, METH_O, NULL},
    {"twice", twice, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};
static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "dsum", NULL, -1, methods};
PyMODINIT_FUNC PyInit_dsum(void) { return PyModule_Create(&def); }
