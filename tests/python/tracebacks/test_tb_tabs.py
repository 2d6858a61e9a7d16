# compare: stderr
# Tab-indented source lines.
def f(x):
	if x:
		return x / 0
	return 1


f(1)
