// Inspections (行政检查), the random draw (双随机), rectification (整改) and coverage: pure rules.
export * from './coverage';
export * from './draw-publication';
export * from './inspection-rules';
export * from './prng';
export * from './random-draw';
export * from './rectification';
