/* imageops: image-like operations over any buffer, in the style of a small
 * numeric extension. Walks shape/strides/suboffsets by hand, writes into
 * writable buffers, parses many argument units, formats many error units.
 * Held-out test module: uses only names from API.md. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

/* Address of item `index` (ndim indices) in a strided/indirect buffer. */
static char *
item_ptr(const Py_buffer *v, const Py_ssize_t *index)
{
    char *p = (char *)v->buf;
    for (int d = 0; d < v->ndim; d++) {
        p += v->strides[d] * index[d];
        if (v->suboffsets != NULL && v->suboffsets[d] >= 0)
            p = *((char **)p) + v->suboffsets[d];
    }
    return p;
}

static int
read_item(const Py_buffer *v, const char *p, double *out)
{
    const char *f = v->format == NULL ? "B" : v->format;
    if (*f == '@' || *f == '=' || *f == '<')
        f++;
    switch (*f) {
    case 'B': *out = *(const unsigned char *)p; return 0;
    case 'b': *out = *(const signed char *)p; return 0;
    case 'h': { short s; memcpy(&s, p, sizeof s); *out = s; return 0; }
    case 'H': { unsigned short s; memcpy(&s, p, sizeof s); *out = s; return 0; }
    case 'i': { int s; memcpy(&s, p, sizeof s); *out = s; return 0; }
    case 'I': { unsigned int s; memcpy(&s, p, sizeof s); *out = s; return 0; }
    case 'q': { long long s; memcpy(&s, p, sizeof s); *out = (double)s; return 0; }
    case 'f': { float s; memcpy(&s, p, sizeof s); *out = s; return 0; }
    case 'd': { double s; memcpy(&s, p, sizeof s); *out = s; return 0; }
    default:
        PyErr_Format(PyExc_NotImplementedError, "imageops: unsupported format %.10s (itemsize %zd)",
                     v->format, v->itemsize);
        return -1;
    }
}

/* stats(obj) -> (ndim, shape, strides, has_suboffsets, count, sum, min, max) */
static PyObject *
imageops_stats(PyObject *self, PyObject *arg)
{
    Py_buffer v;
    if (PyObject_GetBuffer(arg, &v, PyBUF_FULL_RO) < 0)
        return NULL;
    Py_ssize_t count = 1;
    for (int d = 0; d < v.ndim; d++)
        count *= v.shape[d];
    double sum = 0, mn = INFINITY, mx = -INFINITY;
    Py_ssize_t idx[PyBUF_MAX_NDIM];
    memset(idx, 0, sizeof idx);
    PyObject *shape = NULL, *strides = NULL, *res = NULL;
    for (Py_ssize_t k = 0; k < count; k++) {
        double x;
        if (read_item(&v, item_ptr(&v, idx), &x) < 0)
            goto done;
        sum += x;
        if (x < mn) mn = x;
        if (x > mx) mx = x;
        for (int d = v.ndim - 1; d >= 0; d--) {
            if (++idx[d] < v.shape[d])
                break;
            idx[d] = 0;
        }
    }
    shape = PyTuple_New(v.ndim);
    strides = PyList_New(0);
    if (shape == NULL || strides == NULL)
        goto done;
    for (int d = 0; d < v.ndim; d++) {
        PyTuple_SET_ITEM(shape, d, PyLong_FromSsize_t(v.shape[d]));
        PyObject *s = PyLong_FromSsize_t(v.strides[d]);
        if (s == NULL || PyList_Append(strides, s) < 0) {
            Py_XDECREF(s);
            goto done;
        }
        Py_DECREF(s);
    }
    if (count == 0)
        res = Py_BuildValue("(iOONn)", v.ndim, shape, strides, PyBool_FromLong(v.suboffsets != NULL), count);
    else
        res = Py_BuildValue("(iOONn[ddd])", v.ndim, shape, strides, PyBool_FromLong(v.suboffsets != NULL),
                            count, sum, mn, mx);
done:
    Py_XDECREF(shape);
    Py_XDECREF(strides);
    PyBuffer_Release(&v);
    return res;
}

