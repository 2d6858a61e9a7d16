# sys.exit("msg"): the message goes to stderr and the exit status is 1.
# compare: stderr
import sys
print("stdout before exit")
sys.exit("fatal: something went wrong")
