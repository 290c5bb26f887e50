#include <Python.h>
int something(void) { return 1; }
