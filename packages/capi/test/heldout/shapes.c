/* shapes: a multi-phase-init module with per-module state, heap types made
 * by PyType_FromModuleAndSpec / PyType_FromSpecWithBases, a custom exception,
 * number slots, GC slots, subclassing from Python, and a buffer-exporting
 * heap type. Held-out test module: uses only names from API.md. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <math.h>

typedef struct {
    PyObject *ShapeError;
    PyTypeObject *Shape_Type;
    PyTypeObject *Circle_Type;
    PyTypeObject *Rect_Type;
    PyTypeObject *Points_Type;
    long created;
} shapes_state;

static inline shapes_state *
get_state(PyObject *module)
{
    return (shapes_state *)PyModule_GetState(module);
}

/* ---- Shape: abstract-ish base ---- */

typedef struct {
    PyObject_HEAD
    PyObject *name;
    double scale;
} ShapeObject;

typedef struct {
    ShapeObject base;
    double r;
} CircleObject;

typedef struct {
    ShapeObject base;
    double w, h;
} RectObject;

static int
Shape_traverse(ShapeObject *self, visitproc visit, void *arg)
{
    Py_VISIT(self->name);
    Py_VISIT(Py_TYPE(self));
    return 0;
}

static int
Shape_clear(ShapeObject *self)
{
    Py_CLEAR(self->name);
    return 0;
}

static void
Shape_dealloc(ShapeObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    PyObject_GC_UnTrack(self);
    Shape_clear(self);
    freefunc tp_free = (freefunc)PyType_GetSlot(tp, Py_tp_free);
    tp_free(self);
    Py_DECREF(tp);
}

static int
Shape_init(ShapeObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"name", "scale", NULL};
    PyObject *name = NULL;
    double scale = 1.0;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "|Ud:Shape", kwlist, &name, &scale))
        return -1;
    if (name == NULL)
        name = PyUnicode_InternFromString("shape");
    else
        Py_INCREF(name);
    Py_XSETREF(self->name, name);
    self->scale = scale;
    return 0;
}

static PyObject *
Shape_area(ShapeObject *self, PyObject *Py_UNUSED(ignored))
{
    PyObject *mod = PyType_GetModule(Py_TYPE(self));
    if (mod == NULL) {
        /* a Python subclass: no module of its own */
        PyErr_Clear();
        PyErr_Format(PyExc_NotImplementedError, "%s.area() is not implemented", Py_TYPE(self)->tp_name);
        return NULL;
    }
    shapes_state *st = get_state(mod);
    PyErr_Format(st->ShapeError, "abstract shape %R has no area", self->name);
    return NULL;
}

static PyObject *
Shape_repr(ShapeObject *self)
{
    PyObject *area = PyObject_CallMethod((PyObject *)self, "area", NULL);
    if (area == NULL) {
        PyErr_Clear();
        return PyUnicode_FromFormat("<%s %S>", Py_TYPE(self)->tp_name, self->name);
    }
    PyObject *r = PyUnicode_FromFormat("<%s %S area=%R>", Py_TYPE(self)->tp_name, self->name, area);
    Py_DECREF(area);
    return r;
}

static PyObject *
Shape_richcompare(PyObject *a, PyObject *b, int op)
{
    PyObject *aa = PyObject_CallMethod(a, "area", NULL);
    if (aa == NULL)
        return NULL;
    PyObject *meth = PyUnicode_InternFromString("area");
    if (meth == NULL) {
        Py_DECREF(aa);
        return NULL;
    }
    PyObject *ab = PyObject_CallMethodObjArgs(b, meth, NULL);
    Py_DECREF(meth);
    if (ab == NULL) {
        Py_DECREF(aa);
        if (PyErr_ExceptionMatches(PyExc_AttributeError)) {
            PyErr_Clear();
            Py_RETURN_NOTIMPLEMENTED;
        }
        return NULL;
    }
    double x = PyFloat_AsDouble(aa), y = PyFloat_AsDouble(ab);
    Py_DECREF(aa);
    Py_DECREF(ab);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_RICHCOMPARE(x, y, op);
}

static PyObject *
Shape_add(PyObject *a, PyObject *b)
{
    /* shape + shape -> total area as float */
    PyObject *aa = PyObject_CallMethod(a, "area", NULL);
    if (aa == NULL)
        return NULL;
    PyObject *ab = PyObject_CallMethod(b, "area", NULL);
    if (ab == NULL) {
        Py_DECREF(aa);
        return NULL;
    }
    PyObject *r = PyNumber_Add(aa, ab);
    Py_DECREF(aa);
    Py_DECREF(ab);
    return r;
}

