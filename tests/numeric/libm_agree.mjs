// Agreement of the fast paths of src/numeric/libm.ts with the slow (double-double) paths.
// Usage: node tests/numeric/libm_agree.mjs [arguments per function, default 1000000] [--python]
// For exp, exp2, log, log2 and pow: random arguments from several domains; every result of
// the public function (fast path with its rounding test) must be bit-identical to the slow
// path's. Also reports how often the slow path ran. Likewise erf and erfc (specialFunctions:
// the fast path is libm.erfFast/erfcFast, the slow one 400-bit fixed point, about 100 us a
// call, so they get a tenth of the arguments).
// With --python, the same arguments also go to python3 (math.exp, math.exp2, math.log,
// math.log2, math.pow, as float.hex) and the differences from CPython are counted (glibc is
// not correctly rounded in every case; the slow path's differences are the same ones); and
// the raw results of the fast cores (exp of x, log of x) for up to 200,000 arguments each are
// checked against 40-digit decimal arithmetic: the largest relative error is reported, in
// units of the bounds the rounding tests assume (exp: 2**-66 absolute on [1, 2); log: 2**-68
// relative). It must stay well below 1.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '.cache', 'libm.mjs');
await build({ entryPoints: [path.join(here, '..', '..', 'src', 'numeric', 'index.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'warning' });
const NUM = await import(pathToFileURL(out).href + '?' + Date.now());
const M = NUM.libm;
const COUNT = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 1e6);
const PYTHON = process.argv.includes('--python');
const pyCases = []; // [name, x, y?, our result]
const coreCases = []; // ['exp', x, fh, fl, k] or ['log', x, fh, fl]

let s = [0x9e3779b9, 0x243f6a88, 0xb7e15162, 0x87654321];
function rnd32() {
  const r = Math.imul(rotl(Math.imul(s[1], 5), 7), 9) >>> 0;
  const t = s[1] << 9;
  s[2] ^= s[0]; s[3] ^= s[1]; s[1] ^= s[2]; s[0] ^= s[3]; s[2] ^= t; s[3] = rotl(s[3], 11);
  return r;
}
function rotl(x, k) { return (x << k) | (x >>> (32 - k)); }
const u = () => rnd32() / 4294967296 + rnd32() / 2 ** 64; // [0, 1), 53+ bits
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const bitsPositive = () => { u32[0] = rnd32(); u32[1] = rnd32() & 0x7fefffff; return f64[0]; };
const uniform = (a, b) => a + (b - a) * u();
const logUniform = (a, b) => Math.exp(Math.log(a) + (Math.log(b) - Math.log(a)) * u());
const pick = (...gens) => gens[Math.floor(u() * gens.length)]();
const sign = (x) => (u() < 0.5 ? -x : x);
const same = (a, b) => Object.is(a, b) || (a !== a && b !== b);

const domains = {
  exp: () => pick(() => uniform(-745.2, 709.8), () => uniform(-20, 20), () => sign(logUniform(1e-18, 1)), () => uniform(-709, -707), () => uniform(709, 709.78), () => Math.round(uniform(-700, 700)) * 0.5),
  exp2: () => pick(() => uniform(-1075, 1024), () => uniform(-30, 30), () => sign(logUniform(1e-18, 1)), () => Math.round(uniform(-1080, 1030)), () => Math.round(uniform(-2000, 2000)) / 8),
  log: () => pick(bitsPositive, () => logUniform(1e-300, 1e300), () => uniform(0.5, 2), () => 1 + sign(logUniform(1e-16, 0.01)), () => logUniform(4e-324, 2.3e-308), () => Math.round(uniform(1, 1e6))),
  log2: () => pick(bitsPositive, () => logUniform(1e-300, 1e300), () => uniform(0.5, 2), () => 1 + sign(logUniform(1e-16, 0.01)), () => 2 ** Math.round(uniform(-1074, 1023)) * pick(() => 1, () => 1 + 2 ** -52, () => 1 - 2 ** -53), () => Math.round(uniform(1, 1e6))),
};
const powArgs = () => pick(
  () => [logUniform(1e-5, 1e5), uniform(-50, 50)],
  () => [uniform(0, 4), uniform(-4, 4)],
  () => [logUniform(1e-300, 1e300), sign(logUniform(1e-3, 2))],
  () => [1 + sign(logUniform(1e-15, 1e-3)), sign(logUniform(1, 1e12))],
  () => [Math.round(uniform(2, 1000)), Math.round(uniform(-60, 60))],
  () => [Math.round(uniform(1, 100)) ** 2, pick(() => 0.5, () => 1.5, () => -1.5, () => 2.5)],
  () => { const x = logUniform(1.0001, 1e300); return [x, sign(uniform(700, 745) / Math.log(x))]; },
  () => [uniform(0.5, 2), uniform(-1e4, 1e4)],
);

let failures = 0;
function report(name, n, slow0) {
  const slow = M.stats.slow - slow0;
  console.log(`${name.padEnd(6)} ${String(n).padStart(9)} args, slow path ${String(slow).padStart(6)} (${((100 * slow) / n).toFixed(4)}%)`);
}
function record(name, args, got) {
  if (PYTHON) pyCases.push([name, ...args, got]);
}
function mismatch(name, args, got, want) {
  failures++;
  if (failures < 20) console.log(`MISMATCH ${name}(${args.join(', ')}): fast ${got} slow ${want}`);
}

// exp: also the core error, relative to the rounding test's bound (2**-66 absolute, result in [1, 2)).
{
  const slow0 = M.stats.slow;
  for (let n = 0; n < COUNT; n++) {
    const x = domains.exp();
    const got = M.exp(x), want = M.expSlow(x);
    if (!same(got, want)) mismatch('exp', [x], got, want);
    record('exp', [x], got);
    if (PYTHON && n < 200000 && x > -708.3 && x < 709.7) coreCases.push(['exp', x, ...M.cores.exp(x, 0)]);
  }
  report('exp', COUNT, slow0);
}
{
  const slow0 = M.stats.slow;
  for (let n = 0; n < COUNT; n++) {
    const x = domains.exp2();
    const got = M.exp2(x), want = M.powPositiveSlow(2, x);
    if (!same(got, want)) mismatch('exp2', [x], got, want);
    record('exp2', [x], got);
  }
  report('exp2', COUNT, slow0);
}
for (const name of ['log', 'log2']) {
  const slow0 = M.stats.slow;
  const slowF = name === 'log' ? M.logSlow : M.log2Slow;
  for (let n = 0; n < COUNT; n++) {
    const x = domains[name]();
    const got = M[name](x), want = slowF(x);
    if (!same(got, want)) mismatch(name, [x], got, want);
    record(name, [x], got);
    if (PYTHON && name === 'log' && n < 200000 && x !== 1) coreCases.push(['log', x, ...M.cores.log(x)]);
  }
  report(name, COUNT, slow0);
}
{
  const slow0 = M.stats.slow;
  for (let n = 0; n < COUNT; n++) {
    const [x, y] = powArgs();
    const got = M.powPositive(x, y), want = M.powPositiveSlow(x, y);
    if (!same(got, want)) mismatch('pow', [x, y], got, want);
    record('pow', [x, y], got);
  }
  report('pow', COUNT, slow0);
}
for (const name of ['erf', 'erfc']) {
  const n = Math.ceil(COUNT / 10);
  let undecided = 0;
  const fast = name === 'erf' ? M.erfFast : M.erfcFast;
  const slow = name === 'erf' ? NUM.erfSlow : NUM.erfcSlow;
  const gen = name === 'erf'
    ? () => pick(() => uniform(-6, 6), () => uniform(-1, 1), () => sign(logUniform(1e-300, 0.25)), () => sign(uniform(0.24, 0.26)), () => sign(uniform(5.9, 6)))
    : () => pick(() => uniform(-6, 27), () => uniform(-1, 1), () => uniform(0, 8), () => sign(logUniform(1e-300, 0.25)), () => sign(uniform(0.24, 0.26)), () => uniform(26.4, 26.6), () => uniform(-6, -5.9), () => uniform(6.9, 7.1));
  for (let i = 0; i < n; i++) {
    const x = gen();
    const f = fast(x);
    if (f !== f) { undecided++; continue; }
    const want = slow(x);
    if (!same(f, want)) mismatch(name, [x], f, want);
  }
  console.log(`${name.padEnd(6)} ${String(n).padStart(9)} args, slow path ${String(undecided).padStart(6)} (${((100 * undecided) / n).toFixed(4)}%)`);
}
console.log(failures ? `${failures} MISMATCHES` : 'fast and slow paths agree on all arguments');

if (PYTHON) {
  // One line per case: name and arguments as 16 hex digits of the IEEE bits.
  const hex = (x) => { f64[0] = x; return u32[1].toString(16).padStart(8, '0') + u32[0].toString(16).padStart(8, '0'); };
  const unhex = (h) => { u32[1] = parseInt(h.slice(0, 8), 16); u32[0] = parseInt(h.slice(8), 16); return f64[0]; };
  const input = pyCases.map((c) => [c[0], ...c.slice(1, -1).map(hex)].join(' ')).join('\n') + '\n';
  const script = `
import sys, math, struct
F = lambda h: struct.unpack('>d', bytes.fromhex(h))[0]
H = lambda x: struct.pack('>d', x).hex()
fs = {'exp': math.exp, 'exp2': lambda x: 2.0 ** x, 'log': math.log, 'log2': math.log2, 'pow': math.pow}
out = []
for line in sys.stdin:
    name, *args = line.split()
    try:
        out.append(H(fs[name](*map(F, args))))
    except (OverflowError, ValueError):
        out.append('err')
sys.stdout.write('\\n'.join(out) + '\\n')
`;
  const py = spawnSync('python3', ['-c', script], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (py.status !== 0) { console.error(py.stderr); process.exit(2); }
  const lines = py.stdout.split('\n');
  const diffs = new Map();
  const shown = new Map();
  pyCases.forEach((c, i) => {
    const name = c[0];
    const ours = c[c.length - 1];
    const want = lines[i] === 'err' ? Infinity : unhex(lines[i]);
    // math.exp and math.pow raise OverflowError where we return inf (the caller raises).
    const ok = same(ours, want) || (lines[i] === 'err' && !Number.isFinite(ours));
    const d = diffs.get(name) ?? [0, 0];
    d[0]++;
    if (!ok) {
      d[1]++;
      if ((shown.get(name) ?? 0) < 3) {
        shown.set(name, (shown.get(name) ?? 0) + 1);
        console.log(`  differs from CPython: ${name}(${c.slice(1, -1).join(', ')}) = ${ours}, CPython ${want}`);
      }
    }
    diffs.set(name, d);
  });
  for (const [name, [n, bad]] of diffs) console.log(`python3 ${name.padEnd(5)} ${n} args, ${bad} differ`);

  // Errors of the fast cores, exactly enough with 40 decimal digits.
  const coreInput = coreCases.map((c) => [c[0], ...c.slice(1, 4).map(hex), ...c.slice(4)].join(' ')).join('\n') + '\n';
  const coreScript = `
import sys, struct
from decimal import Decimal, getcontext
getcontext().prec = 40
F = lambda h: Decimal(struct.unpack('>d', bytes.fromhex(h))[0])
worst = {'exp': (0, ''), 'log': (0, '')}
for line in sys.stdin:
    name, x, fh, fl, *k = line.split()
    x, v = F(x), F(fh) + F(fl)
    if name == 'exp':
        err = abs(v - x.exp() / Decimal(2) ** int(k[0])) / Decimal(2) ** -66
    else:
        exact = x.ln()
        err = abs(v - exact) / abs(exact) / Decimal(2) ** -68
    if err > worst[name][0]:
        worst[name] = (err, line.split()[1])
for name, (err, x) in worst.items():
    print(f'core {name}: max error / bound {float(err):.4f} (at {float(F(x))!r})')
`;
  const core = spawnSync('python3', ['-c', coreScript], { input: coreInput, maxBuffer: 1 << 30, encoding: 'utf8' });
  if (core.status !== 0) { console.error(core.stderr); process.exit(2); }
  process.stdout.write(core.stdout);
  if (/error \/ bound (\d+\.\d+)/g.test(core.stdout) && [...core.stdout.matchAll(/bound (\d+\.\d+)/g)].some((m) => Number(m[1]) >= 0.5)) failures++;
}
process.exit(failures ? 1 : 0);
