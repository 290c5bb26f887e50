/* nodes: a GC-tracked static container (PyObject_GC_New, Track/UnTrack,
 * PyObject_GC_Del, tp_traverse/tp_clear), a separate iterator type, slicing
 * through mp_subscript (PySlice_Unpack/AdjustIndices/New), the abstract
 * sequence/mapping/object API on whatever Python passes, and multi-phase
 * init. Held-out test module: uses only names from API.md. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

typedef struct {
    PyObject_HEAD
    PyObject *items; /* list */
    PyObject *meta;  /* any object, may form cycles */
} NodeObject;

typedef struct {
    PyObject_HEAD
    NodeObject *node;
    Py_ssize_t pos;
    Py_ssize_t step;
} NodeIterObject;

static PyTypeObject Node_Type;
static PyTypeObject NodeIter_Type;

static PyObject *
Node_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"items", "meta", NULL};
    PyObject *items = NULL, *meta = Py_None;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|OO:Node", kwlist, &items, &meta))
        return NULL;
    NodeObject *self = type == &Node_Type ? PyObject_GC_New(NodeObject, type)
                                          : (NodeObject *)type->tp_alloc(type, 0);
    if (self == NULL)
        return NULL;
    self->items = items ? PySequence_List(items) : PyList_New(0);
    self->meta = Py_NewRef(meta);
    if (self->items == NULL) {
        Py_DECREF(self);
        return NULL;
    }
    if (type == &Node_Type)
        PyObject_GC_Track(self);
    return (PyObject *)self;
}

static int
Node_traverse(NodeObject *self, visitproc visit, void *arg)
{
    Py_VISIT(self->items);
    Py_VISIT(self->meta);
    return 0;
}

static int
Node_clear(NodeObject *self)
{
    Py_CLEAR(self->items);
    Py_CLEAR(self->meta);
    return 0;
}

static void
Node_dealloc(NodeObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    Node_clear(self);
    if (tp == &Node_Type)
        PyObject_GC_Del(self);
    else
        tp->tp_free(self);
}

static Py_ssize_t
Node_length(NodeObject *self)
{
    return PyList_GET_SIZE(self->items);
}

static PyObject *
Node_subscript(NodeObject *self, PyObject *key)
{
    if (PySlice_Check(key)) {
        Py_ssize_t start, stop, step;
        if (PySlice_Unpack(key, &start, &stop, &step) < 0)
            return NULL;
        Py_ssize_t n = PySlice_AdjustIndices(PyList_GET_SIZE(self->items), &start, &stop, step);
        PyObject *out = PyList_New(n);
        if (out == NULL)
            return NULL;
        for (Py_ssize_t i = 0, j = start; i < n; i++, j += step)
            PyList_SET_ITEM(out, i, Py_NewRef(PyList_GET_ITEM(self->items, j)));
        PyObject *meta = Py_BuildValue("(nnnn)", start, stop, step, n);
        if (meta == NULL) {
            Py_DECREF(out);
            return NULL;
        }
        PyObject *args = PyTuple_Pack(2, out, meta);
        Py_DECREF(out);
        Py_DECREF(meta);
        if (args == NULL)
            return NULL;
        PyObject *r = PyObject_CallObject((PyObject *)Py_TYPE(self), args);
        Py_DECREF(args);
        return r;
    }
    if (PyUnicode_Check(key)) {
        /* node["attr"]: look the key up in meta if it is a mapping */
        if (!PyMapping_Check(self->meta) || PySequence_Check(self->meta)) {
            PyErr_Format(PyExc_KeyError, "%R", key);
            return NULL;
        }
        const char *k = PyUnicode_AsUTF8(key);
        if (k == NULL)
            return NULL;
        return PyMapping_GetItemString(self->meta, k);
    }
    Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i == -1 && PyErr_Occurred())
        return NULL;
    if (i < 0)
        i += PyList_GET_SIZE(self->items);
    return PySequence_GetItem(self->items, i);
}

static int
Node_ass_subscript(NodeObject *self, PyObject *key, PyObject *value)
{
    if (PySlice_Check(key)) {
        Py_ssize_t start, stop, step, n;
        if (PySlice_GetIndicesEx(key, PyList_GET_SIZE(self->items), &start, &stop, &step, &n) < 0)
            return -1;
        if (step != 1) {
            PyErr_SetString(PyExc_ValueError, "Node slices must be contiguous");
            return -1;
        }
        return PyList_SetSlice(self->items, start, stop, value);
    }
    Py_ssize_t i = PyNumber_AsSsize_t(key, PyExc_IndexError);
    if (i == -1 && PyErr_Occurred())
        return -1;
    if (i < 0)
        i += PyList_GET_SIZE(self->items);
    if (value == NULL)
        return PySequence_DelItem(self->items, i);
    return PySequence_SetItem(self->items, i, value);
}