static PyObject *
Shape_mul(PyObject *a, PyObject *b)
{
    PyObject *shape = a, *num = b;
    PyTypeObject *t = Py_TYPE(a);
    if (!PyNumber_Check(b) || PyObject_HasAttrString(b, "area")) {
        shape = b;
        num = a;
    }
    if (!PyFloat_Check(num) && !PyLong_Check(num))
        Py_RETURN_NOTIMPLEMENTED;
    (void)t;
    double f = PyFloat_AsDouble(num);
    if (f == -1.0 && PyErr_Occurred())
        return NULL;
    ShapeObject *s = (ShapeObject *)shape;
    PyObject *area = PyObject_CallMethod(shape, "area", NULL);
    if (area == NULL)
        return NULL;
    double v = PyFloat_AsDouble(area) * f * s->scale;
    Py_DECREF(area);
    return PyFloat_FromDouble(v);
}

static int
Shape_bool(ShapeObject *self)
{
    return self->scale != 0.0;
}

static PyObject *
Shape_neg(ShapeObject *self)
{
    return PyFloat_FromDouble(-self->scale);
}

static PyMemberDef Shape_members[] = {
    {"name", T_OBJECT, offsetof(ShapeObject, name), READONLY, NULL},
    {"scale", T_DOUBLE, offsetof(ShapeObject, scale), 0, NULL},
    {NULL},
};

static PyMethodDef Shape_methods[] = {
    {"area", (PyCFunction)Shape_area, METH_NOARGS, "area of the shape"},
    {NULL},
};

static PyType_Slot Shape_slots[] = {
    {Py_tp_doc, "Shape(name='shape', scale=1.0)"},
    {Py_tp_init, Shape_init},
    {Py_tp_new, PyType_GenericNew},
    {Py_tp_dealloc, Shape_dealloc},
    {Py_tp_traverse, Shape_traverse},
    {Py_tp_clear, Shape_clear},
    {Py_tp_repr, Shape_repr},
    {Py_tp_richcompare, Shape_richcompare},
    {Py_tp_members, Shape_members},
    {Py_tp_methods, Shape_methods},
    {Py_nb_add, Shape_add},
    {Py_nb_multiply, Shape_mul},
    {Py_nb_bool, Shape_bool},
    {Py_nb_negative, Shape_neg},
    {Py_tp_hash, PyObject_HashNotImplemented},
    {0, NULL},
};

static PyType_Spec Shape_spec = {
    .name = "shapes.Shape",
    .basicsize = sizeof(ShapeObject),
    .itemsize = 0,
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC,
    .slots = Shape_slots,
};

/* ---- Circle ---- */

static int
Circle_init(CircleObject *self, PyObject *args, PyObject *kwds)
{
    static char *kwlist[] = {"r", "name", NULL};
    double r;
    PyObject *name = NULL;
    if (!PyArg_ParseTupleAndKeywords(args, kwds, "d|U:Circle", kwlist, &r, &name))
        return -1;
    if (r < 0) {
        PyObject *mod = PyType_GetModule(Py_TYPE(self));
        shapes_state *st = mod ? get_state(mod) : NULL;
        if (st == NULL) {
            PyErr_Clear();
            PyErr_SetString(PyExc_ValueError, "negative radius");
        } else {
            PyErr_Format(st->ShapeError, "negative radius %R", PyTuple_GET_ITEM(args, 0));
        }
        return -1;
    }
    self->r = r;
    Py_XSETREF(self->base.name, name ? Py_NewRef(name) : PyUnicode_FromString("circle"));
    self->base.scale = 1.0;
    shapes_state *st = PyType_GetModuleState(Py_TYPE(self));
    if (st != NULL)
        st->created++;
    else
        PyErr_Clear();
    return 0;
}

static PyObject *
Circle_area(CircleObject *self, PyObject *Py_UNUSED(ignored))
{
    return PyFloat_FromDouble(3.0 * self->r * self->r * self->base.scale);
}

static PyObject *
Circle_get_diameter(CircleObject *self, void *closure)
{
    return PyFloat_FromDouble(2 * self->r);
}

static int
Circle_set_diameter(CircleObject *self, PyObject *v, void *closure)
{
    if (v == NULL) {
        PyErr_SetString(PyExc_TypeError, "can't delete diameter");
        return -1;
    }
    double d = PyFloat_AsDouble(v);
    if (d == -1.0 && PyErr_Occurred())
        return -1;
    self->r = d / 2;
    return 0;
}

