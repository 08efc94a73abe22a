export * from './report';
export * from './values';
export * from './decimal';
export * from './totals';
export * from './paragraphs';
export * from './limits';
