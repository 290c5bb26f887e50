/*
 * benchc: the C side of the bench's C-extension rows (bench/src/cext.ts).
 * Built unchanged by gcc -O2 against CPython 3.11's headers (imported by python3)
 * and by @py/cc at -O2 against @py/capi's headers (imported by minipy).
 *
 * - incdec(o): PAIRS x (Py_INCREF + Py_DECREF) of o, in one METH_O call.
 * - getbuffer(o): PAIRS x (PyObject_GetBuffer(o, PyBUF_SIMPLE) + PyBuffer_Release).
 * - noop(o): a METH_O function doing nothing (returns None): the cost of a call.
 * - sum(o): the sum of o's bytes (PyBUF_SIMPLE), a plain C loop.
 * - ystar(b): PyArg_ParseTuple(args, "y*") + PyBuffer_Release (METH_VARARGS).
 * - Block(n): a C exporter of n read-only bytes (i & 255), malloc'd by C: a
 *   buffer whose bytes C can read under the wasm runtime while bytes storage
 *   is not yet in the WebAssembly memory.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>

#define PAIRS 10000

static PyObject *
incdec(PyObject *module, PyObject *o)
{
    /* Read through a volatile so that the compiler cannot fold the pairs away
       (CPython's Py_INCREF/Py_DECREF are inline field updates). */
    PyObject *volatile p = o;
    for (int i = 0; i < PAIRS; i++) {
        PyObject *a = p;
        Py_INCREF(a);
        PyObject *b = p;
        Py_DECREF(b);
    }
    Py_RETURN_NONE;
}

static PyObject *
getbuffer(PyObject *module, PyObject *o)
{
    Py_buffer view;
    for (int i = 0; i < PAIRS; i++) {
        if (PyObject_GetBuffer(o, &view, PyBUF_SIMPLE) < 0) return NULL;
        PyBuffer_Release(&view);
    }
    Py_RETURN_NONE;
}

static PyObject *
noop(PyObject *module, PyObject *o)
{
    Py_RETURN_NONE;
}

static PyObject *
sum(PyObject *module, PyObject *o)
{
    Py_buffer view;
    if (PyObject_GetBuffer(o, &view, PyBUF_SIMPLE) < 0) return NULL;
    const unsigned char *p = (const unsigned char *)view.buf;
    uint64_t s = 0;
    for (Py_ssize_t i = 0; i < view.len; i++) s += p[i];
    PyBuffer_Release(&view);
    return PyLong_FromUnsignedLongLong(s);
}

static PyObject *
ystar(PyObject *module, PyObject *args)
{
    Py_buffer view;
    if (!PyArg_ParseTuple(args, "y*", &view)) return NULL;
    PyBuffer_Release(&view);
    Py_RETURN_NONE;
}

/* ---- Block: a C exporter */

typedef struct {
    PyObject_HEAD
    unsigned char *data;
    Py_ssize_t len;
    Py_ssize_t exports;
} Block;

static PyObject *
Block_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    Py_ssize_t n;
    if (!PyArg_ParseTuple(args, "n:Block", &n)) return NULL;
    if (n < 0) {
        PyErr_SetString(PyExc_ValueError, "Block: negative size");
        return NULL;
    }
    unsigned char *data = PyMem_Malloc(n > 0 ? (size_t)n : 1);
    if (data == NULL) return PyErr_NoMemory();
    for (Py_ssize_t i = 0; i < n; i++) data[i] = (unsigned char)(i & 255);
    Block *self = (Block *)type->tp_alloc(type, 0);
    if (self == NULL) {
        PyMem_Free(data);
        return NULL;
    }
    self->data = data;
    self->len = n;
    self->exports = 0;
    return (PyObject *)self;
}

static void
Block_dealloc(PyObject *op)
{
    Block *self = (Block *)op;
    PyMem_Free(self->data);
    Py_TYPE(op)->tp_free(op);
}

static int
Block_getbuffer(PyObject *op, Py_buffer *view, int flags)
{
    Block *self = (Block *)op;
    if (PyBuffer_FillInfo(view, op, self->data, self->len, 1, flags) < 0) return -1;
    self->exports++;
    return 0;
}

static void
Block_releasebuffer(PyObject *op, Py_buffer *view)
{
    ((Block *)op)->exports--;
}

static PyObject *
Block_exports(PyObject *op, void *closure)
{
    return PyLong_FromSsize_t(((Block *)op)->exports);
}

static PyGetSetDef Block_getset[] = {
    {"exports", Block_exports, NULL, "live exports", NULL},
    {NULL},
};

static PyBufferProcs Block_as_buffer = {
    .bf_getbuffer = Block_getbuffer,
    .bf_releasebuffer = Block_releasebuffer,
};

static PyTypeObject Block_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "benchc.Block",
    .tp_basicsize = sizeof(Block),
    .tp_dealloc = Block_dealloc,
    .tp_as_buffer = &Block_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Block(n): n read-only bytes (i & 255) owned by C, exported as 'B'.",
    .tp_getset = Block_getset,
    .tp_new = Block_new,
};

static PyMethodDef methods[] = {
    {"incdec", incdec, METH_O, "PAIRS x (Py_INCREF + Py_DECREF) of o."},
    {"getbuffer", getbuffer, METH_O, "PAIRS x (PyObject_GetBuffer(o, PyBUF_SIMPLE) + PyBuffer_Release)."},
    {"noop", noop, METH_O, "Does nothing (METH_O)."},
    {"sum", sum, METH_O, "The sum of o's bytes."},
    {"ystar", ystar, METH_VARARGS, "PyArg_ParseTuple(args, \"y*\") + PyBuffer_Release."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "benchc", "The C side of the bench's C-extension rows.", -1, methods,
};

PyMODINIT_FUNC
PyInit_benchc(void)
{
    if (PyType_Ready(&Block_Type) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    if (PyModule_AddIntConstant(m, "PAIRS", PAIRS) < 0 || PyModule_AddObjectRef(m, "Block", (PyObject *)&Block_Type) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
