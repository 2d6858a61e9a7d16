# A small interpreter: tokenizer, Pratt parser, environment chains, closures, recursion, errors.
def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and src[j].isdigit():
                j += 1
            tokens.append(("num", int(src[i:j])))
            i = j
        elif c.isalpha():
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            word = src[i:j]
            tokens.append(("kw", word) if word in ("let", "in", "fun", "if", "then", "else") else ("id", word))
            i = j
        elif src[i:i + 2] in ("==", "<=", "->"):
            tokens.append(("op", src[i:i + 2]))
            i += 2
        elif c in "+-*/%<()=,":
            tokens.append(("op", c))
            i += 1
        else:
            raise SyntaxError(f"bad char {c!r}")
    tokens.append(("eof", None))
    return tokens
PREC = {"==": 1, "<": 2, "<=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4}
class Parser:
    def __init__(self, tokens):
        self.toks, self.pos = tokens, 0
    def peek(self):
        return self.toks[self.pos]
    def take(self, kind=None, value=None):
        tok = self.toks[self.pos]
        if (kind and tok[0] != kind) or (value and tok[1] != value):
            raise SyntaxError(f"expected {value or kind}, got {tok[1]!r}")
        self.pos += 1
        return tok
    def expr(self, min_prec=0):
        left = self.atom()
        while True:
            kind, val = self.peek()
            if kind == "op" and val in PREC and PREC[val] > min_prec:
                self.take()
                left = ("bin", val, left, self.expr(PREC[val]))
            elif kind in ("num", "id") or (kind == "op" and val == "("):
                left = ("call", left, self.atom())
            else:
                return left
    def atom(self):
        kind, val = self.take()
        if kind == "num":
            return ("num", val)
        if kind == "id":
            return ("var", val)
        if (kind, val) == ("op", "("):
            e = self.expr()
            self.take("op", ")")
            return e
        if (kind, val) == ("op", "-"):
            return ("bin", "-", ("num", 0), self.atom())
        if (kind, val) == ("kw", "let"):
            name = self.take("id")[1]
            self.take("op", "=")
            value = self.expr()
            self.take("kw", "in")
            return ("let", name, value, self.expr())
        if (kind, val) == ("kw", "fun"):
            param = self.take("id")[1]
            self.take("op", "->")
            return ("fun", param, self.expr())
        if (kind, val) == ("kw", "if"):
            c = self.expr()
            self.take("kw", "then")
            t = self.expr()
            self.take("kw", "else")
            return ("if", c, t, self.expr())
        raise SyntaxError(f"unexpected {val!r}")
class Env:
    def __init__(self, vars, parent=None):
        self.vars, self.parent = vars, parent
    def lookup(self, name):
        env = self
        while env:
            if name in env.vars:
                return env.vars[name]
            env = env.parent
        raise NameError(f"unbound variable {name}")
class Closure:
    def __init__(self, param, body, env):
        self.param, self.body, self.env = param, body, env
    def __repr__(self):
        return f"<fun {self.param}>"
def evaluate(node, env):
    tag = node[0]
    if tag == "num":
        return node[1]
    if tag == "var":
        return env.lookup(node[1])
    if tag == "bin":
        a, b = evaluate(node[2], env), evaluate(node[3], env)
        op = node[1]
        if op == "/" or op == "%":
            if b == 0:
                raise ZeroDivisionError("division by zero in program")
            return a // b if op == "/" else a % b
        return {"+": a + b, "-": a - b, "*": a * b, "<": int(a < b), "<=": int(a <= b), "==": int(a == b)}[op]
    if tag == "let":
        if node[2][0] == "fun":
            frame = Env({}, env)
            frame.vars[node[1]] = Closure(node[2][1], node[2][2], frame)
            return evaluate(node[3], frame)
        return evaluate(node[3], Env({node[1]: evaluate(node[2], env)}, env))
    if tag == "fun":
        return Closure(node[1], node[2], env)
    if tag == "if":
        return evaluate(node[2] if evaluate(node[1], env) else node[3], env)
    if tag == "call":
        f = evaluate(node[1], env)
        if not isinstance(f, Closure):
            raise TypeError(f"cannot call {f!r}")
        return evaluate(f.body, Env({f.param: evaluate(node[2], env)}, f.env))
    raise ValueError(tag)
programs = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "let x = 5 in x * x - 1",
    "let add = fun a -> fun b -> a + b in add 3 4",
    "let fact = fun n -> if n <= 1 then 1 else n * fact (n - 1) in fact 20",
    "let fib = fun n -> if n < 2 then n else fib (n - 1) + fib (n - 2) in fib 15",
    "let compose = fun f -> fun g -> fun x -> f (g x) in let inc = fun x -> x + 1 in let dbl = fun x -> x * 2 in compose inc dbl 10",
    "let x = 1 in let f = fun y -> x + y in let x = 100 in f 1",
    "10 / 3 + 10 % 3 + -4",
    "fun x -> x",
    "let z = 0 in 5 / z",
    "y + 1",
    "3 4",
    "let = 5",
    "1 + $",
]
for src in programs:
    try:
        ast = Parser(tokenize(src)).expr()
        print(src, "=>", evaluate(ast, Env({})))
    except (SyntaxError, NameError, TypeError, ZeroDivisionError) as e:
        print(src, "=>", type(e).__name__, e)
