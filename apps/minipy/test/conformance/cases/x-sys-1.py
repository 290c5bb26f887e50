# sys: what a learner reads (version, byte order, sizes, streams)
import sys
repr(sys.version_info).split(', micro')[0]
type(sys.version_info)
sys.version_info.major, sys.version_info.minor, sys.version_info.releaselevel
sys.version_info[:2]
sys.version_info[0]
sys.version_info >= (3, 11)
sys.version_info < (3, 12)
sys.version_info > (3, 11, 0)
len(sys.version_info)
isinstance(sys.version_info, tuple)
sys.version_info.serial
sys.hexversion >> 16
sys.version.startswith('3.11')
sys.byteorder
sys.maxsize
sys.maxsize == 2**63 - 1
type(sys.argv), type(sys.path)
sys.stdout.write('hello\n')
sys.stdout.write('')
sys.stdout.flush()
print('to stdout', file=sys.stdout)
sys.exit.__name__
sys.getrefcount.__name__
sys.exit()
sys.exit(3)
sys.exit('bye')
sys.exit(1, 2)
sys.getrefcount()
sys.getrefcount(1, 2)
