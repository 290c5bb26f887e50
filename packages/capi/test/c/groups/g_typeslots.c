/* Type slots, every one: heap types from PyType_FromSpec with each Py_tp_/Py_nb_/
   Py_sq_/Py_mp_/Py_bf_ slot id, reached through the abstract API (or, for the slots
   the API does not reach, the dunder CPython makes from them, or the type's field);
   a static type initialised through the slot typedefs; libc from C. */
#include "check.h"
#include <assert.h>
#include <stdlib.h>

/* ---- Num: the tp_ slots and every number slot ---- */

typedef struct {
    PyObject_HEAD
    long v;
    PyObject *ref;
} NumObject;

static int finalized, deleted, cleared, traversed;

static PyObject *
num_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    NumObject *self = (NumObject *)type->tp_alloc(type, 0);
    if (self == NULL) return NULL;
    self->v = -1;
    return (PyObject *)self;
}

static int
num_init(NumObject *self, PyObject *args, PyObject *kwds)
{
    long v = 0;
    if (!PyArg_ParseTuple(args, "|l:Num", &v)) return -1;
    self->v = v;
    return 0;
}

static void
num_dealloc(NumObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    Py_CLEAR(self->ref);
    tp->tp_free(self);
    Py_DECREF(tp);
}

static int
num_traverse(NumObject *self, visitproc visit, void *arg)
{
    traversed++;
    Py_VISIT(self->ref);
    return 0;
}

static int
num_clear(NumObject *self)
{
    cleared++;
    Py_CLEAR(self->ref);
    return 0;
}

static int
num_is_gc(PyObject *self)
{
    return 1;
}

static void
num_finalize(PyObject *self)
{
    finalized++;
}

static void
num_del(PyObject *self)
{
    deleted++;
}

static PyObject *
num_repr(NumObject *self)
{
    return PyUnicode_FromFormat("Num(%ld)", self->v);
}

static PyObject *
num_str(NumObject *self)
{
    return PyUnicode_FromFormat("num %ld", self->v);
}

static Py_hash_t
num_hash(NumObject *self)
{
    return self->v == -1 ? -2 : self->v;
}

static PyObject *
num_richcompare(PyObject *a, PyObject *b, int op)
{
    if (!PyLong_Check(b)) Py_RETURN_NOTIMPLEMENTED;
    long x = ((NumObject *)a)->v, y = PyLong_AsLong(b);
    Py_RETURN_RICHCOMPARE(x, y, op);
}

static PyObject *
num_call(NumObject *self, PyObject *args, PyObject *kwds)
{
    return PyUnicode_FromFormat("called with %zd args", PyTuple_Size(args));
}

static PyObject *
num_iter(PyObject *self)
{
    return Py_NewRef(self);
}

static PyObject *
num_iternext(NumObject *self)
{
    if (self->v <= 0) return NULL; /* exhausted, no exception */
    return PyLong_FromLong(self->v--);
}

static PyObject *
num_getattro(PyObject *self, PyObject *name)
{
    if (PyUnicode_Check(name) && PyUnicode_CompareWithASCIIString(name, "magic") == 0) return PyLong_FromLong(42);
    return PyObject_GenericGetAttr(self, name);
}

static int
num_setattro(PyObject *self, PyObject *name, PyObject *value)
{
    if (PyUnicode_Check(name) && PyUnicode_CompareWithASCIIString(name, "v") == 0) {
        if (value == NULL) {
            PyErr_SetString(PyExc_AttributeError, "cannot delete v");
            return -1;
        }
        long v = PyLong_AsLong(value);
        if (v == -1 && PyErr_Occurred()) return -1;
        ((NumObject *)self)->v = v;
        return 0;
    }
    return PyObject_GenericSetAttr(self, name, value);
}

static PyObject *
num_twice(NumObject *self, PyObject *unused)
{
    return PyLong_FromLong(2 * self->v);
}

