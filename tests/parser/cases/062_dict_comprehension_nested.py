d = {k: {kk: vv for kk, vv in v.items()} for k, v in data.items() if v}
