/*
 * The C side of the C-API fuzzer (fuzz/src/cside): a C extension, compiled by
 * pyobj-cc against our headers and loaded by @py/capi in checked mode, that
 * makes one C-API call sequence per `op(code, a, b, c, extra)` the TypeScript
 * driver picks. It holds its own state as C code does (owned references,
 * pointers to objects it let die, Py_buffer structs, PyMem blocks) and uses
 * the API.md functions with valid and invalid handles, pointers (NULL, freed,
 * out of bounds, unaligned), sizes and format strings.
 *
 * `op` returns `(expect, errors, notes, info)`:
 *   expect  VALID (0): the call sequence is correct C; checked mode must not report;
 *           MISUSE (1): C misused the API: checked mode must report during the op;
 *           AT_CHECKPOINT (2): a misuse checked mode finds at the next checkpoint;
 *           SKIP (3): the op's precondition did not hold, nothing was called;
 *           ANY (4): undefined behaviour in CPython that the facade may refuse with or
 *           without a report (a pointer into static data, ...): only no trap/raw error;
 *           OWNERSHIP_UNKNOWN (5): correct, but whether a reference C passed was consumed
 *           depends on where CPython failed (an `N` unit of a failing Py_BuildValue: a
 *           format refused before it is read leaks it in CPython too): not leak-checked;
 *   errors  the exception instances C fetched after failing calls (the driver checks
 *           that none is a raw JS error turned SystemError or a C trap);
 *   notes   properties C found broken (a refused resize that changed bytes, Python not
 *           seeing C's writes...), one str each;
 *   info    what the driver checks from JavaScript (for OP_WRITE_GROW: (obj, seed, pages grown)).
 * `peek(slot)` returns the object in a slot (new reference) or None; `reset()` gives
 * everything back.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

#define NOBJ 8
#define NSTALE 8
#define NVIEW 4
#define NBLK 8
/* A stale pointer or a freed block is used at most this many ops after it died: the
   header table and the checked heap keep dead addresses in quarantine that long. */
#define MAX_AGE 12

enum { VALID = 0, MISUSE = 1, AT_CHECKPOINT = 2, SKIP = 3, ANY = 4, OWNERSHIP_UNKNOWN = 5 };

enum {
    OP_NEW, OP_DROP, OP_STALE, OP_FORGED, OP_GETBUF, OP_RELEASE, OP_VIEW_WRITE, OP_MV,
    OP_SIZES, OP_RESIZE_HELD, OP_WRITE_GROW, OP_MEM, OP_FREE_HELD_STRUCT, OP_PARSE,
    OP_BUILD, OP_FORMAT, OP_RO_WRITE, OP_BYTES_STORAGE, OP_DECREF_BORROWED, OP_UNALIGNED_VIEW,
    OP_BUFFER_FUNCS, OP_STALE_PTR, OP_PARSE_KW, OP_COUNT
};

static PyObject *objs[NOBJ];
static struct { PyObject *p; unsigned at; } stale[NSTALE];
static Py_buffer views[NVIEW];
static int vstate[NVIEW]; /* 0 zeroed, 1 holds an export, 2 released */
static struct { char *p; Py_ssize_t n; int state; unsigned at; } blks[NBLK]; /* 1 live, 2 freed */
static unsigned tick;
/* The driver asks for correct C only (a sequence it checks for leaks): no misuse variant. */
static int clean;
static char cmem[256];
/* C memory exposed read-only (PyMemoryView_FromMemory(PyBUF_READ)): C never writes it after
   start-up (checked mode compares a read-only export's bytes at release), and memory exposed
   writable; ToContiguous copies out into `cout`. */
static char cmem_ro[256];
static char cmem_rw[256];
static char cout[256];
static PyObject *errs;
static PyObject *notes;

/* Moves a pending exception into `errs`. */
static void
drain(void)
{
    if (!PyErr_Occurred()) return;
    PyObject *t, *v, *tb;
    PyErr_Fetch(&t, &v, &tb);
    PyErr_NormalizeException(&t, &v, &tb);
    if (v != NULL) PyList_Append(errs, v);
    else if (t != NULL) PyList_Append(errs, t);
    Py_XDECREF(t);
    Py_XDECREF(v);
    Py_XDECREF(tb);
}

static void
note(const char *what, long a, long b)
{
    PyObject *s = PyUnicode_FromFormat("%s (%ld, %ld)", what, a, b);
    if (s != NULL) {
        PyList_Append(notes, s);
        Py_DECREF(s);
    }
    drain();
}

static void
pattern(unsigned char *p, Py_ssize_t n, unsigned seed)
{
    for (Py_ssize_t i = 0; i < n; i++) p[i] = (unsigned char)(seed * 31u + (unsigned)i * 7u + 1u);
}

static void
set_obj(int slot, PyObject *o)
{
    PyObject *old = objs[slot];
    objs[slot] = o;
    Py_XDECREF(old);
}

/* Drops the reference in `slot`; remembers the pointer if that was the last one. */
static void
drop(int slot)
{
    PyObject *o = objs[slot];
    if (o == NULL) return;
    objs[slot] = NULL;
    if (Py_REFCNT(o) == 1) {
        for (int i = 0; i < NSTALE; i++) {
            if (stale[i].p == NULL || tick - stale[i].at > MAX_AGE) {
                stale[i].p = o;
                stale[i].at = tick;
                break;
            }
        }
    }
    Py_DECREF(o);
}

