export * from './types';
export { runChecks } from './run-checks';
export { summarise } from './summary';
export { checker, loadChecks } from './lazy';
