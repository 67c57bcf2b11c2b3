export * from './clock';
export * from './rules';
export * from './answer-letter';
