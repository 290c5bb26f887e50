(float('nan')) % (-1)
divmod(float('-inf'), 1.0)
divmod(float('nan'), 2.0)
float('inf') // 1, float('inf') % 3, float('nan') // 2
5.0 % float('inf'), -5.0 % float('inf'), 5.0 // float('inf'), -5.0 // float('inf')
divmod(1, float('inf')), divmod(-1, float('inf'))