static PyGetSetDef Circle_getset[] = {
    {"diameter", (getter)Circle_get_diameter, (setter)Circle_set_diameter, "twice r", NULL},
    {NULL},
};

static PyMemberDef Circle_members[] = {
    {"r", T_DOUBLE, offsetof(CircleObject, r), 0, NULL},
    {NULL},
};

static PyMethodDef Circle_methods[] = {
    {"area", (PyCFunction)Circle_area, METH_NOARGS, NULL},
    {NULL},
};

static PyType_Slot Circle_slots[] = {
    {Py_tp_init, Circle_init},
    {Py_tp_traverse, Shape_traverse},
    {Py_tp_methods, Circle_methods},
    {Py_tp_members, Circle_members},
    {Py_tp_getset, Circle_getset},
    {0, NULL},
};

static PyType_Spec Circle_spec = {
    "shapes.Circle", sizeof(CircleObject), 0,
    Py_TPFLAGS_DEFAULT | Py_TPFLAGS_BASETYPE | Py_TPFLAGS_HAVE_GC, Circle_slots,
};

/* ---- Rect (final type) ---- */

static int
Rect_init(RectObject *self, PyObject *args, PyObject *kwds)
{
    if (!PyArg_ParseTuple(args, "dd:Rect", &self->w, &self->h))
        return -1;
    if (kwds != NULL && PyDict_Size(kwds) > 0) {
        PyErr_SetString(PyExc_TypeError, "Rect() takes no keyword arguments");
        return -1;
    }
    Py_XSETREF(self->base.name, PyUnicode_FromString("rect"));
    self->base.scale = 1.0;
    return 0;
}

static PyObject *
Rect_area(RectObject *self, PyObject *Py_UNUSED(ignored))
{
    return PyFloat_FromDouble(self->w * self->h * self->base.scale);
}

static PyObject *
Rect_str(RectObject *self)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%gx%g", self->w, self->h);
    return PyUnicode_FromString(buf);
}

static PyMethodDef Rect_methods[] = {
    {"area", (PyCFunction)Rect_area, METH_NOARGS, NULL},
    {NULL},
};

static PyType_Slot Rect_slots[] = {
    {Py_tp_init, Rect_init},
    {Py_tp_traverse, Shape_traverse},
    {Py_tp_str, Rect_str},
    {Py_tp_methods, Rect_methods},
    {0, NULL},
};

static PyType_Spec Rect_spec = {
    .name = "shapes.Rect",
    .basicsize = sizeof(RectObject),
    .flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC | Py_TPFLAGS_IMMUTABLETYPE,
    .slots = Rect_slots,
};

/* ---- Points: a var-sized heap type exporting an (n, 2) buffer of doubles ---- */

typedef struct {
    PyObject_VAR_HEAD
    int exports;
    Py_ssize_t shape[2];
    Py_ssize_t strides[2];
    double xy[1];
} PointsObject;

static PyObject *
Points_new(PyTypeObject *type, PyObject *args, PyObject *kwds)
{
    PyObject *seq;
    if (!PyArg_ParseTuple(args, "O:Points", &seq))
        return NULL;
    PyObject *fast = PySequence_Fast(seq, "Points() needs a sequence of pairs");
    if (fast == NULL)
        return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(fast);
    allocfunc alloc = (allocfunc)PyType_GetSlot(type, Py_tp_alloc);
    PointsObject *self = (PointsObject *)alloc(type, 2 * n);
    if (self == NULL) {
        Py_DECREF(fast);
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *pair = PySequence_Fast_GET_ITEM(fast, i);
        double x, y;
        if (!PyArg_ParseTuple(pair, "dd;each point must be a pair of numbers", &x, &y)) {
            Py_DECREF(fast);
            Py_DECREF(self);
            return NULL;
        }
        self->xy[2 * i] = x;
        self->xy[2 * i + 1] = y;
    }
    Py_DECREF(fast);
    return (PyObject *)self;
}

static void
Points_dealloc(PointsObject *self)
{
    PyTypeObject *tp = Py_TYPE(self);
    tp->tp_free((PyObject *)self);
    Py_DECREF(tp);
}

