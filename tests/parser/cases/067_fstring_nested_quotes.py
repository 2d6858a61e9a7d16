a = f"{x['key']}"
b = f'{x["key"]}'
c = f"""{x["a"] + x['b']}"""
d = f"{'nested' + f'{y}'}"
e = f'{x:{"<" if a else ">"}10}'
