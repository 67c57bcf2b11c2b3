// Enforcement cases (行政执法案件): case types and their step templates, the Penalty Law lifecycle,
// the rules that block a step (each citing its article), deadlines, the major-case catalogue,
// discretion benchmarks, the no-penalty list, full-process recording, publicity and the evidence
// hash chain. Pure: no database, no clock, no framework.
export * from './case-types';
export * from './citations';
export * from './settings';
export * from './penalties';
export * from './template-types';
export * from './penalty-lifecycle';
export * from './penalty-templates';
export * from './other-templates';
export * from './step-templates';
export * from './case-facts';
export * from './case-actor';
export * from './officer-rules';
export * from './hearing';
export * from './summary-procedure';
export * from './decision-rules';
export * from './recording';
export * from './transitions';
export * from './workflow';
export * from './deadlines';
export * from './major-catalogue';
export * from './discretion';
export * from './no-penalty';
export * from './publicity';
export * from './hash-chain';
export * from './chain-verifier';