static int
Points_getbuffer(PointsObject *self, Py_buffer *view, int flags)
{
    if ((flags & PyBUF_WRITABLE) == PyBUF_WRITABLE) {
        PyErr_SetString(PyExc_BufferError, "Points are read-only");
        return -1;
    }
    Py_ssize_t n = Py_SIZE(self) / 2;
    self->shape[0] = n;
    self->shape[1] = 2;
    self->strides[0] = 2 * sizeof(double);
    self->strides[1] = sizeof(double);
    if ((flags & PyBUF_ND) != PyBUF_ND) {
        PyErr_SetString(PyExc_BufferError, "Points need PyBUF_ND");
        return -1;
    }
    view->buf = self->xy;
    view->obj = Py_NewRef(self);
    view->len = n * 2 * sizeof(double);
    view->readonly = 1;
    view->itemsize = sizeof(double);
    view->format = (flags & PyBUF_FORMAT) ? "d" : NULL;
    view->ndim = 2;
    view->shape = self->shape;
    view->strides = (flags & PyBUF_STRIDES) == PyBUF_STRIDES ? self->strides : NULL;
    view->suboffsets = NULL;
    view->internal = NULL;
    self->exports++;
    return 0;
}

static void
Points_releasebuffer(PointsObject *self, Py_buffer *view)
{
    self->exports--;
}

static Py_ssize_t
Points_len(PointsObject *self)
{
    return Py_SIZE(self) / 2;
}

static PyObject *
Points_item(PointsObject *self, Py_ssize_t i)
{
    if (i < 0 || i >= Py_SIZE(self) / 2) {
        PyErr_SetString(PyExc_IndexError, "point index out of range");
        return NULL;
    }
    return Py_BuildValue("(dd)", self->xy[2 * i], self->xy[2 * i + 1]);
}

static PyObject *
Points_get_exports(PointsObject *self, void *c)
{
    return PyLong_FromLong(self->exports);
}

static PyGetSetDef Points_getset[] = {
    {"exports", (getter)Points_get_exports, NULL, NULL, NULL},
    {NULL},
};

static PyType_Slot Points_slots[] = {
    {Py_tp_new, Points_new},
    {Py_tp_dealloc, Points_dealloc},
    {Py_bf_getbuffer, Points_getbuffer},
    {Py_bf_releasebuffer, Points_releasebuffer},
    {Py_sq_length, Points_len},
    {Py_sq_item, Points_item},
    {Py_tp_getset, Points_getset},
    {0, NULL},
};

static PyType_Spec Points_spec = {
    .name = "shapes.Points",
    .basicsize = offsetof(PointsObject, xy),
    .itemsize = sizeof(double),
    .flags = Py_TPFLAGS_DEFAULT,
    .slots = Points_slots,
};

/* ---- module functions ---- */

static PyObject *
shapes_created(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    return PyLong_FromLong(get_state(module)->created);
}

