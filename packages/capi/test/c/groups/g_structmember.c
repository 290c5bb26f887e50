/* structmember.h: PyMemberDef of every T_* type, READONLY, and PyGetSetDef. */
#include "check.h"

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
    signed char byte;
    unsigned char ubyte;
    unsigned int ui;
    unsigned short us;
    unsigned long ul;
    char b;
    long long ll;
    unsigned long long ull;
    Py_ssize_t n;
    int ro;
    double gs;
} RecObject;

static PyMemberDef rec_members[] = {
    {"s", T_SHORT, offsetof(RecObject, s), 0, NULL},
    {"i", T_INT, offsetof(RecObject, i), 0, NULL},
    {"l", T_LONG, offsetof(RecObject, l), 0, NULL},
    {"f", T_FLOAT, offsetof(RecObject, f), 0, NULL},
    {"d", T_DOUBLE, offsetof(RecObject, d), 0, "a double"},
    {"str", T_STRING, offsetof(RecObject, str), READONLY, NULL},
    {"obj", T_OBJECT, offsetof(RecObject, obj), 0, NULL},
    {"objex", T_OBJECT_EX, offsetof(RecObject, objex), 0, NULL},
    {"c", T_CHAR, offsetof(RecObject, c), 0, NULL},
    {"byte", T_BYTE, offsetof(RecObject, byte), 0, NULL},
    {"ubyte", T_UBYTE, offsetof(RecObject, ubyte), 0, NULL},
    {"ui", T_UINT, offsetof(RecObject, ui), 0, NULL},
    {"us", T_USHORT, offsetof(RecObject, us), 0, NULL},
    {"ul", T_ULONG, offsetof(RecObject, ul), 0, NULL},
    {"b", T_BOOL, offsetof(RecObject, b), 0, NULL},
    {"ll", T_LONGLONG, offsetof(RecObject, ll), 0, NULL},
    {"ull", T_ULONGLONG, offsetof(RecObject, ull), 0, NULL},
    {"n", T_PYSSIZET, offsetof(RecObject, n), 0, NULL},
    {"none", T_NONE, offsetof(RecObject, ro), READONLY, NULL},
    {"ro", T_INT, offsetof(RecObject, ro), READONLY, NULL},
    {NULL}
};

static PyObject *
rec_get_gs(RecObject *self, void *closure)
{
    return PyUnicode_FromFormat("%s:%d", (const char *)closure, (int)(self->gs * 10));
}

static int
rec_set_gs(RecObject *self, PyObject *value, void *closure)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "cannot delete gs");
        return -1;
    }
    double v = PyFloat_AsDouble(value);
    if (v == -1.0 && PyErr_Occurred()) return -1;
    self->gs = v;
    return 0;
}

static PyGetSetDef rec_getset[] = {
    {"gs", (getter)rec_get_gs, (setter)rec_set_gs, "a computed attribute", "tag"},
    {"gro", (getter)rec_get_gs, NULL, NULL, "ro"},
    {NULL}
};

static void
rec_dealloc(RecObject *self)
{
    Py_XDECREF(self->obj);
    Py_XDECREF(self->objex);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyTypeObject Rec_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "g_structmember.Rec",
    .tp_basicsize = sizeof(RecObject),
    .tp_dealloc = (destructor)rec_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_members = rec_members,
    .tp_getset = rec_getset,
    .tp_new = PyType_GenericNew,
};

static void
set(PyObject *o, const char *name, PyObject *v)
{
    char label[80];
    snprintf(label, sizeof label, "set %s = %s", name, v == NULL ? "<del>" : Py_TYPE(v)->tp_name);
    int r = v == NULL ? PyObject_DelAttrString(o, name) : PyObject_SetAttrString(o, name, v);
    if (r < 0) check_obj(label, NULL);
    else check_obj(label, PyObject_GetAttrString(o, name));
}

