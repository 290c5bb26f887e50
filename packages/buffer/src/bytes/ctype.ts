/** The ASCII character classes of CPython's `Include/pyctype.h` (`Py_ISSPACE`, `Py_ISLOWER` ...). */

/** `Py_ISSPACE`: space, \t \n \v \f \r. */
export function isSpaceByte(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13);
}

export function isLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

export function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isAlpha(c: number): boolean {
  return isLower(c) || isUpper(c);
}