static PyMethodDef num_methods[] = {
    {"twice", (PyCFunction)num_twice, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static PyMemberDef num_members[] = {
    {"value", T_LONG, offsetof(NumObject, v), READONLY, NULL},
    {NULL},
};

/* Each number slot answers with its own name, so the report shows which one ran. */
#define NB_BINARY(name) \
    static PyObject *nb_##name(PyObject *a, PyObject *b) { return PyUnicode_FromString(#name); }
#define NB_UNARY(name) \
    static PyObject *nb_##name(PyObject *a) { return PyUnicode_FromString(#name); }
NB_BINARY(add)
NB_BINARY(subtract)
NB_BINARY(multiply)
NB_BINARY(remainder)
NB_BINARY(divmod)
NB_BINARY(lshift)
NB_BINARY(rshift)
NB_BINARY(and)
NB_BINARY(xor)
NB_BINARY(or)
NB_BINARY(floor_divide)
NB_BINARY(true_divide)
NB_BINARY(matrix_multiply)
NB_BINARY(inplace_add)
NB_BINARY(inplace_subtract)
NB_BINARY(inplace_multiply)
NB_BINARY(inplace_remainder)
NB_BINARY(inplace_lshift)
NB_BINARY(inplace_rshift)
NB_BINARY(inplace_and)
NB_BINARY(inplace_xor)
NB_BINARY(inplace_or)
NB_BINARY(inplace_floor_divide)
NB_BINARY(inplace_true_divide)
NB_BINARY(inplace_matrix_multiply)
NB_UNARY(negative)
NB_UNARY(positive)
NB_UNARY(absolute)
NB_UNARY(invert)

static PyObject *
nb_power(PyObject *a, PyObject *b, PyObject *c)
{
    return PyUnicode_FromFormat("power %s", c == Py_None ? "None" : "mod");
}

static PyObject *
nb_inplace_power(PyObject *a, PyObject *b, PyObject *c)
{
    return PyUnicode_FromString("inplace_power");
}

static int
nb_bool(NumObject *self)
{
    return self->v != 0;
}

static PyObject *
nb_int(NumObject *self)
{
    return PyLong_FromLong(self->v * 10);
}

static PyObject *
nb_float(NumObject *self)
{
    return PyFloat_FromDouble(self->v + 0.5);
}

static PyObject *
nb_index(NumObject *self)
{
    return PyLong_FromLong(self->v);
}

static PyType_Slot num_slots[] = {
    {Py_tp_new, num_new},
    {Py_tp_alloc, PyType_GenericAlloc},
    {Py_tp_init, num_init},
    {Py_tp_dealloc, num_dealloc},
    {Py_tp_free, PyObject_Del},
    {Py_tp_traverse, num_traverse},
    {Py_tp_clear, num_clear},
    {Py_tp_is_gc, num_is_gc},
    {Py_tp_finalize, num_finalize},
    {Py_tp_del, num_del},
    {Py_tp_repr, num_repr},
    {Py_tp_str, num_str},
    {Py_tp_hash, num_hash},
    {Py_tp_richcompare, num_richcompare},
    {Py_tp_call, num_call},
    {Py_tp_iter, num_iter},
    {Py_tp_iternext, num_iternext},
    {Py_tp_getattro, num_getattro},
    {Py_tp_setattro, num_setattro},
    {Py_tp_methods, num_methods},
    {Py_tp_members, num_members},
    {Py_tp_doc, "Num(v): every slot"},
    {Py_nb_add, nb_add},
    {Py_nb_subtract, nb_subtract},
    {Py_nb_multiply, nb_multiply},
    {Py_nb_remainder, nb_remainder},
    {Py_nb_divmod, nb_divmod},
    {Py_nb_power, nb_power},
    {Py_nb_negative, nb_negative},
    {Py_nb_positive, nb_positive},
    {Py_nb_absolute, nb_absolute},
    {Py_nb_bool, nb_bool},
    {Py_nb_invert, nb_invert},
    {Py_nb_lshift, nb_lshift},
    {Py_nb_rshift, nb_rshift},
    {Py_nb_and, nb_and},
    {Py_nb_xor, nb_xor},
    {Py_nb_or, nb_or},
    {Py_nb_int, nb_int},
    {Py_nb_float, nb_float},
    {Py_nb_inplace_add, nb_inplace_add},
    {Py_nb_inplace_subtract, nb_inplace_subtract},
    {Py_nb_inplace_multiply, nb_inplace_multiply},
    {Py_nb_inplace_remainder, nb_inplace_remainder},
    {Py_nb_inplace_power, nb_inplace_power},
    {Py_nb_inplace_lshift, nb_inplace_lshift},
    {Py_nb_inplace_rshift, nb_inplace_rshift},
    {Py_nb_inplace_and, nb_inplace_and},
    {Py_nb_inplace_xor, nb_inplace_xor},
    {Py_nb_inplace_or, nb_inplace_or},
    {Py_nb_floor_divide, nb_floor_divide},
    {Py_nb_true_divide, nb_true_divide},
    {Py_nb_inplace_floor_divide, nb_inplace_floor_divide},
    {Py_nb_inplace_true_divide, nb_inplace_true_divide},
    {Py_nb_index, nb_index},
    {Py_nb_matrix_multiply, nb_matrix_multiply},
    {Py_nb_inplace_matrix_multiply, nb_inplace_matrix_multiply},
    {0, NULL},
};

static PyType_Spec num_spec = {
    "g_typeslots.Num", sizeof(NumObject), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, num_slots,
};

/* ---- Legacy: tp_getattr/tp_setattr (char * names) ---- */

static PyObject *
legacy_getattr(PyObject *self, char *name)
{
    return PyUnicode_FromFormat("getattr %s", name);
}

static int
legacy_setattr(PyObject *self, char *name, PyObject *value)
{
    PyErr_Format(PyExc_AttributeError, "%s %s", value == NULL ? "del" : "set", name);
    return -1;
}

static PyType_Slot legacy_slots[] = {
    {Py_tp_getattr, legacy_getattr},
    {Py_tp_setattr, legacy_setattr},
    {0, NULL},
};

static PyType_Spec legacy_spec = {"g_typeslots.Legacy", sizeof(PyObject), 0, Py_TPFLAGS_DEFAULT, legacy_slots};

/* ---- Desc: a descriptor (tp_descr_get/tp_descr_set) ---- */

static PyObject *
desc_get(PyObject *self, PyObject *obj, PyObject *type)
{
    if (obj == NULL || obj == Py_None) return PyUnicode_FromFormat("get from the class %s", ((PyTypeObject *)type)->tp_name);
    return PyUnicode_FromFormat("get from a %s", Py_TYPE(obj)->tp_name);
}

static int
desc_set(PyObject *self, PyObject *obj, PyObject *value)
{
    PyErr_Format(PyExc_ValueError, "%s through the descriptor", value == NULL ? "delete" : "set");
    return -1;
}

static PyType_Slot desc_slots[] = {
    {Py_tp_descr_get, desc_get},
    {Py_tp_descr_set, desc_set},
    {0, NULL},
};

static PyType_Spec desc_spec = {"g_typeslots.Desc", sizeof(PyObject), 0, Py_TPFLAGS_DEFAULT, desc_slots};

/* ---- Seq: every sequence slot; Map: every mapping slot; Buf: the buffer slots ---- */

typedef struct {
    PyObject_HEAD
    PyObject *items; /* a list */
} SeqObject;

static PyObject *
seq_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    SeqObject *self = (SeqObject *)type->tp_alloc(type, 0);
    if (self == NULL) return NULL;
    self->items = PyList_New(0);
    if (self->items == NULL) {
        Py_DECREF(self);
        return NULL;
    }
    return (PyObject *)self;
}

static void
seq_dealloc(SeqObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    Py_XDECREF(self->items);
    tp->tp_free(self);
    Py_DECREF(tp);
}

static Py_ssize_t
seq_length(SeqObject *self)
{
    return PyList_Size(self->items);
}

static PyObject *
seq_concat(SeqObject *self, PyObject *other)
{
    return PyUnicode_FromString("concat");
}

static PyObject *
seq_repeat(SeqObject *self, Py_ssize_t n)
{
    return PyUnicode_FromFormat("repeat %zd", n);
}

static PyObject *
seq_item(SeqObject *self, Py_ssize_t i)
{
    return PySequence_GetItem(self->items, i);
}

static int
seq_ass_item(SeqObject *self, Py_ssize_t i, PyObject *v)
{
    if (v == NULL) return PySequence_DelItem(self->items, i);
    if (i == PyList_Size(self->items)) return PyList_Append(self->items, v);
    return PySequence_SetItem(self->items, i, v);
}

static int
seq_contains(SeqObject *self, PyObject *v)
{
    return PySequence_Contains(self->items, v);
}

static PyObject *
seq_inplace_concat(SeqObject *self, PyObject *other)
{
    return PyUnicode_FromString("inplace_concat");
}

static PyObject *
seq_inplace_repeat(SeqObject *self, Py_ssize_t n)
{
    return PyUnicode_FromFormat("inplace_repeat %zd", n);
}

static PyType_Slot seq_slots[] = {
    {Py_tp_new, seq_new},
    {Py_tp_dealloc, seq_dealloc},
    {Py_sq_length, seq_length},
    {Py_sq_concat, seq_concat},
    {Py_sq_repeat, seq_repeat},
    {Py_sq_item, seq_item},
    {Py_sq_ass_item, seq_ass_item},
    {Py_sq_contains, seq_contains},
    {Py_sq_inplace_concat, seq_inplace_concat},
    {Py_sq_inplace_repeat, seq_inplace_repeat},
    {0, NULL},
};

static PyType_Spec seq_spec = {"g_typeslots.Seq", sizeof(SeqObject), 0, Py_TPFLAGS_DEFAULT, seq_slots};

static Py_ssize_t
map_length(PyObject *self)
{
    return 3;
}

static PyObject *
map_subscript(PyObject *self, PyObject *key)
{
    return PyUnicode_FromFormat("[%R]", key);
}

static int
map_ass_subscript(PyObject *self, PyObject *key, PyObject *value)
{
    PyErr_Format(PyExc_KeyError, "%s %R", value == NULL ? "del" : "set", key);
    return -1;
}

static PyType_Slot map_slots[] = {
    {Py_mp_length, map_length},
    {Py_mp_subscript, map_subscript},
    {Py_mp_ass_subscript, map_ass_subscript},
    {Py_tp_new, PyType_GenericNew},
    {0, NULL},
};

static PyType_Spec map_spec = {"g_typeslots.Map", sizeof(PyObject), 0, Py_TPFLAGS_DEFAULT, map_slots};

static char buf_bytes[4] = {1, 2, 3, 4};
static int buf_releases;

static int
buf_getbuffer(PyObject *self, Py_buffer *view, int flags)
{
    return PyBuffer_FillInfo(view, self, buf_bytes, sizeof buf_bytes, 1, flags);
}

static void
buf_releasebuffer(PyObject *self, Py_buffer *view)
{
    buf_releases++;
}

static PyType_Slot buf_slots[] = {
    {Py_bf_getbuffer, buf_getbuffer},
    {Py_bf_releasebuffer, buf_releasebuffer},
    {Py_tp_new, PyType_GenericNew},
    {0, NULL},
};

static PyType_Spec buf_spec = {"g_typeslots.Buf", sizeof(PyObject), 0, Py_TPFLAGS_DEFAULT, buf_slots};

/* ---- Static: a static type initialised through the slot typedefs ---- */

typedef struct {
    PyObject_HEAD
    int left;
} StaticObject;

static PyObject *
st_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    StaticObject *self = (StaticObject *)type->tp_alloc(type, 0);
    if (self != NULL) self->left = 2;
    return (PyObject *)self;
}

