/* Chapter 2: PyObject_GetBuffer and PyBuffer_Release. Three consumers, each
 * asking for exactly what it needs (the request flags) and giving the buffer
 * back on every path. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* total(obj): the sum of the bytes of a contiguous buffer (PyBUF_SIMPLE). */
static PyObject *
total(PyObject *self, PyObject *obj)
{
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    const unsigned char *p = view.buf;
    long sum = 0;
    for (Py_ssize_t i = 0; i < view.len; i++)
        sum += p[i];
    PyBuffer_Release(&view);
    return PyLong_FromLong(sum);
}

/* fill(obj, value): sets every byte (PyBUF_WRITABLE: a read-only exporter refuses). */
static PyObject *
fill(PyObject *self, PyObject *args)
{
    PyObject *obj;
    int value;
    if (!PyArg_ParseTuple(args, "Oi", &obj, &value))
        return NULL;
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_WRITABLE) < 0)
        return NULL;
    unsigned char *p = view.buf;
    for (Py_ssize_t i = 0; i < view.len; i++)
        p[i] = (unsigned char)value;
    PyBuffer_Release(&view);
    Py_RETURN_NONE;
}

/* total_any(obj): the sum of the items of any buffer of unsigned bytes, whatever its
 * shape, strides or suboffsets (PyBUF_FULL_RO), item by item with PyBuffer_GetPointer. */
static PyObject *
total_any(PyObject *self, PyObject *obj)
{
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_FULL_RO) < 0)
        return NULL;
    if (view.format == NULL || view.format[0] != 'B' || view.format[1] != '\0') {
        PyErr_Format(PyExc_ValueError, "expected unsigned bytes (format 'B'), not '%s'",
                     view.format == NULL ? "B" : view.format);
        PyBuffer_Release(&view); /* the error path gives the buffer back too */
        return NULL;
    }
    Py_ssize_t index[64] = {0};
    Py_ssize_t count = 1;
    for (int d = 0; d < view.ndim; d++)
        count *= view.shape[d];
    long sum = 0;
    for (Py_ssize_t n = 0; n < count; n++) {
        sum += *(unsigned char *)PyBuffer_GetPointer(&view, index);
        for (int d = view.ndim - 1; d >= 0; d--) { /* next index, in C order */
            if (++index[d] < view.shape[d])
                break;
            index[d] = 0;
        }
    }
    PyBuffer_Release(&view);
    return PyLong_FromLong(sum);
}

static PyMethodDef methods[] = {
    {"total", total, METH_O, "total(obj): the sum of the bytes of a contiguous buffer"},
    {"fill", fill, METH_VARARGS, "fill(obj, value): sets every byte of a writable buffer"},
    {"total_any", total_any, METH_O, "total_any(obj): the sum of the items of any buffer of unsigned bytes"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "bufsum", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_bufsum(void)
{
    return PyModule_Create(&def);
}
