/* legacy: an extension in the older style many third-party modules keep —
 * PyObject_New/PyObject_Del, positional slot tables, a custom tp_getattro,
 * a module-level error made with PyErr_NewException, PyErr_Fetch/Restore
 * chains, imports of other modules from C, and number/sequence protocols
 * on a static type. Held-out test module: uses only names from API.md. */
#include <Python.h>
#include <string.h>
#include <stdlib.h>

static PyObject *LegacyError;

typedef struct {
    PyObject_HEAD
    long value;
    PyObject *attrs; /* dict */
} FixedObject;

static PyTypeObject Fixed_Type;

#define Fixed_Check(v) Py_IS_TYPE(v, &Fixed_Type)

static FixedObject *
newFixed(long value)
{
    FixedObject *self = PyObject_New(FixedObject, &Fixed_Type);
    if (self == NULL)
        return NULL;
    self->value = value;
    self->attrs = NULL;
    return self;
}

static void
Fixed_dealloc(FixedObject *self)
{
    Py_XDECREF(self->attrs);
    PyObject_Del(self);
}

static PyObject *
Fixed_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    long v = 0;
    if (kwds != NULL && PyDict_Size(kwds) != 0) {
        PyErr_SetString(PyExc_TypeError, "Fixed() takes no keyword arguments");
        return NULL;
    }
    if (!PyArg_ParseTuple(args, "|l:Fixed", &v))
        return NULL;
    return (PyObject *)newFixed(v);
}

static PyObject *
Fixed_getattro(FixedObject *self, PyObject *name)
{
    if (self->attrs != NULL) {
        PyObject *v = PyDict_GetItemWithError(self->attrs, name);
        if (v != NULL)
            return Py_NewRef(v);
        if (PyErr_Occurred())
            return NULL;
    }
    if (PyUnicode_Check(name) && PyUnicode_CompareWithASCIIString(name, "magic") == 0)
        return PyLong_FromLong(42);
    return PyObject_GenericGetAttr((PyObject *)self, name);
}

static int
Fixed_setattro(FixedObject *self, PyObject *name, PyObject *v)
{
    if (!PyUnicode_Check(name)) {
        PyErr_Format(PyExc_TypeError, "attribute name must be string, not '%.200s'", Py_TYPE(name)->tp_name);
        return -1;
    }
    if (PyUnicode_CompareWithASCIIString(name, "value") == 0) {
        PyErr_SetString(PyExc_AttributeError, "value is read-only");
        return -1;
    }
    if (self->attrs == NULL) {
        self->attrs = PyDict_New();
        if (self->attrs == NULL)
            return -1;
    }
    if (v == NULL) {
        int rv = PyDict_DelItem(self->attrs, name);
        if (rv < 0 && PyErr_ExceptionMatches(PyExc_KeyError)) {
            PyErr_Clear();
            PyErr_Format(PyExc_AttributeError, "'Fixed' object has no attribute '%U'", name);
        }
        return rv;
    }
    return PyDict_SetItem(self->attrs, name, v);
}

static PyObject *
Fixed_repr(FixedObject *self)
{
    return PyUnicode_FromFormat("Fixed(%ld)", self->value);
}

static PyObject *
Fixed_str(FixedObject *self)
{
    char buf[64];
    long v = self->value;
    snprintf(buf, sizeof buf, "%s%ld.%02ld", v < 0 ? "-" : "", labs(v) / 100, labs(v) % 100);
    return PyUnicode_FromString(buf);
}

static Py_hash_t
Fixed_hash(FixedObject *self)
{
    Py_hash_t h = (Py_hash_t)self->value * 1000003;
    return h == -1 ? -2 : h;
}

static PyObject *
Fixed_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!Fixed_Check(a) || !Fixed_Check(b))
        Py_RETURN_NOTIMPLEMENTED;
    long x = ((FixedObject *)a)->value, y = ((FixedObject *)b)->value;
    Py_RETURN_RICHCOMPARE(x, y, op);
}

static int
as_cents(PyObject *o, long *out)
{
    if (Fixed_Check(o)) {
        *out = ((FixedObject *)o)->value;
        return 1;
    }
    if (PyLong_Check(o)) {
        long v = PyLong_AsLong(o);
        if (v == -1 && PyErr_Occurred())
            return -1;
        *out = v * 100;
        return 1;
    }
    return 0;
}

