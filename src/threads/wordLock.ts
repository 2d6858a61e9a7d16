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