static void
tests(void)
{
    if (PyType_Ready(&Rec_Type) < 0) {
        check_obj("PyType_Ready", NULL);
        return;
    }
    RecObject *r = (RecObject *)T(PyObject_CallNoArgs((PyObject *)&Rec_Type));
    PyObject *o = (PyObject *)r;
    r->s = -2; r->i = -3; r->l = -4; r->f = 0.5f; r->d = 2.25; r->str = "C string"; r->c = 'q';
    r->byte = -5; r->ubyte = 250; r->ui = 4000000000u; r->us = 65000; r->ul = 7; r->b = 1;
    r->ll = -(1LL << 40); r->ull = 1ULL << 63; r->n = -9; r->ro = 11; r->gs = 1.5;
    const char *names[] = {"s", "i", "l", "f", "d", "str", "obj", "objex", "c", "byte", "ubyte", "ui", "us",
                           "ul", "b", "ll", "ull", "n", "none", "ro", "gs", "gro"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        char label[40];
        snprintf(label, sizeof label, "get %s", names[k]);
        check_obj(label, PyObject_GetAttrString(o, names[k]));
    }
    set(o, "s", I(300));
    set(o, "s", I(40000));
    set(o, "i", S("x"));
    set(o, "l", I(-100));
    set(o, "f", T(PyFloat_FromDouble(0.25)));
    set(o, "f", I(3));
    set(o, "d", S("x"));
    set(o, "str", S("new"));
    set(o, "obj", T(Py_BuildValue("[i]", 1)));
    set(o, "obj", NULL);
    check_obj("get obj after del (T_OBJECT: None)", PyObject_GetAttrString(o, "obj"));
    set(o, "objex", S("ex"));
    set(o, "objex", NULL);
    check_obj("get objex after del (T_OBJECT_EX)", PyObject_GetAttrString(o, "objex"));
    set(o, "objex", NULL);
    set(o, "c", S("z"));
    set(o, "c", S("zz"));
    set(o, "byte", I(-128));
    set(o, "ubyte", I(255));
    set(o, "ui", I(5));
    set(o, "us", I(65535));
    set(o, "ul", I(8));
    set(o, "b", Py_False);
    set(o, "b", I(1));
    set(o, "ll", I(-1));
    set(o, "ull", I(2));
    set(o, "ull", I(-1));
    set(o, "n", I(12));
    PyObject *huge = T(PyNumber_Lshift(I(1), I(70)));
    PyObject *nhuge = T(PyNumber_Negative(huge));
    const char *ints[] = {"s", "i", "l", "byte", "ubyte", "us", "ui", "ul", "ll", "ull", "n"};
    for (size_t k = 0; k < sizeof ints / sizeof ints[0]; k++) {
        set(o, ints[k], huge);
        set(o, ints[k], nhuge);
    }
    set(o, "ro", I(1));
    set(o, "none", Py_None);
    set(o, "i", NULL);
    set(o, "gs", T(PyFloat_FromDouble(2.5)));
    set(o, "gs", S("x"));
    set(o, "gs", NULL);
    set(o, "gro", I(1));
    check_int("C sees i, ubyte, gs*10", r->i * 10000 + r->ubyte * 10 + (int)(r->gs * 10) % 10);
    PyObject *cls = (PyObject *)&Rec_Type;
    PyObject *desc = T(PyObject_GetAttrString(cls, "d"));
    check_obj("member descriptor __doc__", desc == NULL ? NULL : PyObject_GetAttrString(desc, "__doc__"));
    PyObject *gdesc = T(PyObject_GetAttrString(cls, "gs"));
    check_obj("getset descriptor __doc__", gdesc == NULL ? NULL : PyObject_GetAttrString(gdesc, "__doc__"));
    check_obj("type(member).__name__", desc == NULL ? NULL : PyObject_GetAttrString((PyObject *)Py_TYPE(desc), "__name__"));
    check_obj("type(getset).__name__", gdesc == NULL ? NULL : PyObject_GetAttrString((PyObject *)Py_TYPE(gdesc), "__name__"));
    check_int("T_* values", T_SHORT + T_INT * 10 + T_LONG * 100 + T_FLOAT * 1000 + T_DOUBLE * 10000);
    check_int("more T_* values", T_STRING + T_OBJECT + T_OBJECT_EX + T_CHAR + T_BYTE + T_UBYTE + T_UINT + T_USHORT +
              T_ULONG + T_BOOL + T_LONGLONG + T_ULONGLONG + T_PYSSIZET + T_NONE + READONLY);
}

GROUP(g_structmember)
