/*
 * vec: a heap type from a PyType_Spec in a multi-phase module with state.
 *
 * vec.Vec(*values): a fixed-size vector of doubles with +, -, * (by a number),
 * len(), v[i], v[i] = x, iteration, ==, repr, hash = None, a keyword-parsing
 * method, a buffer of format 'd', and vec.error (a module exception). The module
 * state counts the vectors made.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject *error;
    PyObject *vec_type;
    long made;
} vec_state;

typedef struct {
    PyObject_HEAD
    Py_ssize_t n;
    double *v;
    int exports;
} VecObject;

typedef struct {
    PyObject_HEAD
    PyObject *vec;
    Py_ssize_t i;
} VecIterObject;

static vec_state *
state_of_type(PyTypeObject *t)
{
    return (vec_state *)PyType_GetModuleState(t);
}

static VecObject *
vec_alloc(PyTypeObject *t, Py_ssize_t n)
{
    VecObject *self = (VecObject *)t->tp_alloc(t, 0);
    if (self == NULL) return NULL;
    self->n = n;
    self->v = PyMem_Calloc(n ? n : 1, sizeof(double));
    if (self->v == NULL) { Py_DECREF(self); PyErr_NoMemory(); return NULL; }
    state_of_type(t)->made++;
    return self;
}

static PyObject *
vec_new(PyTypeObject *t, PyObject *args, PyObject *kw)
{
    if (kw != NULL && PyDict_Size(kw) > 0) {
        PyErr_SetString(PyExc_TypeError, "Vec() takes no keyword arguments");
        return NULL;
    }
    Py_ssize_t n = PyTuple_Size(args);
    VecObject *self = vec_alloc(t, n);
    if (self == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        double d = PyFloat_AsDouble(PyTuple_GetItem(args, i));
        if (d == -1.0 && PyErr_Occurred()) { Py_DECREF(self); return NULL; }
        self->v[i] = d;
    }
    return (PyObject *)self;
}

static void
vec_dealloc(VecObject *self)
{
    PyTypeObject *t = Py_TYPE(self);
    PyMem_Free(self->v);
    t->tp_free((PyObject *)self);
    Py_DECREF(t);
}

static PyObject *
vec_repr(VecObject *self)
{
    PyObject *items = PyList_New(self->n);
    if (items == NULL) return NULL;
    for (Py_ssize_t i = 0; i < self->n; i++) PyList_SET_ITEM(items, i, PyFloat_FromDouble(self->v[i]));
    PyObject *r = PyUnicode_FromFormat("Vec(%R)", items);
    Py_DECREF(items);
    return r;
}

static int
check_same(PyObject *a, PyObject *b, VecObject **va, VecObject **vb)
{
    PyTypeObject *t = Py_TYPE(a);
    if (!PyObject_TypeCheck(b, t)) return 0;
    *va = (VecObject *)a;
    *vb = (VecObject *)b;
    if ((*va)->n != (*vb)->n) {
        PyErr_Format(state_of_type(t)->error, "length mismatch: %zd != %zd", (*va)->n, (*vb)->n);
        return -1;
    }
    return 1;
}

static PyObject *
vec_binop(PyObject *a, PyObject *b, int sign)
{
    VecObject *va, *vb;
    int r = check_same(a, b, &va, &vb);
    if (r < 0) return NULL;
    if (r == 0) Py_RETURN_NOTIMPLEMENTED;
    VecObject *out = vec_alloc(Py_TYPE(a), va->n);
    if (out == NULL) return NULL;
    for (Py_ssize_t i = 0; i < va->n; i++) out->v[i] = va->v[i] + sign * vb->v[i];
    return (PyObject *)out;
}

static PyObject *vec_add(PyObject *a, PyObject *b) { return vec_binop(a, b, 1); }
static PyObject *vec_sub(PyObject *a, PyObject *b) { return vec_binop(a, b, -1); }

static PyObject *
vec_mul(PyObject *a, PyObject *b)
{
    if (!PyNumber_Check(b) || PyObject_TypeCheck(b, Py_TYPE(a))) {
        if (PyNumber_Check(a) && !PyObject_TypeCheck(a, Py_TYPE(b))) { PyObject *t = a; a = b; b = t; }
        else Py_RETURN_NOTIMPLEMENTED;
    }
    double k = PyFloat_AsDouble(b);
    if (k == -1.0 && PyErr_Occurred()) return NULL;
    VecObject *va = (VecObject *)a;
    VecObject *out = vec_alloc(Py_TYPE(a), va->n);
    if (out == NULL) return NULL;
    for (Py_ssize_t i = 0; i < va->n; i++) out->v[i] = va->v[i] * k;
    return (PyObject *)out;
}

static Py_ssize_t vec_len(VecObject *self) { return self->n; }

static PyObject *
vec_item(VecObject *self, Py_ssize_t i)
{
    if (i < 0 || i >= self->n) {
        PyErr_SetString(PyExc_IndexError, "Vec index out of range");
        return NULL;
    }
    return PyFloat_FromDouble(self->v[i]);
}

static int
vec_ass_item(VecObject *self, Py_ssize_t i, PyObject *value)
{
    if (value == NULL) {
        PyErr_SetString(PyExc_TypeError, "Vec items cannot be deleted");
        return -1;
    }
    if (i < 0 || i >= self->n) {
        PyErr_SetString(PyExc_IndexError, "Vec assignment index out of range");
        return -1;
    }
    double d = PyFloat_AsDouble(value);
    if (d == -1.0 && PyErr_Occurred()) return -1;
    self->v[i] = d;
    return 0;
}

static PyObject *
vec_richcompare(PyObject *a, PyObject *b, int op)
{
    VecObject *va, *vb;
    if (op != Py_EQ && op != Py_NE) Py_RETURN_NOTIMPLEMENTED;
    if (!PyObject_TypeCheck(b, Py_TYPE(a))) Py_RETURN_NOTIMPLEMENTED;
    va = (VecObject *)a;
    vb = (VecObject *)b;
    int eq = va->n == vb->n;
    for (Py_ssize_t i = 0; eq && i < va->n; i++) eq = va->v[i] == vb->v[i];
    if (op == Py_NE) eq = !eq;
    return PyBool_FromLong(eq);
}

static PyObject *
vec_dot(VecObject *self, PyObject *args, PyObject *kw)
{
    static char *kwlist[] = {"other", "scale", NULL};
    PyObject *other;
    double scale = 1.0;
    if (!PyArg_ParseTupleAndKeywords(args, kw, "O|d:dot", kwlist, &other, &scale)) return NULL;
    VecObject *va, *vb;
    int r = check_same((PyObject *)self, other, &va, &vb);
    if (r < 0) return NULL;
    if (r == 0) {
        PyErr_Format(PyExc_TypeError, "dot() argument must be Vec, not %.200s", Py_TYPE(other)->tp_name);
        return NULL;
    }
    double s = 0;
    for (Py_ssize_t i = 0; i < va->n; i++) s += va->v[i] * vb->v[i];
    return PyFloat_FromDouble(s * scale);
}

static int
vec_getbuffer(VecObject *self, Py_buffer *view, int flags)
{
    if (PyBuffer_FillInfo(view, (PyObject *)self, self->v, self->n * sizeof(double), 0, flags) < 0) return -1;
    view->itemsize = sizeof(double);
    view->format = (flags & PyBUF_FORMAT) ? "d" : NULL;
    view->shape = (flags & PyBUF_ND) ? &self->n : NULL;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? &view->itemsize : NULL;
    self->exports++;
    return 0;
}

static void
vec_releasebuffer(VecObject *self, Py_buffer *view)
{
    self->exports--;
}

/* ---- iterator */

