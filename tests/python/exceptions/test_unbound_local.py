# UnboundLocalError and NameError in various scopes.
x = 10
def reads_then_assigns():
    print(x)
    x = 5
try:
    reads_then_assigns()
except UnboundLocalError as e:
    print("UnboundLocalError:", e, isinstance(e, NameError))
def deleted_local():
    y = 1
    del y
    return y
try:
    deleted_local()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def conditional_assign(flag):
    if flag:
        z = "assigned"
    return z
print(conditional_assign(True))
try:
    conditional_assign(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def augmented():
    counter += 1
try:
    augmented()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_var_deleted():
    v = 1
    def inner():
        return v
    del v
    return inner()
try:
    free_var_deleted()
except NameError as e:
    print(type(e).__name__ + ":", e)
def loop_not_run():
    for item in []:
        pass
    return item
try:
    loop_not_run()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def except_var_cleared():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    except_var_cleared()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
try:
    print(never_defined)
except NameError as e:
    print("NameError:", e, e.args)
try:
    del never_defined_either
except NameError as e:
    print("NameError:", e)
class C:
    try:
        print(undefined_in_class)
    except NameError as e:
        print("NameError in class body:", e)
def comprehension_scope():
    return [undefined_in_comp for _ in range(1)]
try:
    comprehension_scope()
except NameError as e:
    print("NameError:", e)
def shadowed_builtin():
    try:
        return len("abc")
    finally:
        pass
    len = None
try:
    shadowed_builtin()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
