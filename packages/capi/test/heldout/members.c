/* members: a record type exposing every structmember.h T_* kind, read and
 * written from Python (range checks, truncation, deletion, READONLY, T_STRING,
 * T_NONE), written in the K&R-ish style of older extensions.
 * Held-out test module: uses only names from API.md. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include "structmember.h"

typedef struct {
    PyObject_HEAD
    short s;
    int i;
    long l;
    float f;
    double d;
    char *str;
    PyObject *obj;
    PyObject *objex;
    char c;
    signed char b;
    unsigned char ub;
    unsigned int ui;
    unsigned short us;
    unsigned long ul;
    char flag;
    long long ll;
    unsigned long long ull;
    Py_ssize_t n;
    int ro;
} Record;

static char default_name[] = "record";

static PyObject *
Record_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    Record *self = (Record *)PyType_GenericNew(type, args, kwds);
    if (self != NULL) {
        self->str = default_name;
        self->c = 'x';
        self->ro = 7;
        self->flag = 1;
    }
    return (PyObject *)self;
}

static void
Record_dealloc(Record *self)
{
    Py_XDECREF(self->obj);
    Py_XDECREF(self->objex);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyMemberDef Record_members[] = {
    {"s", T_SHORT, offsetof(Record, s), 0, "short"},
    {"i", T_INT, offsetof(Record, i), 0, NULL},
    {"l", T_LONG, offsetof(Record, l), 0, NULL},
    {"f", T_FLOAT, offsetof(Record, f), 0, NULL},
    {"d", T_DOUBLE, offsetof(Record, d), 0, NULL},
    {"str", T_STRING, offsetof(Record, str), READONLY, NULL},
    {"obj", T_OBJECT, offsetof(Record, obj), 0, NULL},
    {"objex", T_OBJECT_EX, offsetof(Record, objex), 0, NULL},
    {"c", T_CHAR, offsetof(Record, c), 0, NULL},
    {"b", T_BYTE, offsetof(Record, b), 0, NULL},
    {"ub", T_UBYTE, offsetof(Record, ub), 0, NULL},
    {"ui", T_UINT, offsetof(Record, ui), 0, NULL},
    {"us", T_USHORT, offsetof(Record, us), 0, NULL},
    {"ul", T_ULONG, offsetof(Record, ul), 0, NULL},
    {"flag", T_BOOL, offsetof(Record, flag), 0, NULL},
    {"ll", T_LONGLONG, offsetof(Record, ll), 0, NULL},
    {"ull", T_ULONGLONG, offsetof(Record, ull), 0, NULL},
    {"n", T_PYSSIZET, offsetof(Record, n), 0, NULL},
    {"nothing", T_NONE, offsetof(Record, obj), READONLY, NULL},
    {"ro", T_INT, offsetof(Record, ro), READONLY, "read-only int"},
    {NULL}
};

static PyObject *
Record_dump(Record *self, PyObject *Py_UNUSED(ignored))
{
    return Py_BuildValue("(hilfdscbBIHkiLKn)", self->s, self->i, self->l, (double)self->f, self->d, self->str,
                         self->c, (int)self->b, self->ub, self->ui, self->us, self->ul, (int)self->flag, self->ll,
                         self->ull, self->n);
}

static PyMethodDef Record_methods[] = {
    {"dump", (PyCFunction)Record_dump, METH_NOARGS, NULL},
    {NULL}
};

static PyTypeObject Record_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "members.Record",
    .tp_basicsize = sizeof(Record),
    .tp_dealloc = (destructor)Record_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE,
    .tp_members = Record_members,
    .tp_methods = Record_methods,
    .tp_new = Record_new,
};

static struct PyModuleDef members_module = {PyModuleDef_HEAD_INIT, "members", NULL, -1, NULL};

PyMODINIT_FUNC
PyInit_members(void)
{
    PyObject *m;
    if (PyType_Ready(&Record_Type) < 0)
        return NULL;
    m = PyModule_Create(&members_module);
    if (m == NULL)
        return NULL;
    Py_INCREF(&Record_Type);
    if (PyModule_AddObject(m, "Record", (PyObject *)&Record_Type) < 0) {
        Py_DECREF(&Record_Type);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
