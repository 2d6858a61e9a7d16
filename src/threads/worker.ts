/**
 * Entry point of every worker: the main Python thread and (later) the pool of Python
 * threads. Attaches to the shared heap and runs what it is asked to.
 */
import '../objects';
import { parentPort, workerData } from 'worker_threads';
import { attachHeap } from '../heap/memory';
import { runMain, MainOptions } from '../runtime/main';
import { traceGcSummary } from './threadState';

interface WorkerStart { role: 'main'; sab: SharedArrayBuffer; options: MainOptions }

const start = workerData as WorkerStart;
attachHeap(start.sab);
if (start.role === 'main') {
  let status: number;
  try {
    status = runMain(start.options);
  } catch (e) {
    // A JS failure outside any Python frame: report it plainly, never a raw stack.
    process.stderr.write(`pyrallel: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
    if (process.env.PYRALLEL_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    status = 1;
  }
  traceGcSummary();
  parentPort!.postMessage({ exit: status });
}
