/* A C exporter whose bf_getbuffer fills the view with PyBuffer_FillInfo. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject_HEAD
    char data[16];
} BlockObject;

static int
block_getbuffer(PyObject *self, Py_buffer *view, int flags)
{
    BlockObject *b = (BlockObject *)self;
    return PyBuffer_FillInfo(view, self, b->data, sizeof(b->data), 0, flags);
}

static PyBufferProcs block_as_buffer = {
    .bf_getbuffer = block_getbuffer,
};

static PyTypeObject BlockType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "exporter.Block",
    .tp_basicsize = sizeof(BlockObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_as_buffer = &block_as_buffer,
    .tp_new = PyType_GenericNew,
};

static struct PyModuleDef exporter_module = {
    PyModuleDef_HEAD_INIT, "exporter", NULL, -1, NULL,
};

PyMODINIT_FUNC
PyInit_exporter(void)
{
    if (PyType_Ready(&BlockType) < 0)
        return NULL;
    PyObject *m = PyModule_Create(&exporter_module);
    if (m == NULL)
        return NULL;
    if (PyModule_AddType(m, &BlockType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