/* request(obj, flags) -> dict describing what the exporter answered */
static PyObject *
imageops_request(PyObject *self, PyObject *args)
{
    PyObject *obj;
    int flags;
    Py_buffer v;
    if (!PyArg_ParseTuple(args, "Oi:request", &obj, &flags))
        return NULL;
    if (PyObject_GetBuffer(obj, &v, flags) < 0)
        return NULL;
    PyObject *shape, *strides;
    if (v.shape == NULL) {
        shape = Py_NewRef(Py_None);
    } else {
        shape = PyTuple_New(v.ndim);
        for (int d = 0; shape && d < v.ndim; d++)
            PyTuple_SET_ITEM(shape, d, PyLong_FromSsize_t(v.shape[d]));
    }
    if (v.strides == NULL) {
        strides = Py_NewRef(Py_None);
    } else {
        strides = PyTuple_New(v.ndim);
        for (int d = 0; strides && d < v.ndim; d++)
            PyTuple_SET_ITEM(strides, d, PyLong_FromSsize_t(v.strides[d]));
    }
    PyObject *r = Py_BuildValue("{s:n,s:n,s:i,s:i,s:z,s:N,s:N,s:O,s:i,s:i,s:i}",
                                "len", v.len, "itemsize", v.itemsize, "readonly", v.readonly,
                                "ndim", v.ndim, "format", v.format, "shape", shape, "strides", strides,
                                "suboffsets", v.suboffsets ? Py_True : Py_False,
                                "C", PyBuffer_IsContiguous(&v, 'C'), "F", PyBuffer_IsContiguous(&v, 'F'),
                                "A", PyBuffer_IsContiguous(&v, 'A'));
    PyBuffer_Release(&v);
    return r;
}

/* threshold(src, dst, level, *, invert=False) -> number of pixels set */
static PyObject *
imageops_threshold(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"src", "dst", "level", "invert", NULL};
    Py_buffer src, dst;
    unsigned char level;
    int invert = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "y*w*b|$p:threshold", kwlist, &src, &dst, &level, &invert))
        return NULL;
    PyObject *res = NULL;
    if (src.len != dst.len) {
        PyErr_Format(PyExc_ValueError, "size mismatch: src has %zd bytes, dst has %zd", src.len, dst.len);
        goto done;
    }
    Py_ssize_t set = 0;
    for (Py_ssize_t i = 0; i < src.len; i++) {
        int on = ((unsigned char *)src.buf)[i] >= level;
        if (invert)
            on = !on;
        ((unsigned char *)dst.buf)[i] = on ? 255 : 0;
        set += on;
    }
    res = PyLong_FromSsize_t(set);
done:
    PyBuffer_Release(&src);
    PyBuffer_Release(&dst);
    return res;
}

/* fill(dst, value) with a strided writable buffer (PyBUF_STRIDES | WRITABLE | FORMAT) */
static PyObject *
imageops_fill(PyObject *self, PyObject *args)
{
    PyObject *obj;
    double value;
    Py_buffer v;
    if (!PyArg_ParseTuple(args, "Od:fill", &obj, &value))
        return NULL;
    if (PyObject_GetBuffer(obj, &v, PyBUF_STRIDES | PyBUF_WRITABLE | PyBUF_FORMAT) < 0)
        return NULL;
    Py_ssize_t count = 1, idx[PyBUF_MAX_NDIM] = {0};
    for (int d = 0; d < v.ndim; d++)
        count *= v.shape[d];
    const char *f = v.format;
    for (Py_ssize_t k = 0; k < count; k++) {
        char *p = item_ptr(&v, idx);
        if (strcmp(f, "B") == 0) {
            *(unsigned char *)p = (unsigned char)value;
        } else if (strcmp(f, "d") == 0) {
            memcpy(p, &value, sizeof value);
        } else if (strcmp(f, "i") == 0) {
            int x = (int)value;
            memcpy(p, &x, sizeof x);
        } else {
            PyErr_Format(PyExc_TypeError, "fill: cannot fill format '%s'", f);
            PyBuffer_Release(&v);
            return NULL;
        }
        for (int d = v.ndim - 1; d >= 0; d--) {
            if (++idx[d] < v.shape[d])
                break;
            idx[d] = 0;
        }
    }
    PyBuffer_Release(&v);
    return PyLong_FromSsize_t(count);
}

/* nd(obj): PyBUF_ND | PyBUF_FORMAT (C-contiguous required) -> bytes copy and shape */
static PyObject *
imageops_nd(PyObject *self, PyObject *obj)
{
    Py_buffer v;
    if (PyObject_GetBuffer(obj, &v, PyBUF_ND | PyBUF_FORMAT) < 0)
        return NULL;
    PyObject *shape = PyList_New(v.ndim);
    if (shape == NULL) {
        PyBuffer_Release(&v);
        return NULL;
    }
    for (int d = 0; d < v.ndim; d++)
        PyList_SET_ITEM(shape, d, PyLong_FromSsize_t(v.shape[d]));
    PyObject *r = Py_BuildValue("(y#sN)", (const char *)v.buf, v.len, v.format, shape);
    PyBuffer_Release(&v);
    return r;
}

