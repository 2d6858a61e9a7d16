import { CTRL_OBJECT_LOCKS } from '../heap/layout';
/**
 * A mutex in one int32 word of shared memory (the classic three-state futex lock):
 * 0 = free, 1 = held, 2 = held with possible waiters. Waiters park with Atomics.wait.
 *
 * Invariant: only the holder stores 0; a thread that saw 2 or set 2 wakes one waiter on
 * unlock, so no waiter sleeps forever while the word is free.
 * Used for short critical sections of the runtime (page allocation, per-object locks).
 * Python-level locks that may block for long go through threads/blocking.ts so that a
 * blocked thread never holds up a collection.
 */
export function lockWord(I32: Int32Array, index: number): void {
  let c = Atomics.compareExchange(I32, index, 0, 1);
  if (c === 0) return;
  for (let spin = 0; spin < 100; spin++) {
    c = Atomics.compareExchange(I32, index, 0, 1);
    if (c === 0) return;
  }
  if (c !== 2) c = Atomics.exchange(I32, index, 2);
  while (c !== 0) {
    Atomics.wait(I32, index, 2);
    c = Atomics.exchange(I32, index, 2);
  }
}

export function tryLockWord(I32: Int32Array, index: number): boolean {
  return Atomics.compareExchange(I32, index, 0, 1) === 0;
}

export function unlockWord(I32: Int32Array, index: number): void {
  if (Atomics.sub(I32, index, 1) !== 1) {
    Atomics.store(I32, index, 0);
    Atomics.notify(I32, index, 1);
  }
}

/**
 * Per-object locks (dict, list, set, bytearray writers) are taken only once a second Python
 * thread may run. CTRL_OBJECT_LOCKS is 0 while the process has one Python thread; whoever
 * starts another must store 1 there before that thread can run, and it is never reset.
 * Invariant: while it is 0 only one thread writes objects, so a write that skips the lock
 * has no one to exclude; it completes before the only thread can store 1 (program order),
 * and the new thread sees 1 from its start. The token returned by lockObject says whether
 * the lock was taken, so the unlock matches the lock even if the word changed in between
 * (it cannot, since no Python code runs while a per-object lock is held). Measured: an
 * uncontended lock and unlock cost ~26 ns here (two locked instructions), more than the
 * rest of an attribute store.
 */
export function lockObject(I32: Int32Array, index: number): boolean {
  if (I32[OBJECT_LOCKS_WORD] === 0) return false;
  lockWord(I32, index);
  return true;
}
export function unlockObject(I32: Int32Array, index: number, held: boolean): void {
  if (held) unlockWord(I32, index);
}
const OBJECT_LOCKS_WORD = CTRL_OBJECT_LOCKS >> 2;
