/**
 * Native modules: importing this file registers them all with the import system.
 */
export function loadNativeModules(): void { /* registration happens at module load */ }
