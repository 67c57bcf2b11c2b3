// Legal publicity (普法): pure rules for the responsibility list, the annual plan and the ledger.
export * from './activities';
export * from './plan';