static PyMappingMethods Node_as_mapping = {
    (lenfunc)Node_length,
    (binaryfunc)Node_subscript,
    (objobjargproc)Node_ass_subscript,
};

static PyObject *
Node_iter(NodeObject *self)
{
    NodeIterObject *it = PyObject_New(NodeIterObject, &NodeIter_Type);
    if (it == NULL)
        return NULL;
    it->node = (NodeObject *)Py_NewRef(self);
    it->pos = 0;
    it->step = 1;
    return (PyObject *)it;
}

static PyObject *
Node_repr(NodeObject *self)
{
    return PyUnicode_FromFormat("Node(%R, meta=%R)", self->items, self->meta);
}

static PyObject *
Node_str(NodeObject *self)
{
    PyObject *s = PyObject_Str(self->items);
    if (s == NULL)
        return NULL;
    PyObject *r = PyUnicode_FromFormat("<%U>", s);
    Py_DECREF(s);
    return r;
}

static PyObject *
Node_get_meta(NodeObject *self, void *c)
{
    return Py_NewRef(self->meta);
}

static int
Node_set_meta(NodeObject *self, PyObject *v, void *c)
{
    if (v == NULL) {
        PyErr_SetString(PyExc_AttributeError, "meta cannot be deleted");
        return -1;
    }
    Py_SETREF(self->meta, Py_NewRef(v));
    return 0;
}

static PyGetSetDef Node_getset[] = {
    {"meta", (getter)Node_get_meta, (setter)Node_set_meta, "free-form metadata", NULL},
    {NULL},
};

/* analyse(obj): runs the abstract API over any object and reports */
static PyObject *
Node_analyse(PyObject *cls, PyObject *obj)
{
    PyObject *d = PyDict_New();
    if (d == NULL)
        return NULL;
#define SET(k, expr)                                          \
    do {                                                      \
        PyObject *_v = (expr);                                \
        if (_v == NULL) {                                     \
            PyObject *_t, *_e, *_tb;                          \
            PyErr_Fetch(&_t, &_e, &_tb);                      \
            _v = Py_NewRef(_t ? _t : Py_None);                \
            Py_XDECREF(_t);                                   \
            Py_XDECREF(_e);                                   \
            Py_XDECREF(_tb);                                  \
        }                                                     \
        if (PyDict_SetItemString(d, k, _v) < 0) {             \
            Py_DECREF(_v);                                    \
            Py_DECREF(d);                                     \
            return NULL;                                      \
        }                                                     \
        Py_DECREF(_v);                                        \
    } while (0)
    SET("seq", PyBool_FromLong(PySequence_Check(obj)));
    SET("map", PyBool_FromLong(PyMapping_Check(obj)));
    SET("iter", PyBool_FromLong(PyIter_Check(obj)));
    SET("num", PyBool_FromLong(PyNumber_Check(obj)));
    SET("index", PyBool_FromLong(PyIndex_Check(obj)));
    SET("callable", PyBool_FromLong(PyCallable_Check(obj)));
    SET("buffer", PyBool_FromLong(PyObject_CheckBuffer(obj)));
    Py_ssize_t n = PyObject_Size(obj);
    SET("size", n < 0 ? NULL : PyLong_FromSsize_t(n));
    n = PySequence_Size(obj);
    SET("seqsize", n < 0 ? NULL : PyLong_FromSsize_t(n));
    n = PyMapping_Size(obj);
    SET("mapsize", n < 0 ? NULL : PyLong_FromSsize_t(n));
    SET("list", PySequence_List(obj));
    SET("tuple", PySequence_Tuple(obj));
    SET("keys", PyMapping_Keys(obj));
    SET("items", PyMapping_Items(obj));
    SET("slice", PySequence_GetSlice(obj, 1, 3));
    SET("first", PySequence_GetItem(obj, 0));
    n = PySequence_Count(obj, Py_None);
    SET("count_none", n < 0 ? NULL : PyLong_FromSsize_t(n));
    n = PySequence_Index(obj, Py_None);
    SET("index_none", n < 0 ? NULL : PyLong_FromSsize_t(n));
    int c = PySequence_Contains(obj, Py_None);
    SET("contains_none", c < 0 ? NULL : PyBool_FromLong(c));
    SET("concat", PySequence_Concat(obj, obj));
    SET("bytes", PyObject_Bytes(obj));
    SET("ascii", PyObject_ASCII(obj));
    SET("str", PyObject_Str(obj));
    Py_hash_t h = PyObject_Hash(obj);
    SET("hashable", (h == -1 && PyErr_Occurred()) ? NULL : Py_NewRef(Py_True));
    int t = PyObject_IsTrue(obj);
    SET("true", t < 0 ? NULL : PyBool_FromLong(t));
    t = PyObject_Not(obj);
    SET("not", t < 0 ? NULL : PyBool_FromLong(t));
    PyObject *it = PyObject_GetIter(obj);
    if (it == NULL) {
        SET("walk", NULL);
    } else {
        PyObject *acc = PyList_New(0), *x;
        while (acc && (x = PyIter_Next(it)) != NULL) {
            int rc = PyList_Append(acc, x);
            Py_DECREF(x);
            if (rc < 0)
                Py_CLEAR(acc);
        }
        Py_DECREF(it);
        if (acc && PyErr_Occurred())
            Py_CLEAR(acc);
        SET("walk", acc);
    }
    return d;
#undef SET
}

