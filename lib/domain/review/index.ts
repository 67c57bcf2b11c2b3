// The legal review engine's pure rules (法制审核): checkpoints, round status, time limits and the
// blockers each step returns. Nothing here reads the clock or the database.
export * from './checkpoints';
export * from './status';
export * from './can-submit';
export * from './can-decide';
export * from './can-extend';
export * from './due-date';
export * from './matter-status';
export * from './external-opinion';