static PyObject *
make(int kind, Py_ssize_t n, unsigned seed)
{
    unsigned char src[64];
    if (n > 64) n = 64;
    pattern(src, n, seed);
    switch (kind) {
    case 0: return PyBytes_FromStringAndSize((char *)src, n);
    case 1: return PyByteArray_FromStringAndSize((char *)src, n);
    case 2: return PyUnicode_FromFormat("s%d", (int)n);
    case 3: return PyLong_FromLong((long)seed * 1000003L);
    case 4: return Py_BuildValue("(y#i)", (char *)src, n, (int)seed);
    case 5:
        return PyMemoryView_FromMemory((seed & 1) ? cmem_rw + 128 : cmem_ro + 128, n, (seed & 1) ? PyBUF_WRITE : PyBUF_READ);
    case 6: {
        PyObject *ba = PyByteArray_FromStringAndSize((char *)src, n);
        if (ba == NULL) return NULL;
        PyObject *mv = PyMemoryView_FromObject(ba);
        Py_DECREF(ba);
        return mv;
    }
    default: {
        PyObject *b = PyBytes_FromStringAndSize((char *)src, n);
        if (b == NULL) return NULL;
        PyObject *l = PyList_New(0);
        if (l != NULL && PyList_Append(l, b) < 0) Py_CLEAR(l);
        Py_DECREF(b);
        return l;
    }
    }
}

static PyObject *
recent_stale(int i)
{
    for (int k = 0; k < NSTALE; k++) {
        int j = (i + k) % NSTALE;
        if (stale[j].p != NULL && tick - stale[j].at <= MAX_AGE) return stale[j].p;
    }
    return NULL;
}

/* One API call on a pointer that is not a live object (stale or forged). */
static void
use_bad(PyObject *p, int api)
{
    Py_buffer tmp;
    switch (api % 8) {
    case 0: Py_INCREF(p); break;
    case 1: Py_DECREF(p); break;
    case 2: (void)PyObject_Length(p); break;
    case 3:
        memset(&tmp, 0, sizeof tmp);
        if (PyObject_GetBuffer(p, &tmp, PyBUF_SIMPLE) == 0) PyBuffer_Release(&tmp);
        break;
    case 4: (void)PyBytes_AsString(p); break;
    case 5: {
        PyObject *r = PyObject_Repr(p);
        Py_XDECREF(r);
        break;
    }
    case 6: {
        PyObject *r = PyMemoryView_FromObject(p);
        Py_XDECREF(r);
        break;
    }
    default: {
        PyObject *r = PyTuple_Pack(1, p);
        Py_XDECREF(r);
        break;
    }
    }
    drain();
}

static const int FLAGS[] = {
    PyBUF_SIMPLE, PyBUF_WRITABLE, PyBUF_FORMAT, PyBUF_ND, PyBUF_STRIDES, PyBUF_C_CONTIGUOUS,
    PyBUF_F_CONTIGUOUS, PyBUF_ANY_CONTIGUOUS, PyBUF_INDIRECT, PyBUF_CONTIG, PyBUF_CONTIG_RO,
    PyBUF_STRIDED, PyBUF_STRIDED_RO, PyBUF_RECORDS, PyBUF_RECORDS_RO, PyBUF_FULL, PyBUF_FULL_RO,
    PyBUF_WRITABLE | PyBUF_FORMAT, PyBUF_SIMPLE | 0x4000, -1,
};
#define NFLAGS ((int)(sizeof FLAGS / sizeof FLAGS[0]))

/* A byte-for-byte check that a Py_buffer describes memory C can read: buf..buf+len. */
static void
check_view(Py_buffer *v, const char *what)
{
    if (v->len < 0 || (v->len > 0 && v->buf == NULL)) note(what, (long)v->len, 0);
    if (v->ndim < 0 || v->ndim > PyBUF_MAX_NDIM) note(what, v->ndim, 1);
    if (v->itemsize <= 0 && v->len > 0) note(what, (long)v->itemsize, 2);
}

static int
op_getbuf(int a, int b, int c)
{
    int v = b % NVIEW;
    PyObject *o = objs[a % NOBJ];
    if (o == NULL) return SKIP;
    int refill = vstate[v] == 1;
    if (refill && !(c & 0x100)) return SKIP;
    int flags = FLAGS[c % NFLAGS];
    int r = PyObject_GetBuffer(o, &views[v], flags);
    if (r == 0) {
        vstate[v] = 1;
        check_view(&views[v], "GetBuffer filled a bad Py_buffer");
        if ((flags & PyBUF_WRITABLE) == PyBUF_WRITABLE && views[v].readonly)
            note("GetBuffer(PyBUF_WRITABLE) gave a read-only view", flags, 0);
    } else if (r != -1) {
        note("GetBuffer returned neither 0 nor -1", r, flags);
    } else if (vstate[v] == 2) {
        vstate[v] = 0; /* the exporter may have written into the struct: no longer as released */
    }
    drain();
    /* Refilling a struct that still holds an export loses that export. */
    return refill ? MISUSE : VALID;
}

static int
op_release(int b, int c)
{
    int v = b % NVIEW;
    int st = vstate[v];
    if (clean && st != 1) return SKIP;
    if (st == 2 && (c & 0x200)) {
        /* A fresh zeroed struct where a released one was (the same stack slot, a new block):
           releasing it releases nothing, as CPython allows (an optional y* not given). */
        memset(&views[v], 0, sizeof views[v]);
        PyBuffer_Release(&views[v]);
        drain();
        vstate[v] = 0;
        return VALID;
    }
    PyBuffer_Release(&views[v]);
    drain();
    if (views[v].obj != NULL) note("PyBuffer_Release left view->obj set", v, st);
    if (st == 1) vstate[v] = 2;
    /* A second release (view->obj already NULL) is a no-op in CPython, reported in checked mode. */
    return st == 2 ? MISUSE : st == 1 ? VALID : ANY;
}

