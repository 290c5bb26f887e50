/* Thread state macros (Include/ceval.h): one thread, so they are no-ops
   that keep CPython's block structure. */
#ifndef Py_CEVAL_H
#define Py_CEVAL_H

#define Py_BEGIN_ALLOW_THREADS {
#define Py_BLOCK_THREADS
#define Py_UNBLOCK_THREADS
#define Py_END_ALLOW_THREADS }

#endif /* !Py_CEVAL_H */
