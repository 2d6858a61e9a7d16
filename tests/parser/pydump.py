# Helper for run.mjs: reads a JSON list of [mode, path] from stdin, writes a JSON
# object {path: {"dump": ...} | {"error": [type, msg, lineno, offset]} | {"skip": reason}}.
import ast, json, sys, warnings
warnings.filterwarnings("ignore")

def main():
    jobs = json.load(sys.stdin)
    out = {}
    for mode, path in jobs:
        try:
            with open(path, encoding='utf-8-sig') as f:
                src = f.read()
        except Exception as e:
            out[path] = {"skip": "read: %s" % e}
            continue
        if mode in ('ast', 'eval'):
            try:
                tree = ast.parse(src, mode='exec' if mode == 'ast' else 'eval')
            except (SyntaxError, ValueError) as e:
                out[path] = {"skip": "cpython: %s" % e}
                continue
            except RecursionError:
                out[path] = {"skip": "recursion"}
                continue
            out[path] = {"dump": ast.dump(tree, include_attributes=True)}
        else:
            try:
                compile(src, path, 'exec', dont_inherit=True)
                out[path] = {"ok": True}
            except SyntaxError as e:
                out[path] = {"error": [type(e).__name__, e.msg, e.lineno, e.offset]}
    json.dump(out, sys.stdout)

main()
