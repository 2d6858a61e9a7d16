// Test bundle entry: everything under test in one module.
export * from '../../src/numeric/index';
export * from '../../src/modules/random/mt19937';
