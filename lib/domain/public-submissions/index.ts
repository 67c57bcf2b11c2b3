export * from './tracking-code';
export * from './admission';
export * from './rate-limit';
