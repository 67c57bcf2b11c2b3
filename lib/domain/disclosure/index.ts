// The disclosure (政务公开) domain: categories and columns, the workflow, its rules, index numbers,
// timeliness (the masking of personal names is lib/domain/privacy). Pure: no database, no clock, no framework.
export * from './categories';
export * from './workflow';
export * from './rules';
export * from './index-number';
export * from './timeliness';
