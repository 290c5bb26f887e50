out = []
for v in [0, 1, -1, 42, 255, -98765, True, 0.0, -0.0, 0.5, 2.5, -1.25, 3.14159, 1e16, 0.001, 1e-7, 2.675, float('inf'), 'abc', '', 'café', b'xy', [1], None, 65]:
    for f in ['%d', '%5d', '%-4d|', '%x', '%#o', '%#x', '%X', '%s', '%r', '%a', '%5.2f', '%e', '%g', '%G', '%c', '%03d', '%+d', '% d', '%.3s', '%10.4e', '%-8s|', '%u', '%o', '%f', '%.0f', '%#.0f', '%#g']:
        try:
            r = repr(f % (v,))
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        out.append(f'{v!r} {f!r} {r}')
        try:
            r = repr(f.encode() % (v,))
        except Exception as e:
            r = type(e).__name__ + ': ' + str(e)
        out.append(f'b {v!r} {f!r} {r}')
for f, a in [('%s %s', (1,)), ('%s', (1, 2)), ('%(a)s', {'a': 1}), ('%(a)s %(b)d', {'a': 1, 'b': 2}), ('%*d', (5, 3)), ('%.*f', (2, 3.14159)), ('%', ()), ('%z', (1,)), ('%s', ()), ('%(a', {'a': 1}), ('x', {}), ('%s', {'a': 1})]:
    try:
        r = repr(f % a)
    except Exception as e:
        r = type(e).__name__ + ': ' + str(e)
    out.append(f'{f!r} {a!r} {r}')
print('\n'.join(out))
