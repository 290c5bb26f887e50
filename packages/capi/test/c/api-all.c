/*
 * Uses every name of /work/shared/cext/API.md at least once, in a way that
 * type-checks. Compiled (syntax only) twice by test/headers.test.ts:
 *   gcc -fsyntax-only -I<CPython 3.11 include>          (the native oracle)
 *   clang --target=wasm32-wasip1 -fsyntax-only -I include   (our headers)
 * so every name exists in both and is used the same way. Nothing here runs.
 * headers.test.ts also checks that each API.md name appears in this file.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>

/* ---------------------------------------------------------------- types */

typedef struct {
    PyObject_HEAD
    int i;
    short sh;
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
    char flag;
    long long ll;
    unsigned long long ull;
    Py_ssize_t n;
    Py_hash_t hash;
    PY_INT64_T i64;
    PY_UINT32_T u32;
    PY_LONG_LONG pll;
    char data[16];
    Py_ssize_t exports;
} Obj;

typedef struct {
    PyObject_VAR_HEAD
    PyObject *items[1];
} VarObj;

/* a statically allocated object */
static struct {
    PyObject_HEAD
    int x;
} static_obj = {PyObject_HEAD_INIT(NULL) 5};

static PyMemberDef obj_members[] = {
    {"i", T_INT, offsetof(Obj, i), 0, "an int"},
    {"sh", T_SHORT, offsetof(Obj, sh), 0, NULL},
    {"l", T_LONG, offsetof(Obj, l), 0, NULL},
    {"f", T_FLOAT, offsetof(Obj, f), 0, NULL},
    {"d", T_DOUBLE, offsetof(Obj, d), 0, NULL},
    {"str", T_STRING, offsetof(Obj, str), READONLY, NULL},
    {"obj", T_OBJECT, offsetof(Obj, obj), 0, NULL},
    {"objex", T_OBJECT_EX, offsetof(Obj, objex), 0, NULL},
    {"c", T_CHAR, offsetof(Obj, c), 0, NULL},
    {"byte", T_BYTE, offsetof(Obj, byte), 0, NULL},
    {"ubyte", T_UBYTE, offsetof(Obj, ubyte), 0, NULL},
    {"ui", T_UINT, offsetof(Obj, ui), 0, NULL},
    {"us", T_USHORT, offsetof(Obj, us), 0, NULL},
    {"ul", T_ULONG, offsetof(Obj, ul), 0, NULL},
    {"flag", T_BOOL, offsetof(Obj, flag), 0, NULL},
    {"ll", T_LONGLONG, offsetof(Obj, ll), 0, NULL},
    {"ull", T_ULONGLONG, offsetof(Obj, ull), 0, NULL},
    {"n", T_PYSSIZET, offsetof(Obj, n), 0, NULL},
    {"none", T_NONE, 0, READONLY, NULL},
    {NULL, 0, 0, 0, NULL},
};

static PyObject *obj_get_i(PyObject *self, void *Py_UNUSED(closure)) {
    return PyLong_FromLong(((Obj *)self)->i);
}

static int obj_set_i(PyObject *self, PyObject *value, void *Py_UNUSED(closure)) {
    long v = PyLong_AsLong(value);
    if (v == -1 && PyErr_Occurred()) return -1;
    ((Obj *)self)->i = (int)v;
    return 0;
}

static getter the_getter = obj_get_i;
static setter the_setter = obj_set_i;

static PyGetSetDef obj_getset[] = {
    {"ii", obj_get_i, obj_set_i, "doc", NULL},
    {NULL, NULL, NULL, NULL, NULL},
};

static void obj_dealloc(PyObject *self) {
    Obj *o = (Obj *)self;
    PyObject_GC_UnTrack(self);
    Py_CLEAR(o->obj);
    Py_XDECREF(o->objex);
    Py_TYPE(self)->tp_free(self);
}

static PyObject *obj_repr(PyObject *self) {
    return PyUnicode_FromFormat("<%s %d %R %S %A %U %V %zd %p %c %ld %lu %lld %llu %zu %i %x %u %s %%>",
                                Py_TYPE(self)->tp_name, 1, self, self, self, self, NULL, "v",
                                (Py_ssize_t)1, (void *)self, 'c', 1L, 1UL, 1LL, 1ULL, (size_t)1, 2, 255,
                                3U, "s");
}

static Py_hash_t obj_hash(PyObject *self) { return ((Obj *)self)->hash; }

static PyObject *obj_call(PyObject *self, PyObject *args, PyObject *kwargs) {
    (void)args;
    (void)kwargs;
    return Py_NewRef(self);
}

static PyObject *obj_getattro(PyObject *self, PyObject *name) { return PyObject_GenericGetAttr(self, name); }

static int obj_setattro(PyObject *self, PyObject *name, PyObject *v) {
    return PyObject_GenericSetAttr(self, name, v);
}

static int obj_traverse(PyObject *self, visitproc visit, void *arg) {
    Py_VISIT(((Obj *)self)->obj);
    Py_VISIT(((Obj *)self)->objex);
    return 0;
}

static int obj_clear(PyObject *self) {
    Py_CLEAR(((Obj *)self)->obj);
    return 0;
}

static PyObject *obj_richcompare(PyObject *a, PyObject *b, int op) {
    if (!PyObject_TypeCheck(b, Py_TYPE(a))) Py_RETURN_NOTIMPLEMENTED;
    long x = ((Obj *)a)->i, y = ((Obj *)b)->i;
    switch (op) {
    case Py_LT: case Py_LE: case Py_EQ: case Py_NE: case Py_GT: case Py_GE: break;
    default: Py_RETURN_NOTIMPLEMENTED;
    }
    Py_RETURN_RICHCOMPARE(x, y, op);
}

static PyObject *obj_iter(PyObject *self) { return Py_NewRef(self); }

static PyObject *obj_iternext(PyObject *self) {
    Obj *o = (Obj *)self;
    if (o->i <= 0) return NULL;
    return PyLong_FromLong(o->i--);
}

static int obj_init(PyObject *self, PyObject *args, PyObject *kwds) {
    static char *kwlist[] = {"i", "d", NULL};
    Obj *o = (Obj *)self;
    return PyArg_ParseTupleAndKeywords(args, kwds, "|id:Obj", kwlist, &o->i, &o->d) ? 0 : -1;
}

static PyObject *obj_new(PyTypeObject *type, PyObject *args, PyObject *kwds) {
    (void)args;
    (void)kwds;
    PyObject *self = type->tp_alloc(type, 0);
    return self;
}

