export * from './facts';
export * from './format';
export * from './generate';
export * from './model';
export * from './render';
export * from './statistics';
export * from './gaps';
export * from './freeze';
