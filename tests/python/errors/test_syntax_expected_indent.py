# compare: stderr
def empty():
return 1