static PyObject *
vec_iter(PyObject *self)
{
    PyObject *mod = PyType_GetModule(Py_TYPE(self));
    if (mod == NULL) return NULL;
    PyObject *it_type = PyObject_GetAttrString(mod, "_VecIter");
    if (it_type == NULL) return NULL;
    VecIterObject *it = (VecIterObject *)((PyTypeObject *)it_type)->tp_alloc((PyTypeObject *)it_type, 0);
    Py_DECREF(it_type);
    if (it == NULL) return NULL;
    Py_INCREF(self);
    it->vec = self;
    it->i = 0;
    return (PyObject *)it;
}

static PyObject *
veciter_next(VecIterObject *it)
{
    VecObject *v = (VecObject *)it->vec;
    if (it->i >= v->n) return NULL;
    return PyFloat_FromDouble(v->v[it->i++]);
}

static void
veciter_dealloc(VecIterObject *it)
{
    PyTypeObject *t = Py_TYPE(it);
    Py_XDECREF(it->vec);
    t->tp_free((PyObject *)it);
    Py_DECREF(t);
}

static PyMethodDef vec_methods[] = {
    {"dot", (PyCFunction)(void (*)(void))vec_dot, METH_VARARGS | METH_KEYWORDS, "dot(other, scale=1.0)"},
    {NULL},
};

