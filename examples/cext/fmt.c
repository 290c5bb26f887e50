/*
 * fmt: a format-aware buffer consumer.
 *
 * fmt.values(obj) asks for PyBUF_FULL_RO, reads view->format and converts
 * every item itself (walking shape/strides/suboffsets), for the struct codes
 * b B h H i I l L q Q f d, with an optional byte-order prefix:
 *   '@' (or none): native order and native sizes ('l' is sizeof(long));
 *   '=' native order, '<' little-endian, '>' and '!' big-endian: standard sizes
 *   (b/B 1, h/H 2, i/I/l/L 4, q/Q 8, f 4, d 8).
 * Anything else is refused with a CPython-style message.
 *
 * fmt.parse(format) -> (byte order, code, itemsize), the same parse, and
 * fmt.Packed(format, byte_values): a read-only exporter of the given raw bytes
 * with that format, to feed the consumer formats memoryview cannot make.
 *
 * Builds unchanged against CPython 3.11's headers (gcc) and pyobj's (pyobj-cc).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <string.h>

typedef struct {
    char order;       /* '<' little, '>' big */
    char code;        /* the struct code */
    Py_ssize_t size;  /* bytes per item */
} Format;

static int
little_endian_host(void)
{
    const unsigned int one = 1;
    return *(const unsigned char *)&one == 1;
}

/* 0 on success; -1 with NotImplementedError for a format we do not read. */
static int
parse_format(const char *fmt, Format *f)
{
    const char *p = fmt == NULL ? "B" : fmt;
    int native_sizes = 1;
    char order = little_endian_host() ? '<' : '>';
    switch (*p) {
    case '@': p++; break;
    case '=': native_sizes = 0; p++; break;
    case '<': native_sizes = 0; order = '<'; p++; break;
    case '>': case '!': native_sizes = 0; order = '>'; p++; break;
    }
    f->order = order;
    f->code = *p;
    if (*p == '\0' || p[1] != '\0') goto unsupported;
    switch (*p) {
    case 'b': case 'B': f->size = 1; break;
    case 'h': case 'H': f->size = 2; break;
    case 'i': case 'I': f->size = 4; break;
    case 'l': case 'L': f->size = native_sizes ? (Py_ssize_t)sizeof(long) : 4; break;
    case 'q': case 'Q': f->size = 8; break;
    case 'f': f->size = 4; break;
    case 'd': f->size = 8; break;
    default: goto unsupported;
    }
    return 0;
unsupported:
    PyErr_Format(PyExc_NotImplementedError, "fmt: format '%s' not supported", fmt);
    return -1;
}

/* The item at p as a Python int or float. */
static PyObject *
convert(const Format *f, const char *p)
{
    unsigned char b[8];
    memcpy(b, p, (size_t)f->size);
    if ((f->order == '<') != little_endian_host()) {
        for (Py_ssize_t i = 0; i < f->size / 2; i++) {
            unsigned char t = b[i];
            b[i] = b[f->size - 1 - i];
            b[f->size - 1 - i] = t;
        }
    }
    /* b now holds the item in host order; read it with a type of its size. */
    switch (f->code) {
    case 'b': return PyLong_FromLong(*(signed char *)b);
    case 'B': return PyLong_FromLong(*(unsigned char *)b);
    case 'h': { short v; memcpy(&v, b, 2); return PyLong_FromLong(v); }
    case 'H': { unsigned short v; memcpy(&v, b, 2); return PyLong_FromLong(v); }
    case 'i': case 'l': case 'q':
        if (f->size == 4) { int v; memcpy(&v, b, 4); return PyLong_FromLong(v); }
        else { long long v; memcpy(&v, b, 8); return PyLong_FromLongLong(v); }
    case 'I': case 'L': case 'Q':
        if (f->size == 4) { unsigned int v; memcpy(&v, b, 4); return PyLong_FromUnsignedLong(v); }
        else { unsigned long long v; memcpy(&v, b, 8); return PyLong_FromUnsignedLongLong(v); }
    case 'f': { float v; memcpy(&v, b, 4); return PyFloat_FromDouble(v); }
    case 'd': { double v; memcpy(&v, b, 8); return PyFloat_FromDouble(v); }
    }
    PyErr_SetString(PyExc_SystemError, "fmt: unreachable");
    return NULL;
}

static int
walk(Py_buffer *v, const Format *f, int dim, const char *p, PyObject *out)
{
    if (dim == v->ndim) {
        PyObject *x = convert(f, p);
        if (x == NULL) return -1;
        int r = PyList_Append(out, x);
        Py_DECREF(x);
        return r;
    }
    for (Py_ssize_t i = 0; i < v->shape[dim]; i++) {
        const char *q = p + i * v->strides[dim];
        if (v->suboffsets != NULL && v->suboffsets[dim] >= 0) q = *(char *const *)q + v->suboffsets[dim];
        if (walk(v, f, dim + 1, q, out) < 0) return -1;
    }
    return 0;
}

