x = None
if x.ready:
    pass
