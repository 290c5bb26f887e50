/**
 * The scalar C types of the façade's signatures.
 *
 * Addresses (`char *`, `void *`, `Py_buffer *`, `Py_ssize_t *`) are plain
 * numbers into the linear memory (0 is NULL); `PyObject *` is the branded
 * handle type of handles.ts. A C `char` argument (an order 'C'/'F'/'A')
 * may be given as a one-character string or as its character code.
 */

/** `void *` / `char *`: an address in the linear memory; 0 is NULL. */
export type Ptr = number;

/** `char`: a one-character string or its code. */
export type CChar = string | number;

/** The one-character string of a C `char` argument. */
export function charOf(c: CChar): string {
  return typeof c === "number" ? String.fromCharCode(c & 0xff) : c.length === 1 ? c : c.charAt(0);
}
