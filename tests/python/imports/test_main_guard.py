# if __name__ == "__main__" blocks and module-level __name__ values.
import mod_a
print("this module's __name__:", __name__)
print("imported module's __name__:", mod_a.__name__)
def main():
    print("main() called because __name__ == '__main__'")
    return 0
if __name__ == "__main__":
    main()
else:
    print("imported, not run")
import sys
print(sys.modules["__main__"].__name__, "main" in dir(sys.modules["__main__"]))