static PyObject *
st_str(PyObject *self)
{
    return PyUnicode_FromString("a Static");
}

static PyObject *
st_richcompare(PyObject *a, PyObject *b, int op)
{
    return PyBool_FromLong(op == Py_EQ && a == b);
}

static PyObject *
st_iter(PyObject *self)
{
    return Py_NewRef(self);
}

static PyObject *
st_iternext(StaticObject *self)
{
    if (self->left == 0) {
        PyErr_SetNone(PyExc_StopIteration);
        return NULL;
    }
    return PyLong_FromLong(self->left--);
}

static PyObject *
st_getattro(PyObject *self, PyObject *name)
{
    return PyUnicode_FromFormat("attribute %U", name);
}

static int
st_setattro(PyObject *self, PyObject *name, PyObject *value)
{
    PyErr_Format(PyExc_TypeError, "Static attributes are read-only (%U)", name);
    return -1;
}

static int
st_ass_item(PyObject *self, Py_ssize_t i, PyObject *v)
{
    PyErr_Format(PyExc_IndexError, "Static item %zd is read-only", i);
    return -1;
}

static PyObject *
st_hello(PyObject *self, PyObject *unused)
{
    return PyUnicode_FromString("hello");
}

static PyMethodDef st_methods[] = {
    {"hello", (PyCFunction)st_hello, METH_NOARGS, NULL},
    {.ml_name = "doc", .ml_meth = (PyCFunction)st_hello, .ml_flags = METH_NOARGS, .ml_doc = "a documented method"},
    {NULL, NULL, 0, NULL},
};

