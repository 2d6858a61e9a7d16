// Differential test of src/parser against CPython's ast module.
//
//   node tests/parser/run.mjs            corpus in tests/parser/cases, eval/ (eval mode) and errors/
//   node tests/parser/run.mjs --stdlib   also every .py file of CPython's stdlib
//   node tests/parser/run.mjs --verbose  print the first difference of each failure
//   node tests/parser/run.mjs FILE.py... only these files
//
// CPython's side runs in one python3 process (pydump.py) for all files.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const cache = path.join(here, '.cache');
fs.mkdirSync(cache, { recursive: true });
const bundle = path.join(cache, 'parser.cjs');
await build({
  entryPoints: [path.join(root, 'src/parser/index.ts')],
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: bundle, logLevel: 'warning',
});
const require = createRequire(import.meta.url);
const parser = require(bundle);

const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const stdlib = args.includes('--stdlib');
const explicit = args.filter((a) => !a.startsWith('--'));
const STDLIB = process.env.PY_STDLIB || '/root/.pyenv/versions/3.11.7/lib/python3.11';

function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (p.includes('lib2to3/tests/data') || e.name === 'site-packages') continue;
      walk(p, out);
    } else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}

const jobs = [];
if (explicit.length) {
  for (const f of explicit) jobs.push([f.includes('/errors/') ? 'err' : 'ast', path.resolve(f)]);
} else {
  for (const f of fs.readdirSync(path.join(here, 'cases')).sort()) if (f.endsWith('.py')) jobs.push(['ast', path.join(here, 'cases', f)]);
  for (const f of fs.readdirSync(path.join(here, 'errors')).sort()) if (f.endsWith('.py')) jobs.push(['err', path.join(here, 'errors', f)]);
  for (const f of fs.readdirSync(path.join(here, 'eval')).sort()) if (f.endsWith('.py')) jobs.push(['eval', path.join(here, 'eval', f)]);
  if (stdlib) for (const f of walk(STDLIB, []).sort()) jobs.push(['ast', f]);
}

const py = JSON.parse(execFileSync('python3', [path.join(here, 'pydump.py')], {
  input: JSON.stringify(jobs), maxBuffer: 4 << 30,
}).toString());

function firstDiff(a, b) {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `  ours:    ...${a.slice(Math.max(0, i - 150), i + 150)}\n  cpython: ...${b.slice(Math.max(0, i - 150), i + 150)}`;
}

const groups = { cases: [0, 0], eval: [0, 0], errors: [0, 0], stdlib: [0, 0] };
let skipped = 0;
const failures = [];
let parseMs = 0;
for (const [mode, file] of jobs) {
  const expected = py[file];
  const group = mode === 'err' ? 'errors' : mode === 'eval' ? 'eval' : file.startsWith(here) ? 'cases' : 'stdlib';
  // Files CPython 3.11 rejects (3.12-only syntax) may carry a reviewed golden dump.
  if (mode === 'ast' && expected && expected.skip && fs.existsSync(file + '.expected')) {
    expected.dump = fs.readFileSync(file + '.expected', 'utf8').trimEnd();
    delete expected.skip;
  }
  if (!expected || expected.skip) { skipped++; continue; }
  const src = fs.readFileSync(file, 'utf8');
  let ok = false, detail = '';
  if (mode === 'ast' || mode === 'eval') {
    try {
      const t0 = performance.now();
      const tree = mode === 'ast' ? parser.parseModule(src, file) : parser.parseExpression(src, file);
      parseMs += performance.now() - t0;
      const ours = parser.dumpAst(tree, true);
      ok = ours === expected.dump;
      if (!ok) detail = firstDiff(ours, expected.dump);
    } catch (e) {
      detail = e instanceof parser.PySyntaxError
        ? `  raised ${e.type}: ${e.msg} (line ${e.lineno}, offset ${e.offset})`
        : `  crashed: ${e && e.stack}`;
    }
  } else {
    let got;
    try {
      parser.parseModule(src, file);
      got = 'no error';
    } catch (e) {
      if (!(e instanceof parser.PySyntaxError)) got = `crash: ${e && e.stack}`;
      else got = JSON.stringify([e.type, e.msg, e.lineno, e.offset]);
    }
    const want = expected.ok ? 'no error' : JSON.stringify(expected.error);
    ok = got === want;
    if (!ok) detail = `  ours:    ${got}\n  cpython: ${want}`;
  }
  groups[group][ok ? 0 : 1]++;
  if (!ok) failures.push(`FAIL ${path.relative(root, file)}${verbose ? '\n' + detail : ''}`);
}

for (const f of failures) console.log(f);
for (const [g, [pass, fail]] of Object.entries(groups)) {
  if (pass + fail) console.log(`${g}: ${pass}/${pass + fail} identical`);
}
if (skipped) console.log(`skipped (CPython cannot read/parse them): ${skipped}`);
console.log(`parse time (ours, all ast files): ${parseMs.toFixed(0)} ms`);
const total = Object.values(groups).reduce((a, [p, f]) => [a[0] + p, a[1] + f], [0, 0]);
console.log(`${total[0]} passed, ${total[1]} failed`);
process.exit(total[1] ? 1 : 0);