static PyObject *
fmt_values(PyObject *module, PyObject *obj)
{
    Py_buffer view;
    Format f;
    PyObject *out = NULL;
    if (PyObject_GetBuffer(obj, &view, PyBUF_FULL_RO) < 0) return NULL;
    if (parse_format(view.format, &f) < 0) goto done;
    if (view.itemsize != f.size) {
        PyErr_Format(PyExc_ValueError, "fmt: itemsize %zd does not match format '%s' (%zd bytes)", view.itemsize,
                     view.format, f.size);
        goto done;
    }
    out = PyList_New(0);
    if (out == NULL) goto done;
    if (walk(&view, &f, 0, view.buf, out) < 0) Py_CLEAR(out);
done:
    PyBuffer_Release(&view);
    return out;
}

static PyObject *
fmt_parse(PyObject *module, PyObject *args)
{
    const char *s;
    Format f;
    if (!PyArg_ParseTuple(args, "s:parse", &s)) return NULL;
    if (parse_format(s, &f) < 0) return NULL;
    return Py_BuildValue("(sCn)", f.order == '<' ? "little" : "big", f.code, f.size);
}

/* ---- Packed: raw bytes exported with any format */

typedef struct {
    PyObject_HEAD
    char *data;
    char *format;
    Py_ssize_t len, itemsize, shape[1];
} PackedObject;

static PyObject *
packed_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"format", "data", NULL};
    const char *format;
    PyObject *seq;
    Format f;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "sO:Packed", kwlist, &format, &seq)) return NULL;
    PyObject *fast = PySequence_Fast(seq, "Packed() data must be a sequence of byte values");
    if (fast == NULL) return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    Py_ssize_t itemsize = 1;
    if (parse_format(format, &f) == 0) itemsize = f.size;
    else PyErr_Clear();  /* the exporter takes any format: the consumer judges */
    if (n % itemsize != 0) {
        Py_DECREF(fast);
        return PyErr_Format(PyExc_ValueError, "Packed(): %zd bytes are not a whole number of %zd-byte items", n,
                            itemsize);
    }
    PackedObject *self = (PackedObject *)type->tp_alloc(type, 0);
    if (self == NULL) {
        Py_DECREF(fast);
        return NULL;
    }
    self->data = PyMem_Malloc((size_t)n + 1);
    self->format = PyMem_Malloc(strlen(format) + 1);
    if (self->data == NULL || self->format == NULL) {
        Py_DECREF(fast);
        Py_DECREF(self);
        return PyErr_NoMemory();
    }
    strcpy(self->format, format);
    for (Py_ssize_t i = 0; i < n; i++) {
        long b = PyLong_AsLong(PySequence_Fast_GET_ITEM(fast, i));
        if (b == -1 && PyErr_Occurred()) {
            Py_DECREF(fast);
            Py_DECREF(self);
            return NULL;
        }
        if (b < 0 || b > 255) {
            Py_DECREF(fast);
            Py_DECREF(self);
            return PyErr_Format(PyExc_ValueError, "byte must be in range(0, 256), not %ld", b);
        }
        self->data[i] = (char)b;
    }
    Py_DECREF(fast);
    self->len = n;
    self->itemsize = itemsize;
    self->shape[0] = n / itemsize;
    return (PyObject *)self;
}

static void
packed_dealloc(PackedObject *self)
{
    PyMem_Free(self->data);
    PyMem_Free(self->format);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int
packed_getbuffer(PackedObject *self, Py_buffer *view, int flags)
{
    if (flags & PyBUF_WRITABLE) {
        PyErr_SetString(PyExc_BufferError, "Object is not writable.");
        view->obj = NULL;
        return -1;
    }
    view->buf = self->data;
    view->obj = (PyObject *)self;
    Py_INCREF(self);
    view->len = self->len;
    view->itemsize = self->itemsize;
    view->readonly = 1;
    view->ndim = 1;
    view->format = (flags & PyBUF_FORMAT) ? self->format : NULL;
    view->shape = (flags & PyBUF_ND) ? self->shape : NULL;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? &self->itemsize : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    return 0;
}

static PyObject *
packed_repr(PackedObject *self)
{
    return PyUnicode_FromFormat("Packed('%s', %zd bytes)", self->format, self->len);
}

static PyBufferProcs packed_as_buffer = {(getbufferproc)packed_getbuffer, NULL};

static PyTypeObject Packed_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "fmt.Packed",
    .tp_basicsize = sizeof(PackedObject),
    .tp_dealloc = (destructor)packed_dealloc,
    .tp_repr = (reprfunc)packed_repr,
    .tp_as_buffer = &packed_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "Packed(format, data): raw bytes exported read-only with any format",
    .tp_new = packed_new,
};

static PyMethodDef fmt_methods[] = {
    {"values", fmt_values, METH_O, "the items of a buffer as a flat list, converted by C from view->format"},
    {"parse", fmt_parse, METH_VARARGS, "parse(format) -> (byte order, code, itemsize)"},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef fmt_module = {
    PyModuleDef_HEAD_INIT, "fmt", "A format-aware buffer consumer.", -1, fmt_methods,
};

PyMODINIT_FUNC
PyInit_fmt(void)
{
    if (PyType_Ready(&Packed_Type) < 0) return NULL;
    PyObject *m = PyModule_Create(&fmt_module);
    if (m == NULL) return NULL;
    Py_INCREF(&Packed_Type);
    if (PyModule_AddObject(m, "Packed", (PyObject *)&Packed_Type) < 0) {
        Py_DECREF(&Packed_Type);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