static int
op_view_write(int b, int c)
{
    int v = b % NVIEW;
    if (vstate[v] != 1 || views[v].len <= 0 || views[v].buf == NULL) return SKIP;
    Py_buffer *vw = &views[v];
    if (!PyBuffer_IsContiguous(vw, 'C')) return SKIP;
    ((unsigned char *)vw->buf)[c % vw->len] ^= 0x5a;
    if (!vw->readonly) {
        /* Python sees the write (the export may predate memory growths by the driver) */
        PyObject *o = vw->obj;
        if (o != NULL && PyByteArray_Check(o) && PyByteArray_Size(o) == vw->len) {
            PyObject *bytes = PyObject_Bytes(o);
            if (bytes == NULL) drain();
            else {
                if (memcmp(PyBytes_AsString(bytes), vw->buf, (size_t)vw->len) != 0)
                    note("bytes(o) does not show what C wrote through a held view", (long)vw->len, c % vw->len);
                Py_DECREF(bytes);
            }
        }
        return VALID;
    }
    if (clean) { /* undo: the bytes must be as they were at release */
        ((unsigned char *)vw->buf)[c % vw->len] ^= 0x5a;
        return VALID;
    }
    /* Through a read-only view: found when it is released. */
    PyBuffer_Release(vw);
    vstate[v] = 2;
    drain();
    return MISUSE;
}

static int
op_mv(int a, int b, int c)
{
    PyObject *o = objs[a % NOBJ];
    int dst = (c >> 4) % NOBJ;
    PyObject *r = NULL;
    int expect = VALID;
    if (clean && (b % 9 == 2 || b % 9 == 3 || b % 9 == 8)) b = 0;
    switch (b % 9) {
    case 0:
        if (o == NULL) return SKIP;
        r = PyMemoryView_FromObject(o);
        break;
    case 1: {
        int off = c % 200, n = (c >> 8) % 56;
        int w = (c >> 2) & 1;
        r = PyMemoryView_FromMemory((w ? cmem_rw : cmem_ro) + off, n, w ? PyBUF_WRITE : PyBUF_READ);
        break;
    }
    case 2: /* not PyBUF_READ or PyBUF_WRITE: an assertion in CPython */
        r = PyMemoryView_FromMemory(cmem, 4, 0x300 | (c & 0xff));
        expect = MISUSE;
        break;
    case 3:
        r = PyMemoryView_FromMemory(NULL, c % 8, PyBUF_READ);
        expect = MISUSE;
        break;
    case 4:
        if (vstate[c % NVIEW] != 1) return SKIP;
        r = PyMemoryView_FromBuffer(&views[c % NVIEW]);
        break;
    case 5: {
        if (o == NULL) return SKIP;
        static const char orders[] = "CFAX";
        char order = orders[c % 4];
        int bt = (c >> 2) & 1 ? PyBUF_WRITE : PyBUF_READ;
        r = PyMemoryView_GetContiguous(o, bt, order);
        if (order == 'X') expect = MISUSE;
        break;
    }
    case 6: {
        if (o == NULL) return SKIP;
        if (!PyMemoryView_Check(o)) {
            (void)PyMemoryView_GET_BUFFER(o);
            drain();
            return MISUSE;
        }
        Py_buffer *vw = PyMemoryView_GET_BUFFER(o);
        if (vw == NULL) note("GET_BUFFER of a memoryview is NULL", 0, 0);
        else {
            check_view(vw, "GET_BUFFER gave a bad Py_buffer");
            if (vw->len > 0) {
                volatile unsigned char x = ((unsigned char *)vw->buf)[0];
                (void)x;
            }
        }
        drain();
        return VALID;
    }
    case 7: {
        if (o == NULL) return SKIP;
        if (!PyMemoryView_Check(o)) {
            (void)PyMemoryView_GET_BASE(o);
            drain();
            return MISUSE;
        }
        (void)PyMemoryView_GET_BASE(o);
        drain();
        return VALID;
    }
    default:
        /* a memoryview over C memory that lies past the end of the WebAssembly memory */
        r = PyMemoryView_FromMemory((char *)(uintptr_t)(0xfffff000u - (unsigned)(c & 0xff)), 64, PyBUF_READ);
        expect = MISUSE;
        break;
    }
    drain();
    if (r != NULL) set_obj(dst, r);
    return expect;
}

/* Bad sizes and source pointers for the FromStringAndSize family. */
static int
op_sizes(int a, int b, int c)
{
    static const Py_ssize_t SIZES[] = {0, 1, 5, -1, -100, PY_SSIZE_T_MAX, PY_SSIZE_T_MAX - 8, 0x7ffffff0, PY_SSIZE_T_MIN};
    Py_ssize_t n = SIZES[b % 9];
    const char *src;
    char *freed = NULL;
    int expect = VALID;
    if (clean && (c % 5 == 2 || c % 5 == 3)) c = 1;
    switch (c % 5) {
    case 0: src = cmem; if (n > 256 || n < 0) expect = ANY; break;
    case 1: src = NULL; break;
    case 2: src = (const char *)(uintptr_t)0xffffff00u; expect = n > 0 ? MISUSE : ANY; break;
    case 3: {
        freed = PyMem_Malloc(64);
        if (freed == NULL) return SKIP;
        PyMem_Free(freed);
        src = freed;
        expect = n > 0 ? MISUSE : ANY;
        break;
    }
    default: src = cmem + 1; if (n > 255 || n < 0) expect = ANY; break; /* unaligned: fine */
    }
    /* A huge size with a real source reads past the memory: an error, reported or not. */
    if (n >= 0x7ffffff0 && src != NULL) expect = ANY;
    PyObject *r;
    switch (a % 4) {
    case 0: r = PyBytes_FromStringAndSize(src, n); break;
    case 1: r = PyByteArray_FromStringAndSize(src, n); break;
    case 2: r = PyUnicode_FromStringAndSize(src, n); break;
    default:
        r = src == NULL ? NULL : PyMemoryView_FromMemory((char *)src, n, PyBUF_READ);
        if (n < 0) expect = ANY; /* no check in CPython */
        break;
    }
    if (r != NULL && n < 0) note("a negative size was accepted", a, (long)n);
    Py_XDECREF(r);
    drain();
    if (a % 4 == 2 && src != NULL && n > 0 && expect == VALID) expect = ANY; /* random bytes may not be UTF-8 */
    return expect;
}