/* buffer export */
static int obj_getbuffer(PyObject *self, Py_buffer *view, int flags) {
    Obj *o = (Obj *)self;
    if (PyBuffer_FillInfo(view, self, o->data, sizeof o->data, 0, flags) < 0) return -1;
    o->exports++;
    return 0;
}

static void obj_releasebuffer(PyObject *self, Py_buffer *view) {
    (void)view;
    ((Obj *)self)->exports--;
}

static PyBufferProcs obj_as_buffer = {obj_getbuffer, obj_releasebuffer};
static PyBufferProcs obj_as_buffer2 = {.bf_getbuffer = obj_getbuffer, .bf_releasebuffer = obj_releasebuffer};

/* number, sequence and mapping slots */
static PyObject *nb_binary(PyObject *a, PyObject *b) { return PyNumber_Add(a, b); }
static PyObject *nb_ternary(PyObject *a, PyObject *b, PyObject *c) { return PyNumber_Power(a, b, c); }
static PyObject *nb_unary(PyObject *a) { return PyNumber_Negative(a); }
static int nb_bool(PyObject *a) { return PyObject_IsTrue(a); }
static Py_ssize_t sq_length(PyObject *a) { return PyObject_Size(a); }
static PyObject *sq_item(PyObject *a, Py_ssize_t i) { return PySequence_GetItem(a, i); }
static int sq_ass_item(PyObject *a, Py_ssize_t i, PyObject *v) {
    return v ? PySequence_SetItem(a, i, v) : PySequence_DelItem(a, i);
}
static int sq_contains(PyObject *a, PyObject *v) { return PySequence_Contains(a, v); }
static int mp_ass_subscript(PyObject *a, PyObject *k, PyObject *v) {
    return v ? PyObject_SetItem(a, k, v) : PyObject_DelItem(a, k);
}

static PyNumberMethods obj_as_number = {
    .nb_add = nb_binary,
    .nb_subtract = nb_binary,
    .nb_power = nb_ternary,
    .nb_negative = nb_unary,
    .nb_bool = nb_bool,
    .nb_index = nb_unary,
};

static PySequenceMethods obj_as_sequence = {
    .sq_length = sq_length,
    .sq_concat = nb_binary,
    .sq_item = sq_item,
    .sq_ass_item = sq_ass_item,
    .sq_contains = sq_contains,
};

static PyMappingMethods obj_as_mapping = {sq_length, nb_binary, mp_ass_subscript};

/* methods with every calling convention */
static PyObject *m_noargs(PyObject *self, PyObject *Py_UNUSED(ignored)) {
    (void)self;
    Py_RETURN_NONE;
}

static PyObject *m_o(PyObject *self, PyObject *arg) {
    (void)self;
    if (Py_IsNone(arg)) Py_RETURN_TRUE;
    if (Py_IsTrue(arg) || Py_IsFalse(arg)) Py_RETURN_FALSE;
    return Py_NewRef(arg);
}

static PyObject *m_varargs(PyObject *self, PyObject *args) {
    (void)self;
    char b;
    unsigned char B;
    short h;
    unsigned short H;
    int i;
    unsigned int I;
    long l;
    unsigned long k;
    long long L;
    unsigned long long K;
    Py_ssize_t n;
    char c;
    int C;
    float f;
    double d;
    PyObject *O, *O2, *S, *Y, *U;
    int p;
    const char *s, *z, *y;
    Py_ssize_t slen, zlen, ylen;
    Py_buffer sbuf, zbuf, ybuf, wbuf;
    char *es = NULL;
    if (!PyArg_ParseTuple(args, "bBhHiIlkLKncCfdOO!pss#zz#yy#s*z*y*w*SYUes|$:m_varargs;msg", &b, &B, &h,
                          &H, &i, &I, &l, &k, &L, &K, &n, &c, &C, &f, &d, &O, &PyLong_Type, &O2, &p, &s,
                          &s, &slen, &z, &z, &zlen, &y, &y, &ylen, &sbuf, &zbuf, &ybuf, &wbuf, &S, &Y, &U,
                          "utf-8", &es))
        return NULL;
    PyBuffer_Release(&sbuf);
    PyBuffer_Release(&zbuf);
    PyBuffer_Release(&ybuf);
    PyBuffer_Release(&wbuf);
    PyMem_Free(es);
    return Py_BuildValue("(sss#zz#yy#ibhlBHIkLKncCdfOO&NSU)[i]{s:i}", "s", s, s, slen, z, z, zlen, y, y,
                         ylen, i, (int)b, (int)h, l, (unsigned int)B, (unsigned int)H, I, k, L, K, n,
                         (int)c, C, d, (double)f, O, PyObject_Repr, O, Py_NewRef(O), S, U, 1, "k", 2);
}

static int converter(PyObject *o, void *addr) {
    *(PyObject **)addr = o;
    return 1;
}

static PyObject *m_keywords(PyObject *self, PyObject *args, PyObject *kwargs) {
    static char *kwlist[] = {"a", "b", NULL};
    PyObject *a, *b = NULL;
    (void)self;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O&|O", kwlist, converter, &a, &b)) return NULL;
    PyObject *x, *y = NULL;
    if (!PyArg_UnpackTuple(args, "m_keywords", 1, 2, &x, &y)) return NULL;
    if (!PyArg_Parse(a, "O", &x)) return NULL;
    return Py_XNewRef(b);
}

static PyObject *m_fast(PyObject *self, PyObject *const *args, Py_ssize_t nargs) {
    (void)self;
    return nargs > 0 ? Py_NewRef(args[0]) : Py_NewRef(Py_None);
}

static PyObject *m_fast_kw(PyObject *self, PyObject *const *args, Py_ssize_t nargs, PyObject *kwnames) {
    (void)self;
    (void)kwnames;
    return nargs > 0 ? Py_NewRef(args[0]) : Py_NewRef(Py_Ellipsis);
}

static PyObject *m_class(PyObject *cls, PyObject *Py_UNUSED(ignored)) { return Py_NewRef(cls); }

static PyCFunction f_noargs = m_noargs;
static PyCFunctionWithKeywords f_keywords = m_keywords;
static _PyCFunctionFast f_fast = m_fast;
static _PyCFunctionFastWithKeywords f_fast_kw = m_fast_kw;

