/* Modules: this one is multi-phase (PyModuleDef_Init, Py_mod_exec, m_size state);
   run() exercises the PyModule_* and PyImport_* functions on itself and on a
   single-phase module it creates with PyModule_Create. */
#include "check.h"

#define ANSWER 42
#define GREETING "hi"

typedef struct {
    int execs;
    long counter;
} ModState;

static PyTypeObject Item_Type = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "g_modules.Item",
    .tp_basicsize = sizeof(PyObject),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = PyType_GenericNew,
};

static PyModuleDef inner_def = {
    PyModuleDef_HEAD_INIT, "g_modules_inner", "an inner single-phase module", -1, NULL,
};

static PyObject *self_module;  /* borrowed: set by run() */
static int created;            /* Py_mod_create calls */

static PyObject *
inner_hello(PyObject *module, PyObject *unused)
{
    return PyUnicode_FromFormat("hello from %s", PyModule_GetName(module));
}

static PyMethodDef inner_methods[] = {{"hello", inner_hello, METH_NOARGS, "say hello"}, {NULL}};

static void
tests(void)
{
    check_int("Py_mod_create ran once, m_size state in its module", created == 1 && PyModule_GetState(self_module) != NULL);
    PyObject *m = self_module;
    check_str("GetName", PyModule_GetName(m));
    ModState *st = PyModule_GetState(m);
    check_int("GetState: exec ran once", st == NULL ? -1 : st->execs);
    if (st != NULL) st->counter++;
    check_int("GetDef is ours", PyModule_GetDef(m) != NULL && strcmp(PyModule_GetDef(m)->m_name, "g_modules") == 0);
    PyObject *d = PyModule_GetDict(m);
    check_borrowed("dict['ANSWER']", PyDict_GetItemString(d, "ANSWER"));
    check_borrowed("dict['GREETING']", PyDict_GetItemString(d, "GREETING"));
    check_borrowed("dict['const']", PyDict_GetItemString(d, "const"));
    check_borrowed("dict['text']", PyDict_GetItemString(d, "text"));
    check_borrowed("dict['Item']", PyDict_GetItemString(d, "Item"));
    check_borrowed("dict['obj']", PyDict_GetItemString(d, "obj"));
    check_borrowed("dict['ref']", PyDict_GetItemString(d, "ref"));
    check_obj("__doc__", PyObject_GetAttrString(m, "__doc__"));
    check_obj("__name__", PyObject_GetAttrString(m, "__name__"));
    PyDict_SetItemString(d, "through_dict", S("set in the dict"));
    check_obj("attribute set through GetDict", PyObject_GetAttrString(m, "through_dict"));
    PyObject_SetAttrString(m, "through_attr", I(5));
    check_borrowed("dict sees a setattr", PyDict_GetItemString(d, "through_attr"));
    PyDict_DelItemString(d, "through_dict");
    PyObject_DelAttrString(m, "through_attr");
    static PyObject *inner;  /* made once */
    if (inner == NULL) {
        inner_def.m_methods = inner_methods;
        inner = PyModule_Create(&inner_def);
    }
    check_str("PyModule_Create: name", PyModule_GetName(inner));
    check_obj("  function call", PyObject_CallMethod(inner, "hello", NULL));
    check_obj("  __doc__", PyObject_GetAttrString(inner, "__doc__"));
    check_int("  GetState (m_size -1) is NULL", PyModule_GetState(inner) == NULL);
    check_int("AddObjectRef(NULL value)", PyModule_AddObjectRef(inner, "x", NULL));
    check_obj("  error", NULL);
    check_int("AddIntConstant twice", PyModule_AddIntConstant(inner, "k", 1) * 10 + PyModule_AddIntConstant(inner, "k", 2));
    check_obj("  k", PyObject_GetAttrString(inner, "k"));
    check_str("GetName(7)", PyModule_GetName(I(7)));
    check_int("GetState(7) is NULL", PyModule_GetState(I(7)) == NULL);
    PyErr_Clear();
    check_int("GetDict(7) is NULL", PyModule_GetDict(I(7)) == NULL);
    PyErr_Clear();
    PyObject *me = PyImport_ImportModule("g_modules");
    check_int("ImportModule(self) is this module", me == m);
    Py_XDECREF(me);
    if (me == NULL) check_obj("  error", NULL);
    check_obj("ImportModule(missing)", PyImport_ImportModule("g_modules_no_such_module"));
    PyObject *name = S("g_modules");
    me = PyImport_Import(name);
    check_int("Import(name) is this module", me == m);
    Py_XDECREF(me);
    if (me == NULL) check_obj("  error", NULL);
    check_obj("Import(missing)", PyImport_Import(S("g_modules_no_such_module")));
    check_int("PYTHON_API_VERSION", PYTHON_API_VERSION);
    check_int("METH_* values", METH_VARARGS + METH_KEYWORDS * 10 + METH_NOARGS + METH_O + METH_CLASS + METH_STATIC + METH_FASTCALL);
}

static PyObject *
group_run(PyObject *module, PyObject *unused)
{
    report_lines = PyList_New(0);
    temps = PyList_New(0);
    if (report_lines == NULL || temps == NULL) return NULL;
    self_module = module;
    tests();
    if (PyErr_Occurred()) add_line(error_line("left pending"));
    Py_CLEAR(temps);
    PyObject *r = report_lines;
    report_lines = NULL;
    return r;
}

static int
exec_module(PyObject *m)
{
    ModState *st = PyModule_GetState(m);
    st->execs++;
    if (PyModule_AddIntMacro(m, ANSWER) < 0 || PyModule_AddStringMacro(m, GREETING) < 0 ||
        PyModule_AddIntConstant(m, "const", -7) < 0 || PyModule_AddStringConstant(m, "text", "caf\xc3\xa9") < 0)
        return -1;
    if (PyType_Ready(&Item_Type) < 0 || PyModule_AddType(m, &Item_Type) < 0) return -1;
    PyObject *o = PyUnicode_FromString("added");
    if (PyModule_AddObject(m, "obj", o) < 0) {   /* steals on success only */
        Py_DECREF(o);
        return -1;
    }
    PyObject *r = PyLong_FromLong(99);
    int rc = PyModule_AddObjectRef(m, "ref", r);  /* does not steal */
    Py_DECREF(r);
    return rc;
}

static PyMethodDef methods[] = {{"run", group_run, METH_NOARGS, "run the checks, return the report"}, {NULL}};

static struct PyModuleDef def;

/* Py_mod_create: makes the module object itself (a plain module named after the def). */
static PyObject *
create_module(PyObject *spec, PyModuleDef *d)
{
    created++;
    return PyModule_New(d->m_name);
}

static PyModuleDef_Slot slots[] = {{Py_mod_create, create_module}, {Py_mod_exec, exec_module}, {0, NULL}};

static int traversed;

static int
mod_traverse(PyObject *m, visitproc visit, void *arg)
{
    traversed++;
    return 0;
}

static int
mod_clear(PyObject *m)
{
    return 0;
}

static void
mod_free(void *m)
{
}

static struct PyModuleDef def = {
    PyModuleDef_HEAD_INIT,
    .m_name = "g_modules",
    .m_doc = "API group test g_modules (multi-phase)",
    .m_size = sizeof(ModState),
    .m_methods = methods,
    .m_slots = slots,
    .m_traverse = mod_traverse,
    .m_clear = mod_clear,
    .m_free = mod_free,
};

PyMODINIT_FUNC
PyInit_g_modules(void)
{
    return PyModuleDef_Init(&def);
}
