def process(data, *, threshold=0.5, verbose=False):
    result = []
    for i, item in enumerate(data):
        if item is None:
            continue
        elif isinstance(item, (list, tuple)):
            result.extend(process(item, threshold=threshold))
        else:
            try:
                value = float(item)
            except (TypeError, ValueError) as exc:
                if verbose:
                    print(f"skipping {item!r}: {exc}")
                continue
            if value > threshold:
                result.append(value)
    return sorted(result, key=lambda v: -v)
