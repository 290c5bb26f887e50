# Chapter 7 exercise: the replaced item must still be there when C describes it
import exercise7
l = [bytearray(b'old'), bytearray(b'last')]
exercise7.replace_last(l, 5)
l
shared = bytearray(b'kept')
l2 = [shared]
exercise7.replace_last(l2, 6)
shared
exercise7.replace_last([], 1)
exercise7.replace_last((1,), 1)