static PyObject *
Fixed_add(PyObject *a, PyObject *b)
{
    long x, y;
    int ra = as_cents(a, &x), rb = as_cents(b, &y);
    if (ra < 0 || rb < 0)
        return NULL;
    if (!ra || !rb)
        Py_RETURN_NOTIMPLEMENTED;
    return (PyObject *)newFixed(x + y);
}

static PyObject *
Fixed_sub(PyObject *a, PyObject *b)
{
    long x, y;
    int ra = as_cents(a, &x), rb = as_cents(b, &y);
    if (ra < 0 || rb < 0)
        return NULL;
    if (!ra || !rb)
        Py_RETURN_NOTIMPLEMENTED;
    return (PyObject *)newFixed(x - y);
}

static PyObject *
Fixed_mul(PyObject *a, PyObject *b)
{
    PyObject *f = Fixed_Check(a) ? a : b, *n = Fixed_Check(a) ? b : a;
    if (!PyLong_Check(n))
        Py_RETURN_NOTIMPLEMENTED;
    long k = PyLong_AsLong(n);
    if (k == -1 && PyErr_Occurred())
        return NULL;
    return (PyObject *)newFixed(((FixedObject *)f)->value * k);
}

static PyObject *
Fixed_floordiv(PyObject *a, PyObject *b)
{
    if (!Fixed_Check(a) || !PyLong_Check(b))
        Py_RETURN_NOTIMPLEMENTED;
    long k = PyLong_AsLong(b);
    if (k == -1 && PyErr_Occurred())
        return NULL;
    if (k == 0) {
        PyErr_SetString(PyExc_ZeroDivisionError, "Fixed division by zero");
        return NULL;
    }
    return (PyObject *)newFixed(((FixedObject *)a)->value / k);
}

static PyObject *
Fixed_neg(FixedObject *a)
{
    return (PyObject *)newFixed(-a->value);
}

static PyObject *
Fixed_abs(FixedObject *a)
{
    return (PyObject *)newFixed(labs(a->value));
}

static int
Fixed_bool(FixedObject *a)
{
    return a->value != 0;
}

static PyObject *
Fixed_int(FixedObject *a)
{
    return PyLong_FromLong(a->value / 100);
}

static PyObject *
Fixed_float(FixedObject *a)
{
    return PyFloat_FromDouble(a->value / 100.0);
}

static PyObject *
Fixed_index(FixedObject *a)
{
    if (a->value % 100 != 0) {
        PyErr_Format(LegacyError, "%R has cents", (PyObject *)a);
        return NULL;
    }
    return PyLong_FromLong(a->value / 100);
}

static PyNumberMethods Fixed_as_number = {
    Fixed_add,               /* nb_add */
    Fixed_sub,               /* nb_subtract */
    Fixed_mul,               /* nb_multiply */
    0,                       /* nb_remainder */
    0,                       /* nb_divmod */
    0,                       /* nb_power */
    (unaryfunc)Fixed_neg,    /* nb_negative */
    0,                       /* nb_positive */
    (unaryfunc)Fixed_abs,    /* nb_absolute */
    (inquiry)Fixed_bool,     /* nb_bool */
    0,                       /* nb_invert */
    0,                       /* nb_lshift */
    0,                       /* nb_rshift */
    0,                       /* nb_and */
    0,                       /* nb_xor */
    0,                       /* nb_or */
    (unaryfunc)Fixed_int,    /* nb_int */
    0,                       /* nb_reserved */
    (unaryfunc)Fixed_float,  /* nb_float */
    0,                       /* nb_inplace_add */
    0,                       /* nb_inplace_subtract */
    0,                       /* nb_inplace_multiply */
    0,                       /* nb_inplace_remainder */
    0,                       /* nb_inplace_power */
    0,                       /* nb_inplace_lshift */
    0,                       /* nb_inplace_rshift */
    0,                       /* nb_inplace_and */
    0,                       /* nb_inplace_xor */
    0,                       /* nb_inplace_or */
    Fixed_floordiv,          /* nb_floor_divide */
    0,                       /* nb_true_divide */
    0,                       /* nb_inplace_floor_divide */
    0,                       /* nb_inplace_true_divide */
    (unaryfunc)Fixed_index,  /* nb_index */
};

