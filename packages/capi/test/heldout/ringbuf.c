/* ringbuf: a fixed-capacity ring buffer of bytes, written as a third-party
 * extension would be (static type, structmember.h, buffer export with counting).
 * Held-out test module: uses only names from API.md. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <string.h>

typedef struct {
    PyObject_HEAD
    unsigned char *data;
    Py_ssize_t capacity;
    Py_ssize_t head;      /* index of first item */
    Py_ssize_t count;     /* number of items */
    int exports;
    int frozen;
    double fill_ratio_hint;
    PyObject *label;      /* T_OBJECT_EX */
    PyObject *tag;        /* T_OBJECT */
    Py_ssize_t shape[1];
    Py_ssize_t strides[1];
} RingBuf;

static PyTypeObject RingBuf_Type;

static int
rb_linearize(RingBuf *self)
{
    /* make the content contiguous starting at data[0] */
    if (self->head == 0)
        return 0;
    unsigned char *tmp = PyMem_Malloc(self->capacity ? self->capacity : 1);
    if (tmp == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < self->count; i++)
        tmp[i] = self->data[(self->head + i) % self->capacity];
    memcpy(self->data, tmp, self->count);
    PyMem_Free(tmp);
    self->head = 0;
    return 0;
}

static PyObject *
RingBuf_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"capacity", "label", NULL};
    Py_ssize_t capacity;
    PyObject *label = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "n|U:RingBuf", kwlist, &capacity, &label))
        return NULL;
    if (capacity < 0) {
        PyErr_Format(PyExc_ValueError, "capacity must be >= 0, got %zd", capacity);
        return NULL;
    }
    RingBuf *self = (RingBuf *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->data = PyMem_Calloc(capacity ? capacity : 1, 1);
    if (self->data == NULL) {
        Py_DECREF(self);
        return PyErr_NoMemory();
    }
    self->capacity = capacity;
    self->fill_ratio_hint = 0.5;
    self->label = Py_XNewRef(label);
    self->tag = NULL;
    return (PyObject *)self;
}