/* tocontig(obj, order) -> bytes via PyBuffer_ToContiguous */
static PyObject *
imageops_tocontig(PyObject *self, PyObject *args)
{
    PyObject *obj;
    int order = 'C';
    if (!PyArg_ParseTuple(args, "O|C:tocontig", &obj, &order))
        return NULL;
    Py_buffer v;
    if (PyObject_GetBuffer(obj, &v, PyBUF_FULL_RO) < 0)
        return NULL;
    PyObject *out = PyBytes_FromStringAndSize(NULL, v.len);
    if (out != NULL && PyBuffer_ToContiguous(PyBytes_AS_STRING(out), &v, v.len, (char)order) < 0)
        Py_CLEAR(out);
    PyBuffer_Release(&v);
    return out;
}

/* describe(*values): exercises many parse units; returns a formatted str */
static PyObject *
imageops_describe(PyObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"name", "w", "h", "depth", "gain", "flags", "mask", "tag", "big", "ch",
                             "label", NULL};
    const char *name;
    Py_ssize_t namelen;
    int w, h;
    unsigned char depth = 8;
    float gain = 1.0f;
    unsigned long flags = 0;
    unsigned long long mask = 0;
    const char *tag = NULL;
    Py_ssize_t taglen = 0;
    long long big = 0;
    char ch = 'x';
    PyObject *label = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "s#ii|BfkKz#LcU:describe", kwlist, &name, &namelen, &w,
                                     &h, &depth, &gain, &flags, &mask, &tag, &taglen, &big, &ch, &label))
        return NULL;
    char gbuf[32];
    snprintf(gbuf, sizeof gbuf, "%.3f", (double)gain);
    return PyUnicode_FromFormat("%s[%zd] %dx%d@%u gain=%s flags=%lu mask=%llu tag=%s(%zd) big=%lld ch=%c label=%V",
                                name, namelen, w, h, (unsigned)depth, gbuf, flags, mask,
                                tag ? tag : "-", taglen, big, ch, label, "<none>");
}

/* fail(kind, ...): raises with a given error format */
static PyObject *
imageops_fail(PyObject *self, PyObject *args)
{
    int kind;
    PyObject *obj = Py_None;
    if (!PyArg_ParseTuple(args, "i|O:fail", &kind, &obj))
        return NULL;
    switch (kind) {
    case 0:
        return PyErr_Format(PyExc_ValueError, "bad %s: %R (str %S, ascii %A)", "value", obj, obj, obj);
    case 1:
        return PyErr_Format(PyExc_OverflowError, "%zd %zu %zi %d %i %u %ld %lu %lld %llu %li",
                            (Py_ssize_t)-5, (size_t)7, (Py_ssize_t)9, -1, 2, 3u, -4L, 5UL, -6LL, 7ULL, 8L);
    case 2:
        return PyErr_Format(PyExc_TypeError, "hex %x char %c percent %% width [%5d] [%-5d] [%05d] prec [%.3s]",
                            255, 'Z', 42, 42, 42, "abcdef");
    case 3:
        if (!PyUnicode_Check(obj)) {
            PyErr_SetString(PyExc_TypeError, "kind 3 needs a str");
            return NULL;
        }
        return PyErr_Format(PyExc_KeyError, "%U and %V and %V", obj, obj, "fallback", (PyObject *)NULL, "fb2");
    case 4:
        return PyErr_Format(PyExc_RuntimeError, "[%10s] [%-10s] [%.2s] [%10.2s]", "right", "left", "xyz", "abc");
    case 5:
        return PyErr_Format(PyExc_IndexError, "pointer is %s", obj == Py_None ? "none" : "set");
    case 6:
        /* PyBytes_FromFormat */
        return PyBytes_FromFormat("bytes %d %s %c %zd %x|%5s|", 12, "ab", 'q', (Py_ssize_t)-3, 4095, "r");
    case 7:
        PyErr_SetObject(PyExc_LookupError, obj);
        return NULL;
    case 8:
        PyErr_SetNone(PyExc_EOFError);
        return NULL;
    default:
        return PyErr_Format(PyExc_SystemError, "unknown kind %d", kind);
    }
}

/* convert(obj, converter) with O& and O! units */
static int
to_positive(PyObject *obj, void *out)
{
    long v = PyLong_AsLong(obj);
    if (v == -1 && PyErr_Occurred())
        return 0;
    if (v <= 0) {
        PyErr_Format(PyExc_ValueError, "expected a positive int, got %ld", v);
        return 0;
    }
    *(long *)out = v;
    return 1;
}

static PyObject *
imageops_scale(PyObject *self, PyObject *args)
{
    long factor;
    PyObject *seq;
    double offset = 0.0;
    if (!PyArg_ParseTuple(args, "O&O!|d:scale", to_positive, &factor, &PyList_Type, &seq, &offset))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(seq);
    PyObject *out = PyList_New(n);
    if (out == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        double x = PyFloat_AsDouble(PyList_GET_ITEM(seq, i));
        if (x == -1.0 && PyErr_Occurred()) {
            Py_DECREF(out);
            return NULL;
        }
        PyList_SET_ITEM(out, i, PyFloat_FromDouble(x * factor + offset));
    }
    return out;
}

