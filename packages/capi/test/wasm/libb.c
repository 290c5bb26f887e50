/* libb: calls into liba (loaded first): one symbol namespace, one memory, one table. */
#include <Python.h>
extern int liba_twice(int);
extern int liba_counter;
static int (*fp)(int) = liba_twice;   /* a function pointer into the other module */
static PyObject *use(PyObject *m, PyObject *unused)
{
    int a = liba_twice(1);
    int b = fp(2);
    return Py_BuildValue("(iii)", a, b, liba_counter);
}
static PyMethodDef methods[] = {{"use", use, METH_NOARGS, NULL}, {NULL}};
static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "libb", NULL, -1, methods};
PyMODINIT_FUNC PyInit_libb(void) { return PyModule_Create(&def); }
