/* Chapter 3: memoryviews from C, the seven entries of the C-API:
 * PyMemoryView_FromObject, PyMemoryView_FromMemory, PyMemoryView_FromBuffer,
 * PyMemoryView_GetContiguous, PyMemoryView_Check, PyMemoryView_GET_BUFFER,
 * PyMemoryView_GET_BASE. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Static C memory that Python may see through a memoryview. */
static char scratch[8] = "ABCDEFGH";
static const char greeting[] = "hello from C";

/* view(obj): memoryview(obj), from C. New reference. */
static PyObject *
view(PyObject *self, PyObject *obj)
{
    return PyMemoryView_FromObject(obj);
}

/* scratch_view(writable): a view of the 8 static bytes; no object owns them. */
static PyObject *
scratch_view(PyObject *self, PyObject *arg)
{
    int writable = PyObject_IsTrue(arg);
    if (writable < 0)
        return NULL;
    return PyMemoryView_FromMemory(scratch, sizeof scratch, writable ? PyBUF_WRITE : PyBUF_READ);
}

/* scratch_bytes(): what C sees in the static bytes now. */
static PyObject *
scratch_bytes(PyObject *self, PyObject *unused)
{
    return PyBytes_FromStringAndSize(scratch, sizeof scratch);
}

/* greeting_view(): a read-only 'c' view built from a Py_buffer C fills itself. */
static PyObject *
greeting_view(PyObject *self, PyObject *unused)
{
    Py_buffer info;
    if (PyBuffer_FillInfo(&info, NULL, (void *)greeting, (Py_ssize_t)(sizeof greeting - 1), 1, PyBUF_FULL_RO) < 0)
        return NULL;
    info.format = "c";
    return PyMemoryView_FromBuffer(&info); /* copies the struct: info may go */
}

/* contiguous(obj, order): a C- or Fortran-ordered view of obj, or a copy when obj is not. */
static PyObject *
contiguous(PyObject *self, PyObject *args)
{
    PyObject *obj;
    const char *order;
    if (!PyArg_ParseTuple(args, "Os", &obj, &order))
        return NULL;
    return PyMemoryView_GetContiguous(obj, PyBUF_READ, order[0]);
}

/* describe(obj): (is it a memoryview, its shape, its base) -- checked before the macros. */
static PyObject *
describe(PyObject *self, PyObject *obj)
{
    if (!PyMemoryView_Check(obj))
        return Py_BuildValue("(OOO)", Py_False, Py_None, Py_None);
    Py_buffer *b = PyMemoryView_GET_BUFFER(obj); /* borrowed: lives as long as obj */
    PyObject *shape = PyTuple_New(b->ndim);
    if (shape == NULL)
        return NULL;
    for (int i = 0; i < b->ndim; i++)
        PyTuple_SetItem(shape, i, PyLong_FromSsize_t(b->shape[i]));
    PyObject *base = PyMemoryView_GET_BASE(obj); /* borrowed, or NULL */
    return Py_BuildValue("(ONO)", Py_True, shape, base == NULL ? Py_None : base);
}

static PyMethodDef methods[] = {
    {"view", view, METH_O, "memoryview(obj), from C"},
    {"scratch_view", scratch_view, METH_O, "a view of 8 static C bytes"},
    {"scratch_bytes", scratch_bytes, METH_NOARGS, "the 8 static C bytes, copied"},
    {"greeting_view", greeting_view, METH_NOARGS, "a read-only view from a Py_buffer filled in C"},
    {"contiguous", contiguous, METH_VARARGS, "PyMemoryView_GetContiguous(obj, PyBUF_READ, order)"},
    {"describe", describe, METH_O, "(is a memoryview, shape, base)"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "mviews", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_mviews(void)
{
    return PyModule_Create(&def);
}
