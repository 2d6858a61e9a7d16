type = 1
type(x)
type.x = 1
print(type)
x = type
