/**
 * Feature files register here (at module load) a function that wires them into the
 * runtime once the heap world exists; runtime/hooks.ts runs them all in every worker.
 * A leaf module: it imports nothing, so any file may call it at top level.
 */
export const installers: (() => void)[] = [];
export function onInstall(f: () => void): void { installers.push(f); }
