/*
 * Native oracle for the argument engines of @py/capi (src/args/): calls
 * CPython's own PyArg_ParseTuple(AndKeywords), PyArg_Parse,
 * PyArg_UnpackTuple, Py_BuildValue, PyUnicode_FromFormat, PyBytes_FromFormat
 * and PyErr_Format with variadic arguments given from Python, so that
 * test/fixtures/gen_args_fixtures.py can record what CPython 3.11 does.
 *
 * Build: gcc -shared -fPIC -I<python include> argoracle.c argoracle_noclean.c -o argoracle.so
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#define SUFFIX _clean
#include "argoracle_body.h"

PyObject *argoracle_parse_noclean(PyObject *self, PyObject *a);
PyObject *argoracle_call_noclean(PyObject *self, PyObject *a);

/* ---- O& converters (getargs: int (*)(PyObject *, void *)) */
static int cleanup_calls = 0;

static int
conv_long(PyObject *o, void *addr)
{
    long v = PyLong_AsLong(o);
    if (v == -1 && PyErr_Occurred()) return 0;
    *(long *)addr = v;
    return 1;
}

static int
conv_fail(PyObject *o, void *addr)
{
    return 0; /* no exception set */
}

static int
conv_raise(PyObject *o, void *addr)
{
    PyErr_SetString(PyExc_ValueError, "converter refused");
    return 0;
}

static int
conv_cleanup(PyObject *o, void *addr)
{
    if (o == NULL) {
        cleanup_calls++;
        return 1;
    }
    *(PyObject **)addr = o;
    return Py_CLEANUP_SUPPORTED;
}

/* ---- O& converters (Py_BuildValue: PyObject *(*)(void *)) */
static PyObject *
bconv_int(void *p)
{
    return PyLong_FromLong(*(int *)p);
}

static PyObject *
bconv_null_error(void *p)
{
    PyErr_SetString(PyExc_KeyError, "bconv");
    return NULL;
}

static PyObject *
address(PyObject *self, PyObject *name)
{
    const char *n = PyUnicode_AsUTF8(name);
    if (n == NULL) return NULL;
    void *p = NULL;
    if (!strcmp(n, "conv_long")) p = (void *)conv_long;
    else if (!strcmp(n, "conv_fail")) p = (void *)conv_fail;
    else if (!strcmp(n, "conv_raise")) p = (void *)conv_raise;
    else if (!strcmp(n, "conv_cleanup")) p = (void *)conv_cleanup;
    else if (!strcmp(n, "bconv_int")) p = (void *)bconv_int;
    else if (!strcmp(n, "bconv_null_error")) p = (void *)bconv_null_error;
    else {
        PyErr_SetObject(PyExc_KeyError, name);
        return NULL;
    }
    return PyLong_FromVoidPtr(p);
}

static PyObject *
take_cleanup_calls(PyObject *self, PyObject *unused)
{
    int n = cleanup_calls;
    cleanup_calls = 0;
    return PyLong_FromLong(n);
}

/* release(addr): PyBuffer_Release of the Py_buffer at addr. */
static PyObject *
release(PyObject *self, PyObject *addr)
{
    Py_buffer *view = PyLong_AsVoidPtr(addr);
    if (view == NULL) return NULL;
    PyBuffer_Release(view);
    Py_RETURN_NONE;
}

/* mem_free(addr): PyMem_Free. */
static PyObject *
mem_free(PyObject *self, PyObject *addr)
{
    void *p = PyLong_AsVoidPtr(addr);
    if (p == NULL && PyErr_Occurred()) return NULL;
    PyMem_Free(p);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"parse", parse_clean, METH_VARARGS, NULL},
    {"parse_noclean", argoracle_parse_noclean, METH_VARARGS, NULL},
    {"call", call_clean, METH_VARARGS, NULL},
    {"call_noclean", argoracle_call_noclean, METH_VARARGS, NULL},
    {"address", address, METH_O, NULL},
    {"take_cleanup_calls", take_cleanup_calls, METH_NOARGS, NULL},
    {"release", release, METH_O, NULL},
    {"mem_free", mem_free, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "argoracle", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_argoracle(void)
{
    return PyModule_Create(&module);
}