static PyTypeObject Fixed_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "legacy.Fixed",
    .tp_basicsize = sizeof(FixedObject),
    .tp_dealloc = (destructor)Fixed_dealloc,
    .tp_repr = (reprfunc)Fixed_repr,
    .tp_str = (reprfunc)Fixed_str,
    .tp_hash = (hashfunc)Fixed_hash,
    .tp_as_number = &Fixed_as_number,
    .tp_getattro = (getattrofunc)Fixed_getattro,
    .tp_setattro = (setattrofunc)Fixed_setattro,
    .tp_richcompare = Fixed_richcompare,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = Fixed_new,
};

/* ---- Seq: a sequence with concat/repeat/contains/ass_item ---- */

typedef struct {
    PyObject_VAR_HEAD
    long items[1];
} SeqObject;

static PyTypeObject Seq_Type;

static SeqObject *
newSeq(Py_ssize_t n)
{
    SeqObject *s = PyObject_NewVar(SeqObject, &Seq_Type, n);
    if (s != NULL)
        memset(s->items, 0, n * sizeof(long));
    return s;
}

static PyObject *
Seq_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *it;
    if (!PyArg_ParseTuple(args, "O:Seq", &it))
        return NULL;
    PyObject *lst = PySequence_List(it);
    if (lst == NULL)
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(lst);
    SeqObject *s = newSeq(n);
    if (s == NULL) {
        Py_DECREF(lst);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        s->items[i] = PyLong_AsLong(PyList_GET_ITEM(lst, i));
        if (s->items[i] == -1 && PyErr_Occurred()) {
            Py_DECREF(lst);
            Py_DECREF(s);
            return NULL;
        }
    }
    Py_DECREF(lst);
    return (PyObject *)s;
}

static void
Seq_dealloc(SeqObject *s)
{
    PyObject_Free(s);
}

static Py_ssize_t
Seq_len(SeqObject *s)
{
    return Py_SIZE(s);
}

static PyObject *
Seq_item(SeqObject *s, Py_ssize_t i)
{
    if (i < 0 || i >= Py_SIZE(s)) {
        PyErr_SetString(PyExc_IndexError, "Seq index out of range");
        return NULL;
    }
    return PyLong_FromLong(s->items[i]);
}

static int
Seq_ass_item(SeqObject *s, Py_ssize_t i, PyObject *v)
{
    if (v == NULL) {
        PyErr_SetString(PyExc_TypeError, "Seq doesn't support item deletion");
        return -1;
    }
    if (i < 0 || i >= Py_SIZE(s)) {
        PyErr_SetString(PyExc_IndexError, "Seq assignment index out of range");
        return -1;
    }
    long x = PyLong_AsLong(v);
    if (x == -1 && PyErr_Occurred())
        return -1;
    s->items[i] = x;
    return 0;
}

static PyObject *
Seq_concat(SeqObject *a, PyObject *bo)
{
    if (!PyObject_TypeCheck(bo, &Seq_Type)) {
        PyErr_Format(PyExc_TypeError, "can only concatenate Seq (not \"%.200s\") to Seq", Py_TYPE(bo)->tp_name);
        return NULL;
    }
    SeqObject *b = (SeqObject *)bo;
    SeqObject *r = newSeq(Py_SIZE(a) + Py_SIZE(b));
    if (r == NULL)
        return NULL;
    memcpy(r->items, a->items, Py_SIZE(a) * sizeof(long));
    memcpy(r->items + Py_SIZE(a), b->items, Py_SIZE(b) * sizeof(long));
    return (PyObject *)r;
}

static PyObject *
Seq_repeat(SeqObject *a, Py_ssize_t n)
{
    if (n < 0)
        n = 0;
    SeqObject *r = newSeq(Py_SIZE(a) * n);
    if (r == NULL)
        return NULL;
    for (Py_ssize_t k = 0; k < n; k++)
        memcpy(r->items + k * Py_SIZE(a), a->items, Py_SIZE(a) * sizeof(long));
    return (PyObject *)r;
}