static PyMethodDef obj_methods[] = {
    {"noargs", m_noargs, METH_NOARGS, NULL},
    {"o", m_o, METH_O, "one"},
    {"varargs", m_varargs, METH_VARARGS, NULL},
    {"keywords", (PyCFunction)(void (*)(void))m_keywords, METH_VARARGS | METH_KEYWORDS, NULL},
    {"fast", (PyCFunction)(void (*)(void))m_fast, METH_FASTCALL, NULL},
    {"fast_kw", (PyCFunction)(void (*)(void))m_fast_kw, METH_FASTCALL | METH_KEYWORDS, NULL},
    {"cls", m_class, METH_CLASS | METH_NOARGS, NULL},
    {"stat", m_noargs, METH_STATIC | METH_NOARGS, NULL},
    {.ml_name = "designated", .ml_meth = m_noargs, .ml_flags = METH_NOARGS},
    {.ml_name = "documented", .ml_meth = m_noargs, .ml_flags = METH_NOARGS, .ml_doc = PyDoc_STR("doc")},
    {NULL, NULL, 0, NULL},
};

PyDoc_STRVAR(obj_doc, "Obj(i=0, d=0.0)\n--\n\nA test type.");

static PyTypeObject ObjType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "apiall.Obj",
    .tp_basicsize = sizeof(Obj),
    .tp_itemsize = 0,
    .tp_dealloc = obj_dealloc,
    .tp_repr = obj_repr,
    .tp_as_number = &obj_as_number,
    .tp_as_sequence = &obj_as_sequence,
    .tp_as_mapping = &obj_as_mapping,
    .tp_hash = obj_hash,
    .tp_call = obj_call,
    .tp_str = obj_repr,
    .tp_getattro = obj_getattro,
    .tp_setattro = obj_setattro,
    .tp_as_buffer = &obj_as_buffer,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .tp_doc = obj_doc,
    .tp_traverse = obj_traverse,
    .tp_clear = obj_clear,
    .tp_richcompare = obj_richcompare,
    .tp_iter = obj_iter,
    .tp_iternext = obj_iternext,
    .tp_methods = obj_methods,
    .tp_members = obj_members,
    .tp_getset = obj_getset,
    .tp_base = &PyBaseObject_Type,
    .tp_init = obj_init,
    .tp_alloc = PyType_GenericAlloc,
    .tp_new = obj_new,
    .tp_free = PyObject_GC_Del,
};

/* positional initializers: the field order is CPython's */
static PyTypeObject PosType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    "apiall.Pos",                             /* tp_name */
    sizeof(VarObj),                           /* tp_basicsize */
    sizeof(PyObject *),                       /* tp_itemsize */
    0,                                        /* tp_dealloc */
    0,                                        /* tp_vectorcall_offset */
    0,                                        /* tp_getattr */
    0,                                        /* tp_setattr */
    0,                                        /* tp_as_async */
    0,                                        /* tp_repr */
    0,                                        /* tp_as_number */
    0,                                        /* tp_as_sequence */
    0,                                        /* tp_as_mapping */
    PyObject_HashNotImplemented,              /* tp_hash */
    0,                                        /* tp_call */
    0,                                        /* tp_str */
    PyObject_GenericGetAttr,                  /* tp_getattro */
    0,                                        /* tp_setattro */
    0,                                        /* tp_as_buffer */
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_DISALLOW_INSTANTIATION | Py_TPFLAGS_IMMUTABLETYPE, /* tp_flags */
    "positional",                             /* tp_doc */
    0,                                        /* tp_traverse */
    0,                                        /* tp_clear */
    0,                                        /* tp_richcompare */
    0,                                        /* tp_weaklistoffset */
    0,                                        /* tp_iter */
    0,                                        /* tp_iternext */
    0,                                        /* tp_methods */
    0,                                        /* tp_members */
    0,                                        /* tp_getset */
    0,                                        /* tp_base */
    0,                                        /* tp_dict */
    0,                                        /* tp_descr_get */
    0,                                        /* tp_descr_set */
    0,                                        /* tp_dictoffset */
    0,                                        /* tp_init */
    0,                                        /* tp_alloc */
    PyType_GenericNew,                        /* tp_new */
};

/* slot-function typedefs, each given a function of the right type */
static destructor t_destructor = obj_dealloc;
static reprfunc t_reprfunc = obj_repr;
static hashfunc t_hashfunc = obj_hash;
static richcmpfunc t_richcmpfunc = obj_richcompare;
static getiterfunc t_getiterfunc = obj_iter;
static iternextfunc t_iternextfunc = obj_iternext;
static initproc t_initproc = obj_init;
static newfunc t_newfunc = obj_new;
static allocfunc t_allocfunc = PyType_GenericAlloc;
static freefunc t_freefunc = PyObject_Free;
static lenfunc t_lenfunc = sq_length;
static ssizeargfunc t_ssizeargfunc = sq_item;
static ssizeobjargproc t_ssizeobjargproc = sq_ass_item;
static objobjproc t_objobjproc = sq_contains;
static objobjargproc t_objobjargproc = mp_ass_subscript;
static binaryfunc t_binaryfunc = nb_binary;
static unaryfunc t_unaryfunc = nb_unary;
static ternaryfunc t_ternaryfunc = nb_ternary;
static getattrofunc t_getattrofunc = obj_getattro;
static setattrofunc t_setattrofunc = obj_setattro;
static getbufferproc t_getbufferproc = obj_getbuffer;
static releasebufferproc t_releasebufferproc = obj_releasebuffer;
static traverseproc t_traverseproc = obj_traverse;
static inquiry t_inquiry = obj_clear;

static int visit_one(PyObject *o, void *arg) {
    (void)o;
    (void)arg;
    return 0;
}
static visitproc t_visitproc = visit_one;

/* heap type from a spec, with every slot family */
static PyType_Slot heap_slots[] = {
    {Py_tp_doc, (void *)"heap type"},
    {Py_tp_dealloc, (void *)obj_dealloc},
    {Py_tp_repr, (void *)obj_repr},
    {Py_tp_methods, obj_methods},
    {Py_tp_members, obj_members},
    {Py_tp_getset, obj_getset},
    {Py_nb_add, (void *)nb_binary},
    {Py_nb_bool, (void *)nb_bool},
    {Py_sq_length, (void *)sq_length},
    {Py_sq_item, (void *)sq_item},
    {Py_mp_subscript, (void *)nb_binary},
    {Py_mp_ass_subscript, (void *)mp_ass_subscript},
    {Py_bf_getbuffer, (void *)obj_getbuffer},
    {Py_bf_releasebuffer, (void *)obj_releasebuffer},
    {0, NULL},
};

