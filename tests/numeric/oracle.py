"""Reference oracle for tests/numeric/run.mjs: reads one JSON case per line
({"k": kind, "a": [args]}), evaluates it with CPython, prints one JSON result per
line: {"r": value} or {"e": [exception type, message]}. Values are encoded as in
run.mjs: floats {"f": 16 hex digits of the IEEE bits}, ints {"i": hex digits with a sign},
bytes {"b": hex}, tuples/lists as arrays, str and bool as themselves."""
import sys, json, struct, math, random


def F(h):
    return struct.unpack('>d', bytes.fromhex(h))[0]


def enc(v):
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return {"i": ('-' if v < 0 else '') + format(abs(v), 'x')}
    if isinstance(v, float):
        return {"f": struct.pack('>d', v).hex()}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    if isinstance(v, (bytes, bytearray)):
        return {"b": v.hex()}
    if isinstance(v, complex):
        return 'complex'
    return v


def dec(v):
    if isinstance(v, dict):
        if 'f' in v:
            return F(v['f'])
        if 'i' in v:
            return int(v['i'], 16)
        if 'b' in v:
            return bytes.fromhex(v['b'])
        if 'tuple' in v:
            return tuple(dec(x) for x in v['tuple'])
        if 'dict' in v:
            return {k: dec(x) for k, x in v['dict'].items()}
    if isinstance(v, list):
        return [dec(x) for x in v]
    return v


def mt_run(seed, n, bits):
    r = random.Random(seed)
    out = [r.random() for _ in range(n)]
    out += [r.getrandbits(k) for k in bits]
    out += [r._randbelow(k) for k in (1, 2, 3, 7, 10, 1000, 2**40 + 3, 10**30)]
    st = r.getstate()[1]
    out.append(list(st[:3]) + [st[-1]])
    return out


def mt_state_roundtrip(seed, n):
    r = random.Random(seed)
    for _ in range(n):
        r.random()
    st = r.getstate()
    r2 = random.Random()
    r2.setstate(st)
    return [r2.random() for _ in range(5)]


K = {
    'repr': repr,
    'str': str,
    'format': format,
    'pct': lambda fmt, args: fmt % args,
    'bpct': lambda fmt, args: (fmt.encode('latin-1') % args).decode('latin-1'),
    'int': lambda s, base: int(s, base),
    'float': float,
    'round1': lambda x: round(x),
    'round2': lambda x, n: round(x, n),
    'hash': hash,
    'mt': mt_run,
    'mtstate': mt_state_roundtrip,
    'fsum': math.fsum,
    'math': lambda name, *a: (math.isclose(a[0], a[1], rel_tol=a[2], abs_tol=a[3]) if name == 'isclose'
                              else getattr(math, name)(*a)),
    'op': lambda name, a, b: OPS[name](a, b),
    'op1': lambda name, a: OPS1[name](a),
    'powmod': pow,
    'tobytes': lambda v, n, order, signed: v.to_bytes(n, order, signed=signed),
    'frombytes': lambda b, order, signed: int.from_bytes(b, order, signed=signed),
    'fromhex': float.fromhex,
    'strint': lambda v, base: {2: bin, 8: oct, 16: hex, 10: str}[base](v),
}

OPS = {
    '//': lambda a, b: a // b, '%': lambda a, b: a % b, 'divmod': divmod, '**': lambda a, b: a ** b,
    '/': lambda a, b: a / b, '<<': lambda a, b: a << b, '>>': lambda a, b: a >> b, '&': lambda a, b: a & b,
    '|': lambda a, b: a | b, '^': lambda a, b: a ^ b, '+': lambda a, b: a + b, '-': lambda a, b: a - b,
    '*': lambda a, b: a * b, 'gcd': math.gcd, 'lcm': math.lcm, 'comb': math.comb, 'perm': math.perm,
}
OPS1 = {
    'isqrt': math.isqrt, 'factorial': math.factorial, 'bit_length': int.bit_length, 'bit_count': int.bit_count,
    '~': lambda a: ~a, 'int': int, 'float': float, 'ratio': float.as_integer_ratio, 'hex': float.hex,
    'neg': lambda a: -a, 'frexp': math.frexp, 'modf': math.modf,
}

for line in sys.stdin:
    case = json.loads(line)
    try:
        res = {"r": enc(K[case['k']](*dec(case['a'])))}
    except Exception as e:
        res = {"e": [type(e).__name__, str(e)]}
    sys.stdout.write(json.dumps(res) + '\n')
