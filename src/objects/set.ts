/**
 * (placeholder: being written)
 */
export {};
