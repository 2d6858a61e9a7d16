x = 1 + \
    2 + \
    3
if a and \
   b:
    pass
assert x, \
    "msg"
y = [1,
     2,
  3]
z = (1 +
2)
