// The staff home page's to-dos: one pure module per source, fed by lib/queries/workbench.
export * from './todo';
export * from './review-todos';
export * from './disclosure-todos';
export * from './case-todos';
export * from './handoff';
export * from './inspection-todos';
export * from './certificate-todos';
export * from './request-todos';
export * from './public-report-todos';
export * from './normative-todos';
export * from './statutory-todos';
export * from './calendar-todos';
export * from './reminders';