static void
RingBuf_dealloc(RingBuf *self)
{
    PyMem_Free(self->data);
    Py_XDECREF(self->label);
    Py_XDECREF(self->tag);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *
RingBuf_repr(RingBuf *self)
{
    if (self->label != NULL)
        return PyUnicode_FromFormat("<%s %R %zd/%zd>", Py_TYPE(self)->tp_name, self->label,
                                    self->count, self->capacity);
    return PyUnicode_FromFormat("<%s %zd/%zd>", Py_TYPE(self)->tp_name, self->count, self->capacity);
}

/* ---- methods ---- */

static PyObject *
RingBuf_push(RingBuf *self, PyObject *arg)
{
    if (self->frozen) {
        PyErr_SetString(PyExc_RuntimeError, "ring buffer is frozen");
        return NULL;
    }
    Py_buffer view;
    if (PyLong_Check(arg)) {
        long v = PyLong_AsLong(arg);
        if (v == -1 && PyErr_Occurred())
            return NULL;
        if (v < 0 || v > 255) {
            PyErr_Format(PyExc_ValueError, "byte must be in range(0, 256), not %ld", v);
            return NULL;
        }
        unsigned char c = (unsigned char)v;
        if (self->capacity == 0) {
            PyErr_SetString(PyExc_OverflowError, "ring buffer has no capacity");
            return NULL;
        }
        if (self->count == self->capacity) {
            self->head = (self->head + 1) % self->capacity;
            self->count--;
        }
        self->data[(self->head + self->count) % self->capacity] = c;
        self->count++;
        return PyLong_FromSsize_t(self->count);
    }
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    const unsigned char *p = view.buf;
    for (Py_ssize_t i = 0; i < view.len; i++) {
        if (self->capacity == 0)
            break;
        if (self->count == self->capacity) {
            self->head = (self->head + 1) % self->capacity;
            self->count--;
        }
        self->data[(self->head + self->count) % self->capacity] = p[i];
        self->count++;
    }
    PyBuffer_Release(&view);
    return PyLong_FromSsize_t(self->count);
}

static PyObject *
RingBuf_pop(RingBuf *self, PyObject *Py_UNUSED(ignored))
{
    if (self->count == 0) {
        PyErr_SetString(PyExc_IndexError, "pop from an empty ring buffer");
        return NULL;
    }
    if (self->exports > 0) {
        PyErr_SetString(PyExc_BufferError, "cannot pop while the ring buffer is exported");
        return NULL;
    }
    unsigned char c = self->data[self->head];
    self->head = (self->head + 1) % self->capacity;
    self->count--;
    return PyLong_FromLong(c);
}

static PyObject *
RingBuf_resize(RingBuf *self, PyObject *args)
{
    Py_ssize_t newcap;
    if (!PyArg_ParseTuple(args, "n:resize", &newcap))
        return NULL;
    if (self->exports > 0) {
        PyErr_Format(PyExc_BufferError, "cannot resize: %d export%s outstanding",
                     self->exports, self->exports == 1 ? "" : "s");
        return NULL;
    }
    if (newcap < self->count) {
        PyErr_Format(PyExc_ValueError, "new capacity %zd is smaller than the count %zd", newcap, self->count);
        return NULL;
    }
    if (rb_linearize(self) < 0)
        return NULL;
    unsigned char *nd = PyMem_Realloc(self->data, newcap ? newcap : 1);
    if (nd == NULL)
        return PyErr_NoMemory();
    if (newcap > self->capacity)
        memset(nd + self->capacity, 0, newcap - self->capacity);
    self->data = nd;
    self->capacity = newcap;
    Py_RETURN_NONE;
}

static PyObject *
RingBuf_tobytes(RingBuf *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *b = PyBytes_FromStringAndSize(NULL, self->count);
    if (b == NULL)
        return NULL;
    char *out = PyBytes_AS_STRING(b);
    for (Py_ssize_t i = 0; i < self->count; i++)
        out[i] = (char)self->data[(self->head + i) % self->capacity];
    return b;
}

static PyObject *
RingBuf_linearize(RingBuf *self, PyObject *Py_UNUSED(ignored))
{
    if (self->exports > 0 && self->head != 0) {
        PyErr_SetString(PyExc_BufferError, "cannot move data while exported");
        return NULL;
    }
    if (rb_linearize(self) < 0)
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *
RingBuf_fromiter(PyTypeObject *cls, PyObject *args)
{
    PyObject *iterable;
    Py_ssize_t cap = -1;
    if (!PyArg_ParseTuple(args, "O|n:fromiter", &iterable, &cap))
        return NULL;
    PyObject *seq = PySequence_Fast(iterable, "fromiter() argument must be iterable");
    if (seq == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    if (cap < 0)
        cap = n;
    PyObject *capobj = PyLong_FromSsize_t(cap);
    if (capobj == NULL) {
        Py_DECREF(seq);
        return NULL;
    }
    RingBuf *rb = (RingBuf *)PyObject_CallOneArg((PyObject *)cls, capobj);
    Py_DECREF(capobj);
    if (rb == NULL) {
        Py_DECREF(seq);
        return NULL;
    }
    PyObject **items = PySequence_Fast_ITEMS(seq);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *r = RingBuf_push(rb, items[i]);
        if (r == NULL) {
            Py_DECREF(seq);
            Py_DECREF(rb);
            return NULL;
        }
        Py_DECREF(r);
    }
    Py_DECREF(seq);
    return (PyObject *)rb;
}

static PyObject *
RingBuf_checksum(PyObject *Py_UNUSED(cls), PyObject *arg)
{
    Py_buffer view;
    if (PyObject_GetBuffer(arg, &view, PyBUF_SIMPLE) < 0)
        return NULL;
    unsigned long sum = 0;
    for (Py_ssize_t i = 0; i < view.len; i++)
        sum = (sum * 31 + ((unsigned char *)view.buf)[i]) & 0xffffffUL;
    PyBuffer_Release(&view);
    return PyLong_FromUnsignedLong(sum);
}

static PyMethodDef RingBuf_methods[] = {
    {"push", (PyCFunction)RingBuf_push, METH_O, "push(b) -> count"},
    {"pop", (PyCFunction)RingBuf_pop, METH_NOARGS, "pop() -> int"},
    {"resize", (PyCFunction)RingBuf_resize, METH_VARARGS, NULL},
    {"tobytes", (PyCFunction)RingBuf_tobytes, METH_NOARGS},
    {"linearize", (PyCFunction)RingBuf_linearize, METH_NOARGS},
    {"fromiter", (PyCFunction)RingBuf_fromiter, METH_VARARGS | METH_CLASS, "build from an iterable"},
    {"checksum", (PyCFunction)RingBuf_checksum, METH_O | METH_STATIC, NULL},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef RingBuf_members[] = {
    {"capacity", T_PYSSIZET, offsetof(RingBuf, capacity), READONLY, "capacity in bytes"},
    {"exports", T_INT, offsetof(RingBuf, exports), READONLY, NULL},
    {"frozen", T_BOOL, offsetof(RingBuf, frozen), 0, NULL},
    {"hint", T_DOUBLE, offsetof(RingBuf, fill_ratio_hint), 0, NULL},
    {"label", T_OBJECT_EX, offsetof(RingBuf, label), 0, NULL},
    {"tag", T_OBJECT, offsetof(RingBuf, tag), 0, NULL},
    {NULL},
};

static PyObject *
RingBuf_get_free(RingBuf *self, void *closure)
{
    return PyLong_FromSsize_t(self->capacity - self->count);
}

static PyObject *
RingBuf_get_head(RingBuf *self, void *closure)
{
    return PyLong_FromSsize_t(self->head);
}

static int
RingBuf_set_head(RingBuf *self, PyObject *value, void *closure)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_AttributeError, "cannot delete head");
        return -1;
    }
    if (!PyLong_Check(value)) {
        PyErr_Format(PyExc_TypeError, "head must be int, not %.200s", Py_TYPE(value)->tp_name);
        return -1;
    }
    Py_ssize_t h = PyLong_AsSsize_t(value);
    if (h == -1 && PyErr_Occurred())
        return -1;
    if (self->exports > 0) {
        PyErr_SetString(PyExc_BufferError, "cannot rotate while exported");
        return -1;
    }
    if (self->capacity == 0 || h < 0 || h >= self->capacity) {
        PyErr_Format(PyExc_ValueError, "head %zd out of range for capacity %zd", h, self->capacity);
        return -1;
    }
    self->head = h;
    return 0;
}

