def g():
    return undefined_name * 2
g()
