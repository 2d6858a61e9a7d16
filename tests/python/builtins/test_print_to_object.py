import sys
class W:
    def __init__(self): self.parts=[]
    def write(self, s): self.parts.append(s)
w=W()
print("a", 1, file=w)
print(w.parts)
try:
    import nosuchmod
except ImportError as e: print(e, e.name)
