a = f"{"nested same quotes"}"
b = f"{f"{f"{x}"}"}"
c = f'{'a' + 'b'}'
