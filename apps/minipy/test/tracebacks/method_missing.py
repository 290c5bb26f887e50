s = 'abc'
s.nothing()