static PyGetSetDef RingBuf_getset[] = {
    {"free", (getter)RingBuf_get_free, NULL, "free slots", NULL},
    {"head", (getter)RingBuf_get_head, (setter)RingBuf_set_head, NULL, NULL},
    {NULL},
};

/* ---- buffer protocol ---- */

static int
RingBuf_getbuffer(RingBuf *self, Py_buffer *view, int flags)
{
    if (self->head + self->count > self->capacity) {
        PyErr_SetString(PyExc_BufferError, "ring buffer wraps around: call linearize() first");
        return -1;
    }
    if ((flags & PyBUF_WRITABLE) == PyBUF_WRITABLE && self->frozen) {
        PyErr_SetString(PyExc_BufferError, "ring buffer is frozen (read-only)");
        return -1;
    }
    view->obj = Py_NewRef(self);
    view->buf = self->data + self->head;
    view->len = self->count;
    view->itemsize = 1;
    view->readonly = self->frozen;
    view->format = (flags & PyBUF_FORMAT) ? "B" : NULL;
    view->ndim = 1;
    self->shape[0] = self->count;
    self->strides[0] = 1;
    view->shape = (flags & PyBUF_ND) ? self->shape : NULL;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? self->strides : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    self->exports++;
    return 0;
}

static void
RingBuf_releasebuffer(RingBuf *self, Py_buffer *view)
{
    self->exports--;
}