static PyMethodDef Node_methods[] = {
    {"analyse", Node_analyse, METH_O | METH_CLASS, NULL},
    {NULL},
};

static PyTypeObject Node_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "nodes.Node",
    .tp_basicsize = sizeof(NodeObject),
    .tp_dealloc = (destructor)Node_dealloc,
    .tp_repr = (reprfunc)Node_repr,
    .tp_str = (reprfunc)Node_str,
    .tp_as_mapping = &Node_as_mapping,
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_BASETYPE,
    .tp_traverse = (traverseproc)Node_traverse,
    .tp_clear = (inquiry)Node_clear,
    .tp_iter = (getiterfunc)Node_iter,
    .tp_methods = Node_methods,
    .tp_getset = Node_getset,
    .tp_new = Node_new,
};

/* ---- the iterator ---- */

static void
NodeIter_dealloc(NodeIterObject *it)
{
    Py_XDECREF(it->node);
    PyObject_Free(it);
}

static PyObject *
NodeIter_next(NodeIterObject *it)
{
    if (it->node == NULL)
        return NULL;
    if (it->pos < PyList_GET_SIZE(it->node->items)) {
        PyObject *v = PyList_GET_ITEM(it->node->items, it->pos);
        it->pos += it->step;
        return Py_NewRef(v);
    }
    Py_CLEAR(it->node);
    PyErr_SetNone(PyExc_StopIteration);
    return NULL;
}

static PyObject *
NodeIter_iter(PyObject *self)
{
    return Py_NewRef(self);
}

static PyObject *
NodeIter_length_hint(NodeIterObject *it, PyObject *Py_UNUSED(ignored))
{
    if (it->node == NULL)
        return PyLong_FromLong(0);
    return PyLong_FromSsize_t(PyList_GET_SIZE(it->node->items) - it->pos);
}

static PyMethodDef NodeIter_methods[] = {
    {"__length_hint__", (PyCFunction)NodeIter_length_hint, METH_NOARGS, NULL},
    {NULL},
};

static PyTypeObject NodeIter_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "nodes.NodeIterator",
    .tp_basicsize = sizeof(NodeIterObject),
    .tp_dealloc = (destructor)NodeIter_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_iter = NodeIter_iter,
    .tp_iternext = (iternextfunc)NodeIter_next,
    .tp_methods = NodeIter_methods,
};

/* ---- module: multi-phase with Py_mod_create ---- */

static int
nodes_exec(PyObject *m)
{
    if (PyType_Ready(&Node_Type) < 0 || PyType_Ready(&NodeIter_Type) < 0)
        return -1;
    if (PyModule_AddType(m, &Node_Type) < 0)
        return -1;
    return PyModule_AddObjectRef(m, "NodeIterator", (PyObject *)&NodeIter_Type);
}

static PyModuleDef_Slot nodes_slots[] = {
    {Py_mod_exec, nodes_exec},
    {0, NULL},
};

static PyModuleDef nodes_def = {
    PyModuleDef_HEAD_INIT, "nodes", NULL, 0, NULL, nodes_slots, NULL, NULL, NULL,
};

PyMODINIT_FUNC
PyInit_nodes(void)
{
    return PyModuleDef_Init(&nodes_def);
}