/* A resize refused because of an export changes nothing; without the export it works. */
static int
op_resize_held(int a, int c)
{
    PyObject *o = objs[a % NOBJ];
    if (o == NULL || !PyByteArray_Check(o)) return SKIP;
    Py_ssize_t n0 = PyByteArray_Size(o);
    if (n0 > 256) return SKIP;
    Py_buffer v;
    if (PyObject_GetBuffer(o, &v, PyBUF_SIMPLE) < 0) {
        drain();
        return VALID;
    }
    unsigned char before[256];
    memcpy(before, v.buf, (size_t)n0);
    char *p0 = PyByteArray_AsString(o);
    Py_ssize_t want = c % 40;
    if (PyByteArray_Resize(o, want) == 0) {
        if (want != n0) note("PyByteArray_Resize succeeded during an export", (long)n0, (long)want);
    } else if (!PyErr_ExceptionMatches(PyExc_BufferError)) {
        note("refused resize raised something else than BufferError", (long)n0, (long)want);
    }
    drain();
    if (PyByteArray_Size(o) != n0) note("a refused resize changed the size", (long)n0, (long)PyByteArray_Size(o));
    else if (PyByteArray_AsString(o) != p0) note("a refused resize moved the storage", (long)n0, 0);
    else if (memcmp(before, v.buf, (size_t)n0) != 0) note("a refused resize changed the bytes", (long)n0, 0);
    PyBuffer_Release(&v);
    if (PyByteArray_Resize(o, want) < 0) {
        /* (another export may still be held: a memoryview in a slot, a Py_buffer of `views`) */
        if (!PyErr_ExceptionMatches(PyExc_BufferError)) note("resize without our export failed", (long)n0, (long)want);
    }
    else if (PyByteArray_Size(o) != want) note("resize gave another size", (long)want, (long)PyByteArray_Size(o));
    else {
        Py_ssize_t keep = want < n0 ? want : n0;
        if (memcmp(before, PyByteArray_AsString(o), (size_t)keep) != 0) note("resize lost bytes", (long)keep, 0);
    }
    drain();
    return VALID;
}

/*
 * C writes through an export while the WebAssembly memory grows (C grows it, as
 * sbrk does, between getting the buffer and writing); Python (bytes(o)) must see the writes, and so must the
 * JavaScript windows the driver checks with `info`.
 */
static int
op_write_grow(int a, int b, int c, PyObject **info)
{
    PyObject *o = objs[a % NOBJ];
    if (o == NULL) return SKIP;
    Py_buffer v;
    if (PyObject_GetBuffer(o, &v, PyBUF_WRITABLE | PyBUF_ND) < 0) {
        drain();
        return VALID;
    }
    unsigned seed = (unsigned)c;
    /* The memory grows while C holds the export, as sbrk would grow it (and a small block). */
    size_t pages0 = __builtin_wasm_memory_size(0);
    if (b % 3 != 0 && __builtin_wasm_memory_size(0) < 8192) {
        if (__builtin_wasm_memory_grow(0, (size_t)(1 + c % 16)) == (size_t)-1) note("memory.grow failed", 0, 0);
    }
    char *small = PyMem_Malloc(64);
    drain();
    pattern((unsigned char *)v.buf, v.len, seed);
    PyMem_Free(small);
    PyObject *bytes = PyObject_Bytes(o);
    if (bytes == NULL) drain();
    else {
        unsigned char want[256];
        Py_ssize_t n = PyBytes_Size(bytes);
        if (n != v.len) note("bytes(o) after C wrote has another length", (long)n, (long)v.len);
        else if (n <= 256) {
            pattern(want, n, seed);
            if (memcmp(PyBytes_AsString(bytes), want, (size_t)n) != 0)
                note("Python does not see what C wrote through view.buf", (long)n, (long)seed);
        }
        Py_DECREF(bytes);
    }
    PyBuffer_Release(&v);
    drain();
    *info = Py_BuildValue("(OIi)", o, seed, (int)(__builtin_wasm_memory_size(0) - pages0));
    drain();
    return VALID;
}

static int
blk_slot(int a)
{
    return a % NBLK;
}

