// Officers and certification: pure rules (no database, no clock — dates are passed in).
export * from './certificate-status';
export * from './legal-staff-ratio';
export * from './import-cells';
export * from './import-columns';
export * from './import-rows';
export * from './officer-figures';
