x=1+2*3
y=x**-1
z=[x for x in(1,2)if x]
w=a if(b)else(c)
v=not(x)