static int
op_mem(int a, int b, int c)
{
    /* (No large size that succeeds: checked mode poisons and scans every freed block.) */
    static const size_t SIZES[] = {0, 1, 3, 8, 15, 16, 17, 100, 4096, 0x7fffffff, (size_t)-1, 0x80000000u};
    int i = blk_slot(a);
    size_t n = SIZES[(c >> 4) % 12];
    if (clean) b %= 5;
    switch (b % 12) {
    case 0:
    case 1:
    case 2: {
        if (blks[i].state == 1) return SKIP;
        char *p = b % 3 == 0 ? PyMem_Malloc(n) : b % 3 == 1 ? PyMem_Calloc(n, (c & 1) + 1) : PyMem_RawMalloc(n);
        drain();
        if (p != NULL) {
            if (b % 3 == 1 && n > 0 && n < 4096 && p[n - 1] != 0) note("PyMem_Calloc block is not zeroed", (long)n, 0);
            if (b % 3 == 2) { /* Raw: freed right away, its own family */
                PyMem_RawFree(p);
                drain();
                return VALID;
            }
            blks[i].p = p;
            blks[i].n = (Py_ssize_t)(b % 3 == 1 ? n * ((c & 1) + 1) : n);
            blks[i].state = 1;
            if (blks[i].n > 0 && blks[i].n < 1 << 20) memset(p, 0x11, (size_t)blks[i].n);
        }
        return VALID;
    }
    case 3: { /* calloc whose product overflows size_t */
        char *p = PyMem_Calloc(0x10000, 0x10001);
        drain();
        if (p != NULL) {
            note("PyMem_Calloc(0x10000, 0x10001) did not fail", 0, 0);
            PyMem_Free(p);
        }
        return VALID;
    }
    case 4: {
        if (blks[i].state != 1) return SKIP;
        size_t m = SIZES[(c >> 8) % 9];
        char *q = PyMem_Realloc(blks[i].p, m);
        drain();
        if (q != NULL) {
            blks[i].p = q;
            blks[i].n = (Py_ssize_t)m;
        }
        return VALID;
    }
    case 5:
        if (blks[i].state == 1) {
            PyMem_Free(blks[i].p);
            drain();
            blks[i].state = 2;
            blks[i].at = tick;
            return VALID;
        }
        {
            char *p = PyMem_Malloc(1 + c % 64);
            if (p == NULL) return SKIP;
            PyMem_Free(p);
            PyMem_Free(p); /* double free */
            drain();
            return MISUSE;
        }
    case 6: { /* writes past the end: the guard bytes */
        if (blks[i].state != 1 || blks[i].n > 4096) return SKIP;
        int k = 1 + (c & 15);
        for (int j = 0; j < k; j++) blks[i].p[blks[i].n + j] = (char)j;
        return AT_CHECKPOINT;
    }
    case 7: { /* a write after free */
        int n = 1 + c % 64;
        char *p = PyMem_Malloc(n);
        if (p == NULL) return SKIP;
        PyMem_Free(p);
        p[c % n] = 0x42;
        return AT_CHECKPOINT;
    }
    case 8: /* an interior pointer */
        if (blks[i].state != 1 || blks[i].n < 2) return SKIP;
        PyMem_Free(blks[i].p + 1 + (c % (blks[i].n - 1)));
        drain();
        return MISUSE;
    case 9: /* static data, the NULL page, past the memory */
        PyMem_Free(c % 3 == 0 ? cmem : c % 3 == 1 ? (char *)(uintptr_t)8 : (char *)(uintptr_t)0xfffffff0u);
        drain();
        return MISUSE;
    case 10: { /* a freed block passed back to the API */
        char *p = PyMem_Malloc(1 + c % 64);
        if (p == NULL) return SKIP;
        PyMem_Free(p);
        PyObject *r = PyBytes_FromStringAndSize(p, 1);
        Py_XDECREF(r);
        drain();
        return MISUSE;
    }
    default: { /* realloc of a freed block */
        char *p = PyMem_Malloc(1 + c % 64);
        if (p == NULL) return SKIP;
        PyMem_Free(p);
        char *q = PyMem_Realloc(p, 8);
        drain();
        if (q != NULL) {
            note("PyMem_Realloc of a freed block succeeded", 0, 0);
            PyMem_Free(q);
        }
        return MISUSE;
    }
    }
}

static int
op_free_held_struct(int a)
{
    PyObject *o = objs[a % NOBJ];
    if (o == NULL) return SKIP;
    Py_buffer *pv = PyMem_Malloc(sizeof(Py_buffer));
    if (pv == NULL) return SKIP;
    if (PyObject_GetBuffer(o, pv, PyBUF_SIMPLE) < 0) {
        drain();
        PyMem_Free(pv);
        return VALID;
    }
    PyMem_Free(pv); /* still holds the export */
    drain();
    return MISUSE;
}

/* ---- format strings: `extra` is (fmt, layout, args, ub) or (fmt, layout, ub) from the driver;
   ub: a stray character may have changed what a unit takes (undefined behaviour) */

static int
conv(PyObject *o, void *out)
{
    *(PyObject **)out = o;
    return 1;
}

#define NARG 16
#define SLOT 48

static int
op_parse(PyObject *extra, int kw)
{
    const char *fmt, *layout;
    PyObject *args, *kwargs = Py_None, *names = NULL;
    int ub = 0, ok;
    if (!(kw ? PyArg_ParseTuple(extra, "ssOOO!|i", &fmt, &layout, &args, &kwargs, &PyTuple_Type, &names, &ub)
             : PyArg_ParseTuple(extra, "ssO|i", &fmt, &layout, &args, &ub))) {
        drain();
        return SKIP;
    }
    char *kwlist[NARG + 1];
    if (kw) {
        Py_ssize_t n = PyTuple_Size(names);
        if (n > NARG) n = NARG;
        for (Py_ssize_t i = 0; i < n; i++) {
            kwlist[i] = (char *)PyUnicode_AsUTF8(PyTuple_GetItem(names, i));
            if (kwlist[i] == NULL) {
                drain();
                return SKIP;
            }
        }
        kwlist[n] = NULL;
    }
    char *scr = PyMem_Calloc(NARG, SLOT);
    if (scr == NULL) return SKIP;
    void *p[NARG];
    for (int i = 0; i < NARG; i++) {
        char k = i < (int)strlen(layout) ? layout[i] : 'p';
        switch (k) {
        case 't': p[i] = (void *)&PyBytes_Type; break;
        case 'T': p[i] = (void *)&PyLong_Type; break;
        case 'c': p[i] = (void *)conv; break;
        case 'n': p[i] = (void *)"utf-8"; break;
        default: p[i] = scr + i * SLOT; break;
        }
    }
#define P16 p[0], p[1], p[2], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10], p[11], p[12], p[13], p[14], p[15]
    if (kw)
        ok = PyArg_ParseTupleAndKeywords(args, kwargs == Py_None ? NULL : kwargs, fmt, kwlist, P16);
    else
        ok = PyArg_ParseTuple(args, fmt, P16);
#undef P16
    drain();
    if (ok) {
        for (int i = 0; i < NARG && layout[i]; i++) {
            if (layout[i] == 'b') PyBuffer_Release((Py_buffer *)p[i]);
            else if (layout[i] == 'e') PyMem_Free(*(char **)p[i]);
        }
    }
    drain();
    PyMem_Free(scr);
    return ub ? ANY : VALID;
}