static PySequenceMethods st_as_sequence = {
    .sq_ass_item = (ssizeobjargproc)st_ass_item,
};

static PyBufferProcs st_as_buffer = {
    .bf_getbuffer = (getbufferproc)buf_getbuffer,
    .bf_releasebuffer = (releasebufferproc)buf_releasebuffer,
};

static PyTypeObject Static_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "g_typeslots.Static",
    .tp_basicsize = sizeof(StaticObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = (newfunc)st_new,
    .tp_alloc = (allocfunc)PyType_GenericAlloc,
    .tp_free = (freefunc)PyObject_Del,
    .tp_str = (reprfunc)st_str,
    .tp_richcompare = (richcmpfunc)st_richcompare,
    .tp_iter = (getiterfunc)st_iter,
    .tp_iternext = (iternextfunc)st_iternext,
    .tp_getattro = (getattrofunc)st_getattro,
    .tp_setattro = (setattrofunc)st_setattro,
    .tp_methods = st_methods,
    .tp_as_sequence = &st_as_sequence,
    .tp_as_buffer = &st_as_buffer,
};

/* ---- VarBox: a variable-size GC type (PyObject_GC_NewVar) ---- */

typedef struct {
    PyObject_VAR_HEAD
    long items[1];
} VarBoxObject;

