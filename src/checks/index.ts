export * from './types';
export { runChecks, summarise } from './run-checks';