/* every Py_tp_*, Py_sq_*, Py_mp_* and Py_nb_* slot id */
static const int all_slot_ids[] = {
    Py_mp_ass_subscript, Py_mp_length, Py_mp_subscript, Py_nb_absolute, Py_nb_add, Py_nb_and,
    Py_nb_bool, Py_nb_divmod, Py_nb_float, Py_nb_floor_divide, Py_nb_index, Py_nb_inplace_add,
    Py_nb_inplace_and, Py_nb_inplace_floor_divide, Py_nb_inplace_lshift, Py_nb_inplace_multiply,
    Py_nb_inplace_or, Py_nb_inplace_power, Py_nb_inplace_remainder, Py_nb_inplace_rshift,
    Py_nb_inplace_subtract, Py_nb_inplace_true_divide, Py_nb_inplace_xor, Py_nb_int, Py_nb_invert,
    Py_nb_lshift, Py_nb_multiply, Py_nb_negative, Py_nb_or, Py_nb_positive, Py_nb_power,
    Py_nb_remainder, Py_nb_rshift, Py_nb_subtract, Py_nb_true_divide, Py_nb_xor, Py_sq_ass_item,
    Py_sq_concat, Py_sq_contains, Py_sq_inplace_concat, Py_sq_inplace_repeat, Py_sq_item,
    Py_sq_length, Py_sq_repeat, Py_tp_alloc, Py_tp_base, Py_tp_bases, Py_tp_call, Py_tp_clear,
    Py_tp_dealloc, Py_tp_del, Py_tp_descr_get, Py_tp_descr_set, Py_tp_doc, Py_tp_getattr,
    Py_tp_getattro, Py_tp_hash, Py_tp_init, Py_tp_is_gc, Py_tp_iter, Py_tp_iternext, Py_tp_methods,
    Py_tp_new, Py_tp_repr, Py_tp_richcompare, Py_tp_setattr, Py_tp_setattro, Py_tp_str,
    Py_tp_traverse, Py_tp_members, Py_tp_getset, Py_tp_free, Py_nb_matrix_multiply,
    Py_nb_inplace_matrix_multiply, Py_tp_finalize,
};

static PyType_Spec heap_spec = {
    "apiall.Heap", sizeof(Obj), 0, Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE, heap_slots,
};

static PyType_Spec heap_spec2 = {
    .name = "apiall.Heap2",
    .basicsize = sizeof(Obj),
    .flags = Py_TPFLAGS_DEFAULT,
    .slots = heap_slots,
};

/* ---------------------------------------------------------------- uses of the API */

static int cmp_int(const void *a, const void *b) { return *(const int *)a - *(const int *)b; }

Py_LOCAL_INLINE(int) local_inline(int x) { return Py_MIN(x, 3) + Py_MAX(x, 1) + Py_ABS(-x); }

static void use_basics(void) {
    Py_ssize_t big = PY_SSIZE_T_MAX, small = PY_SSIZE_T_MIN;
    int arr[4] = {0};
    size_t n = Py_ARRAY_LENGTH(arr);
    long lg = (long)n;
    int x = (int)lg + local_inline((int)(big > small));
    assert(x >= 0);
    (void)x;
    char *m = PyMem_Malloc(8);
    m = PyMem_Realloc(m, 16);
    PyMem_Free(m);
    m = PyMem_Calloc(2, 8);
    PyMem_Free(m);
    m = PyMem_RawMalloc(4);
    PyMem_RawFree(m);
    /* libc through Python.h */
    void *p = malloc(4);
    p = realloc(p, 8);
    free(p);
    p = calloc(1, 4);
    free(p);
    char buf[32];
    snprintf(buf, sizeof buf, "%d", abs(-3));
    printf("%s %s\n", buf, getenv("HOME") ? "home" : "");
    fprintf(stderr, "%ld\n", strtol("12", NULL, 10));
    qsort(arr, n, sizeof arr[0], cmp_int);
    (void)strlen(buf);
    (void)memcpy(buf, "x", 1);
    int32_t i32 = INT32_MAX;
    (void)i32;
    (void)INT_MAX;
    (void)sqrt(2.0);
    ssize_t ss = 0;
    (void)ss;
    Py_BEGIN_ALLOW_THREADS
    Py_BLOCK_THREADS
    Py_UNBLOCK_THREADS
    Py_END_ALLOW_THREADS
    if (x < 0) Py_FatalError("unreachable");
}

static void use_va(const char *fmt, ...) {
    va_list va;
    va_start(va, fmt);
    PyObject *u = PyUnicode_FromFormatV(fmt, va);
    Py_XDECREF(u);
    va_end(va);
    va_start(va, fmt);
    PyErr_FormatV(PyExc_ValueError, fmt, va);
    va_end(va);
    va_start(va, fmt);
    PyObject *v = Py_VaBuildValue(fmt, va);
    Py_XDECREF(v);
    va_end(va);
    va_start(va, fmt);
    PyObject *t = PyTuple_New(0);
    (void)PyArg_VaParse(t, fmt, va);
    va_end(va);
    va_start(va, fmt);
    static char *kwlist[] = {NULL};
    (void)PyArg_VaParseTupleAndKeywords(t, NULL, fmt, kwlist, va);
    va_end(va);
    Py_XDECREF(t);
}

static void use_refs(PyObject *o) {
    PyObject *a = Py_NewRef(o);
    PyObject *b = Py_XNewRef(NULL);
    Py_INCREF(a);
    Py_DECREF(a);
    Py_XINCREF(b);
    Py_XDECREF(b);
    Py_IncRef(a);
    Py_DecRef(a);
    Py_SETREF(a, Py_NewRef(Py_None));
    Py_XSETREF(b, Py_NewRef(Py_True));
    Py_CLEAR(b);
    Py_ssize_t rc = Py_REFCNT(a);
    PyTypeObject *t = Py_TYPE(o);
    const char *name = Py_TYPE(o)->tp_name;
    Py_ssize_t sz = Py_SIZE(o);
    int is = Py_IS_TYPE(o, &PyLong_Type) + Py_Is(o, Py_False) + Py_IsNone(o) + Py_IsTrue(o) + Py_IsFalse(o);
    (void)rc; (void)t; (void)name; (void)sz; (void)is;
    Py_DECREF(a);
    PyObject *ni = Py_NotImplemented, *el = Py_Ellipsis;
    (void)ni; (void)el;
    Obj *ob = PyObject_New(Obj, &ObjType);
    PyObject_Init((PyObject *)ob, &ObjType);
    PyObject_Del(ob);
    VarObj *vo = PyObject_NewVar(VarObj, &PosType, 3);
    PyVarObject *pv = (PyVarObject *)vo;
    (void)pv->ob_size;
    (void)static_obj.x;
    PyObject_Free(vo);
    void *mem = PyObject_Malloc(8);
    mem = PyObject_Realloc(mem, 16);
    PyObject_Free(mem);
    Obj *g = PyObject_GC_New(Obj, &ObjType);
    PyObject_GC_Track(g);
    PyObject_GC_UnTrack(g);
    PyObject_GC_Del(g);
    VarObj *gv = PyObject_GC_NewVar(VarObj, &PosType, 2);
    PyObject_GC_Del(gv);
}

