# A stack-based virtual machine with an assembler, labels, jumps, calls and a trace of the first steps.
SOURCE = """
    push 10
    call fact
    print
    push 0
    push 1
    store a
    store b
    push 15
    store n
loop:
    load n
    jz done
    load a
    load b
    add
    load a
    store b
    store a
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load b
    print
    halt
fact:
    dup
    push 1
    le
    jz recurse
    pop
    push 1
    ret
recurse:
    dup
    push 1
    sub
    call fact
    mul
    ret
"""
def assemble(src):
    code, labels = [], {}
    for line in src.strip().splitlines():
        line = line.strip()
        if line.endswith(":"):
            labels[line[:-1]] = len(code)
        elif line:
            parts = line.split()
            code.append((parts[0], parts[1] if len(parts) > 1 else None))
    return [(op, labels.get(arg, int(arg) if arg and arg.lstrip("-").isdigit() else arg)) for op, arg in code], labels
def run(code, trace_steps=0):
    stack, calls, env, pc, steps, out = [], [], {}, 0, 0, []
    while True:
        op, arg = code[pc]
        if steps < trace_steps:
            print(f"  {steps:3} pc={pc:2} {op:5} {str(arg):6} stack={stack}")
        steps += 1
        pc += 1
        if op == "push":
            stack.append(arg)
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op in ("add", "sub", "mul", "le"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "le": int(a <= b)}[op])
        elif op == "load":
            stack.append(env[arg])
        elif op == "store":
            env[arg] = stack.pop()
        elif op == "jmp":
            pc = arg
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg
        elif op == "call":
            calls.append(pc)
            pc = arg
        elif op == "ret":
            pc = calls.pop()
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            return out, steps, env
        else:
            raise ValueError(f"bad op {op}")
code, labels = assemble(SOURCE)
print(len(code), labels)
out, steps, env = run(code, trace_steps=12)
print(out, steps, env)
