// The pure numeric and text-formatting algorithms of Pyrallel (no heap, no runtime).
export * from './errors';
export * from './ints';
export * from './floatRepr';
export * from './decimal';
export * from './strRepr';
export * from './intText';
export * from './intMath';
export * from './formatSpec';
export * from './percentFormat';
export * from './mathFunctions';
export * from './specialFunctions';
export * as libm from './libm';