static PyObject *ret_none(void) { Py_RETURN_NONE; }
static PyObject *ret_true(void) { Py_RETURN_TRUE; }
static PyObject *ret_false(void) { Py_RETURN_FALSE; }
static PyObject *ret_ni(void) { Py_RETURN_NOTIMPLEMENTED; }

static void use_abstract(PyObject *o, PyObject *k) {
    PyObject *r;
    r = PyObject_Repr(o); Py_XDECREF(r);
    r = PyObject_Str(o); Py_XDECREF(r);
    r = PyObject_ASCII(o); Py_XDECREF(r);
    r = PyObject_Bytes(o); Py_XDECREF(r);
    Py_hash_t h = PyObject_Hash(o) + PyObject_HashNotImplemented(o);
    int t = PyObject_IsTrue(o) + PyObject_Not(o);
    Py_ssize_t n = PyObject_Length(o) + PyObject_Size(o);
    r = PyObject_GetItem(o, k); Py_XDECREF(r);
    t += PyObject_SetItem(o, k, o) + PyObject_DelItem(o, k);
    r = PyObject_GetAttr(o, k); Py_XDECREF(r);
    r = PyObject_GetAttrString(o, "a"); Py_XDECREF(r);
    t += PyObject_SetAttr(o, k, o) + PyObject_SetAttrString(o, "a", o);
    t += PyObject_HasAttr(o, k) + PyObject_HasAttrString(o, "a");
    r = PyObject_GenericGetAttr(o, k); Py_XDECREF(r);
    t += PyObject_GenericSetAttr(o, k, o);
    r = PyObject_RichCompare(o, k, Py_LT); Py_XDECREF(r);
    t += PyObject_RichCompareBool(o, k, Py_LE) + PyObject_RichCompareBool(o, k, Py_GE);
    t += PyObject_IsInstance(o, k) + PyObject_IsSubclass(o, k) + PyObject_TypeCheck(o, &PyFloat_Type);
    t += PyCallable_Check(o);
    r = PyObject_Call(o, k, NULL); Py_XDECREF(r);
    r = PyObject_CallObject(o, NULL); Py_XDECREF(r);
    r = PyObject_CallNoArgs(o); Py_XDECREF(r);
    r = PyObject_CallOneArg(o, k); Py_XDECREF(r);
    r = PyObject_CallFunction(o, "is#", 1, "ab", (Py_ssize_t)2); Py_XDECREF(r);
    r = PyObject_CallFunctionObjArgs(o, k, NULL); Py_XDECREF(r);
    r = PyObject_CallMethod(o, "m", "(i)", 1); Py_XDECREF(r);
    r = PyObject_CallMethodObjArgs(o, k, o, NULL); Py_XDECREF(r);
    r = PyObject_CallMethodNoArgs(o, k); Py_XDECREF(r);
    r = PyObject_CallMethodOneArg(o, k, o); Py_XDECREF(r);
    PyObject *args[2] = {o, k};
    r = PyObject_Vectorcall(o, args, 2, NULL); Py_XDECREF(r);
    r = PyObject_GetIter(o);
    if (r && PyIter_Check(r)) {
        PyObject *item;
        while ((item = PyIter_Next(r)) != NULL) Py_DECREF(item);
    }
    Py_XDECREF(r);
    /* numbers */
    t += PyNumber_Check(o) + PyIndex_Check(o);
    r = PyNumber_Add(o, k); Py_XDECREF(r);
    r = PyNumber_Subtract(o, k); Py_XDECREF(r);
    r = PyNumber_Multiply(o, k); Py_XDECREF(r);
    r = PyNumber_TrueDivide(o, k); Py_XDECREF(r);
    r = PyNumber_FloorDivide(o, k); Py_XDECREF(r);
    r = PyNumber_Remainder(o, k); Py_XDECREF(r);
    r = PyNumber_Power(o, k, Py_None); Py_XDECREF(r);
    r = PyNumber_Negative(o); Py_XDECREF(r);
    r = PyNumber_Positive(o); Py_XDECREF(r);
    r = PyNumber_Absolute(o); Py_XDECREF(r);
    r = PyNumber_Invert(o); Py_XDECREF(r);
    r = PyNumber_Lshift(o, k); Py_XDECREF(r);
    r = PyNumber_Rshift(o, k); Py_XDECREF(r);
    r = PyNumber_And(o, k); Py_XDECREF(r);
    r = PyNumber_Or(o, k); Py_XDECREF(r);
    r = PyNumber_Xor(o, k); Py_XDECREF(r);
    r = PyNumber_Index(o); Py_XDECREF(r);
    r = PyNumber_Long(o); Py_XDECREF(r);
    r = PyNumber_Float(o); Py_XDECREF(r);
    n += PyNumber_AsSsize_t(o, PyExc_OverflowError);
    /* sequences and mappings */
    t += PySequence_Check(o) + PyMapping_Check(o);
    n += PySequence_Size(o) + PySequence_Length(o) + PyMapping_Size(o);
    r = PySequence_GetItem(o, 0); Py_XDECREF(r);
    t += PySequence_SetItem(o, 0, k) + PySequence_DelItem(o, 0);
    r = PySequence_GetSlice(o, 0, 1); Py_XDECREF(r);
    t += PySequence_Contains(o, k);
    n += PySequence_Index(o, k) + PySequence_Count(o, k);
    r = PySequence_List(o); Py_XDECREF(r);
    r = PySequence_Tuple(o); Py_XDECREF(r);
    r = PySequence_Concat(o, k); Py_XDECREF(r);
    r = PySequence_Fast(o, "not a sequence");
    if (r) {
        Py_ssize_t len = PySequence_Fast_GET_SIZE(r);
        PyObject **items = PySequence_Fast_ITEMS(r);
        PyObject *first = len > 0 ? PySequence_Fast_GET_ITEM(r, 0) : NULL;
        (void)items; (void)first;
        Py_DECREF(r);
    }
    r = PyMapping_GetItemString(o, "k"); Py_XDECREF(r);
    r = PyMapping_Keys(o); Py_XDECREF(r);
    r = PyMapping_Items(o); Py_XDECREF(r);
    (void)h; (void)t; (void)n;
}