static PyObject *
shapes_total(PyObject *module, PyObject *args)
{
    PyObject *it = PyObject_GetIter(args);
    if (it == NULL)
        return NULL;
    shapes_state *st = get_state(module);
    double total = 0;
    PyObject *item;
    while ((item = PyIter_Next(it)) != NULL) {
        if (!PyObject_IsInstance(item, (PyObject *)st->Shape_Type)) {
            PyErr_Format(PyExc_TypeError, "total() expects shapes, got %.50s", Py_TYPE(item)->tp_name);
            Py_DECREF(item);
            Py_DECREF(it);
            return NULL;
        }
        PyObject *meth = PyUnicode_FromString("area");
        PyObject *a = meth ? PyObject_CallMethodNoArgs(item, meth) : NULL;
        Py_XDECREF(meth);
        Py_DECREF(item);
        if (a == NULL) {
            Py_DECREF(it);
            return NULL;
        }
        total += PyFloat_AsDouble(a);
        Py_DECREF(a);
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return NULL;
    return PyFloat_FromDouble(total);
}

static PyObject *
shapes_kinds(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    shapes_state *st = get_state(module);
    PyObject *name = PyType_GetName(st->Circle_Type);
    PyObject *qual = PyType_GetQualName(st->Rect_Type);
    PyObject *r = Py_BuildValue("(NNiii)", name, qual,
                                PyType_IsSubtype(st->Circle_Type, st->Shape_Type),
                                PyType_IsSubtype(st->Rect_Type, st->Circle_Type),
                                (PyType_GetFlags(st->Shape_Type) & Py_TPFLAGS_BASETYPE) != 0);
    return r;
}

static PyObject *
shapes_is_shape(PyObject *module, PyObject *obj)
{
    shapes_state *st = get_state(module);
    int r = PyObject_TypeCheck(obj, st->Shape_Type);
    return PyBool_FromLong(r);
}

static PyObject *
shapes_module_info(PyObject *module, PyObject *Py_UNUSED(ignored))
{
    PyModuleDef *def = PyModule_GetDef(module);
    const char *name = PyModule_GetName(module);
    PyObject *d = PyModule_GetDict(module);
    if (name == NULL || d == NULL)
        return NULL;
    return Py_BuildValue("(ssiO)", name, def->m_name, def->m_size == (Py_ssize_t)sizeof(shapes_state),
                         PyDict_GetItemString(d, "ORIGIN") ? Py_True : Py_False);
}

static PyObject *
shapes_module_of(PyObject *module, PyObject *obj)
{
    if (!PyType_Check(obj)) {
        PyErr_SetString(PyExc_TypeError, "module_of() needs a type");
        return NULL;
    }
    PyObject *m = PyType_GetModule((PyTypeObject *)obj);
    if (m == NULL)
        return NULL;
    void *st = PyType_GetModuleState((PyTypeObject *)obj);
    return Py_BuildValue("(Oi)", m, st == get_state(module));
}

static PyMethodDef shapes_methods[] = {
    {"module_of", shapes_module_of, METH_O, NULL},
    {"created", shapes_created, METH_NOARGS, NULL},
    {"total", shapes_total, METH_VARARGS, NULL},
    {"kinds", shapes_kinds, METH_NOARGS, NULL},
    {"is_shape", shapes_is_shape, METH_O, NULL},
    {"module_info", shapes_module_info, METH_NOARGS, NULL},
    {NULL, NULL, 0, NULL},
};

static int
shapes_exec(PyObject *m)
{
    shapes_state *st = get_state(m);
    st->ShapeError = PyErr_NewExceptionWithDoc("shapes.ShapeError", "Raised for bad shapes.",
                                               PyExc_ValueError, NULL);
    if (st->ShapeError == NULL)
        return -1;
    if (PyModule_AddObjectRef(m, "ShapeError", st->ShapeError) < 0)
        return -1;
    st->Shape_Type = (PyTypeObject *)PyType_FromModuleAndSpec(m, &Shape_spec, NULL);
    if (st->Shape_Type == NULL)
        return -1;
    if (PyModule_AddType(m, st->Shape_Type) < 0)
        return -1;
    st->Circle_Type = (PyTypeObject *)PyType_FromModuleAndSpec(m, &Circle_spec, (PyObject *)st->Shape_Type);
    if (st->Circle_Type == NULL || PyModule_AddType(m, st->Circle_Type) < 0)
        return -1;
    PyObject *bases = PyTuple_Pack(1, st->Shape_Type);
    if (bases == NULL)
        return -1;
    st->Rect_Type = (PyTypeObject *)PyType_FromSpecWithBases(&Rect_spec, bases);
    Py_DECREF(bases);
    if (st->Rect_Type == NULL || PyModule_AddType(m, st->Rect_Type) < 0)
        return -1;
    st->Points_Type = (PyTypeObject *)PyType_FromSpec(&Points_spec);
    if (st->Points_Type == NULL || PyModule_AddType(m, st->Points_Type) < 0)
        return -1;
    if (PyModule_AddStringConstant(m, "ORIGIN", "held-out") < 0)
        return -1;
    return 0;
}

static int
shapes_exec_second(PyObject *m)
{
    return PyModule_AddIntConstant(m, "EXEC_STEPS", 2);
}

static int
shapes_traverse(PyObject *m, visitproc visit, void *arg)
{
    shapes_state *st = get_state(m);
    Py_VISIT(st->ShapeError);
    Py_VISIT(st->Shape_Type);
    Py_VISIT(st->Circle_Type);
    Py_VISIT(st->Rect_Type);
    Py_VISIT(st->Points_Type);
    return 0;
}

static int
shapes_clear(PyObject *m)
{
    shapes_state *st = get_state(m);
    Py_CLEAR(st->ShapeError);
    Py_CLEAR(st->Shape_Type);
    Py_CLEAR(st->Circle_Type);
    Py_CLEAR(st->Rect_Type);
    Py_CLEAR(st->Points_Type);
    return 0;
}

static void
shapes_free(void *m)
{
    shapes_clear((PyObject *)m);
}

static PyModuleDef_Slot shapes_slots[] = {
    {Py_mod_exec, shapes_exec},
    {Py_mod_exec, shapes_exec_second},
    {0, NULL},
};

static struct PyModuleDef shapes_def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "shapes",
    .m_doc = "Shapes: heap types from specs, multi-phase init.",
    .m_size = sizeof(shapes_state),
    .m_methods = shapes_methods,
    .m_slots = shapes_slots,
    .m_traverse = shapes_traverse,
    .m_clear = shapes_clear,
    .m_free = shapes_free,
};

PyMODINIT_FUNC
PyInit_shapes(void)
{
    return PyModuleDef_Init(&shapes_def);
}
