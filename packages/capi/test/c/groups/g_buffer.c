/* Buffers (PEP 3118) from C: a C exporter and the PyBuffer_* / PyObject_*Buffer functions. */
#include "check.h"

typedef struct {
    PyObject_HEAD
    short data[6];          /* 2x3 shorts */
    Py_ssize_t shape[2], strides[2];
    int exports;
} ExpObject;

static int
exp_getbuffer(ExpObject *self, Py_buffer *view, int flags)
{
    if ((flags & PyBUF_WRITABLE) && 0) return -1;
    self->shape[0] = 2;
    self->shape[1] = 3;
    self->strides[0] = 3 * sizeof(short);
    self->strides[1] = sizeof(short);
    view->buf = self->data;
    view->obj = Py_NewRef((PyObject *)self);
    view->len = sizeof self->data;
    view->itemsize = sizeof(short);
    view->readonly = 0;
    view->ndim = (flags & PyBUF_ND) ? 2 : 1;
    view->format = (flags & PyBUF_FORMAT) ? "h" : NULL;
    view->shape = (flags & PyBUF_ND) ? self->shape : NULL;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? self->strides : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    self->exports++;
    return 0;
}

static void
exp_releasebuffer(ExpObject *self, Py_buffer *view)
{
    self->exports--;
}

static PyBufferProcs exp_as_buffer = {(getbufferproc)exp_getbuffer, (releasebufferproc)exp_releasebuffer};

static PyTypeObject Exp_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "g_buffer.Exp",
    .tp_basicsize = sizeof(ExpObject),
    .tp_as_buffer = &exp_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
};

/* An exporter that hands the request on to another object (`PyObject_GetBuffer(self->base, ...)`):
   view->obj is then the base, and PyBuffer_Release goes to the base's bf_releasebuffer, not Fwd's. */
typedef struct {
    PyObject_HEAD
    PyObject *base;
    int gets, releases;
} FwdObject;

static int
fwd_getbuffer(FwdObject *self, Py_buffer *view, int flags)
{
    self->gets++;
    return PyObject_GetBuffer(self->base, view, flags);
}

static void
fwd_releasebuffer(FwdObject *self, Py_buffer *view)
{
    self->releases++;
}

static void
fwd_dealloc(FwdObject *self)
{
    Py_XDECREF(self->base);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyBufferProcs fwd_as_buffer = {(getbufferproc)fwd_getbuffer, (releasebufferproc)fwd_releasebuffer};

static PyTypeObject Fwd_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "g_buffer.Fwd",
    .tp_basicsize = sizeof(FwdObject),
    .tp_dealloc = (destructor)fwd_dealloc,
    .tp_as_buffer = &fwd_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
};

static void
forwarding(ExpObject *e)
{
    if (PyType_Ready(&Fwd_Type) < 0) {
        check_obj("PyType_Ready(Fwd)", NULL);
        return;
    }
    PyObject *ba = T(PyByteArray_FromStringAndSize("forward", 7));
    FwdObject *f = (FwdObject *)T(PyObject_CallNoArgs((PyObject *)&Fwd_Type));
    f->base = Py_NewRef(ba);
    Py_buffer v;
    check_int("Fwd(bytearray): GetBuffer(SIMPLE)", PyObject_GetBuffer((PyObject *)f, &v, PyBUF_SIMPLE));
    check_int("  len, obj is the bytearray", v.len * 10 + (v.obj == ba));
    check_int("  bytearray resize while exported", PyByteArray_Resize(ba, 3));
    PyBuffer_Release(&v);
    check_int("  after release: Fwd gets, releases; obj NULL", f->gets * 100 + f->releases * 10 + (v.obj == NULL));
    check_int("  bytearray resize", PyByteArray_Resize(ba, 3));
    FwdObject *g = (FwdObject *)T(PyObject_CallNoArgs((PyObject *)&Fwd_Type));
    g->base = Py_NewRef((PyObject *)e);
    int before = e->exports;
    check_int("Fwd(Exp): GetBuffer(FULL_RO)", PyObject_GetBuffer((PyObject *)g, &v, PyBUF_FULL_RO));
    check_int("  Exp exports, obj is the Exp", (e->exports - before) * 10 + (v.obj == (PyObject *)e));
    PyBuffer_Release(&v);
    check_int("  after release: Exp exports, Fwd gets, releases", (e->exports - before) * 100 + g->gets * 10 + g->releases);
}

static char raw[8] = "abcdefg";

