// Bundles the CLI and the worker entry point into dist/ with esbuild.
// Two entry points because every Python thread is a worker_thread that loads dist/worker.js.
import { build } from 'esbuild';

await build({
  entryPoints: { cli: 'src/cli.ts', worker: 'src/threads/worker.ts' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  outdir: 'dist',
  sourcemap: 'linked',
  logLevel: 'warning',
});
