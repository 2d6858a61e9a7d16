# format() mini-language for floats.
specs = ["", "f", ".0f", ".1f", ".3f", "10.2f", "<10.2f", "^10.2f", "*>10.1f", "+.2f", " .2f", "010.2f", "=+10.2f",
         "e", ".0e", ".3e", "E", "g", ".3g", ".10g", "G", "#g", "#.0f", "%", ".1%", ",", ",.2f", "_.3f", "n",
         ".2", "10", "<10", "015,.2f", "#.3e", "z.1f" if False else ".1f"]
vals = [0.0, -0.0, 1.0, -1.5, 3.14159265358979, 2.5, 0.000123456, 123456789.125, 1e16, 1.5e-7, 1e300,
        float("inf"), float("-inf"), float("nan"), 0.1 + 0.2, 100.0, 12345.6789]
for v in vals:
    out = []
    for sp in specs:
        try:
            out.append(format(v, sp))
        except ValueError as e:
            out.append("ERR(" + str(e) + ")")
    print(repr(v), "|".join(out))
for sp in ["d", "x", "c", "s"]:
    try:
        print(format(1.5, sp))
    except ValueError as e:
        print(repr(sp), "ValueError:", e)
print(format(2.675, ".2f"), format(1.005, ".2f"), format(0.125, ".2f"), format(0.375, ".2f"), format(1e22, "f"))
print(format(1 / 3, ".20f"), format(2 ** 0.5, ".30f"), format(1e-30, ".5f"), format(123.456, ".0e"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(-0.5, ".0f"), format(9.995, ".2f"))
print(format(1e15, "g"), format(1e16, "g"), format(123456, "g"), format(1234567, "g"), format(0.0001, "g"), format(0.00001, "g"))
