/**
 * The hash of a byte string: `_Py_HashBytes` of @py/object (CPython 3.11's
 * SipHash-1-3 as under `PYTHONHASHSEED=0`), so `hash(b'abc') == hash('abc')`
 * as in CPython, `0` for the empty string, never `-1`. memoryview uses the
 * same function so that `hash(m) == hash(m.tobytes())`. `hashBytes` gives a
 * JS number (the nearest double beyond 2**53), `hashBytesExact` all 64 bits.
 */
export { _Py_HashBytes as hashBytes, _Py_HashBytesExact as hashBytesExact } from "@py/object";
