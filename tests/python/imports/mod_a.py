"""Helper module imported by the import tests."""
print("mod_a: executing top level, __name__ =", __name__)
VALUE = 42
_private = "hidden from star import"
counter = 0

def greet(name):
    return f"hello {name} from mod_a"

def bump():
    global counter
    counter += 1
    return counter

class Thing:
    def __repr__(self):
        return "mod_a.Thing()"

if __name__ == "__main__":
    print("mod_a run as a script (never during import)")
