// A finding of the check engine: which rule (ids as in shared/spec/rules.md), how serious,
// a plain-Chinese message, and the value cells (keys) or report fields it concerns.
export type Severity = 'error' | 'warning';

export type RuleId =
  | 'T3-R1'
  | 'T3-R2'
  | 'T3-R3'
  | 'T3-R4'
  | 'T3-R5'
  | 'T3-R6'
  | 'T4-R1'
  | 'T4-R2'
  | 'T2-R1'
  | 'T2-R2'
  | 'X-R1'
  | 'X-R2'
  | 'X-R3'
  | 'D-R1'
  | 'D-R3'
  | 'D-R4'
  | 'C-R1'
  | 'C-R3'
  | 'C-R4'
  | 'C-R5'
  | 'C-R7'
  // text half (docs/text-rules.md)
  | 'C-R6'
  | 'C-R8'
  | 'C-R9'
  | 'C-R10'
  | 'C-R11'
  | 'C-R12'
  | 'T2-R3'
  | 'T2-R4';

/** Report fields a finding can point at besides value cells. */
export type FieldRef = 'agencyName' | 'year' | 'dateWritten' | 'agencyLevel' | 'text:overview' | 'text:problems' | 'text:other';

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: string;
  /** Value cell keys (e.g. "t3.new.natural") the finding is about, for highlighting. */
  cells: string[];
  /** Non-cell fields the finding is about. */
  fields?: FieldRef[];
  /** What else tells this finding from another of the same rule on the same cells (e.g. the sentence quoted). */
  subject?: string;
}
