# An inventory system: records as dicts, grouping, sorting with multiple keys, validation errors, a formatted report.
RAW = """sku,name,category,qty,price
A100,Widget,tools,25,3.50
A101,Gadget,tools,0,12.00
B200,Apple,food,120,0.45
B201,Bread,food,15,2.10
C300,Cable,electronics,40,5.99
C301,Charger,electronics,8,19.95
C302,Headphones,electronics,3,59.00
D400,Notebook,office,200,1.25
D401,Pen,office,-5,0.80
E500,Mystery,,7,abc"""
header, *lines = RAW.splitlines()
fields = header.split(",")
items, errors = [], []
for lineno, line in enumerate(lines, 2):
    rec = dict(zip(fields, line.split(",")))
    try:
        rec["qty"] = int(rec["qty"])
        rec["price"] = float(rec["price"])
        if rec["qty"] < 0:
            raise ValueError(f"negative quantity {rec['qty']}")
        if not rec["category"]:
            raise ValueError("missing category")
        items.append(rec)
    except ValueError as e:
        errors.append(f"line {lineno} ({rec['sku']}): {e}")
print(len(items), "valid records")
for e in errors:
    print("error:", e)
by_cat = {}
for it in items:
    by_cat.setdefault(it["category"], []).append(it)
print(f"{'category':<12}{'items':>6}{'units':>7}{'value':>10}")
for cat in sorted(by_cat):
    group = by_cat[cat]
    units = sum(i["qty"] for i in group)
    value = sum(i["qty"] * i["price"] for i in group)
    print(f"{cat:<12}{len(group):>6}{units:>7}{value:>10.2f}")
total = sum(i["qty"] * i["price"] for i in items)
print(f"{'total':<25}{total:>10.2f}")
low = sorted((i for i in items if i["qty"] < 10), key=lambda i: (i["qty"], i["sku"]))
print("low stock:", [(i["sku"], i["qty"]) for i in low])
ranked = sorted(items, key=lambda i: (-i["qty"] * i["price"], i["name"]))
for rank, it in enumerate(ranked[:3], 1):
    print(rank, it["name"], round(it["qty"] * it["price"], 2))
restock = {i["sku"]: max(0, 20 - i["qty"]) for i in items if i["qty"] < 20}
print(restock, sum(restock.values()))
price_bands = {"<1": 0, "1-10": 0, ">10": 0}
for it in items:
    band = "<1" if it["price"] < 1 else "1-10" if it["price"] <= 10 else ">10"
    price_bands[band] += 1
print(price_bands)
