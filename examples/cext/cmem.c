/*
 * cmem: PyMemoryView_FromMemory over memory C owns (static arrays here).
 *
 * A memoryview made by PyMemoryView_FromMemory does not own its bytes and
 * holds no object (its .obj is None): C must keep the memory alive for as long
 * as the view may be used. Static storage lives as long as the module.
 *
 * - cmem.cells(): 16 writable bytes; Python writes them through the view,
 *   cmem.peek()/cmem.total() read them back in C, cmem.poke() writes from C.
 * - cmem.ints(): 4 C ints as raw bytes ('B'); cast('i') in Python.
 * - cmem.text(): a read-only view of a C string constant (PyBUF_READ).
 *
 * Builds unchanged against CPython 3.11's headers (gcc) and pyobj's (pyobj-cc).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static unsigned char cells[16];
static int ints[4] = {1, 20, 300, 4000};
static const char text[] = "read-only C text";

static PyObject *
cmem_cells(PyObject *module, PyObject *unused)
{
    return PyMemoryView_FromMemory((char *)cells, sizeof cells, PyBUF_WRITE);
}

static PyObject *
cmem_ints(PyObject *module, PyObject *unused)
{
    return PyMemoryView_FromMemory((char *)ints, sizeof ints, PyBUF_WRITE);
}

static PyObject *
cmem_text(PyObject *module, PyObject *unused)
{
    return PyMemoryView_FromMemory((char *)text, (Py_ssize_t)(sizeof text - 1), PyBUF_READ);
}

static PyObject *
cmem_peek(PyObject *module, PyObject *unused)
{
    return PyBytes_FromStringAndSize((const char *)cells, sizeof cells);
}

static PyObject *
cmem_total(PyObject *module, PyObject *unused)
{
    long t = 0;
    for (size_t i = 0; i < sizeof cells; i++) t += cells[i];
    return PyLong_FromLong(t);
}

static PyObject *
cmem_poke(PyObject *module, PyObject *args)
{
    int i, value;
    if (!PyArg_ParseTuple(args, "ii:poke", &i, &value)) return NULL;
    if (i < 0 || i >= (int)sizeof cells) return PyErr_Format(PyExc_IndexError, "cell %d out of range", i);
    if (value < 0 || value > 255) return PyErr_Format(PyExc_ValueError, "byte must be in range(0, 256), not %d", value);
    cells[i] = (unsigned char)value;
    Py_RETURN_NONE;
}

static PyObject *
cmem_int_at(PyObject *module, PyObject *arg)
{
    Py_ssize_t i = PyLong_AsSsize_t(arg);
    if (i == -1 && PyErr_Occurred()) return NULL;
    if (i < 0 || i >= 4) return PyErr_Format(PyExc_IndexError, "int %zd out of range", i);
    return PyLong_FromLong(ints[i]);
}

static PyMethodDef cmem_methods[] = {
    {"cells", cmem_cells, METH_NOARGS, "a writable memoryview of 16 static C bytes"},
    {"ints", cmem_ints, METH_NOARGS, "a writable memoryview of 4 static C ints (as bytes)"},
    {"text", cmem_text, METH_NOARGS, "a read-only memoryview of a C string constant"},
    {"peek", cmem_peek, METH_NOARGS, "the 16 bytes, copied by C"},
    {"total", cmem_total, METH_NOARGS, "sum of the 16 bytes, read by C"},
    {"poke", cmem_poke, METH_VARARGS, "poke(i, byte): C writes a cell"},
    {"int_at", cmem_int_at, METH_O, "int_at(i): C reads an int"},
    {NULL, NULL, 0, NULL}
};

static struct PyModuleDef cmem_module = {
    PyModuleDef_HEAD_INIT, "cmem", "memoryviews over C memory (PyMemoryView_FromMemory).", -1, cmem_methods,
};

PyMODINIT_FUNC
PyInit_cmem(void)
{
    return PyModule_Create(&cmem_module);
}
