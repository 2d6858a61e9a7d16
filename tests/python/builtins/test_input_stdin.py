# input() reading from the test's .stdin file, and EOFError at the end.
name = input()
print("hello,", name)
age = int(input("age? "))
print("next year:", age + 1)
numbers = list(map(int, input().split()))
print("sum:", sum(numbers), "max:", max(numbers))
lines = []
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    if line == "END":
        print("END marker")
        break
    lines.append(line)
print(lines)
import sys
rest = sys.stdin.read()
print(repr(rest))
try:
    input("prompt at eof: ")
except EOFError as e:
    print("\nEOFError:", repr(e))
