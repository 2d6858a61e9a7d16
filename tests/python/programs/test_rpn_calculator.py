# A shunting-yard infix-to-RPN converter and an RPN evaluator with exact integer/float semantics.
PREC = {"+": (1, "L"), "-": (1, "L"), "*": (2, "L"), "/": (2, "L"), "//": (2, "L"), "%": (2, "L"), "^": (3, "R")}
def tokenize(expr):
    out, i = [], 0
    while i < len(expr):
        c = expr[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == ".":
            j = i
            while j < len(expr) and (expr[j].isdigit() or expr[j] == "."):
                j += 1
            out.append(expr[i:j])
            i = j
        elif expr.startswith("//", i):
            out.append("//")
            i += 2
        else:
            out.append(c)
            i += 1
    return out
def to_rpn(tokens):
    output, stack = [], []
    for t in tokens:
        if t[0].isdigit() or t[0] == ".":
            output.append(t)
        elif t in PREC:
            p, assoc = PREC[t]
            while stack and stack[-1] in PREC:
                q = PREC[stack[-1]][0]
                if q > p or (q == p and assoc == "L"):
                    output.append(stack.pop())
                else:
                    break
            stack.append(t)
        elif t == "(":
            stack.append(t)
        elif t == ")":
            while stack and stack[-1] != "(":
                output.append(stack.pop())
            if not stack:
                raise SyntaxError("unbalanced ')'")
            stack.pop()
        else:
            raise SyntaxError(f"unknown token {t!r}")
    while stack:
        if stack[-1] == "(":
            raise SyntaxError("unbalanced '('")
        output.append(stack.pop())
    return output
def eval_rpn(rpn):
    st = []
    for t in rpn:
        if t in PREC:
            if len(st) < 2:
                raise SyntaxError("not enough operands")
            b, a = st.pop(), st.pop()
            st.append({"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b, "/": lambda: a / b,
                       "//": lambda: a // b, "%": lambda: a % b, "^": lambda: a ** b}[t]())
        else:
            st.append(float(t) if "." in t else int(t))
    if len(st) != 1:
        raise SyntaxError("leftover operands")
    return st[0]
for expr in ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "(2 ^ 3) ^ 2", "100 / 8", "100 // 8 % 5", "7 - 10 - 3",
             "2 ^ 100", "1.5 * 4 - 0.5", "((((42))))", "3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "10 / 0", "(1 + 2", "1 + 2)", "1 +", "2 $ 3"]:
    try:
        rpn = to_rpn(tokenize(expr))
        print(f"{expr:28} -> {' '.join(rpn):32} = {eval_rpn(rpn)}")
    except (SyntaxError, ZeroDivisionError) as e:
        print(f"{expr:28} -> {type(e).__name__}: {e}")
