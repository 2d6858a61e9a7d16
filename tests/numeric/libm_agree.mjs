// Agreement of the fast paths of src/numeric/libm.ts with the slow (double-double) paths.
// Usage: node tests/numeric/libm_agree.mjs [arguments per function, default 1000000]
// For exp, exp2, log, log2 and pow: random arguments from several domains; every result of
// the public function (fast path with its rounding test) must be bit-identical to the slow
// path's. Also reports how often the slow path ran, and the largest error of the fast
// cores measured against the double-double cores (in units of the error bound assumed by
// the rounding tests: must stay well below 1).
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '.cache', 'libm.mjs');
await build({ entryPoints: [path.join(here, '..', '..', 'src', 'numeric', 'libm.ts')], bundle: true, format: 'esm', platform: 'node', outfile: out, logLevel: 'warning' });
const M = await import(pathToFileURL(out).href + '?' + Date.now());
const COUNT = Number(process.argv[2] ?? 1e6);

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
function report(name, n, slow0, errs) {
  const slow = M.stats.slow - slow0;
  console.log(`${name.padEnd(6)} ${String(n).padStart(9)} args, slow path ${String(slow).padStart(6)} (${((100 * slow) / n).toFixed(4)}%)` + (errs ? `, max core error / bound ${errs.toFixed(4)}` : ''));
}
function mismatch(name, args, got, want) {
  failures++;
  if (failures < 20) console.log(`MISMATCH ${name}(${args.join(', ')}): fast ${got} slow ${want}`);
}

// exp: also the core error, relative to the rounding test's bound (2**-66 absolute, result in [1, 2)).
{
  const slow0 = M.stats.slow;
  let worst = 0;
  for (let n = 0; n < COUNT; n++) {
    const x = domains.exp();
    const got = M.exp(x), want = M.expSlow(x);
    if (!same(got, want)) mismatch('exp', [x], got, want);
    if (x > -708.3 && x < 709.7) {
      const [fh, fl, k] = M.cores.exp(x, 0);
      const [h, l, k2] = M.cores.expDD(x, 0);
      const sc = 2 ** (k2 - k);
      const d = Math.abs(fh - h * sc + (fl - l * sc));
      worst = Math.max(worst, d / 2 ** -66);
    }
  }
  report('exp', COUNT, slow0, worst);
}
{
  const slow0 = M.stats.slow;
  for (let n = 0; n < COUNT; n++) {
    const x = domains.exp2();
    const got = M.exp2(x), want = M.powPositiveSlow(2, x);
    if (!same(got, want)) mismatch('exp2', [x], got, want);
  }
  report('exp2', COUNT, slow0);
}
for (const name of ['log', 'log2']) {
  const slow0 = M.stats.slow;
  let worst = 0;
  const slowF = name === 'log' ? M.logSlow : M.log2Slow;
  for (let n = 0; n < COUNT; n++) {
    const x = domains[name]();
    const got = M[name](x), want = slowF(x);
    if (!same(got, want)) mismatch(name, [x], got, want);
    if (name === 'log' && x !== 1) {
      const [fh, fl] = M.cores.log(x);
      const [h, l] = M.cores.logDD(x);
      worst = Math.max(worst, Math.abs(fh - h + (fl - l)) / Math.abs(h) / 2 ** -68);
    }
  }
  report(name, COUNT, slow0, name === 'log' ? worst : 0);
}
{
  const slow0 = M.stats.slow;
  for (let n = 0; n < COUNT; n++) {
    const [x, y] = powArgs();
    const got = M.powPositive(x, y), want = M.powPositiveSlow(x, y);
    if (!same(got, want)) mismatch('pow', [x, y], got, want);
  }
  report('pow', COUNT, slow0);
}
console.log(failures ? `${failures} MISMATCHES` : 'all agree');
process.exit(failures ? 1 : 0);
