/**
 * Fixed layout of the heap: the control block at address 0, object headers, and the
 * layout kinds that tell the collector how to trace an object.
 *
 * Heap map (byte addresses):
 *   [0, CTRL_BYTES)        control block: words below, root table, thread blocks, page table
 *   [CTRL_BYTES, end)      64 KiB pages, each holding objects of one size class, or runs of
 *                          pages holding one large object (shadow stacks are large objects)
 *
 * Object header (8 bytes, the first word of every object):
 *   I32[w]     byte address of the object's Python type (0 = free cell)
 *   I32[w + 1] meta: bits 0-7 layout kind, bits 8 and 10 mark (written only during a
 *              collection, when every mutator is stopped; stale outside one: always read
 *              the layout through META_LAYOUT_MASK), bit 9 permanent (never freed)
 */

export const PAGE_BYTES = 65536;
export const PAGE_SHIFT = 16;
export const MAX_PAGES = 65536; // 4 GiB of address space
export const MAX_THREADS = 256;

// Control words (byte offsets; each is an int32 used with Atomics where shared).
export const CTRL_PAGE_TOP = 8; //        next never-used page index
export const CTRL_SAFEPOINT = 64; //      non-zero: every thread must stop at its next safepoint
export const CTRL_POLL = 72; //           non-zero: compiled code must call safepoint() (GC, signal, GIL, stress)
export const CTRL_GC_LOCK = 128; //       lock word serialising collections and page allocation
export const CTRL_THREADS = 192; //       number of registered threads (thread blocks in use)
export const CTRL_RUNNING = 196; //       threads not parked at a safepoint or blocked
export const CTRL_GC_EPOCH = 256; //      incremented at the end of each collection
export const CTRL_GIL = 320; //           GIL word (0 free, else holder id+1) when the GIL is on
export const CTRL_GIL_ENABLED = 324;
export const CTRL_ID_COUNTER = 384; //    allocator of code ids / thread ids
export const CTRL_SIGNAL = 448; //        pending signal number for the main thread (SIGINT=2)
export const CTRL_HEAP_LIVE = 512; //     bytes live after the last collection (in KiB)
export const CTRL_GC_COUNT = 516; //      collections so far
export const CTRL_GC_STRESS = 520; //     1: collect at every safepoint
export const CTRL_EXIT = 524; //          set when the process is exiting
export const CTRL_SEALED_TOP = 528; //    first page above the sealed start-up heap (0 = not sealed)
export const CTRL_SEALED_ROOTS = 532; //  byte address of the sealed-roots block (collector.ts)
export const CTRL_MARK_PARITY = 536; //   which of the two mark bits the last collection used
export const CTRL_ROOT_HIGH = 540; //     root table slots in use are below this (roots.ts)
export const CTRL_THREAD_HIGH = 544; //   thread blocks ever claimed are below this index
export const CTRL_OBJECT_LOCKS = 548; //  1 once a second Python thread may run (wordLock.ts lockObject)
// stdin is read by the process's main JS thread, which alone is woken by Ctrl-C, on behalf of
// the Python threads (runtime/stdio.ts readStdinChunk, cli.ts serveStdin):
export const CTRL_STDIN_STATE = 576; //   0 idle, 1 a chunk is requested, 2 a chunk is ready, 3 being taken
export const CTRL_STDIN_LEN = 580; //     bytes in the chunk (0: end of file, < 0: -errno)
export const CTRL_STDIN_BUF = 2048; //    the chunk (up to CTRL_STDIN_BUF_BYTES bytes)
export const CTRL_STDIN_BUF_BYTES = 2048;

/** Root table: ROOT_COUNT value slots (f64) holding well-known objects. */
export const ROOT_TABLE = 4096;
export const ROOT_COUNT = 1024;

