café = 1
naïve = café + 1
π = 3.14159
日本語 = 'japanese'
Ωmega = 2
x = 'é' + café
def función(año): return año
ﬁle = 1
