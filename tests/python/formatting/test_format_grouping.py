# Thousands separators with ints and floats, zero padding, alignment and signs combined.
nums = [0, 7, -7, 999, 1000, -1000, 12345, 123456, 1234567, -1234567, 10 ** 12, 2 ** 64]
for n in nums:
    print(f"{n:,}|{n:_}|{n:15,}|{n:<15,}|{n:^15_}|{n:+,}|{n:015,}|{n:=+15,}|{n:_x}|{n:_b}"[:160])
floats = [0.0, 1234.5, -1234.5678, 1e6, 1234567.891, -0.001, 9999999.999]
for f in floats:
    print(f"{f:,.2f}|{f:_.3f}|{f:15,.1f}|{f:015,.2f}|{f:,e}|{f:,g}|{f:,.0f}|{f:,%}")
print(format(1234567, ",d"), format(1234567, "n"), format(-1234, "08,"), format(1234, "010_"))
for bad in [",x", ",s", ",c"]:
    try:
        print(format(1234, bad))
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
try:
    print(format(1234, ",_"))
except ValueError as e:
    print("ValueError:", e)
