v = None
r = v.x if v else v.y
