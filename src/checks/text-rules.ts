// The rules that read the report's texts (and 数据说明), with the text parser they share: the larger part of the
// check engine, loaded by the editor only for a draft that has text (see lazy.ts, engine.ts).
export { overviewParts, problemsAndMeasures } from './rules/text-content';
export { textClaims } from './rules/text-claims';
export { staleDataNotes } from './rules/text-notes';
export { otherYears, repealedWording } from './rules/text-wording';

export type TextRules = typeof import('./text-rules');
