/**
 * Starting the runtime in a worker: either create the heap's contents (the first worker)
 * or attach to a heap another worker created. Both paths end with every per-worker
 * constant (type references, singletons, interned names) loaded.
 */
import { F, I32, NULL, REF_BASE } from '../heap/memory';
import { initPages } from '../heap/allocator';
import { getRoot, setRoot, Root } from '../heap/roots';
import { bootstrapTypes, attachTypes, setTypeVersionBase } from '../objects/typeobject';
import { newDict, dictLookupStr, dictSetItemHashed, setDictHooks, setVersionBase, DictType } from '../objects/dict';
import { setInternTable, strHash, newStr } from '../objects/str';
import { createSingletons } from '../objects/singletons';
import { initNames } from './names';
import { loadSingletons, hash, eqBool, loadAttributeSlots } from './protocol';
import { initExceptionFactory, createSpareMemoryError } from '../objects/exceptions';
import { attachThread, ts } from '../threads/threadState';
import { installHooks, runInstallers } from './hooks';
import { newTuple } from '../objects/tuple';
import { initSmallFloats } from '../objects/float';

function installInternTable(): void {
  setInternTable(
    (key) => { const t = getRoot(Root.InternTable); return t === NULL || t === 0 ? NULL : dictLookupStr(t, key); },
    (key) => dictSetItemHashed(getRoot(Root.InternTable), key, strHash(key), key),
  );
}

/** First worker: build the builtin world in a fresh heap. */
export function createWorld(): void {
  initPages();
  // Until the intern table exists, interning just makes strings.
  setInternTable(() => NULL, () => {});
  setDictHooks(hash, eqBool);
  attachThread(true);
  setVersionBase(ts.index);
  setTypeVersionBase(ts.index);
  for (let i = 0; i < 1024; i++) F[(4096 >> 3) + i] = NULL;
  bootstrapTypes(() => {
    // Types exist (str, dict): the intern table can be made before any name is.
    setRoot(Root.InternTable, newDict(4096));
    installInternTable();
  });
  createSingletons();
  loadSingletons();
  initNames();
  loadAttributeSlots();
  initExceptionFactory();
  createSpareMemoryError();
  setRoot(Root.EmptyTuple, newTuple([]));
  setRoot(Root.EmptyStr, newStr(''));
  initSmallFloats(true);
  installHooks();
}

/** Other workers: find everything in the heap made by createWorld. */
export function attachWorld(isMain: boolean): void {
  setDictHooks(hash, eqBool);
  installInternTable();
  attachTypes();
  attachThread(isMain);
  setVersionBase(ts.index);
  setTypeVersionBase(ts.index);
  loadSingletons();
  initSmallFloats(false);
  initNames();
  loadAttributeSlots();
  initExceptionFactory();
  installHooks();
  runInstallers();
}

void I32; void REF_BASE; void DictType;
