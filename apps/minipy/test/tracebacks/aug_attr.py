class C:
    pass
c = C()
c.total += 1