/** Thread blocks: THREAD_BLOCK_BYTES each. */
export const THREAD_BLOCKS = ROOT_TABLE + ROOT_COUNT * 8;
export const THREAD_BLOCK_BYTES = 320;
// Offsets inside a thread block (bytes).
export const TB_STATE = 0; //      ThreadRun state below (int32)
export const TB_SP = 8; //         published shadow stack pointer (slot index, f64)
export const TB_STACK_BASE = 16; // first slot index of the shadow stack (f64)
export const TB_EXC = 24; //       exception being handled / raised (value, a root)
export const TB_ROOT2 = 32; //     spare root (value)
export const TB_WAKE = 40; //      int32 word this thread parks on
// Byte address of the first never-started coroutine this block's threads made (0: none),
// linked through the coroutines (objects/coroutine.ts "never awaited"); not a root.
export const TB_UNAWAITED = 48;
// Byte address of the first generator this block's threads made that may need closing when
// it dies (0: none), linked through the generators (objects/generatorFinalizer.ts); not a root.
export const TB_GENERATORS = 56;
// int32: how many generators on that list a collection found dead while suspended; the
// thread closes them at its next safepoint in compiled code.
export const TB_FINALIZE = 64;
// The thread's free-list heads, one int32 per size class (allocator.ts): written by the
// thread only, read by a collector while the thread is stopped.
export const TB_HEADS = 128;

export const enum ThreadRun { Free = 0, Running = 1, Parked = 2, Blocked = 3, Exited = 4 }

/** Page table: PAGE_ENTRY_BYTES per page. */
export const PAGE_TABLE = THREAD_BLOCKS + MAX_THREADS * THREAD_BLOCK_BYTES;
export const PAGE_ENTRY_BYTES = 32;
// Offsets inside a page entry (int32 words): size class (0 = unused, -1 = large-object
// continuation, LARGE = large object head), free list head, live cells, pages in a run
// (for a small page: the next page of its class's available list).
export const PE_CLASS = 0;
export const PE_FREE = 1;
export const PE_LIVE = 2;
export const PE_RUN = 3;
// Written by the collector only: objects of the page marked by the collection in progress;
// non-permanent live cells left by the page's last sweep.
export const PE_MARKED = 4;
export const PE_SWEPT_LIVE = 5;
// Non-zero once a thread has taken the page's free list since its last sweep (set under
// CTRL_GC_LOCK): cells may have been allocated, so the next collection must sweep it.
export const PE_DIRTY = 6;
// A small page's free tail: cells from this index on are free, linked in address order to
// the end of its free list, and untouched since its last sweep (allocation pops cells in
// list order, i.e. address order). Set by the sweep (and threadPage: 0). The collector
// sweeps only below max(tail, where allocation stopped), see collector.ts.
export const PE_TAIL = 7;
export const SIZE_CLASS_LARGE = 255;

export const CTRL_BYTES = Math.ceil((PAGE_TABLE + MAX_PAGES * PAGE_ENTRY_BYTES) / PAGE_BYTES) * PAGE_BYTES;

export const META_LAYOUT_MASK = 0xff;
// Two mark bits, used by alternate collections (CTRL_MARK_PARITY): an object is marked iff
// it carries the current one; a bit left from the previous collection means nothing, so
// pages that need no sweep need no pass to clear their marks either.
export const META_MARK = 0x100;
export const META_PERMANENT = 0x200;
export const META_MARK2 = 0x400;
export const META_MARKS = META_MARK | META_MARK2;

/**
 * Layout kinds: how the collector traces an object and how the runtime reads it. A Python
 * type has one layout; subclasses of builtins share their base's layout (plus a dict).
 */
export const enum Layout {
  Free = 0,
  Object, //        [hdr, dict, slots...] plain instance
  Type, //          type objects
  Float, //         [hdr, f64]
  BigInt, //        [hdr, i32 sign, i32 limbs, u32 limbs...]
  Str, //           [hdr, i32 length, i32 flags, f64 hash, u16 data...]
  Bytes, //         [hdr, i32 length, i32 0, f64 hash, u8 data...]
  Tuple, //         [hdr, i32 length, i32 0, values...]
  ValueArray, //    [hdr, i32 capacity, i32 0, values...] backing store of lists etc.
  List, //          [hdr, lock, len, array ref, dict]
  Dict, //          [hdr, lock, used, keys ref, version, dict]
  DictKeys, //      hash table of a dict
  Set, //           [hdr, lock, used, table ref, ..., dict]
  SetTable,
  Function,
  Code,
  Cell,
  Method, //        bound method
  Builtin, //       native function
  Module,
  Range,
  Slice,
  Iterator, //      generic iterator [hdr, i32 kind, i32 index, target, extra...]
  Generator,
  Frame, //         generator frame: a block of value slots
  Exception, //     BaseException instances
  ByteArray,
  Property,
  StaticMethod,
  ClassMethod,
  Super,
  Descriptor, //    native member/getset descriptors
  Raw, //           no references inside (random state, etc.)
  Values, //        generic: every word after the header is a value
  Count,
}
