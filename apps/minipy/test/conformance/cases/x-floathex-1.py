# float.hex() of every kind of double: the 13 mantissa digits are always written (float_hex, TOHEX_NBITS)
[x.hex()[2:] for x in (1.0, 2.0, 0.5, 3.0, 0.1, 1.5, 1e300, 2.0 ** 1023, 1.7976931348623157e308)]
[x.hex()[3:] for x in (-1.0, -0.1, -2.0 ** -1022, -1e-310, -5e-324)]
[x.hex() for x in (0.0, -0.0, float('inf'), float('-inf'), float('nan'), -float('nan'))]
[x.hex()[2:] for x in (2.2250738585072014e-308, 2.225073858507201e-308, 1e-310, 5e-324, 1e-320)]
[len(x.hex()) for x in (1.0, 1e-310, -3.0, 0.0, 1e16)]
float.hex(0.75)[2:]
float.hex(1)
(1.0).hex(2)
class F(float): pass
F(-2.5).hex()[3:]