static void
tests(void)
{
    if (PyType_Ready(&Exp_Type) < 0) {
        check_obj("PyType_Ready", NULL);
        return;
    }
    ExpObject *e = (ExpObject *)T(PyObject_CallNoArgs((PyObject *)&Exp_Type));
    for (int i = 0; i < 6; i++) e->data[i] = (short)(i * 100 - 200);
    check_int("CheckBuffer(Exp), (7)", PyObject_CheckBuffer((PyObject *)e) * 10 + PyObject_CheckBuffer(I(7)));
    Py_buffer v;
    check_int("GetBuffer(FULL_RO)", PyObject_GetBuffer((PyObject *)e, &v, PyBUF_FULL_RO));
    check_int("  exports", e->exports);
    check_int("  ndim, itemsize, len", v.ndim * 1000 + v.itemsize * 100 + v.len);
    check_str("  format", v.format);
    check_int("  buf is the C array, obj the exporter", v.buf == (void *)e->data && v.obj == (PyObject *)e);
    check_int("IsContiguous C, F, A", PyBuffer_IsContiguous(&v, 'C') * 100 + PyBuffer_IsContiguous(&v, 'F') * 10 + PyBuffer_IsContiguous(&v, 'A'));
    Py_ssize_t idx[2] = {1, 2};
    short *p = PyBuffer_GetPointer(&v, idx);
    check_int("GetPointer([1, 2])", *p);
    char out[12];
    check_int("ToContiguous(C)", PyBuffer_ToContiguous(out, &v, sizeof out, 'C'));
    check_int("  item 4", ((short *)out)[4]);
    check_int("ToContiguous(F)", PyBuffer_ToContiguous(out, &v, sizeof out, 'F'));
    check_int("  F items 1, 2", ((short *)out)[1] * 1000 + ((short *)out)[2]);
    short in[6] = {1, 2, 3, 4, 5, 6};
    check_int("FromContiguous(F)", PyBuffer_FromContiguous(&v, in, sizeof in, 'F'));
    check_int("  data[1] (row 0, col 1 = F item 2)", e->data[1]);
    PyBuffer_Release(&v);
    check_int("Release: exports, obj", e->exports * 10 + (v.obj == NULL));
    PyBuffer_Release(&v);   /* a second release is a no-op (obj is NULL) */
    check_int("GetBuffer(SIMPLE)", PyObject_GetBuffer((PyObject *)e, &v, PyBUF_SIMPLE));
    check_int("  ndim, shape NULL, format NULL", v.ndim * 100 + (v.shape == NULL) * 10 + (v.format == NULL));
    PyBuffer_Release(&v);
    check_int("GetBuffer(7)", PyObject_GetBuffer(I(7), &v, PyBUF_SIMPLE));
    check_int("SizeFromFormat('h')", PyBuffer_SizeFromFormat("h"));
    check_int("SizeFromFormat('3i')", PyBuffer_SizeFromFormat("3i"));
    check_int("SizeFromFormat('<qb')", PyBuffer_SizeFromFormat("<qb"));
    check_int("SizeFromFormat('Z')", PyBuffer_SizeFromFormat("Z"));
    check_true("SizeFromFormat('l') == sizeof(long)", PyBuffer_SizeFromFormat("l") == (Py_ssize_t)sizeof(long));
    check_true("SizeFromFormat('P') == sizeof(void *)", PyBuffer_SizeFromFormat("P") == (Py_ssize_t)sizeof(void *));
    Py_buffer info;
    check_int("FillInfo(readonly, WRITABLE request)", PyBuffer_FillInfo(&info, NULL, raw, 7, 1, PyBUF_WRITABLE));
    check_int("FillInfo(FULL_RO)", PyBuffer_FillInfo(&info, NULL, raw, 7, 1, PyBUF_FULL_RO));
    check_int("  ndim, len, itemsize, readonly", info.ndim * 1000 + info.len * 100 + info.itemsize * 10 + info.readonly);
    check_str("  format", info.format);
    check_int("  shape is &len, strides is &itemsize", info.shape == &info.len && info.strides == &info.itemsize);
    check_int("FillInfo(SIMPLE) format NULL", PyBuffer_FillInfo(&info, NULL, raw, 7, 0, PyBUF_SIMPLE) * 10 + (info.format == NULL));
    PyBuffer_Release(&info);
    Py_ssize_t shape[3] = {2, 3, 4}, strides[3];
    PyBuffer_FillContiguousStrides(3, shape, strides, 2, 'C');
    check_int("FillContiguousStrides C", strides[0] * 10000 + strides[1] * 100 + strides[2]);
    PyBuffer_FillContiguousStrides(3, shape, strides, 2, 'F');
    check_int("FillContiguousStrides F", strides[0] * 10000 + strides[1] * 100 + strides[2]);
    ExpObject *f = (ExpObject *)T(PyObject_CallNoArgs((PyObject *)&Exp_Type));
    check_int("CopyData(dest, src)", PyObject_CopyData((PyObject *)f, (PyObject *)e));
    check_int("  copied", f->data[0] * 100 + f->data[5]);
    check_int("CopyData(dest, 7)", PyObject_CopyData((PyObject *)f, I(7)));
    PyObject *mv = T(PyMemoryView_FromObject((PyObject *)e));
    check_int("memoryview holds an export", e->exports);
    check_obj("memoryview(e).tolist()", PyObject_CallMethod(mv, "tolist", NULL));
    check_obj("release()", PyObject_CallMethod(mv, "release", NULL));
    check_int("  exports", e->exports);
    forwarding(e);
    check_int("PyBUF constants", PyBUF_SIMPLE + PyBUF_WRITABLE + PyBUF_FORMAT + PyBUF_ND + PyBUF_STRIDES);
    check_int("PyBUF composites", PyBUF_CONTIG + PyBUF_CONTIG_RO + PyBUF_STRIDED + PyBUF_STRIDED_RO + PyBUF_RECORDS +
              PyBUF_RECORDS_RO + PyBUF_FULL + PyBUF_FULL_RO + PyBUF_INDIRECT);
    check_int("PyBUF contiguity", PyBUF_C_CONTIGUOUS * 100 + PyBUF_F_CONTIGUOUS * 10 + PyBUF_ANY_CONTIGUOUS);
    check_int("PyBUF_WRITEABLE, MAX_NDIM, READ, WRITE", PyBUF_WRITEABLE * 1000000 + PyBUF_MAX_NDIM * 1000 + PyBUF_READ * 10 + PyBUF_WRITE);
}

GROUP(g_buffer)
