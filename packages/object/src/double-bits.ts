/**
 * The fields of an IEEE-754 double as read from its high 32-bit word
 * (sign 1 bit, biased exponent 11 bits, top 20 of the 52 mantissa bits);
 * the low word holds the other 32 mantissa bits.
 */

/** Where the biased exponent starts in the high word. */
export const DBL_EXP_SHIFT = 20;
/** The biased exponent field (11 bits); 0 for zero and subnormals. */
export const DBL_EXP_MASK = 0x7ff;
/** The mantissa bits of the high word (20 bits). */
export const DBL_HI_MANT_MASK = 0xfffff;

/** The biased exponent of a double, from its high word. */
export function doubleBiasedExponent(hi: number): number {
  return (hi >>> DBL_EXP_SHIFT) & DBL_EXP_MASK;
}