static int
varbox_traverse(PyObject *self, visitproc visit, void *arg)
{
    return 0;
}

static void
varbox_dealloc(PyObject *self)
{
    PyObject_GC_UnTrack(self);
    PyObject_GC_Del(self);
}

static PyTypeObject VarBox_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "g_typeslots.VarBox",
    .tp_basicsize = offsetof(VarBoxObject, items),
    .tp_itemsize = sizeof(long),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_traverse = varbox_traverse,
    .tp_dealloc = varbox_dealloc,
};

static void
varbox_checks(void)
{
    if (PyType_Ready(&VarBox_Type) < 0) {
        add_line(error_line("PyType_Ready(VarBox)"));
        return;
    }
    VarBoxObject *v = PyObject_GC_NewVar(VarBoxObject, &VarBox_Type, 3);
    if (v == NULL) {
        add_line(error_line("PyObject_GC_NewVar"));
        return;
    }
    for (int i = 0; i < 3; i++) v->items[i] = 10 * i;
    PyObject_GC_Track(v);
    check_int("PyObject_GC_NewVar: Py_SIZE", Py_SIZE(v));
    check_int("  items written", v->items[0] + v->items[1] + v->items[2]);
    check_int("  its type", Py_IS_TYPE((PyObject *)v, &VarBox_Type));
    Py_DECREF(v);
}

/* ---- libc from C ---- */

