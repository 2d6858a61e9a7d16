// Per-call cost of the math functions of src/numeric (the functions the math module
// calls, with their error checks) against the JS Math function of the same name.
// Usage: node bench/libm_micro.mjs [function names...]
// Each function runs over a fixed array of 4096 arguments from a typical domain,
// repeated until about 200 ms of CPU time (process.cpuUsage, so that other processes on
// a busy machine count less) have passed; the best of 3 rounds is reported.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'tests', 'numeric', '.cache', 'bench-numeric.mjs');
await build({
  entryPoints: [path.join(here, '..', 'src', 'numeric', 'index.ts')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'warning',
});
const N = await import(pathToFileURL(out).href + '?' + Date.now());

let seed = 12345;
const rand = () => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return (seed >>> 8) / 16777216 + (Math.imul(seed, 2654435761) >>> 0) / 2 ** 56;
};
const SIZE = 4096;
const args = (lo, hi) => Float64Array.from({ length: SIZE }, () => lo + (hi - lo) * rand());
const logs = (lo, hi) => Float64Array.from({ length: SIZE }, () => Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * rand()));

// name: [ours, Math baseline or null, arguments x, [arguments y]]
const table = {
  exp: [N.mathExp, Math.exp, args(-20, 20)],
  exp2: [N.mathExp2, (x) => 2 ** x, args(-30, 30)],
  expm1: [N.mathExpm1, Math.expm1, args(-2, 2)],
  log: [(x) => N.mathLog(x), Math.log, logs(1e-10, 1e10)],
  log2: [N.mathLog2, Math.log2, logs(1e-10, 1e10)],
  log10: [N.mathLog10, Math.log10, logs(1e-10, 1e10)],
  log1p: [N.mathLog1p, Math.log1p, args(-0.5, 2)],
  sqrt: [N.mathSqrt, Math.sqrt, logs(1e-10, 1e10)],
  cbrt: [N.mathCbrt, Math.cbrt, logs(1e-10, 1e10)],
  sin: [N.mathSin, Math.sin, args(-10, 10)],
  cos: [N.mathCos, Math.cos, args(-10, 10)],
  tan: [N.mathTan, Math.tan, args(-10, 10)],
  asin: [N.mathAsin, Math.asin, args(-1, 1)],
  acos: [N.mathAcos, Math.acos, args(-1, 1)],
  atan: [N.mathAtan, Math.atan, args(-10, 10)],
  atan2: [N.mathAtan2, Math.atan2, args(-10, 10), args(-10, 10)],
  sinh: [N.mathSinh, Math.sinh, args(-10, 10)],
  cosh: [N.mathCosh, Math.cosh, args(-10, 10)],
  tanh: [N.mathTanh, Math.tanh, args(-5, 5)],
  asinh: [N.mathAsinh, Math.asinh, args(-10, 10)],
  acosh: [N.mathAcosh, Math.acosh, args(1, 10)],
  atanh: [N.mathAtanh, Math.atanh, args(-0.99, 0.99)],
  pow: [N.mathPow, Math.pow, args(0.01, 10), args(-20, 20)],
  hypot: [N.hypot2 ?? ((x, y) => N.hypot([x, y])), Math.hypot, args(-10, 10), args(-10, 10)],
  erf: [N.erf, null, args(-3, 3)],
  erfc: [N.erfc, null, args(-3, 3)],
  gamma: [N.gamma, null, args(0.5, 20)],
  lgamma: [N.lgamma, null, args(0.5, 50)],
};

// The timing loop is compiled afresh for every function, so that its call site stays monomorphic.
const LOOP = `
  let sink = 0;
  let reps = 0;
  const c0 = process.cpuUsage();
  let us = 0;
  do {
    if (ys) for (let i = 0; i < SIZE; i++) sink += f(xs[i], ys[i]);
    else for (let i = 0; i < SIZE; i++) sink += f(xs[i]);
    reps++;
    const c = process.cpuUsage(c0);
    us = c.user + c.system;
  } while (us < 200000);
  if (sink === 0.123) console.log(sink);
  return (us * 1000) / (reps * SIZE);`;
function best(f, xs, ys) {
  const loop = new Function('f', 'xs', 'ys', 'SIZE', 'process', LOOP);
  return Math.min(loop(f, xs, ys, SIZE, process), loop(f, xs, ys, SIZE, process), loop(f, xs, ys, SIZE, process));
}
const only = process.argv.slice(2);
console.log('function    ours ns/call   Math ns/call   ratio');
for (const [name, [ours, base, xs, ys]] of Object.entries(table)) {
  if (only.length && !only.includes(name)) continue;
  const tOurs = best(ours, xs, ys);
  let tBase = NaN;
  if (base) tBase = best(base, xs, ys);
  const ratio = base ? (tOurs / tBase).toFixed(1) : '';
  console.log(`${name.padEnd(10)} ${tOurs.toFixed(1).padStart(12)} ${base ? tBase.toFixed(1).padStart(14) : '             -'} ${ratio.padStart(7)}`);
}