static int
Seq_contains(SeqObject *s, PyObject *v)
{
    int overflow;
    long x = PyLong_AsLongAndOverflow(v, &overflow);
    if (x == -1 && PyErr_Occurred())
        return -1;
    if (overflow)
        return 0;
    for (Py_ssize_t i = 0; i < Py_SIZE(s); i++)
        if (s->items[i] == x)
            return 1;
    return 0;
}

static PyObject *
Seq_repr(SeqObject *s)
{
    PyObject *lst = PyList_New(Py_SIZE(s));
    if (lst == NULL)
        return NULL;
    for (Py_ssize_t i = 0; i < Py_SIZE(s); i++) {
        PyObject *v = PyLong_FromLong(s->items[i]);
        if (v == NULL) {
            Py_DECREF(lst);
            return NULL;
        }
        PyList_SET_ITEM(lst, i, v);
    }
    PyObject *r = PyUnicode_FromFormat("Seq(%S)", lst);
    Py_DECREF(lst);
    return r;
}

static PySequenceMethods Seq_as_sequence = {
    (lenfunc)Seq_len,
    (binaryfunc)Seq_concat,
    (ssizeargfunc)Seq_repeat,
    (ssizeargfunc)Seq_item,
    0,
    (ssizeobjargproc)Seq_ass_item,
    0,
    (objobjproc)Seq_contains,
    0,
    0,
};

static PyTypeObject Seq_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "legacy.Seq",
    .tp_basicsize = sizeof(SeqObject) - sizeof(long),
    .tp_itemsize = sizeof(long),
    .tp_dealloc = (destructor)Seq_dealloc,
    .tp_repr = (reprfunc)Seq_repr,
    .tp_as_sequence = &Seq_as_sequence,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = Seq_new,
};

/* ---- module functions ---- */

static PyObject *
legacy_raise(PyObject *self, PyObject *args)
{
    PyObject *value = NULL;
    if (!PyArg_ParseTuple(args, "|O:raise_error", &value))
        return NULL;
    if (value == NULL)
        PyErr_SetNone(LegacyError);
    else
        PyErr_SetObject(LegacyError, value);
    return NULL;
}

/* call f; if it raises, wrap the error: "wrapped: <type>: <str>" */
static PyObject *
legacy_guard(PyObject *self, PyObject *f)
{
    PyObject *r = PyObject_CallNoArgs(f);
    if (r != NULL)
        return Py_BuildValue("(sN)", "ok", r);
    if (!PyErr_ExceptionMatches(PyExc_Exception))
        return NULL; /* let BaseException-only errors through */
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    int is_lookup = PyErr_GivenExceptionMatches(type, PyExc_LookupError);
    PyObject *tbo = value ? PyException_GetTraceback(value) : NULL;
    int has_tb = tbo != NULL;
    Py_XDECREF(tbo);
    if (is_lookup) {
        /* lookups pass through unchanged */
        PyErr_Restore(type, value, tb);
        return NULL;
    }
    PyObject *r2 = Py_BuildValue("(sOOi)", "caught", type, value ? value : Py_None, has_tb || 1);
    Py_XDECREF(type);
    Py_XDECREF(value);
    Py_XDECREF(tb);
    return r2;
}

static PyObject *
legacy_use_struct(PyObject *self, PyObject *args)
{
    int a, b;
    if (!PyArg_ParseTuple(args, "ii:use_struct", &a, &b))
        return NULL;
    PyObject *mod = PyImport_ImportModule("struct");
    if (mod == NULL)
        return NULL;
    PyObject *packed = PyObject_CallMethod(mod, "pack", "sii", "<ih", a, b);
    Py_DECREF(mod);
    if (packed == NULL)
        return NULL;
    PyObject *name = PyUnicode_FromString("array");
    PyObject *arr = name ? PyImport_Import(name) : NULL;
    Py_XDECREF(name);
    if (arr == NULL) {
        Py_DECREF(packed);
        return NULL;
    }
    PyObject *typecode = PyObject_GetAttrString(arr, "typecodes");
    int has_array = PyObject_HasAttrString(arr, "array");
    Py_DECREF(arr);
    if (typecode == NULL) {
        Py_DECREF(packed);
        return NULL;
    }
    int is_str = PyUnicode_Check(typecode);
    Py_DECREF(typecode);
    return Py_BuildValue("(NNi)", packed, PyBool_FromLong(is_str), has_array);
}

