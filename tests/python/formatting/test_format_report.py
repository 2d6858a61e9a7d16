# A formatted report mixing %-formatting, str.format and f-strings.
sales = [("north", "widgets", 1200, 3.5), ("north", "gadgets", 340, 12.25), ("south", "widgets", 980, 3.5),
         ("south", "gizmos", 45, 120.0), ("east", "gadgets", 1500, 11.0), ("west", "gizmos", 0, 125.5)]
print("%-8s %-10s %8s %10s %12s" % ("region", "product", "units", "price", "revenue"))
print("-" * 52)
total = 0.0
by_region = {}
for region, product, units, price in sales:
    revenue = units * price
    total += revenue
    by_region[region] = by_region.get(region, 0.0) + revenue
    print("%-8s %-10s %8d %10.2f %12s" % (region, product, units, price, f"{revenue:,.2f}"))
print("-" * 52)
print("{:<8} {:>43}".format("total", format(total, ",.2f")))
print()
for region, rev in sorted(by_region.items(), key=lambda kv: -kv[1]):
    share = rev / total
    bar = "#" * round(share * 40)
    print(f"{region:>6} {rev:>12,.2f} {share:6.1%} {bar}")
print()
print("{0:=^52}".format(" summary "))
print("{:>20}: {:d}".format("line items", len(sales)))
print("{:>20}: {:.3e}".format("total (sci)", total))
print("{:>20}: {:x}".format("units (hex)", sum(s[2] for s in sales)))
print("{:>20}: {:08.3f}".format("mean price", sum(s[3] for s in sales) / len(sales)))
print("{:>20}: {}".format("max units", max(sales, key=lambda s: s[2])[1]))
