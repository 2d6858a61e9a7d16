/** The Python language version Pyrallel implements, and its own version. */
export const VERSION = '3.12.0';
export const VERSION_INFO: [number, number, number, string, number] = [3, 12, 0, 'final', 0];
export const PYRALLEL_VERSION = '0.1.0';
