# compare: stderr
print("this never runs")
result = (1 + 2
print(result)
