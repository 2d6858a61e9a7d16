"""Run one command and report its wall time and peak resident set size.

Usage: python3 -I -S maxrss.py [--timeout SECONDS] -- COMMAND [ARGS...]

The command inherits stdin, stdout and stderr. When it ends, one last line goes to
stderr:  maxrss_kb=<peak RSS of the command, kB> wall_seconds=<float> exit=<code>

The wall time is measured here, around the child only, so this wrapper's own start-up
is not counted. The peak RSS is the child's ru_maxrss as returned by wait4(), in kB
(Linux). Caveat, and the reason this file imports almost nothing: Linux carries the
peak RSS of a process image across exec(), so the child's figure can never be below
this wrapper's own RSS at spawn time. Run with -I -S and importing only os, sys,
signal, time and resource, the wrapper stays near 9 MB, below the ~13 MB that
`python3 -c pass` itself peaks at, so the figures for python3 and node are exact.

On timeout the command is killed (SIGKILL) and exit is "timeout". The wrapper exits
with the command's status (128 + signal number if it was killed by a signal, 124 on
timeout, 127 if it could not be started).
"""
import os
import signal
import sys
import time


def main(argv):
    timeout = None
    if argv[:1] == ["--timeout"]:
        timeout = float(argv[1])
        argv = argv[2:]
    if argv[:1] == ["--"]:
        argv = argv[1:]
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    timed_out = []
    start = time.perf_counter()
    try:
        pid = os.posix_spawnp(argv[0], argv, os.environ)
    except OSError as err:
        print(f"maxrss.py: cannot run {argv[0]}: {err}", file=sys.stderr)
        print(f"maxrss_kb=0 wall_seconds=0 exit=127", file=sys.stderr)
        return 127

    def on_alarm(signum, frame):
        timed_out.append(True)
        os.kill(pid, signal.SIGKILL)

    if timeout:
        signal.signal(signal.SIGALRM, on_alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    # Forward Ctrl-C / termination to the child instead of dying and orphaning it.
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda s, f: os.kill(pid, s))
    _, wait_status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if timeout:
        signal.setitimer(signal.ITIMER_REAL, 0)
    if timed_out:
        status, exit_text = 124, "timeout"
    elif os.WIFSIGNALED(wait_status):
        status = 128 + os.WTERMSIG(wait_status)
        exit_text = str(status)
    else:
        status = os.WEXITSTATUS(wait_status)
        exit_text = str(status)
    print(f"maxrss_kb={usage.ru_maxrss} wall_seconds={wall:.6f} exit={exit_text}", file=sys.stderr)
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
