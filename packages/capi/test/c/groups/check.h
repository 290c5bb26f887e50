/*
 * check.h: the harness of the API group tests (test/c/groups/g_*.c).
 *
 * Each g_NAME.c defines `static void tests(void)` and ends with GROUP(g_NAME):
 * the module g_NAME gets one function, run(), which runs the tests and returns
 * the report, a list of str, one line per check ("label: repr(result)" or
 * "label: !ExcType: message"). The same file is built by gcc against CPython
 * 3.11's headers (regen.py writes expected/g_NAME.txt from python3) and by
 * pyobj-cc against ours (test/c-groups.test.ts compares, then checks that the
 * runtime holds no handle, export or heap block more than before).
 *
 * Only values that are the same on LP64 and wasm32 are reported (sizes and
 * addresses are compared in C, not printed).
 */
#ifndef GROUP_CHECK_H
#define GROUP_CHECK_H
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <structmember.h>
#include <stdio.h>
#include <string.h>

static PyObject *report_lines;
static PyObject *temps;

/* Keeps a new reference until the end of run() and returns it borrowed (NULL stays NULL). */
static PyObject *
T(PyObject *o)
{
    if (o == NULL || temps == NULL) return o;
    PyList_Append(temps, o);
    Py_DECREF(o);
    return o;
}

static PyObject *
I(long v)
{
    return T(PyLong_FromLong(v));
}

static PyObject *
S(const char *s)
{
    return T(PyUnicode_FromString(s));
}

static void
add_line(PyObject *line)
{
    if (line == NULL) {
        PyErr_Clear();
        line = PyUnicode_FromString("<could not format a line>");
    }
    if (report_lines != NULL && line != NULL) PyList_Append(report_lines, line);
    Py_XDECREF(line);
}

/* The pending exception as "!Type: message" after `label`, cleared. */
static PyObject *
error_line(const char *label)
{
    if (!PyErr_Occurred()) return PyUnicode_FromFormat("%s: NULL without an exception", label);
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    PyObject *line = PyUnicode_FromFormat("%s: !%s: %S", label, ((PyTypeObject *)t)->tp_name, v);
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
    return line;
}

/* A new reference (stolen) or NULL with an exception. */
static void
check_obj(const char *label, PyObject *o)
{
    if (o == NULL) {
        add_line(error_line(label));
        return;
    }
    PyObject *line = PyUnicode_FromFormat("%s: %R", label, o);
    Py_DECREF(o);
    if (line == NULL) line = error_line(label);
    add_line(line);
}

/* A borrowed reference or NULL. */
static void
check_borrowed(const char *label, PyObject *o)
{
    Py_XINCREF(o);
    check_obj(label, o);
}

/* An integer result; an exception set is shown after it. */
static void
check_int(const char *label, long long v)
{
    if (PyErr_Occurred()) {
        char buf[200];
        snprintf(buf, sizeof buf, "%s: %lld", label, v);
        add_line(error_line(buf));
        return;
    }
    add_line(PyUnicode_FromFormat("%s: %lld", label, v));
}

static void
check_double(const char *label, double v)
{
    if (PyErr_Occurred()) {
        add_line(error_line(label));
        return;
    }
    PyObject *f = PyFloat_FromDouble(v);
    check_obj(label, f);
}

static void
check_str(const char *label, const char *s)
{
    if (s == NULL) {
        add_line(error_line(label));
        return;
    }
    add_line(PyUnicode_FromFormat("%s: '%s'", label, s));
}

/* A condition C checks itself (values that differ between platforms). */
static void
check_true(const char *label, int cond)
{
    add_line(PyUnicode_FromFormat("%s: %s", label, cond ? "ok" : "FAILED"));
}

#define GROUP(NAME)                                                                 \
    static PyObject *group_run(PyObject *module, PyObject *unused)                  \
    {                                                                               \
        report_lines = PyList_New(0);                                               \
        temps = PyList_New(0);                                                      \
        if (report_lines == NULL || temps == NULL) return NULL;                     \
        tests();                                                                    \
        if (PyErr_Occurred()) add_line(error_line("left pending"));                \
        Py_CLEAR(temps);                                                            \
        PyObject *r = report_lines;                                                 \
        report_lines = NULL;                                                        \
        return r;                                                                   \
    }                                                                               \
    static PyMethodDef group_methods[] = {                                          \
        {"run", group_run, METH_NOARGS, "run the checks, return the report"},       \
        {NULL, NULL, 0, NULL}};                                                     \
    static struct PyModuleDef group_def = {                                         \
        PyModuleDef_HEAD_INIT, #NAME, "API group test " #NAME, -1, group_methods};  \
    PyMODINIT_FUNC PyInit_##NAME(void) { return PyModule_Create(&group_def); }

#endif
