# Keyword arguments: defaults referencing globals, **kwargs order, overriding, forwarding, signature-like checks.
def configure(host="localhost", port=8080, *, debug=False, **extra):
    return f"{host}:{port} debug={debug} extra={extra}"
print(configure())
print(configure("example.com"))
print(configure(port=9, host="h"))
print(configure(debug=True, timeout=5, retries=3))
print(configure(**{"host": "x", "port": 1, "debug": True, "z": 0}))
opts = {"port": 443}
print(configure("secure", **opts, verify=True))
def forward(*args, **kwargs):
    kwargs.setdefault("debug", True)
    return configure(*args, **kwargs)
print(forward("fwd"), forward(port=1, debug=False))
def kw_order(**kw):
    return list(kw.items())
print(kw_order(b=1, a=2, c=3), kw_order(**dict(z=0, y=1), x=2))
def build(name, /, **fields):
    return name, fields
print(build("n", name="field called name"))
def required_kw(*, a, b=2):
    return a + b
for call in [lambda: required_kw(a=1), lambda: required_kw(b=5, a=1), lambda: required_kw(1), lambda: required_kw(c=3)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
def accumulate(item, into=None, *, sep=","):
    into = [] if into is None else into
    into.append(str(item))
    return sep.join(into)
shared = []
print(accumulate(1, shared), accumulate(2, shared), accumulate(3, shared, sep="|"), accumulate(4))
def defaults_eval_once(x, cache={}):
    cache[x] = cache.get(x, 0) + 1
    return dict(cache)
print(defaults_eval_once("a"), defaults_eval_once("b"), defaults_eval_once("a"))
