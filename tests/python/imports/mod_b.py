"""Imports mod_a: a module is executed only once however many times it is imported."""
import mod_a
from mod_a import VALUE as A_VALUE
print("mod_b: executing, sees mod_a.VALUE =", mod_a.VALUE)
DOUBLE = A_VALUE * 2

def call_a():
    return mod_a.greet("mod_b")