static PyType_Slot vec_slots[] = {
    {Py_tp_new, vec_new},
    {Py_tp_dealloc, vec_dealloc},
    {Py_tp_repr, vec_repr},
    {Py_tp_richcompare, vec_richcompare},
    {Py_tp_hash, PyObject_HashNotImplemented},
    {Py_tp_iter, vec_iter},
    {Py_tp_methods, vec_methods},
    {Py_tp_doc, "Vec(*values): a vector of doubles"},
    {Py_nb_add, vec_add},
    {Py_nb_subtract, vec_sub},
    {Py_nb_multiply, vec_mul},
    {Py_sq_length, vec_len},
    {Py_sq_item, vec_item},
    {Py_sq_ass_item, vec_ass_item},
    {Py_bf_getbuffer, vec_getbuffer},
    {Py_bf_releasebuffer, vec_releasebuffer},
    {0, NULL},
};

static PyType_Spec vec_spec = {"vec.Vec", sizeof(VecObject), 0, Py_TPFLAGS_DEFAULT, vec_slots};

static PyType_Slot veciter_slots[] = {
    {Py_tp_iter, PyObject_SelfIter},
    {Py_tp_iternext, veciter_next},
    {Py_tp_dealloc, veciter_dealloc},
    {0, NULL},
};

static PyType_Spec veciter_spec = {"vec._VecIter", sizeof(VecIterObject), 0, Py_TPFLAGS_DEFAULT, veciter_slots};

/* ---- module */

static PyObject *
made(PyObject *m, PyObject *unused)
{
    vec_state *st = PyModule_GetState(m);
    return PyLong_FromLong(st->made);
}

static int
vec_exec(PyObject *m)
{
    vec_state *st = PyModule_GetState(m);
    st->error = PyErr_NewException("vec.error", PyExc_ValueError, NULL);
    if (st->error == NULL) return -1;
    if (PyModule_AddObjectRef(m, "error", st->error) < 0) return -1;
    st->vec_type = PyType_FromModuleAndSpec(m, &vec_spec, NULL);
    if (st->vec_type == NULL) return -1;
    if (PyModule_AddObjectRef(m, "Vec", st->vec_type) < 0) return -1;
    PyObject *it = PyType_FromModuleAndSpec(m, &veciter_spec, NULL);
    if (it == NULL) return -1;
    if (PyModule_AddObject(m, "_VecIter", it) < 0) { Py_DECREF(it); return -1; }
    return 0;
}

static PyMethodDef module_methods[] = {
    {"made", made, METH_NOARGS, "how many vectors this module made"},
    {NULL},
};

static PyModuleDef_Slot module_slots[] = {
    {Py_mod_exec, vec_exec},
    {0, NULL},
};

static struct PyModuleDef vec_module = {
    PyModuleDef_HEAD_INIT, "vec", "Vectors of doubles (multi-phase init, heap types).",
    sizeof(vec_state), module_methods, module_slots,
};

PyMODINIT_FUNC
PyInit_vec(void)
{
    return PyModuleDef_Init(&vec_module);
}