static PyObject *kstr; /* an interned str, made at module init */
static const char *const STRS[] = {"abc", "", "h\xc3\xa9llo", "x%sy"};

/* Fills `v` (12 int-sized variadic arguments, as the wasm32 ABI passes them) from the layout. */
static int
fill_args(const char *layout, intptr_t *v, int seed)
{
    int newrefs = 0;
    for (int i = 0; i < 12; i++) {
        char k = layout[i] ? layout[i] : 'i';
        PyObject *o = objs[(seed + i) % NOBJ];
        switch (k) {
        case 's': v[i] = (intptr_t)STRS[(seed + i) % 4]; break;
        case 'z': v[i] = 0; break;
        case '#': v[i] = (seed + i) % 3; break;
        case 'o': v[i] = (intptr_t)(o != NULL ? o : Py_None); break;
        case 'u': v[i] = (intptr_t)(o != NULL && PyUnicode_Check(o) ? o : kstr); break;
        case 'N': v[i] = (intptr_t)Py_NewRef(o != NULL ? o : Py_None); newrefs++; break;
        case 'c': v[i] = 'A' + (seed + i) % 26; break;
        default: v[i] = (intptr_t)((seed * 7919 + i * 104729) % 200000) - 100000; break;
        }
    }
    return newrefs;
}

static int
op_build(PyObject *extra, int which, int seed)
{
    const char *fmt, *layout;
    int ub = 0;
    if (!PyArg_ParseTuple(extra, "ss|i", &fmt, &layout, &ub)) {
        drain();
        return SKIP;
    }
    intptr_t v[12];
    int newrefs = fill_args(layout, v, seed);
    PyObject *r = NULL;
#define A12 v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11]
    switch (which % 4) {
    case 0: r = Py_BuildValue(fmt, A12); break;
    case 1: r = PyUnicode_FromFormat(fmt, A12); break;
    case 2: r = PyBytes_FromFormat(fmt, A12); break;
    default: {
        PyObject *x = PyErr_Format(PyExc_ValueError, fmt, A12);
        if (x != NULL) note("PyErr_Format returned non-NULL", 0, 0);
        if (!PyErr_Occurred()) note("PyErr_Format set no exception", 0, 0);
        break;
    }
    }
#undef A12
    drain();
    int failed = r == NULL;
    Py_XDECREF(r);
    if (ub) return ANY;
    return newrefs > 0 && failed && which % 4 == 0 ? OWNERSHIP_UNKNOWN : VALID;
}

static int
op_ro_write(int a)
{
    PyObject *o = objs[a % NOBJ];
    if (o == NULL) return SKIP;
    Py_buffer v;
    if (PyObject_GetBuffer(o, &v, PyBUF_SIMPLE) < 0) {
        drain();
        return VALID;
    }
    int expect = VALID;
    if (v.len > 0 && !(clean && v.readonly)) {
        ((unsigned char *)v.buf)[v.len - 1] ^= 0x80;
        if (v.readonly) expect = MISUSE;
    }
    PyBuffer_Release(&v);
    drain();
    return expect;
}

/* Writes into the storage of a bytes object C only borrows (it is in a tuple). */
static int
op_bytes_storage(int a, int c)
{
    unsigned char src[8];
    pattern(src, 8, (unsigned)c);
    PyObject *t = Py_BuildValue("(y#)", (char *)src, (Py_ssize_t)(1 + c % 8));
    if (t == NULL) {
        drain();
        return SKIP;
    }
    set_obj(a % NOBJ, t);
    PyObject *b = PyTuple_GetItem(t, 0);
    char *p = PyBytes_AsString(b);
    if (p == NULL) {
        drain();
        return SKIP;
    }
    p[0] ^= 1;
    return AT_CHECKPOINT;
}

/* Py_DECREF of a borrowed item (held by two tuples, so nothing dies), then repaired. */
static int
op_decref_borrowed(int c)
{
    PyObject *item = PyLong_FromLong(1000000L + c);
    if (item == NULL) {
        drain();
        return SKIP;
    }
    PyObject *t1 = PyTuple_Pack(1, item);
    PyObject *t2 = PyTuple_Pack(1, item);
    if (t1 == NULL || t2 == NULL) {
        drain();
        Py_XDECREF(t1);
        Py_XDECREF(t2);
        Py_DECREF(item);
        return SKIP;
    }
    Py_DECREF(item);
    Py_DECREF(PyTuple_GetItem(t1, 0)); /* borrowed */
    drain();
    Py_INCREF(PyTuple_GetItem(t2, 0)); /* gives the tuples their reference back */
    Py_DECREF(t1);
    Py_DECREF(t2);
    drain();
    return MISUSE;
}

