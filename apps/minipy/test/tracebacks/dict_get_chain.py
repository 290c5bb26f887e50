cfg = {'a': {'b': None}}
value = cfg['a']['b']['c']
