rows = [[1, 2]]
value = rows[0][5] + 1