/* A Py_buffer struct at an odd address (inside a PyMem block): wasm32 has no alignment traps. */
static int
op_unaligned_view(int a, int c)
{
    PyObject *o = objs[a % NOBJ];
    if (o == NULL) return SKIP;
    char *blk = PyMem_Malloc(sizeof(Py_buffer) + 8);
    if (blk == NULL) return SKIP;
    Py_buffer *pv = (Py_buffer *)(blk + 1 + c % 3);
    if (PyObject_GetBuffer(o, pv, FLAGS[c % NFLAGS]) == 0) {
        Py_buffer copy;
        memcpy(&copy, pv, sizeof copy);
        check_view(&copy, "GetBuffer into an unaligned struct");
        if (copy.obj != o) note("unaligned struct: view->obj is not the exporter", 0, 0);
        PyBuffer_Release(pv);
        memcpy(&copy, pv, sizeof copy);
        if (copy.obj != NULL) note("unaligned struct: obj set after release", 0, 0);
    }
    drain();
    PyMem_Free(blk);
    return VALID;
}

static int
op_buffer_funcs(int b, int c, PyObject *extra)
{
    static const char orders[] = "CFAX";
    int v = b % NVIEW;
    Py_buffer *vw = &views[v];
    int held = vstate[v] == 1;
    switch ((c >> 8) % 6) {
    case 0: {
        if (!held) return SKIP;
        char order = orders[c % 4];
        (void)PyBuffer_IsContiguous(vw, order);
        drain();
        return order == 'X' ? ANY : VALID;
    }
    case 1: {
        if (!held || (vw->ndim > 0 && vw->shape == NULL)) return SKIP;
        Py_ssize_t idx[PyBUF_MAX_NDIM];
        int bad = 0;
        for (int i = 0; i < PyBUF_MAX_NDIM; i++) idx[i] = 0;
        for (int i = 0; i < vw->ndim; i++) {
            Py_ssize_t dim = vw->shape[i];
            idx[i] = (c & 1) ? (Py_ssize_t)(c % 1000) - 500 : (dim > 0 ? c % dim : 0);
            if (idx[i] < 0 || idx[i] >= dim) bad = 1;
        }
        (void)PyBuffer_GetPointer(vw, idx);
        drain();
        return bad ? ANY : VALID; /* CPython does not check the indices */
    }
    case 2: {
        if (!held || vw->len > 256) return SKIP;
        Py_ssize_t n = (c & 1) ? vw->len : (c % 300) - 20;
        char order = orders[(c >> 1) % 4];
        if (n > 256) n = 256;
        (void)PyBuffer_ToContiguous(cout, vw, n, order); /* len != view->len: ValueError */
        drain();
        return order == 'X' ? ANY : VALID;
    }
    case 3: {
        if (!held || vw->readonly) return SKIP;
        Py_ssize_t n = (c & 1) ? vw->len : (c % 300) - 20;
        if (n > 256) n = 256;
        (void)PyBuffer_FromContiguous(vw, cmem, n, 'C');
        drain();
        return n < 0 ? ANY : VALID; /* memcpy with a negative length in CPython */
    }
    case 4: {
        const char *fmt;
        if (extra == Py_None || !PyArg_ParseTuple(extra, "s", &fmt)) {
            drain();
            return SKIP;
        }
        (void)PyBuffer_SizeFromFormat(fmt);
        drain();
        return VALID;
    }
    default: {
        int nd = c % (PyBUF_MAX_NDIM + 1);
        Py_ssize_t shape[PyBUF_MAX_NDIM], strides[PyBUF_MAX_NDIM];
        for (int i = 0; i < nd; i++) shape[i] = 1 + (c + i) % 3;
        PyBuffer_FillContiguousStrides(nd, shape, strides, 1 + c % 8, (c >> 1) & 1 ? 'F' : 'C');
        drain();
        /* CPython's loop, wrapping as -fwrapv does */
        size_t sd = (size_t)(1 + c % 8);
        int fort = (c >> 1) & 1;
        for (int k = 0; k < nd; k++) {
            int i = fort ? k : nd - 1 - k;
            if (strides[i] != (Py_ssize_t)sd) note("FillContiguousStrides wrote another stride", i, (long)strides[i]);
            sd *= (size_t)shape[i];
        }
        return VALID;
    }
    }
}

/* A PyUnicode_AsUTF8 / PyBytes_AsString pointer kept after its object died, passed back. */
static int
op_stale_ptr(int b, int c)
{
    unsigned char src[16];
    pattern(src, 16, (unsigned)c);
    for (int i = 0; i < 16; i++) src[i] = (unsigned char)('a' + src[i] % 26);
    Py_ssize_t n = 2 + c % 12; /* not a one-character singleton */
    PyObject *o = b % 2 ? PyUnicode_FromStringAndSize((char *)src, n) : PyBytes_FromStringAndSize((char *)src, n);
    if (o == NULL) {
        drain();
        return SKIP;
    }
    const char *p = b % 2 ? PyUnicode_AsUTF8(o) : PyBytes_AsString(o);
    if (p == NULL || Py_REFCNT(o) != 1) {
        drain();
        Py_DECREF(o);
        return SKIP;
    }
    Py_DECREF(o);
    PyObject *r = (b >> 1) % 2 ? PyUnicode_FromString(p) : PyBytes_FromStringAndSize(p, 1);
    Py_XDECREF(r);
    drain();
    return MISUSE;
}

