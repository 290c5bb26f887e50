# bytes %-formatting of floats: C's rounding (ties to even), large values in fixed notation, every conversion
b'%f' % 1e22, b'%.2f' % 0.125, b'%.1f' % 0.25, b'%.0f' % 2.5, b'%.0f' % 3.5
b'%e' % 1e300, b'%E' % 1.5e-7, b'%.2e' % 1.125, b'%#.0e' % 3.0, b'%.0e' % 2.5e10
b'%g' % 2.5e25, b'%G' % 1e-5, b'%.3g' % 0.0001234, b'%#g' % 1.0, b'%#.0g' % 5.0, b'%g' % 123456789.0
b'%+f' % 1.5, b'% e' % 2.0, b'%-10.3f|' % 3.14159, b'%010.2f' % -2.5, b'%F' % float('inf'), b'%g' % float('nan')
b'%f' % 10**22, b'%.3f' % True, b'%e' % 0.0, b'%g' % -0.0, b'%.15g' % 0.1, b'%.17g' % 0.1
