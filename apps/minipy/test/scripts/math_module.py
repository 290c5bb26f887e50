# The math module as ordinary scripts use it: constants, rounding to int,
# square roots, integer functions, exact sums, and CPython's errors.
import math


def describe(values):
    return ", ".join(f"{v:.6f}" for v in values)


def mean_and_stdev(xs):
    m = math.fsum(xs) / len(xs)
    var = math.fsum((x - m) ** 2 for x in xs) / (len(xs) - 1)
    return m, math.sqrt(var)


print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.floor(2.7), math.ceil(2.1), math.trunc(-2.5), math.floor(True), math.floor(10**30), math.ceil(-0.5))
print(math.floor(-0.0), math.ceil(1e300) == 10**300, type(math.floor(3.5)).__name__)
print(math.sqrt(2), math.sqrt(16), math.isqrt(10**20 + 1), math.isqrt(99))
print(math.log2(1024), math.log2(2**2000), math.log2(0.125), math.log(8, 2))
print(math.hypot(3, 4), math.hypot(), math.hypot(5, 12))
print(math.gcd(), math.gcd(12, 18, -8), math.lcm(4, 6), math.lcm(), math.lcm(0, 5))
print(math.comb(10, 3), math.comb(3, 10), math.perm(5), math.perm(5, 2), math.factorial(20), math.factorial(0))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([1.5, 2]), math.prod(range(1, 21)))
print(math.isnan(math.nan), math.isinf(-math.inf), math.isfinite(1e308), math.isnan(1.0))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.fmod(7, 3), math.fmod(-7, 3), math.fabs(-2))
print(math.pow(2, 10), math.pow(4, 0.5), math.pow(1, math.nan), math.pow(math.nan, 0), math.degrees(0))
print(describe([math.sqrt(x) for x in range(1, 6)]))
m, s = mean_and_stdev([2, 4, 4, 4, 5, 5, 7, 9])
print(f"mean {m:.3f} stdev {s:.3f}")


def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


show(lambda: math.sqrt())
show(lambda: math.sqrt("a"))
show(lambda: math.sqrt(-1))
show(lambda: math.exp(1000))
show(lambda: math.floor(float("inf")))
show(lambda: math.floor(float("nan")))
show(lambda: math.floor("x"))
show(lambda: math.trunc("x"))
show(lambda: math.log(0))
show(lambda: math.log(-1))
show(lambda: math.log(-(10**400)))
show(lambda: math.log(1, 1))
show(lambda: math.log(8, 2, 3))
show(lambda: math.factorial(-1))
show(lambda: math.factorial(2.0))
show(lambda: math.gcd(2.5))
show(lambda: math.sqrt(1, 2))
show(lambda: math.pow(0, -1))
show(lambda: math.pow(10, 400))
show(lambda: math.isqrt(-1))
show(lambda: math.atan2(1))
show(lambda: math.fmod(1, 0))
show(lambda: math.log1p(-1))
show(lambda: math.comb(-1, 2))
show(lambda: math.acos(2))
show(lambda: math.fsum([math.inf, -math.inf]))
math.sqrt(-4)