static PyObject *
h_op(PyObject *self, PyObject *args)
{
    int code, a, b, c;
    PyObject *extra = Py_None;
    if (!PyArg_ParseTuple(args, "iiii|O", &code, &a, &b, &c, &extra)) return NULL;
    if (a < 0) a = -a;
    if (b < 0) b = -b;
    if (c < 0) c = -(c + 1);
    clean = (c & 0x10000) != 0;
    c &= 0xffff;
    tick++;
    errs = PyList_New(0);
    notes = PyList_New(0);
    if (errs == NULL || notes == NULL) {
        Py_XDECREF(errs);
        Py_XDECREF(notes);
        return NULL;
    }
    PyObject *info = NULL;
    int expect = SKIP;
    switch (code % OP_COUNT) {
    case OP_NEW: {
        PyObject *o = make(b % 8, c % 65, (unsigned)c);
        drain();
        if (o != NULL) set_obj(a % NOBJ, o);
        expect = VALID;
        break;
    }
    case OP_DROP:
        if (objs[a % NOBJ] == NULL) break;
        drop(a % NOBJ);
        drain();
        expect = VALID;
        break;
    case OP_STALE: {
        PyObject *p = recent_stale(a);
        if (p == NULL) break;
        use_bad(p, b);
        expect = MISUSE;
        break;
    }
    case OP_FORGED: {
        PyObject *p;
        switch (a % 5) {
        case 4: /* NULL: a SystemError in some functions of CPython, a crash in others */
            if (b % 8 < 2) goto skip; /* (Py_INCREF/Py_DECREF of NULL: CPython's Py_IncRef is Py_XINCREF) */
            p = NULL;
            expect = ANY;
            break;
        case 0: p = (PyObject *)(cmem + 16 * (c % 8)); expect = ANY; break;
        case 1:
            if (objs[c % NOBJ] == NULL) goto skip;
            p = (PyObject *)((char *)objs[c % NOBJ] + 1 + c % 3);
            expect = MISUSE;
            break;
        case 2: p = (PyObject *)(uintptr_t)(0xfffffff0u - 16u * (unsigned)(c % 4)); expect = MISUSE; break;
        default: p = (PyObject *)(uintptr_t)(0x7ffffff0u); expect = MISUSE; break;
        }
        use_bad(p, b);
        break;
    skip:
        expect = SKIP;
        break;
    }
    case OP_GETBUF: expect = op_getbuf(a, b, c); break;
    case OP_RELEASE: expect = op_release(b, c); break;
    case OP_VIEW_WRITE: expect = op_view_write(b, c); break;
    case OP_MV: expect = op_mv(a, b, c); break;
    case OP_SIZES: expect = op_sizes(a, b, c); break;
    case OP_RESIZE_HELD: expect = op_resize_held(a, c); break;
    case OP_WRITE_GROW: expect = op_write_grow(a, b, c, &info); break;
    case OP_MEM: expect = op_mem(a, b, c); break;
    case OP_FREE_HELD_STRUCT: expect = op_free_held_struct(a); break;
    case OP_PARSE: expect = extra == Py_None ? SKIP : op_parse(extra, 0); break;
    case OP_PARSE_KW: expect = extra == Py_None ? SKIP : op_parse(extra, 1); break;
    case OP_BUILD:
    case OP_FORMAT: expect = extra == Py_None ? SKIP : op_build(extra, code % OP_COUNT == OP_BUILD ? 0 : 1 + b % 3, c); break;
    case OP_RO_WRITE: expect = op_ro_write(a); break;
    case OP_BYTES_STORAGE: expect = op_bytes_storage(a, c); break;
    case OP_DECREF_BORROWED: expect = op_decref_borrowed(c); break;
    case OP_UNALIGNED_VIEW: expect = op_unaligned_view(a, c); break;
    case OP_STALE_PTR: expect = op_stale_ptr(b, c); break;
    default: expect = op_buffer_funcs(b, c, extra); break;
    }
    drain();
    PyObject *r = Py_BuildValue("(iNNN)", expect, errs, notes, info != NULL ? info : Py_NewRef(Py_None));
    errs = notes = NULL;
    return r;
}

static PyObject *
h_peek(PyObject *self, PyObject *arg)
{
    long i = PyLong_AsLong(arg);
    if (i == -1 && PyErr_Occurred()) return NULL;
    PyObject *o = objs[(unsigned long)i % NOBJ];
    return Py_NewRef(o != NULL ? o : Py_None);
}

/* Gives back everything: exports, references, blocks; forgets stale pointers. */
static PyObject *
h_reset(PyObject *self, PyObject *unused)
{
    for (int v = 0; v < NVIEW; v++) {
        if (vstate[v] == 1) PyBuffer_Release(&views[v]);
        memset(&views[v], 0, sizeof views[v]);
        vstate[v] = 0;
    }
    for (int i = 0; i < NOBJ; i++) Py_CLEAR(objs[i]);
    for (int i = 0; i < NBLK; i++) {
        if (blks[i].state == 1) PyMem_Free(blks[i].p);
        blks[i].state = 0;
        blks[i].p = NULL;
    }
    for (int i = 0; i < NSTALE; i++) stale[i].p = NULL;
    if (PyErr_Occurred()) return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"op", h_op, METH_VARARGS, "op(code, a, b, c[, extra]) -> (expect, errors, notes, info)"},
    {"peek", h_peek, METH_O, "peek(slot) -> the object in the slot (new reference) or None"},
    {"reset", h_reset, METH_NOARGS, "reset() gives back every reference, export and block"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef def = {PyModuleDef_HEAD_INIT, "cside_harness", NULL, -1, methods};

PyMODINIT_FUNC
PyInit_cside_harness(void)
{
    pattern((unsigned char *)cmem_ro, sizeof cmem_ro, 7);
    pattern((unsigned char *)cmem, sizeof cmem, 3);
    if (kstr == NULL && (kstr = PyUnicode_InternFromString("k")) == NULL) return NULL;
    return PyModule_Create(&def);
}