static void use_concrete(PyObject *o) {
    PyObject *r;
    int t = 0, overflow = 0;
    /* int */
    t += PyLong_Check(o) + PyLong_CheckExact(o);
    r = PyLong_FromLong(-1L); Py_XDECREF(r);
    r = PyLong_FromUnsignedLong(1UL); Py_XDECREF(r);
    r = PyLong_FromLongLong(-1LL); Py_XDECREF(r);
    r = PyLong_FromUnsignedLongLong(1ULL); Py_XDECREF(r);
    r = PyLong_FromSsize_t(-1); Py_XDECREF(r);
    r = PyLong_FromSize_t(1); Py_XDECREF(r);
    r = PyLong_FromDouble(1.5); Py_XDECREF(r);
    char *end;
    r = PyLong_FromString("12", &end, 10); Py_XDECREF(r);
    long l = PyLong_AsLong(o) + PyLong_AsLongAndOverflow(o, &overflow);
    long long ll = PyLong_AsLongLong(o) + PyLong_AsLongLongAndOverflow(o, &overflow);
    unsigned long ul = PyLong_AsUnsignedLong(o) + PyLong_AsUnsignedLongMask(o);
    unsigned long long ull = PyLong_AsUnsignedLongLong(o) + PyLong_AsUnsignedLongLongMask(o);
    Py_ssize_t ss = PyLong_AsSsize_t(o);
    size_t sz = PyLong_AsSize_t(o);
    double d = PyLong_AsDouble(o);
    unsigned char bytes16[16] = {0};
    r = _PyLong_FromByteArray(bytes16, sizeof bytes16, 1, 1); Py_XDECREF(r);
    t += _PyLong_AsByteArray((PyLongObject *)o, bytes16, sizeof bytes16, 1, 1);
    PyTypeObject *tp = &PyLong_Type;
    /* float, bool */
    t += PyFloat_Check(o) + PyFloat_CheckExact(o) + PyBool_Check(o);
    r = PyFloat_FromDouble(0.5); Py_XDECREF(r);
    d += PyFloat_AsDouble(o) + PyFloat_AS_DOUBLE(o);
    r = PyBool_FromLong(1); Py_XDECREF(r);
    tp = &PyFloat_Type;
    tp = &PyBool_Type;
    /* str */
    t += PyUnicode_Check(o) + PyUnicode_CheckExact(o);
    r = PyUnicode_FromString("a"); Py_XDECREF(r);
    r = PyUnicode_FromStringAndSize("ab", 1); Py_XDECREF(r);
    r = PyUnicode_FromFormat("%d", 1); Py_XDECREF(r);
    Py_ssize_t len;
    const char *u8 = PyUnicode_AsUTF8(o);
    u8 = PyUnicode_AsUTF8AndSize(o, &len);
    r = PyUnicode_AsUTF8String(o); Py_XDECREF(r);
    r = PyUnicode_DecodeUTF8("a", 1, "strict"); Py_XDECREF(r);
    r = PyUnicode_DecodeASCII("a", 1, NULL); Py_XDECREF(r);
    r = PyUnicode_DecodeLatin1("a", 1, NULL); Py_XDECREF(r);
    len = PyUnicode_GetLength(o) + PyUnicode_GET_LENGTH(o);
    r = PyUnicode_Concat(o, o); Py_XDECREF(r);
    t += PyUnicode_CompareWithASCIIString(o, "a");
    r = PyUnicode_InternFromString("i"); Py_XDECREF(r);
    tp = &PyUnicode_Type;
    /* bytes */
    t += PyBytes_Check(o) + PyBytes_CheckExact(o);
    r = PyBytes_FromString("a"); Py_XDECREF(r);
    r = PyBytes_FromStringAndSize("ab", 2); Py_XDECREF(r);
    r = PyBytes_FromFormat("%s-%d", "x", 1);
    if (r) {
        char *s = PyBytes_AsString(r);
        char *s2 = PyBytes_AS_STRING(r);
        len = PyBytes_Size(r) + PyBytes_GET_SIZE(r);
        t += PyBytes_AsStringAndSize(r, &s, &len);
        PyBytes_Concat(&r, o);
        PyBytes_ConcatAndDel(&r, PyBytes_FromString("z"));
        t += _PyBytes_Resize(&r, 1);
        (void)s2;
        Py_XDECREF(r);
    }
    tp = &PyBytes_Type;
    /* bytearray */
    t += PyByteArray_Check(o) + PyByteArray_CheckExact(o);
    r = PyByteArray_FromObject(o); Py_XDECREF(r);
    r = PyByteArray_FromStringAndSize("ab", 2);
    if (r) {
        char *s = PyByteArray_AsString(r);
        char *s2 = PyByteArray_AS_STRING(r);
        len = PyByteArray_Size(r) + PyByteArray_GET_SIZE(r);
        t += PyByteArray_Resize(r, 4);
        (void)s; (void)s2;
        Py_DECREF(r);
    }
    tp = &PyByteArray_Type;
    /* tuple */
    t += PyTuple_Check(o) + PyTuple_CheckExact(o);
    r = PyTuple_New(2);
    if (r) {
        PyTuple_SET_ITEM(r, 0, Py_NewRef(Py_None));
        t += PyTuple_SetItem(r, 1, PyLong_FromLong(1));
        len = PyTuple_Size(r) + PyTuple_GET_SIZE(r);
        PyObject *a = PyTuple_GetItem(r, 0), *b = PyTuple_GET_ITEM(r, 1);
        PyObject *sl = PyTuple_GetSlice(r, 0, 1);
        (void)a; (void)b;
        Py_XDECREF(sl);
        Py_DECREF(r);
    }
    r = PyTuple_Pack(2, o, o); Py_XDECREF(r);
    tp = &PyTuple_Type;
    /* list */
    t += PyList_Check(o) + PyList_CheckExact(o);
    r = PyList_New(1);
    if (r) {
        PyList_SET_ITEM(r, 0, Py_NewRef(o));
        t += PyList_SetItem(r, 0, Py_NewRef(o));
        len = PyList_Size(r) + PyList_GET_SIZE(r);
        PyObject *a = PyList_GetItem(r, 0), *b = PyList_GET_ITEM(r, 0);
        (void)a; (void)b;
        t += PyList_Append(r, o) + PyList_Insert(r, 0, o);
        PyObject *sl = PyList_GetSlice(r, 0, 1);
        t += PyList_SetSlice(r, 0, 1, sl);
        Py_XDECREF(sl);
        t += PyList_Sort(r) + PyList_Reverse(r);
        PyObject *tu = PyList_AsTuple(r);
        Py_XDECREF(tu);
        Py_DECREF(r);
    }
    tp = &PyList_Type;
    /* dict */
    t += PyDict_Check(o) + PyDict_CheckExact(o);
    r = PyDict_New();
    if (r) {
        t += PyDict_SetItem(r, o, o) + PyDict_SetItemString(r, "k", o);
        PyObject *v = PyDict_GetItem(r, o);
        v = PyDict_GetItemWithError(r, o);
        v = PyDict_GetItemString(r, "k");
        (void)v;
        t += PyDict_Contains(r, o);
        len = PyDict_Size(r);
        Py_ssize_t pos = 0;
        PyObject *key, *value;
        while (PyDict_Next(r, &pos, &key, &value)) t++;
        PyObject *ks = PyDict_Keys(r), *vs = PyDict_Values(r), *is = PyDict_Items(r), *c = PyDict_Copy(r);
        t += PyDict_Update(r, c);
        Py_XDECREF(ks); Py_XDECREF(vs); Py_XDECREF(is); Py_XDECREF(c);
        t += PyDict_DelItem(r, o) + PyDict_DelItemString(r, "k");
        PyDict_Clear(r);
        Py_DECREF(r);
    }
    tp = &PyDict_Type;
    /* slice */
    t += PySlice_Check(o);
    r = PySlice_New(NULL, o, NULL);
    Py_ssize_t start, stop, step, slicelength;
    if (r) {
        t += PySlice_Unpack(r, &start, &stop, &step);
        len = PySlice_AdjustIndices(10, &start, &stop, step);
        t += PySlice_GetIndicesEx(r, 10, &start, &stop, &step, &slicelength);
        Py_DECREF(r);
    }
    tp = &PySlice_Type;
    /* memoryview */
    char mem[8];
    r = PyMemoryView_FromMemory(mem, sizeof mem, PyBUF_READ); Py_XDECREF(r);
    r = PyMemoryView_FromMemory(mem, sizeof mem, PyBUF_WRITE); Py_XDECREF(r);
    r = PyMemoryView_GetContiguous(o, PyBUF_READ, 'C'); Py_XDECREF(r);
    r = PyMemoryView_FromObject(o);
    if (r && PyMemoryView_Check(r)) {
        Py_buffer *view = PyMemoryView_GET_BUFFER(r);
        PyObject *base = PyMemoryView_GET_BASE(r);
        PyObject *copy = PyMemoryView_FromBuffer(view);
        (void)base;
        Py_XDECREF(copy);
    }
    Py_XDECREF(r);
    tp = &PyMemoryView_Type;
    /* types */
    tp = &PyBaseObject_Type;
    tp = &PyType_Type;
    t += PyType_Check(o) + PyType_CheckExact(o) + PyType_IsSubtype(tp, &PyBaseObject_Type);
    unsigned long flags = PyType_GetFlags(tp);
    void *slot = PyType_GetSlot(tp, Py_tp_new);
    r = PyType_GetModule(tp); /* borrowed */
    void *state = PyType_GetModuleState(tp);
    r = PyType_GetName(tp); Py_XDECREF(r);
    r = PyType_GetQualName(tp); Py_XDECREF(r);
    (void)l; (void)ll; (void)ul; (void)ull; (void)ss; (void)sz; (void)d; (void)u8; (void)flags;
    (void)slot; (void)state; (void)t;
}

