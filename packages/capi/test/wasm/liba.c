/* liba: exports a C function and a data symbol other modules link against. */
#include <Python.h>
int liba_counter = 40;
int liba_twice(int x) { return 2 * x + liba_counter++; }
static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "liba", NULL, -1, NULL};
PyMODINIT_FUNC PyInit_liba(void) { return PyModule_Create(&def); }
