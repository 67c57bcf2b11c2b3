// The disclosure (政务公开) domain: categories and columns, the workflow, its rules, index numbers,
// timeliness and the masking of personal names. Pure: no database, no clock, no framework.
export * from './categories';
export * from './workflow';
export * from './rules';
export * from './index-number';
export * from './mask';
export * from './timeliness';