static void use_buffers(PyObject *o) {
    Py_buffer view;
    int t = PyObject_CheckBuffer(o);
    if (PyObject_GetBuffer(o, &view, PyBUF_FULL_RO) == 0) {
        void *buf = view.buf;
        PyObject *obj = view.obj;
        Py_ssize_t len = view.len, itemsize = view.itemsize;
        int ro = view.readonly, ndim = view.ndim;
        char *format = view.format;
        Py_ssize_t *shape = view.shape, *strides = view.strides, *suboffsets = view.suboffsets;
        void *internal = view.internal;
        Py_ssize_t idx[1] = {0};
        void *p = PyBuffer_GetPointer(&view, idx);
        t += PyBuffer_IsContiguous(&view, 'C');
        char tmp[64];
        t += PyBuffer_ToContiguous(tmp, &view, len, 'A');
        t += PyBuffer_FromContiguous(&view, tmp, len, 'F');
        (void)buf; (void)obj; (void)itemsize; (void)ro; (void)ndim; (void)format; (void)shape;
        (void)strides; (void)suboffsets; (void)internal; (void)p;
        PyBuffer_Release(&view);
    }
    Py_buffer filled;
    static char bytes[4];
    t += PyBuffer_FillInfo(&filled, NULL, bytes, sizeof bytes, 1, PyBUF_SIMPLE);
    Py_ssize_t shape[2] = {2, 2}, strides[2];
    PyBuffer_FillContiguousStrides(2, shape, strides, 1, 'C');
    Py_ssize_t isz = PyBuffer_SizeFromFormat("i");
    t += PyObject_CopyData(o, o);
    PyBufferProcs *procs = Py_TYPE(o)->tp_as_buffer;
    if (procs && procs->bf_getbuffer) t += procs->bf_getbuffer(o, &view, PyBUF_SIMPLE);
    if (procs && procs->bf_releasebuffer) procs->bf_releasebuffer(o, &view);
    int flags[] = {PyBUF_SIMPLE, PyBUF_WRITABLE, PyBUF_WRITEABLE, PyBUF_FORMAT, PyBUF_ND, PyBUF_STRIDES,
                   PyBUF_C_CONTIGUOUS, PyBUF_F_CONTIGUOUS, PyBUF_ANY_CONTIGUOUS, PyBUF_INDIRECT,
                   PyBUF_CONTIG, PyBUF_CONTIG_RO, PyBUF_STRIDED, PyBUF_STRIDED_RO, PyBUF_RECORDS,
                   PyBUF_RECORDS_RO, PyBUF_FULL, PyBUF_FULL_RO, PyBUF_MAX_NDIM, PyBUF_READ, PyBUF_WRITE};
    (void)flags; (void)isz; (void)t;
}