/* hsum(data: s# or None via z#) */
static PyObject *
imageops_hsum(PyObject *self, PyObject *args)
{
    const char *a, *b;
    Py_ssize_t na, nb;
    if (!PyArg_ParseTuple(args, "s#z#:hsum", &a, &na, &b, &nb))
        return NULL;
    unsigned long h = 0;
    for (Py_ssize_t i = 0; i < na; i++)
        h = h * 33 + (unsigned char)a[i];
    if (b != NULL)
        for (Py_ssize_t i = 0; i < nb; i++)
            h = h * 33 + (unsigned char)b[i];
    return Py_BuildValue("(kn[n])", h & 0xffffffffUL, na, b == NULL ? (Py_ssize_t)-1 : nb);
}

/* encode(s): es / et units */
static PyObject *
imageops_encode(PyObject *self, PyObject *args)
{
    char *out = NULL;
    if (!PyArg_ParseTuple(args, "es:encode", "utf-8", &out))
        return NULL;
    PyObject *r = PyBytes_FromString(out);
    PyMem_Free(out);
    return r;
}

/* units(...): h H I n l f D-free simple units */
static PyObject *
imageops_units(PyObject *self, PyObject *args)
{
    short h;
    unsigned short H;
    unsigned int I;
    Py_ssize_t n;
    long l;
    PyObject *S, *Y;
    if (!PyArg_ParseTuple(args, "hHInlSY:units", &h, &H, &I, &n, &l, &S, &Y))
        return NULL;
    return Py_BuildValue("hHInlOO", h, H, I, n, l, S, Y);
}

static PyObject *
imageops_build(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return Py_BuildValue("{s:(ii),s:[s,z,y#],s:{s:d,s:f},s:C,s:c,s:(),s:[],s:{}}",
                         "size", 640, 480, "names", "a", (char *)NULL, "raw\0x", (Py_ssize_t)5,
                         "gains", "r", 1.5, "g", (float)0.25, "uc", 0x263A, "c", 'Q', "t", "l", "d");
}

static PyMethodDef imageops_methods[] = {
    {"stats", imageops_stats, METH_O, "stats(buffer)"},
    {"request", imageops_request, METH_VARARGS, NULL},
    {"threshold", (PyCFunction)(void (*)(void))imageops_threshold, METH_VARARGS | METH_KEYWORDS, NULL},
    {"fill", imageops_fill, METH_VARARGS, NULL},
    {"nd", imageops_nd, METH_O, NULL},
    {"tocontig", imageops_tocontig, METH_VARARGS, NULL},
    {"describe", (PyCFunction)(void (*)(void))imageops_describe, METH_VARARGS | METH_KEYWORDS, NULL},
    {"fail", imageops_fail, METH_VARARGS, NULL},
    {"scale", imageops_scale, METH_VARARGS, NULL},
    {"hsum", imageops_hsum, METH_VARARGS, NULL},
    {"encode", imageops_encode, METH_VARARGS, NULL},
    {"units", imageops_units, METH_VARARGS, NULL},
    {"build", imageops_build, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef imageops_module = {
    .m_base = PyModuleDef_HEAD_INIT,
    .m_name = "imageops",
    .m_size = -1,
    .m_methods = imageops_methods,
};

PyMODINIT_FUNC
PyInit_imageops(void)
{
    PyObject *m = PyModule_Create(&imageops_module);
    if (m == NULL)
        return NULL;
    PyModule_AddIntMacro(m, PyBUF_SIMPLE);
    PyModule_AddIntMacro(m, PyBUF_WRITABLE);
    PyModule_AddIntMacro(m, PyBUF_FORMAT);
    PyModule_AddIntMacro(m, PyBUF_ND);
    PyModule_AddIntMacro(m, PyBUF_STRIDES);
    PyModule_AddIntMacro(m, PyBUF_C_CONTIGUOUS);
    PyModule_AddIntMacro(m, PyBUF_F_CONTIGUOUS);
    PyModule_AddIntMacro(m, PyBUF_ANY_CONTIGUOUS);
    PyModule_AddIntMacro(m, PyBUF_INDIRECT);
    PyModule_AddIntMacro(m, PyBUF_FULL_RO);
    PyModule_AddIntMacro(m, PyBUF_RECORDS_RO);
    PyModule_AddIntMacro(m, PyBUF_STRIDED_RO);
    PyModule_AddIntMacro(m, PyBUF_CONTIG_RO);
    return m;
}
