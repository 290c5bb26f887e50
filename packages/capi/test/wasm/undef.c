#include <Python.h>
extern int no_such_function(int);
PyMODINIT_FUNC PyInit_undef(void) { no_such_function(1); return NULL; }
