with open('a') as f, open('b') as g:
    data = f.read()
with lock:
    with other:
        pass
