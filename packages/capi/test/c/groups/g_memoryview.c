/* memoryview: the seven functions, over C memory and a C exporter. */
#include "check.h"

static double cells[6] = {1, 2, 3, 4, 5, 6};
static Py_ssize_t shape2[2] = {2, 3};
static Py_ssize_t strides2[2] = {24, 8};

static PyObject *
describe(PyObject *mv)
{
    if (mv == NULL) return NULL;
    Py_buffer *b = PyMemoryView_GET_BUFFER(mv);
    if (b == NULL) {  /* never in CPython; our runtime may refuse (bytes outside its memory) */
        Py_DECREF(mv);
        return NULL;
    }
    PyObject *r = PyUnicode_FromFormat("ndim %d len %zd itemsize %zd readonly %d format %s shape0 %zd obj %s", b->ndim,
                                       b->len, b->itemsize, b->readonly, b->format ? b->format : "NULL",
                                       b->shape ? b->shape[0] : (Py_ssize_t)-1, b->obj ? "set" : "NULL");
    Py_DECREF(mv);
    return r;
}

static void
tests(void)
{
    PyObject *m = T(PyMemoryView_FromMemory((char *)cells, sizeof cells, PyBUF_WRITE));
    check_obj("FromMemory(WRITE)", describe(Py_XNewRef(m)));
    check_obj("  tolist", PyObject_CallMethod(m, "tolist", NULL));
    check_int("Check(mv), (7)", PyMemoryView_Check(m) * 10 + PyMemoryView_Check(I(7)));
    check_str("PyMemoryView_Type.tp_name", PyMemoryView_Type.tp_name);
    check_int("GET_BASE(FromMemory) is NULL", PyMemoryView_GET_BASE(m) == NULL);
    check_int("GET_BUFFER buf is the C array", PyMemoryView_GET_BUFFER(m)->buf == (void *)cells);
    check_obj("FromMemory(READ)", describe(PyMemoryView_FromMemory((char *)cells, 8, PyBUF_READ)));
    PyObject *cast = T(PyObject_CallMethod(m, "cast", "s", "d"));
    check_obj("cast('d')", describe(Py_XNewRef(cast)));
    check_int("  SetItem(0, 9.5)", PyObject_SetItem(cast, I(0), T(PyFloat_FromDouble(9.5))));
    check_double("  C sees", cells[0]);
    Py_buffer info;
    info.buf = cells;
    info.obj = NULL;
    info.len = sizeof cells;
    info.itemsize = sizeof(double);
    info.readonly = 1;
    info.ndim = 2;
    info.format = "d";
    info.shape = shape2;
    info.strides = strides2;
    info.suboffsets = NULL;
    info.internal = NULL;
    PyObject *fb = T(PyMemoryView_FromBuffer(&info));
    check_obj("FromBuffer(2x3 d)", describe(Py_XNewRef(fb)));
    check_obj("  tolist", PyObject_CallMethod(fb, "tolist", NULL));
    check_int("  GET_BASE NULL", PyMemoryView_GET_BASE(fb) == NULL);
    check_int("  shape copied", PyMemoryView_GET_BUFFER(fb)->shape != shape2 && PyMemoryView_GET_BUFFER(fb)->shape[1] == 3);
    info.buf = NULL;
    check_obj("FromBuffer(buf NULL)", PyMemoryView_FromBuffer(&info));
    PyObject *fo = T(PyMemoryView_FromObject(m));
    check_obj("FromObject(mv)", describe(Py_XNewRef(fo)));
    check_obj("FromObject(7)", PyMemoryView_FromObject(I(7)));
    PyObject *mvb = T(PyMemoryView_FromObject(cast));
    check_int("GET_BASE(FromObject(mv))", PyMemoryView_GET_BASE(mvb) == NULL);
    PyObject *rev = T(PyObject_GetItem(cast, T(PySlice_New(NULL, NULL, I(-2)))));
    check_obj("rev = cast[::-2]", describe(Py_XNewRef(rev)));
    PyObject *gc = T(PyMemoryView_GetContiguous(rev, PyBUF_READ, 'C'));
    check_obj("GetContiguous(rev, READ, 'C')", describe(Py_XNewRef(gc)));
    check_obj("  tolist", gc == NULL ? NULL : PyObject_CallMethod(gc, "tolist", NULL));
    check_obj("GetContiguous(rev, WRITE, 'C')", PyMemoryView_GetContiguous(rev, PyBUF_WRITE, 'C'));
    PyObject *same = T(PyMemoryView_GetContiguous(cast, PyBUF_WRITE, 'C'));
    check_obj("GetContiguous(contiguous, WRITE)", describe(Py_XNewRef(same)));
    check_obj("GetContiguous(2x3, READ, 'F')", describe(PyMemoryView_GetContiguous(fb, PyBUF_READ, 'F')));
    check_obj("GetContiguous(7)", PyMemoryView_GetContiguous(I(7), PyBUF_READ, 'C'));
    cells[0] = 1;
}

GROUP(g_memoryview)
