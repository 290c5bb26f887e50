# legacy: PyObject_New/PyObject_Del types, positional slot tables, custom
# tp_getattro/tp_setattro, module-level exceptions, PyErr_Fetch/Restore chains,
# importing other modules from C.
import legacy as L
L.error, L.error.__mro__, L.LookupFailure.__mro__, L.LookupFailure.__doc__, L.LookupFailure.code
F = L.Fixed
a = F(1250)
b = F(-5)
a, str(a), str(b), repr(b), str(F()), F.__name__, type(a).__module__
a + b, a - b, a + 2, 3 + a, a - 1, 1 - a, a * 3, 2 * a, a // 4, -a, abs(b), +F(1) if False else 'no pos'
a // 0
a * 1.5
a + 'x'
'x' - a
-F(1) // F(1)
bool(F(0)), bool(a), int(a), float(a), int(b), float(b)
[10, 20, 30, 40][F(200)], range(10)[F(300)]
range(10)[a]
[1, 2][a]
hash(F(3)) == hash(F(3)), hash(F(-1)) == hash(F(-1)), {F(1): 'one'}[F(1)]
F(1) == F(1), F(1) != F(2), F(1) < F(2), F(2) >= F(3), F(1) == 1, F(1) < 5 if False else 'skip'
F(1) < 5
F(1, 2)
F(x=1)
F('a')
a.magic, a.value if False else 'skip'
a.value
a.color = 'red'
a.color, a.magic
a.magic = 'shadowed'
a.magic
del a.color
a.color
del a.color
a.value = 3
setattr(a, 5, 1)
getattr(a, 'nope')
hasattr(a, 'magic'), hasattr(a, 'nope'), hasattr(F(0), 'color')
S = L.Seq
s = S([1, 2, 3])
s, len(s), s[0], s[-1], s[2], list(s), 2 in s, 9 in s, 2**80 in s
s[3]
s[-4]
s[0] = 10
s, 10 in s
s[0] = 'x'
del s[0]
s + S([4]), s * 2, 2 * s, s * 0, s * -1
s + [4]
s + 5
'x' in s
S('ab')
S(5)
S([1, 'a'])
L.raise_error()
L.raise_error('msg')
L.raise_error(('a', 1))
L.raise_error(ValueError('inner'))
L.guard(lambda: 5)
L.guard(lambda: 1 / 0)
L.guard(lambda: {}['k'])
L.guard(lambda: [][1])
L.guard(lambda: L.raise_error('x'))
L.guard(lambda: int('q'))
L.guard(5)
L.use_struct(1, -2)
L.use_struct(1, 70000)
L.missing()
L.attrs(a, 'tag', 5)
L.attrs(a, 'tag'), a.last_set
L.attrs(a, 'value', 1)
L.attrs(3, 'real'), L.attrs(3, 'imag')
L.attrs(3, 'nope')
L.attrs(3, 'real', 1)
L.attrs([], 'append', 1)
L.fail_internal(0)
L.fail_internal(1)
L.fail_internal(2)
L.fail_internal(3)
L.fail_internal(4)
L.fail_internal('x')
del a, b, s