static void use_errors(void) {
    PyObject *excs[] = {
        PyExc_BaseException, PyExc_Exception, PyExc_ArithmeticError, PyExc_LookupError,
        PyExc_AssertionError, PyExc_AttributeError, PyExc_BufferError, PyExc_EOFError,
        PyExc_FloatingPointError, PyExc_OSError, PyExc_ImportError, PyExc_ModuleNotFoundError,
        PyExc_IndexError, PyExc_KeyError, PyExc_KeyboardInterrupt, PyExc_MemoryError, PyExc_NameError,
        PyExc_NotImplementedError, PyExc_OverflowError, PyExc_RecursionError, PyExc_RuntimeError,
        PyExc_StopIteration, PyExc_SystemError, PyExc_TypeError, PyExc_UnicodeError,
        PyExc_UnicodeDecodeError, PyExc_UnicodeEncodeError, PyExc_ValueError, PyExc_ZeroDivisionError,
        PyExc_Warning, PyExc_UserWarning, PyExc_DeprecationWarning, PyExc_RuntimeWarning,
    };
    (void)excs;
    PyErr_SetString(PyExc_TypeError, "msg");
    PyErr_SetObject(PyExc_KeyError, Py_None);
    PyErr_SetNone(PyExc_StopIteration);
    PyObject *r = PyErr_Format(PyExc_ValueError, "%s %d %R", "x", 1, Py_None);
    (void)r;
    if (PyErr_Occurred()) PyErr_Clear();
    PyObject *type, *value, *tb;
    PyErr_Fetch(&type, &value, &tb);
    PyErr_NormalizeException(&type, &value, &tb);
    PyErr_Restore(type, value, tb);
    int t = PyErr_ExceptionMatches(PyExc_TypeError) + PyErr_GivenExceptionMatches(value, PyExc_Exception);
    (void)PyErr_NoMemory();
    t += PyErr_BadArgument();
    PyErr_BadInternalCall();
    PyObject *e1 = PyErr_NewException("apiall.Error", NULL, NULL);
    PyObject *e2 = PyErr_NewExceptionWithDoc("apiall.Error2", "doc", e1, NULL);
    t += PyErr_WarnEx(PyExc_RuntimeWarning, "careful", 1);
    t += PyErr_WarnFormat(PyExc_UserWarning, 1, "%d", 1);
    t += PyErr_CheckSignals();
    PyErr_Print();
    PyErr_WriteUnraisable(Py_None);
    PyObject *trace = PyException_GetTraceback(value);
    Py_XDECREF(trace);
    Py_XDECREF(e1);
    Py_XDECREF(e2);
    (void)t;
}

/* ---------------------------------------------------------------- modules */

static PyModuleDef single_def = {
    PyModuleDef_HEAD_INIT,
    "apiall",          /* m_name */
    "module doc",      /* m_doc */
    -1,                /* m_size */
    obj_methods,       /* m_methods */
};

typedef struct { PyObject *error; } module_state;

static int mod_exec(PyObject *m) {
    module_state *st = PyModule_GetState(m);
    (void)st;
    PyObject *heap = PyType_FromModuleAndSpec(m, &heap_spec, NULL);
    if (heap == NULL || PyModule_AddObjectRef(m, "Heap", heap) < 0) return -1;
    Py_DECREF(heap);
    PyObject *heap2 = PyType_FromSpecWithBases(&heap_spec2, (PyObject *)&PyBaseObject_Type);
    Py_XDECREF(heap2);
    return 0;
}

static PyObject *mod_create(PyObject *spec, PyModuleDef *def) {
    (void)spec;
    return PyModule_Create2(def, PYTHON_API_VERSION);
}

static int mod_traverse(PyObject *m, visitproc visit, void *arg) {
    module_state *st = PyModule_GetState(m);
    Py_VISIT(st->error);
    return 0;
}

static int mod_clear(PyObject *m) {
    module_state *st = PyModule_GetState(m);
    Py_CLEAR(st->error);
    return 0;
}

static void mod_free(void *m) { (void)mod_clear((PyObject *)m); }

static PyModuleDef_Slot multi_slots[] = {
    {Py_mod_create, (void *)mod_create},
    {Py_mod_exec, (void *)mod_exec},
    {0, NULL},
};

static PyModuleDef multi_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "apiall_multi",
    .m_size = sizeof(module_state),
    .m_methods = obj_methods,
    .m_slots = multi_slots,
    .m_traverse = mod_traverse,
    .m_clear = mod_clear,
    .m_free = mod_free,
};

#define APIALL_INT 42
#define APIALL_STR "forty-two"

PyMODINIT_FUNC PyInit_apiall(void) {
    use_basics();
    use_va("%d", 1);
    use_refs(Py_None);
    (void)ret_none(); (void)ret_true(); (void)ret_false(); (void)ret_ni();
    use_abstract(Py_None, Py_None);
    use_concrete(Py_None);
    use_buffers(Py_None);
    use_errors();
    (void)the_getter; (void)the_setter; (void)f_noargs; (void)f_keywords; (void)f_fast; (void)f_fast_kw;
    (void)t_destructor; (void)t_reprfunc; (void)t_hashfunc; (void)t_richcmpfunc; (void)t_getiterfunc;
    (void)t_iternextfunc; (void)t_initproc; (void)t_newfunc; (void)t_allocfunc; (void)t_freefunc;
    (void)t_lenfunc; (void)t_ssizeargfunc; (void)t_ssizeobjargproc; (void)t_objobjproc;
    (void)t_objobjargproc; (void)t_binaryfunc; (void)t_unaryfunc; (void)t_ternaryfunc;
    (void)t_getattrofunc; (void)t_setattrofunc; (void)t_getbufferproc; (void)t_releasebufferproc;
    (void)t_traverseproc; (void)t_inquiry; (void)t_visitproc; (void)obj_as_buffer2; (void)all_slot_ids;
    (void)PyModuleDef_Init(&multi_def);
    if (PyType_Ready(&ObjType) < 0 || PyType_Ready(&PosType) < 0) return NULL;
    PyObject *generic = PyType_GenericNew(&PosType, NULL, NULL);
    Py_XDECREF(generic);
    PyObject *heap = PyType_FromSpec(&heap_spec);
    Py_XDECREF(heap);
    PyObject *m = PyModule_Create(&single_def);
    if (m == NULL) return NULL;
    Py_INCREF(&ObjType);
    if (PyModule_AddObject(m, "Obj", (PyObject *)&ObjType) < 0) {
        Py_DECREF(&ObjType);
        Py_DECREF(m);
        return NULL;
    }
    if (PyModule_AddType(m, &PosType) < 0 || PyModule_AddIntConstant(m, "ANSWER", 42) < 0 ||
        PyModule_AddStringConstant(m, "NAME", "apiall") < 0 || PyModule_AddIntMacro(m, APIALL_INT) < 0 ||
        PyModule_AddStringMacro(m, APIALL_STR) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    PyObject *dict = PyModule_GetDict(m); /* borrowed */
    const char *name = PyModule_GetName(m);
    PyModuleDef *def = PyModule_GetDef(m);
    (void)dict; (void)name; (void)def;
    PyObject *mod = PyImport_ImportModule("struct");
    Py_XDECREF(mod);
    PyObject *modname = PyUnicode_FromString("array");
    if (modname) {
        mod = PyImport_Import(modname);
        Py_XDECREF(mod);
        Py_DECREF(modname);
    }
    return m;
}
