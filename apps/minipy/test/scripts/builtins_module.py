# The builtins module: the interpreter's built-in names as module attributes.
import builtins
from builtins import abs as absolute, sorted

print(builtins.len([1, 2, 3]), builtins.round(2.567, 1), builtins.max is max, builtins.ValueError is ValueError)
print(type(builtins).__name__, builtins.__name__, absolute(-4), sorted('cba'))
print(hasattr(builtins, 'print'), hasattr(builtins, 'no_such_name'), callable(builtins.isinstance))
try:
    builtins.no_such_name
except AttributeError as e:
    print('AttributeError:', e)