static PyBufferProcs RingBuf_as_buffer = {
    (getbufferproc)RingBuf_getbuffer,
    (releasebufferproc)RingBuf_releasebuffer,
};

/* ---- sequence / mapping ---- */

static Py_ssize_t
RingBuf_len(RingBuf *self)
{
    return self->count;
}

static PyObject *
RingBuf_item(RingBuf *self, Py_ssize_t i)
{
    if (i < 0 || i >= self->count) {
        PyErr_SetString(PyExc_IndexError, "ring buffer index out of range");
        return NULL;
    }
    return PyLong_FromLong(self->data[(self->head + i) % self->capacity]);
}

static int
RingBuf_ass_item(RingBuf *self, Py_ssize_t i, PyObject *v)
{
    if (v == NULL) {
        PyErr_SetString(PyExc_TypeError, "ring buffer items cannot be deleted");
        return -1;
    }
    if (i < 0 || i >= self->count) {
        PyErr_SetString(PyExc_IndexError, "ring buffer assignment index out of range");
        return -1;
    }
    int overflow = 0;
    long x = PyLong_AsLongAndOverflow(v, &overflow);
    if (x == -1 && PyErr_Occurred())
        return -1;
    if (overflow || x < 0 || x > 255) {
        PyErr_SetString(PyExc_ValueError, "byte must be in range(0, 256)");
        return -1;
    }
    self->data[(self->head + i) % self->capacity] = (unsigned char)x;
    return 0;
}

static int
RingBuf_contains(RingBuf *self, PyObject *v)
{
    long x = PyLong_AsLong(v);
    if (x == -1 && PyErr_Occurred()) {
        if (PyErr_ExceptionMatches(PyExc_TypeError)) {
            PyErr_Clear();
            return 0;
        }
        return -1;
    }
    for (Py_ssize_t i = 0; i < self->count; i++)
        if (self->data[(self->head + i) % self->capacity] == x)
            return 1;
    return 0;
}

static PySequenceMethods RingBuf_as_sequence = {
    .sq_length = (lenfunc)RingBuf_len,
    .sq_item = (ssizeargfunc)RingBuf_item,
    .sq_ass_item = (ssizeobjargproc)RingBuf_ass_item,
    .sq_contains = (objobjproc)RingBuf_contains,
};

static PyObject *
RingBuf_subscript(RingBuf *self, PyObject *key)
{
    if (PySlice_Check(key)) {
        Py_ssize_t start, stop, step, slicelen;
        if (PySlice_GetIndicesEx(key, self->count, &start, &stop, &step, &slicelen) < 0)
            return NULL;
        PyObject *out = PyBytes_FromStringAndSize(NULL, slicelen);
        if (out == NULL)
            return NULL;
        char *o = PyBytes_AsString(out);
        for (Py_ssize_t k = 0, i = start; k < slicelen; k++, i += step)
            o[k] = (char)self->data[(self->head + i) % self->capacity];
        return out;
    }
    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return NULL;
        if (i < 0)
            i += self->count;
        return RingBuf_item(self, i);
    }
    PyErr_Format(PyExc_TypeError, "ring buffer indices must be integers or slices, not %s",
                 Py_TYPE(key)->tp_name);
    return NULL;
}

static int
RingBuf_ass_subscript(RingBuf *self, PyObject *key, PyObject *value)
{
    if (PyIndex_Check(key)) {
        Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
        if (i == -1 && PyErr_Occurred())
            return -1;
        if (i < 0)
            i += self->count;
        return RingBuf_ass_item(self, i, value);
    }
    PyErr_Format(PyExc_TypeError, "ring buffer indices must be integers, not %.100s", Py_TYPE(key)->tp_name);
    return -1;
}

static PyMappingMethods RingBuf_as_mapping = {
    (lenfunc)RingBuf_len,
    (binaryfunc)RingBuf_subscript,
    (objobjargproc)RingBuf_ass_subscript,
};

