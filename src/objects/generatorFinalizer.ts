/**
 * Closing generators that die suspended, as CPython's generator finalizer does (close(),
 * so that a `finally` block or a `with` statement around the last yield runs). CPython does
 * it when the last reference goes; our collector can only tell at a collection, so a
 * generator dropped mid-iteration is closed at the next collection (gc.collect() included)
 * or, if it is still alive then, at exit.
 *
 * Each thread block holds a list (TB_GENERATORS, linked through GEN_NEXT, not traced) of
 * the plain generators its threads made, pushed at creation by the owning thread only.
 * A collection, with every thread stopped, walks every list after marking and before the
 * weak-list hooks:
 *  - a generator found dead while suspended (started, not finished) is flagged
 *    GEN_PENDING_CLOSE, counted in its thread block's TB_FINALIZE, and kept alive with all
 *    it reaches; so is every generator already flagged;
 *  - then finished generators and dead never-started ones leave the list (closing them
 *    runs no code).
 * The owning thread closes its flagged generators at its next safepoint in compiled code
 * (a statement boundary, where running Python code is safe; the poll stays raised while
 * TB_FINALIZE is non-zero) or at the end of gc.collect().
 * Invariant: a flagged generator is kept by every collection until its thread has cleared
 * the flag, which it does only while the generator is rooted for the close. A thread that
 * ends must close its flagged generators first (the threads issue: a block without a thread
 * gets no new flags, but the ones it has keep their generators alive).
 */
import { I32, F, REF_BASE } from '../heap/memory';
import { MAX_THREADS, CTRL_THREAD_HIGH, THREAD_BLOCKS, THREAD_BLOCK_BYTES, TB_GENERATORS, TB_FINALIZE, TB_STATE, ThreadRun } from '../heap/layout';
import { registerResurrectHook } from '../heap/collector';
import { genFp, genFinished, genPc, genClose, genRepr, GEN_NEXT, GEN_FLAGS_WORD, GEN_PENDING_CLOSE } from './generator';
import { newList, listItems } from './list';
import { jsString } from './str';
import { ts, rootMark, pushRoot, rootRelease } from '../threads/threadState';
import { PyException } from '../runtime/errors';
import { formatUnchained } from '../runtime/traceback';
import { writeStderr } from '../runtime/stdio';

const pendingBit = (a: number) => I32[(a >> 2) + GEN_FLAGS_WORD] & GEN_PENDING_CLOSE;
/** Started and not finished: closing it runs its code (a finally block, an except). */
function suspended(a: number): boolean {
  const fp = genFp(a + REF_BASE);
  return !genFinished(fp) && genPc(fp) !== 0;
}

registerResurrectHook((isLive, keep) => {
  const high = Math.min(MAX_THREADS, I32[CTRL_THREAD_HIGH >> 2]);
  for (let t = 0; t < high; t++) {
    const tb = THREAD_BLOCKS + t * THREAD_BLOCK_BYTES;
    const head = (tb + TB_GENERATORS) >> 3;
    // A block no thread holds has nobody to close its generators: they are only dropped.
    const state = I32[(tb + TB_STATE) >> 2];
    const owned = state !== ThreadRun.Free && state !== ThreadRun.Exited;
    for (let a = F[head]; a !== 0; a = F[(a >> 3) + GEN_NEXT]) {
      if (pendingBit(a)) keep(a);
      else if (owned && !isLive(a) && suspended(a)) {
        I32[(a >> 2) + GEN_FLAGS_WORD] |= GEN_PENDING_CLOSE;
        I32[(tb + TB_FINALIZE) >> 2]++;
        keep(a);
      }
    }
    // Every generator that must be closed is live now: drop the ones that need no watching.
    let link = head;
    for (let a = F[link]; a !== 0; a = F[link]) {
      const drop = !pendingBit(a) && (!isLive(a) || genFinished(genFp(a + REF_BASE)));
      if (drop) F[link] = F[(a >> 3) + GEN_NEXT];
      else link = (a >> 3) + GEN_NEXT;
    }
  }
});

let closing = false;

/** Close this thread's generators that a collection found dead (oldest first). */
export function closePendingGenerators(): void {
  const count = (ts.tb + TB_FINALIZE) >> 2;
  if (I32[count] === 0 || closing) return;
  closeListed((a) => pendingBit(a) !== 0, () => { I32[count] = 0; });
}

/** At exit: close every suspended generator this thread made that is still listed. */
export function closeGeneratorsAtExit(): void {
  if (closing) return;
  closeListed((a) => pendingBit(a) !== 0 || suspended(a), () => { I32[(ts.tb + TB_FINALIZE) >> 2] = 0; });
}

/** Close the listed generators that `select` picks, rooted in a list while Python code runs. */
function closeListed(select: (a: number) => boolean, taken: () => void): void {
  closing = true;
  const mark = rootMark();
  try {
    const picked: number[] = [];
    for (let a = F[(ts.tb + TB_GENERATORS) >> 3]; a !== 0; a = F[(a >> 3) + GEN_NEXT]) if (select(a)) picked.push(a + REF_BASE);
    const rooted = newList(picked.reverse());
    pushRoot(rooted);
    taken();
    for (const g of listItems(rooted)) {
      I32[((g - REF_BASE) >> 2) + GEN_FLAGS_WORD] &= ~GEN_PENDING_CLOSE;
      closeReporting(g);
    }
  } finally {
    rootRelease(mark);
    closing = false;
  }
}

/** gen.close(), an exception from it reported as unraisable (CPython's PyErr_WriteUnraisable). */
function closeReporting(g: number): void {
  try {
    genClose(g);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    const mark = rootMark();
    try {
      pushRoot(e.exc);
      writeStderr(`Exception ignored in: ${jsString(genRepr(g))}\n${formatUnchained(e.exc)}`);
    } finally { rootRelease(mark); }
  }
}
