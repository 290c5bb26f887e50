/* Chapter 2 exercise: upcase(obj) turns the ASCII letters of a buffer into capitals,
 * in place. The fix: ask for a writable buffer (PyBUF_WRITABLE); bytes then refuses.
 * (pnpm learn check 2 exercise2_fixed.c passes.) */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

static PyObject *
upcase(PyObject *self, PyObject *obj)
{
    Py_buffer view;
    if (PyObject_GetBuffer(obj, &view, PyBUF_WRITABLE) < 0)
        return NULL;
    char *p = view.buf;
    for (Py_ssize_t i = 0; i < view.len; i++)
        if (p[i] >= 'a' && p[i] <= 'z')
            p[i] = (char)(p[i] - 'a' + 'A');
    PyBuffer_Release(&view);
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"upcase", upcase, METH_O, "upcase(obj): ASCII letters to capitals, in place"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "exercise2", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_exercise2(void)
{
    return PyModule_Create(&def);
}