/* ---- comparison, hashing, iteration ---- */

static PyObject *
RingBuf_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyObject_TypeCheck(b, &RingBuf_Type))
        Py_RETURN_NOTIMPLEMENTED;
    PyObject *ba = RingBuf_tobytes((RingBuf *)a, NULL);
    if (ba == NULL)
        return NULL;
    PyObject *bb = RingBuf_tobytes((RingBuf *)b, NULL);
    if (bb == NULL) {
        Py_DECREF(ba);
        return NULL;
    }
    PyObject *r = PyObject_RichCompare(ba, bb, op);
    Py_DECREF(ba);
    Py_DECREF(bb);
    return r;
}

static PyObject *
RingBuf_iter(RingBuf *self)
{
    PyObject *b = RingBuf_tobytes(self, NULL);
    if (b == NULL)
        return NULL;
    PyObject *it = PyObject_GetIter(b);
    Py_DECREF(b);
    return it;
}

static PyTypeObject RingBuf_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "ringbuf.RingBuf",
    .tp_basicsize = sizeof(RingBuf),
    .tp_itemsize = 0,
    .tp_dealloc = (destructor)RingBuf_dealloc,
    .tp_repr = (reprfunc)RingBuf_repr,
    .tp_as_sequence = &RingBuf_as_sequence,
    .tp_as_mapping = &RingBuf_as_mapping,
    .tp_hash = PyObject_HashNotImplemented,
    .tp_as_buffer = &RingBuf_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_doc = PyDoc_STR("RingBuf(capacity, label=None)"),
    .tp_richcompare = RingBuf_richcompare,
    .tp_iter = (getiterfunc)RingBuf_iter,
    .tp_methods = RingBuf_methods,
    .tp_members = RingBuf_members,
    .tp_getset = RingBuf_getset,
    .tp_new = RingBuf_new,
};

static PyObject *
ringbuf_exports_of(PyObject *mod, PyObject *obj)
{
    if (!PyObject_TypeCheck(obj, &RingBuf_Type)) {
        PyErr_Format(PyExc_TypeError, "expected RingBuf, got %R", (PyObject *)Py_TYPE(obj));
        return NULL;
    }
    return PyLong_FromLong(((RingBuf *)obj)->exports);
}

/* Fill another object's writable buffer from a ring. */
static PyObject *
ringbuf_drain_into(PyObject *mod, PyObject *args)
{
    RingBuf *rb;
    Py_buffer out;
    if (!PyArg_ParseTuple(args, "O!w*:drain_into", &RingBuf_Type, &rb, &out))
        return NULL;
    Py_ssize_t n = Py_MIN(out.len, rb->count);
    for (Py_ssize_t i = 0; i < n; i++)
        ((unsigned char *)out.buf)[i] = rb->data[(rb->head + i) % rb->capacity];
    PyBuffer_Release(&out);
    return PyLong_FromSsize_t(n);
}

static PyMethodDef ringbuf_functions[] = {
    {"exports_of", ringbuf_exports_of, METH_O, NULL},
    {"drain_into", ringbuf_drain_into, METH_VARARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef ringbuf_module = {
    PyModuleDef_HEAD_INIT,
    "ringbuf",
    "A ring buffer of bytes exporting its contiguous window.",
    -1,
    ringbuf_functions,
};

PyMODINIT_FUNC
PyInit_ringbuf(void)
{
    if (PyType_Ready(&RingBuf_Type) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&ringbuf_module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&RingBuf_Type);
    if (PyModule_AddObject(m, "RingBuf", (PyObject *)&RingBuf_Type) < 0) {
        Py_DECREF(&RingBuf_Type);
        Py_DECREF(m);
        return NULL;
    }
    if (PyModule_AddIntConstant(m, "MAX_BYTE", 255) < 0 ||
        PyModule_AddStringConstant(m, "VERSION", "1.2") < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
