1 +
x =
del 1
len(x) = 1
1 = x
(a, b) += 1
print 1
b'é'
'abc
0777
1__0
b'\x4'
'\x4'
x = (1, 2
[1, 2))
for x in: pass
import
from array import
a[1:2:3:4]
not
1 if 2
del (x, y
def
return 5
break
