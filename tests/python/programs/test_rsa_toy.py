# Toy RSA with big integers: key generation from fixed primes, modular inverse by extended Euclid, encrypt/decrypt.
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y
def modinv(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse mod {m}")
    return x % m
p = 2 ** 127 - 1
q = 2 ** 89 - 1
n = p * q
phi = (p - 1) * (q - 1)
e = 65537
d = modinv(e, phi)
print(n)
print(d)
print(e * d % phi, pow(e, -1, phi) == d)
def encode(text):
    return int.from_bytes(text.encode("utf-8"), "big")
def decode(number):
    return number.to_bytes((number.bit_length() + 7) // 8, "big").decode("utf-8")
for msg in ["hello", "RSA with Python ints", "ünïcödé ✓"]:
    m = encode(msg)
    c = pow(m, e, n)
    back = decode(pow(c, d, n))
    print(msg, m, c % 10 ** 12, back == msg)
sig = pow(encode("signed"), d, n)
print(decode(pow(sig, e, n)))
try:
    modinv(6, 9)
except ValueError as ex:
    print("ValueError:", ex)
dp, dq, qinv = d % (p - 1), d % (q - 1), modinv(q, p)
c = pow(encode("crt"), e, n)
m1, m2 = pow(c, dp, p), pow(c, dq, q)
h = qinv * (m1 - m2) % p
print(decode(m2 + h * q))
print([egcd(a, b) for a, b in [(240, 46), (17, 5), (2 ** 64, 3 ** 40)]])