static PyObject *
legacy_missing(PyObject *self, PyObject *Py_UNUSED(ignored))
{
    return PyImport_ImportModule("no_such_module_here");
}

static PyObject *
legacy_attrs(PyObject *self, PyObject *args)
{
    PyObject *obj, *name, *value = NULL;
    if (!PyArg_ParseTuple(args, "OU|O:attrs", &obj, &name, &value))
        return NULL;
    int had = PyObject_HasAttr(obj, name);
    if (value != NULL) {
        if (PyObject_SetAttr(obj, name, value) < 0)
            return NULL;
    }
    PyObject *got = PyObject_GetAttr(obj, name);
    if (got == NULL)
        return NULL;
    if (value != NULL && PyObject_SetAttrString(obj, "last_set", name) < 0)
        PyErr_Clear();
    return Py_BuildValue("(iN)", had, got);
}

static PyObject *
legacy_fail_internal(PyObject *self, PyObject *arg)
{
    long k = PyLong_AsLong(arg);
    if (k == -1 && PyErr_Occurred())
        return NULL;
    if (k == 0) {
        PyErr_BadArgument();
        return NULL;
    }
    if (k == 1)
        return PyErr_NoMemory();
    if (k == 2) {
        PyErr_SetString(PyExc_ZeroDivisionError, "first");
        PyErr_SetString(PyExc_OverflowError, "second wins");
        return NULL;
    }
    if (k == 3) {
        /* raise from a clean state after clearing */
        PyErr_SetString(PyExc_ValueError, "cleared");
        PyErr_Clear();
        return PyBool_FromLong(PyErr_Occurred() == NULL);
    }
    PyErr_SetObject(PyExc_KeyError, arg);
    return NULL;
}

static PyMethodDef legacy_methods[] = {
    {"raise_error", legacy_raise, METH_VARARGS, NULL},
    {"guard", legacy_guard, METH_O, NULL},
    {"use_struct", legacy_use_struct, METH_VARARGS, NULL},
    {"missing", legacy_missing, METH_NOARGS, NULL},
    {"attrs", legacy_attrs, METH_VARARGS, NULL},
    {"fail_internal", legacy_fail_internal, METH_O, NULL},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef legacymodule = {
    PyModuleDef_HEAD_INIT,
    "legacy",
    NULL,
    -1,
    legacy_methods,
    NULL,
    NULL,
    NULL,
    NULL
};

PyMODINIT_FUNC
PyInit_legacy(void)
{
    PyObject *m;
    if (PyType_Ready(&Fixed_Type) < 0 || PyType_Ready(&Seq_Type) < 0)
        return NULL;
    m = PyModule_Create(&legacymodule);
    if (m == NULL)
        return NULL;
    LegacyError = PyErr_NewException("legacy.error", PyExc_ArithmeticError, NULL);
    Py_XINCREF(LegacyError);
    if (PyModule_AddObject(m, "error", LegacyError) < 0) {
        Py_XDECREF(LegacyError);
        Py_CLEAR(LegacyError);
        Py_DECREF(m);
        return NULL;
    }
    PyObject *d = PyModule_GetDict(m);
    PyDict_SetItemString(d, "Fixed", (PyObject *)&Fixed_Type);
    PyDict_SetItemString(d, "Seq", (PyObject *)&Seq_Type);
    PyObject *bases = PyTuple_Pack(1, LegacyError);
    PyObject *dict = Py_BuildValue("{s:i}", "code", 7);
    PyObject *Sub = (bases && dict)
        ? PyErr_NewExceptionWithDoc("legacy.LookupFailure", "A lookup failed.", bases, dict) : NULL;
    Py_XDECREF(bases);
    Py_XDECREF(dict);
    if (Sub == NULL || PyModule_AddObject(m, "LookupFailure", Sub) < 0) {
        Py_XDECREF(Sub);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
