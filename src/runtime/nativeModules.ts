/**
 * Registry of native modules (sys, math, time, _random, ...): name -> function that fills a
 * fresh module object. A leaf module, so module files register at top level.
 */
export const nativeModules = new Map<string, (m: number) => void>();
export function registerNativeModule(name: string, init: (m: number) => void): void { nativeModules.set(name, init); }
