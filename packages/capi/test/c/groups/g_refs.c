/* References and objects: counts, singletons, PyObject_New/Init/Malloc/Free, PyMem_*. */
#include "check.h"

typedef struct {
    PyObject_HEAD
    int value;
} ThingObject;

static int thing_deallocs;

static void
thing_dealloc(PyObject *self)
{
    thing_deallocs++;
    PyObject_Del(self);
}

static PyTypeObject Thing_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "g_refs.Thing",
    .tp_basicsize = sizeof(ThingObject),
    .tp_dealloc = thing_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
};

typedef struct {
    PyObject_VAR_HEAD
    int items[1];
} VecObject;

static PyTypeObject Vec_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "g_refs.Vec",
    .tp_basicsize = offsetof(VecObject, items),
    .tp_itemsize = sizeof(int),
    .tp_flags = Py_TPFLAGS_DEFAULT,
};

static PyObject *ret_none(void) { Py_RETURN_NONE; }
static PyObject *ret_true(void) { Py_RETURN_TRUE; }
static PyObject *ret_false(void) { Py_RETURN_FALSE; }
static PyObject *ret_notimpl(void) { Py_RETURN_NOTIMPLEMENTED; }

static void
tests(void)
{
    PyObject *l = PyList_New(0);
    Py_ssize_t r0 = Py_REFCNT(l);
    check_int("fresh list refcnt", r0);
    Py_INCREF(l);
    check_int("INCREF +1", Py_REFCNT(l) - r0);
    Py_XINCREF(l);
    check_int("XINCREF +1", Py_REFCNT(l) - r0);
    Py_DECREF(l);
    Py_XDECREF(l);
    check_int("DECREF, XDECREF back", Py_REFCNT(l) - r0);
    Py_XINCREF((PyObject *)NULL);
    Py_XDECREF((PyObject *)NULL);
    check_int("X on NULL: no-ops", 1);
    Py_IncRef(l);
    check_int("Py_IncRef +1", Py_REFCNT(l) - r0);
    Py_DecRef(l);
    Py_IncRef(NULL);
    Py_DecRef(NULL);
    PyObject *n = Py_NewRef(l);
    check_int("Py_NewRef same object, +1", (n == l) * 10 + (Py_REFCNT(l) - r0));
    Py_DECREF(n);
    check_int("Py_XNewRef(NULL) is NULL", Py_XNewRef(NULL) == NULL);
    n = Py_XNewRef(l);
    check_int("Py_XNewRef +1", Py_REFCNT(l) - r0);
    Py_DECREF(n);

    PyObject *a = PyLong_FromLong(1000);
    PyObject *keep = Py_NewRef(l);
    Py_SETREF(keep, a);  /* drops the list reference, keeps a */
    check_obj("Py_SETREF new value", Py_NewRef(keep));
    check_int("Py_SETREF released the old", Py_REFCNT(l) - r0);
    PyObject *x = NULL;
    Py_XSETREF(x, PyUnicode_FromString("set"));
    check_obj("Py_XSETREF from NULL", Py_NewRef(x));
    Py_XSETREF(x, NULL);
    check_int("Py_XSETREF to NULL", x == NULL);
    Py_CLEAR(keep);
    check_int("Py_CLEAR sets NULL", keep == NULL);
    Py_CLEAR(keep);  /* again: a no-op */

    check_str("Py_TYPE(list)->tp_name", Py_TYPE(l)->tp_name);
    check_int("Py_IS_TYPE(list, &PyList_Type)", Py_IS_TYPE(l, &PyList_Type));
    check_int("Py_IS_TYPE(list, &PyTuple_Type)", Py_IS_TYPE(l, &PyTuple_Type));
    PyObject *t = PyTuple_Pack(3, Py_None, Py_None, Py_None);
    check_int("Py_SIZE(3-tuple)", Py_SIZE(t));
    PyList_Append(l, Py_None);
    PyList_Append(l, Py_None);
    check_int("Py_SIZE(2-list)", Py_SIZE(l));
    Py_DECREF(t);

    check_int("Py_Is(l, l), Py_Is(l, None)", Py_Is(l, l) * 10 + Py_Is(l, Py_None));
    check_int("Py_IsNone(None), Py_IsNone(l)", Py_IsNone(Py_None) * 10 + Py_IsNone(l));
    check_int("Py_IsTrue(True), Py_IsTrue(1)", Py_IsTrue(Py_True) * 10 + Py_IsTrue(a));
    check_int("Py_IsFalse(False), Py_IsFalse(None)", Py_IsFalse(Py_False) * 10 + Py_IsFalse(Py_None));
    check_borrowed("Py_None", Py_None);
    check_borrowed("Py_True", Py_True);
    check_borrowed("Py_False", Py_False);
    check_borrowed("Py_NotImplemented", Py_NotImplemented);
    check_borrowed("Py_Ellipsis", Py_Ellipsis);
    check_str("Py_TYPE(Py_None)->tp_name", Py_TYPE(Py_None)->tp_name);
    check_str("Py_TYPE(Py_Ellipsis)->tp_name", Py_TYPE(Py_Ellipsis)->tp_name);
    check_obj("Py_RETURN_NONE", ret_none());
    check_obj("Py_RETURN_TRUE", ret_true());
    check_obj("Py_RETURN_FALSE", ret_false());
    check_obj("Py_RETURN_NOTIMPLEMENTED", ret_notimpl());
    Py_DECREF(l);

    /* PyObject_New / PyObject_Del through a static type. */
    if (PyType_Ready(&Thing_Type) < 0 || PyType_Ready(&Vec_Type) < 0) {
        check_obj("PyType_Ready", NULL);
        return;
    }
    ThingObject *th = PyObject_New(ThingObject, &Thing_Type);
    th->value = 42;
    check_str("PyObject_New type", Py_TYPE(th)->tp_name);
    check_int("PyObject_New refcnt, field", Py_REFCNT(th) * 100 + th->value);
    thing_deallocs = 0;
    Py_DECREF(th);
    check_int("dealloc ran once", thing_deallocs);

    VecObject *v = PyObject_NewVar(VecObject, &Vec_Type, 5);
    check_int("PyObject_NewVar Py_SIZE", Py_SIZE(v));
    check_str("PyObject_NewVar type", Py_TYPE(v)->tp_name);
    v->items[4] = 7;
    check_int("item 4", v->items[4]);
    Py_DECREF(v);

    ThingObject *raw = (ThingObject *)PyObject_Malloc(sizeof(ThingObject));
    PyObject *o = PyObject_Init((PyObject *)raw, &Thing_Type);
    check_int("PyObject_Init returns its argument", o == (PyObject *)raw);
    check_str("PyObject_Init type", Py_TYPE(o)->tp_name);
    check_int("PyObject_Init refcnt", Py_REFCNT(o));
    thing_deallocs = 0;
    Py_DECREF(o);
    check_int("dealloc of an Init object", thing_deallocs);

    char *m = PyObject_Malloc(10);
    memcpy(m, "abcdefghi", 10);
    m = PyObject_Realloc(m, 1000);
    check_str("PyObject_Realloc keeps the bytes", m);
    PyObject_Free(m);
    PyObject_Free(NULL);

    char *p = PyMem_Malloc(4);
    strcpy(p, "abc");
    p = PyMem_Realloc(p, 64);
    check_str("PyMem_Realloc keeps the bytes", p);
    PyMem_Free(p);
    int *z = PyMem_Calloc(8, sizeof(int));
    int sum = 0;
    for (int i = 0; i < 8; i++) sum += z[i];
    check_int("PyMem_Calloc zeroed", sum);
    PyMem_Free(z);
    check_int("PyMem_Malloc(0) not NULL", (p = PyMem_Malloc(0)) != NULL);
    PyMem_Free(p);
    PyMem_Free(NULL);
    void *rp = PyMem_RawMalloc(16);
    check_int("PyMem_RawMalloc", rp != NULL);
    PyMem_RawFree(rp);
    check_int("Py_MIN/Py_MAX/Py_ABS", Py_MIN(3, 5) * 100 + Py_MAX(3, 5) * 10 + Py_ABS(-1));
    int arr[7];
    check_int("Py_ARRAY_LENGTH", Py_ARRAY_LENGTH(arr));
    check_int("PY_SSIZE_T_MAX > 0, MIN < 0", (PY_SSIZE_T_MAX > 0) * 10 + (PY_SSIZE_T_MIN < 0));
}

GROUP(g_refs)
