# format() mini-language for integers.
specs = ["", "d", "5d", "<5d", ">5d", "^5d", "*^7d", "+d", "-d", " d", "05d", "+05d", "=+7d", "x", "#x", "X", "#X",
         "o", "#o", "b", "#b", "#010b", "c", ",", "_", "_b", "_x", "10,", "<+10,", "n", "e", ".2f", "%", "g", "08_d",
         "#_o", "=10d", "0=10d", "^+9", "x<8", "0>6"]
for n in [0, 7, -7, 65, 255, 1234567, -1234567, 2 ** 40]:
    out = []
    for sp in specs:
        try:
            out.append(format(n, sp))
        except (ValueError, OverflowError) as e:
            out.append("ERR(" + str(e) + ")")
    print(n, "|".join(out))
for sp in ["s", ".2d", ",c", "=s", "z"]:
    try:
        print(format(42, sp))
    except ValueError as e:
        print(repr(sp), "ValueError:", e)
print(format(True), format(True, "d"), format(False, ">5"), format(True, "x"), f"{True:^7}|")
print(format(2 ** 100, ","), format(-(2 ** 100), "_x"), format(10 ** 30, "e"), format(10 ** 30, ".3g"))
