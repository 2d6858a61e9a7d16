print('ready', flush=True)
try:
    while True:
        pass
except KeyboardInterrupt as e:
    print('caught', type(e).__name__, repr(e))
print('done')