static int
cmp_longs(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

static void
libc_checks(void)
{
    char *m = malloc(8);
    check_true("malloc", m != NULL);
    free(m);
    long *xs = calloc(4, sizeof(long));
    assert(xs != NULL);
    check_true("calloc zeroes", xs != NULL && xs[0] == 0 && xs[3] == 0);
    long *more = xs == NULL ? NULL : realloc(xs, 6 * sizeof(long));
    if (more != NULL) {
        xs = more;
        long src[6] = {5, -3, 9, 0, -7, 2};
        memcpy(xs, src, sizeof src);
        qsort(xs, 6, sizeof(long), cmp_longs);
        check_obj("realloc + qsort", Py_BuildValue("(llllll)", xs[0], xs[1], xs[2], xs[3], xs[4], xs[5]));
    }
    free(xs);
    char *end;
    long n = strtol("  -0x1fz", &end, 16);
    check_obj("strtol('  -0x1fz', 16), rest", Py_BuildValue("(ls)", n, end));
    check_int("abs(-5)", abs(-5));
    check_true("getenv of an unset variable is NULL", getenv("G_TYPESLOTS_UNSET_VARIABLE") == NULL);
    /* Py_FatalError aborts the process (wasm-runtime.test.ts checks it): compiled, never reached here. */
    if (getenv("G_TYPESLOTS_UNSET_VARIABLE") != NULL) Py_FatalError("unreachable");
    int printed = printf("%s", "");
    check_int("printf of nothing", printed);
}

/* ---- the checks ---- */

/* The types are made at the first run and kept (a borrowed reference is returned), as an
   extension keeps the types it makes: run() may run again without making new ones. */
static PyType_Spec *made_specs[16];
static PyObject *made_types[16];
static int n_made;

static PyObject *
type_from(PyType_Spec *spec, PyObject *bases)
{
    for (int i = 0; i < n_made; i++)
        if (made_specs[i] == spec) return made_types[i];
    PyObject *t = bases == NULL ? PyType_FromSpec(spec) : PyType_FromSpecWithBases(spec, bases);
    if (t != NULL && n_made < (int)Py_ARRAY_LENGTH(made_types)) {
        made_specs[n_made] = spec;
        made_types[n_made++] = t;
    } else {
        T(t);
    }
    return t;
}

static PyType_Slot sub_slots[] = {{Py_tp_base, NULL}, {0, NULL}};
static PyType_Spec sub_spec = {"g_typeslots.Sub", sizeof(NumObject), 0, Py_TPFLAGS_DEFAULT, sub_slots};
static PyType_Slot sub2_slots[] = {{Py_tp_bases, NULL}, {0, NULL}};
static PyType_Spec sub2_spec = {"g_typeslots.Sub2", sizeof(NumObject), 0, Py_TPFLAGS_DEFAULT, sub2_slots};
static PyObject *holder; /* the class made at run time, kept */

static void
tests(void)
{
    /* run() may run more than once: the counters start again */
    finalized = deleted = cleared = traversed = buf_releases = 0;
    PyObject *Num = type_from(&num_spec, NULL);
    if (Num == NULL) {
        add_line(error_line("PyType_FromSpec(Num)"));
        return;
    }
    PyObject *n = T(PyObject_CallFunction(Num, "i", 5));
    PyObject *z = T(PyObject_CallFunction(Num, "i", 0));
    if (n == NULL || z == NULL) {
        add_line(error_line("Num(5), Num(0)"));
        return;
    }
    /* tp_ slots */
    check_obj("Py_tp_new + Py_tp_init: repr", PyObject_Repr(n));
    check_obj("Py_tp_str", PyObject_Str(n));
    check_int("Py_tp_hash", PyObject_Hash(n));
    check_int("Py_tp_richcompare (5 < 7)", PyObject_RichCompareBool(n, I(7), Py_LT));
    check_int("Py_tp_richcompare (5 == 5)", PyObject_RichCompareBool(n, I(5), Py_EQ));
    check_obj("Py_tp_call", PyObject_CallFunction(n, "ii", 1, 2));
    check_obj("Py_tp_getattro (magic)", PyObject_GetAttrString(n, "magic"));
    check_int("Py_tp_setattro (v = 3)", PyObject_SetAttrString(n, "v", I(3)));
    check_obj("  Py_tp_members: value", PyObject_GetAttrString(n, "value"));
    check_int("Py_tp_setattro (del v)", PyObject_SetAttrString(n, "v", NULL));
    check_int("Py_tp_setattro (x: generic)", PyObject_SetAttrString(n, "x", I(1)));
    check_obj("Py_tp_methods: twice()", PyObject_CallMethod(n, "twice", NULL));
    check_obj("Py_tp_doc", PyObject_GetAttrString(Num, "__doc__"));
    PyObject *it = T(PyObject_GetIter(n));
    check_int("Py_tp_iter returns self", it == n);
    check_obj("Py_tp_iternext", PyIter_Next(n));
    check_obj("  again", PyIter_Next(n));
    check_obj("  list of the rest", PySequence_List(n));
    check_int("  exhausted: NULL without an exception", PyIter_Next(n) == NULL && !PyErr_Occurred());
    PyObject_SetAttrString(n, "v", I(5));
    PyTypeObject *tp = Py_TYPE(n);
    check_int("Py_tp_alloc is PyType_GenericAlloc", tp->tp_alloc == PyType_GenericAlloc);
    check_int("Py_tp_free is PyObject_Del", tp->tp_free == PyObject_Del);
    check_int("Py_tp_traverse (through the type)", tp->tp_traverse(n, NULL, NULL) == 0 && traversed == 1);
    check_int("Py_tp_clear (through the type)", tp->tp_clear(n) == 0 && cleared == 1);
    check_int("Py_tp_is_gc (through the type)", tp->tp_is_gc(n));
    tp->tp_finalize(n);
    check_int("Py_tp_finalize (through the type)", finalized);
    tp->tp_del(n);
    check_int("Py_tp_del (through the type)", deleted);
    /* the number slots, through the abstract API */
    check_obj("Py_nb_add", PyNumber_Add(n, I(1)));
    check_obj("Py_nb_subtract", PyNumber_Subtract(n, I(1)));
    check_obj("Py_nb_multiply", PyNumber_Multiply(n, I(1)));
    check_obj("Py_nb_remainder", PyNumber_Remainder(n, I(1)));
    check_obj("Py_nb_divmod (__divmod__)", PyObject_CallMethod(n, "__divmod__", "i", 1));
    check_obj("Py_nb_power", PyNumber_Power(n, I(2), Py_None));
    check_obj("Py_nb_power (3 args)", PyNumber_Power(n, I(2), I(7)));
    check_obj("Py_nb_negative", PyNumber_Negative(n));
    check_obj("Py_nb_positive", PyNumber_Positive(n));
    check_obj("Py_nb_absolute", PyNumber_Absolute(n));
    check_obj("Py_nb_invert", PyNumber_Invert(n));
    check_int("Py_nb_bool (5)", PyObject_IsTrue(n));
    check_int("Py_nb_bool (0)", PyObject_IsTrue(z));
    check_obj("Py_nb_lshift", PyNumber_Lshift(n, I(1)));
    check_obj("Py_nb_rshift", PyNumber_Rshift(n, I(1)));
    check_obj("Py_nb_and", PyNumber_And(n, I(1)));
    check_obj("Py_nb_xor", PyNumber_Xor(n, I(1)));
    check_obj("Py_nb_or", PyNumber_Or(n, I(1)));
    check_obj("Py_nb_floor_divide", PyNumber_FloorDivide(n, I(1)));
    check_obj("Py_nb_true_divide", PyNumber_TrueDivide(n, I(1)));
    check_obj("Py_nb_int", PyNumber_Long(n));
    check_obj("Py_nb_float", PyNumber_Float(n));
    check_obj("Py_nb_index", PyNumber_Index(n));
    check_int("  PyNumber_AsSsize_t", PyNumber_AsSsize_t(n, NULL));
    /* the slots no API function reaches (PyNumber_InPlace* and PyNumber_MatrixMultiply are not in
       API.md): called through the type's table, as C code can */
    PyNumberMethods *nb = tp->tp_as_number;
    check_obj("Py_nb_matrix_multiply", nb->nb_matrix_multiply(n, I(1)));
    check_obj("Py_nb_inplace_add (__iadd__)", PyObject_CallMethod(n, "__iadd__", "i", 1));
    check_obj("Py_nb_inplace_subtract (__isub__)", PyObject_CallMethod(n, "__isub__", "i", 1));
    check_obj("Py_nb_inplace_multiply (__imul__)", PyObject_CallMethod(n, "__imul__", "i", 1));
    check_obj("Py_nb_inplace_remainder", nb->nb_inplace_remainder(n, I(1)));
    check_obj("Py_nb_inplace_power", nb->nb_inplace_power(n, I(1), Py_None));
    check_obj("Py_nb_inplace_lshift", nb->nb_inplace_lshift(n, I(1)));
    check_obj("Py_nb_inplace_rshift", nb->nb_inplace_rshift(n, I(1)));
    check_obj("Py_nb_inplace_and", nb->nb_inplace_and(n, I(1)));
    check_obj("Py_nb_inplace_xor", nb->nb_inplace_xor(n, I(1)));
    check_obj("Py_nb_inplace_or", nb->nb_inplace_or(n, I(1)));
    check_obj("Py_nb_inplace_floor_divide", nb->nb_inplace_floor_divide(n, I(1)));
    check_obj("Py_nb_inplace_true_divide", nb->nb_inplace_true_divide(n, I(1)));
    check_obj("Py_nb_inplace_matrix_multiply", nb->nb_inplace_matrix_multiply(n, I(1)));

    /* Py_tp_base and Py_tp_bases */
    sub_slots[0].pfunc = Num;
    PyObject *Sub = type_from(&sub_spec, NULL);
    check_int("Py_tp_base: Sub subclasses Num", Sub != NULL && PyType_IsSubtype((PyTypeObject *)Sub, (PyTypeObject *)Num));
    PyObject *bases = T(PyTuple_Pack(1, Num));
    sub2_slots[0].pfunc = bases;
    PyObject *Sub2 = type_from(&sub2_spec, NULL);
    check_int("Py_tp_bases: Sub2 subclasses Num", Sub2 != NULL && PyType_IsSubtype((PyTypeObject *)Sub2, (PyTypeObject *)Num));
    check_obj("  Sub2(4) + 1 (inherited Py_nb_add)", Sub2 == NULL ? NULL : PyNumber_Add(T(PyObject_CallFunction(Sub2, "i", 4)), I(1)));

    /* Legacy: tp_getattr / tp_setattr */
    PyObject *Legacy = type_from(&legacy_spec, NULL);
    PyObject *lg = Legacy == NULL ? NULL : T(PyType_GenericAlloc((PyTypeObject *)Legacy, 0));
    check_obj("Py_tp_getattr", lg == NULL ? NULL : PyObject_GetAttrString(lg, "spam"));
    check_int("Py_tp_setattr (set)", lg == NULL ? -2 : PyObject_SetAttrString(lg, "spam", I(1)));
    check_int("Py_tp_setattr (del)", lg == NULL ? -2 : PyObject_SetAttrString(lg, "spam", NULL));

    /* Desc: a descriptor in a class made at run time, type('Holder', (), {'d': Desc()}) */
    PyObject *Desc = type_from(&desc_spec, NULL);
    PyObject *d = Desc == NULL ? NULL : T(PyType_GenericAlloc((PyTypeObject *)Desc, 0));
    if (holder == NULL && d != NULL)
        holder = PyObject_CallFunction((PyObject *)&PyType_Type, "s()N", "Holder", Py_BuildValue("{sO}", "d", d));
    PyObject *Holder = holder;
    PyObject *h = Holder == NULL ? NULL : T(PyObject_CallNoArgs(Holder));
    if (h != NULL) {
        check_obj("Py_tp_descr_get (instance)", PyObject_GetAttrString(h, "d"));
        check_obj("Py_tp_descr_get (class)", PyObject_GetAttrString(Holder, "d"));
        check_int("Py_tp_descr_set", PyObject_SetAttrString(h, "d", I(1)));
        check_int("Py_tp_descr_set (delete)", PyObject_SetAttrString(h, "d", NULL));
    } else {
        add_line(error_line("Holder()"));
    }

    /* Seq */
    PyObject *Seq = type_from(&seq_spec, NULL);
    PyObject *s = Seq == NULL ? NULL : T(PyObject_CallNoArgs(Seq));
    if (s != NULL) {
        check_int("Py_sq_ass_item (append at len)", PySequence_SetItem(s, 0, I(10)));
        PySequence_SetItem(s, 1, I(20));
        check_int("Py_sq_length", PySequence_Size(s));
        check_obj("Py_sq_item", PySequence_GetItem(s, 1));
        check_obj("Py_sq_item (negative index)", PySequence_GetItem(s, -1));
        check_int("Py_sq_contains", PySequence_Contains(s, I(20)));
        check_obj("Py_sq_concat", PySequence_Concat(s, s));
        check_obj("Py_sq_repeat (__mul__)", PyObject_CallMethod(s, "__mul__", "i", 3));
        check_int("Py_sq_ass_item (delete)", PySequence_DelItem(s, 0));
        check_obj("  left", PySequence_List(s));
        check_obj("Py_sq_inplace_concat (__iadd__)", PyObject_CallMethod(s, "__iadd__", "O", s));
        check_obj("Py_sq_inplace_repeat (__imul__)", PyObject_CallMethod(s, "__imul__", "i", 2));
    } else {
        add_line(error_line("Seq()"));
    }

    /* Map */
    PyObject *Map = type_from(&map_spec, NULL);
    PyObject *m = Map == NULL ? NULL : T(PyObject_CallNoArgs(Map));
    if (m != NULL) {
        check_int("Py_mp_length", PyMapping_Size(m));
        check_obj("Py_mp_subscript", PyObject_GetItem(m, S("k")));
        check_int("Py_mp_ass_subscript (set)", PyObject_SetItem(m, S("k"), I(1)));
        check_int("Py_mp_ass_subscript (del)", PyObject_DelItem(m, S("k")));
    } else {
        add_line(error_line("Map()"));
    }

    /* Buf */
    PyObject *Buf = type_from(&buf_spec, NULL);
    PyObject *b = Buf == NULL ? NULL : T(PyObject_CallNoArgs(Buf));
    if (b != NULL) {
        Py_buffer view;
        int rc = PyObject_GetBuffer(b, &view, PyBUF_SIMPLE);
        check_int("Py_bf_getbuffer", rc);
        if (rc == 0) {
            check_int("  bytes", ((unsigned char *)view.buf)[0] * 1000 + ((unsigned char *)view.buf)[3]);
            PyBuffer_Release(&view);
        }
        check_int("Py_bf_releasebuffer", buf_releases);
        check_obj("  bytes(Buf())", PyObject_Bytes(b));
    } else {
        add_line(error_line("Buf()"));
    }

    /* Static */
    if (PyType_Ready(&Static_Type) < 0) {
        add_line(error_line("PyType_Ready(Static)"));
        return;
    }
    PyObject *st = T(PyObject_CallNoArgs((PyObject *)&Static_Type));
    if (st == NULL) {
        add_line(error_line("Static()"));
        return;
    }
    check_obj("tp_str (reprfunc)", PyObject_Str(st));
    check_int("tp_richcompare (richcmpfunc)", PyObject_RichCompareBool(st, st, Py_EQ));
    check_obj("tp_iter/tp_iternext (getiterfunc, iternextfunc)", PySequence_List(st));
    check_obj("tp_getattro (getattrofunc)", PyObject_GetAttrString(st, "anything"));
    check_int("tp_setattro (setattrofunc)", PyObject_SetAttrString(st, "x", I(1)));
    check_int("sq_ass_item (ssizeobjargproc)", PySequence_SetItem(st, 3, I(1)));
    check_obj("tp_methods (PyCFunction) through tp_getattro", PyObject_GetAttrString(st, "hello"));
    PyObject *hello = T(PyObject_GenericGetAttr(st, S("hello")));
    check_obj("  hello() found generically", hello == NULL ? NULL : PyObject_CallNoArgs(hello));
    PyObject *doc = T(PyObject_GenericGetAttr(st, S("doc")));
    check_obj("  ml_doc", doc == NULL ? NULL : PyObject_GetAttrString(doc, "__doc__"));
    check_int("tp_new/tp_alloc/tp_free (newfunc, allocfunc, freefunc)",
              Static_Type.tp_alloc == PyType_GenericAlloc && Static_Type.tp_free == PyObject_Del);
    buf_releases = 0;
    check_obj("bf_getbuffer/bf_releasebuffer: bytes(Static())", PyObject_Bytes(st));
    check_int("  released", buf_releases);

    varbox_checks();
    libc_checks();
}

GROUP(g_typeslots)
