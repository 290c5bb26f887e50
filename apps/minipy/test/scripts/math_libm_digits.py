# math's libm functions to the last digit, as CPython on glibc gives them
# (V8's Math differs in the last bit for a few percent of arguments).
import math

xs = [i * 0.173 - 17.3 for i in range(200)]
print([math.exp(x) for x in xs[::3]])
print([math.sin(x) for x in xs[::2]])
print([math.cos(x) for x in xs[1::2]])
print([math.tan(x) for x in xs[1::5]])
print([math.atan(x) for x in xs[::3]])
print([math.sinh(x) for x in xs[::7]], [math.cosh(x) for x in xs[::7]])
print([math.asinh(x) for x in xs[::6]])
ps = [i * 0.377 + 0.01 for i in range(120)]
print([math.log(p) for p in ps[::2]])
print([math.log10(p) for p in ps[1::3]])
print([math.log(p, 3) for p in ps[::9]], [math.log2(p) for p in ps[::11]])
print([math.acosh(1 + p) for p in ps[::4]])
us = [i / 97 - 1 for i in range(195)]
print([math.asin(u) for u in us[2::4]])
print([math.acos(u) for u in us[1::4]])
print([math.atan2(u, 1 - 2 * u) for u in us[::5]])
print([math.exp2(x / 3) for x in xs[::9]])
print([math.pow(p, x / 10) for p, x in zip(ps[::5], xs[::8])])
print([math.hypot(x, x / 3 + 1) for x in xs[::6]], math.hypot(1, 2, 3, 4), math.dist((1, 2.5), (-3, 7)))
print([p ** 0.5 for p in ps[::10]], [p ** -1.7 for p in ps[::12]])
print(math.sin(1e22), math.cos(1e300), math.tan(-123456789.0), math.exp(709.5), math.log(5e-324))
print(math.log10(5e-324), math.log10(1e-310), math.hypot(3e-310, 4e-310))
print(math.sin(-0.0), math.atan(-0.0), math.asinh(-0.0), math.cosh(0.0), math.exp(-1e-20))
for f, a in ((math.exp, 1000), (math.cosh, -800), (math.sinh, 711), (math.acosh, 0.5), (math.asin, 1.5), (math.log, -1)):
    try:
        print(f(a))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
