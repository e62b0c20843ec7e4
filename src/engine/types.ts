/** The language-neutral screening result, shared by both evaluators, the explanation and the API. */
import type { FactValue } from './facts.js';
import type { Leaf } from './program.js';

export type Outcome = 'eligible' | 'not_eligible' | 'needs_info' | 'refer';

export interface Question {
  /** Path in the household document, e.g. `members.0.birthDate` or `hukouType`. */
  path: string;
  field: string;
  member?: number;
}

export interface ConditionOutcome {
  name: string;
  status: 'passed' | 'failed' | 'unknown' | 'window';
  fact: string;
  operator: Leaf['operator'];
  /** The article or paragraph this condition implements (the rule's `basis`). */
  basis: string;
  value?: Exclude<FactValue, symbol>;
  /** What the fact was compared with: a parameter in force, another fact's value, or a category. */
  threshold?: number | string | boolean | string[];
  thresholdFact?: string;
  /** The parameter compared with, and its value's date, source and confidence. */
  parameter?: { id: string; from: string; value: number | string; unverified: boolean };
  /** Every parameter behind this condition: compared with, or read by the facts on either side. */
  parameters: string[];
  /** Parameters behind this condition that are UNVERIFIED placeholders. */
  unverified: string[];
  gap?: number;
  questions: Question[];
  /** Met only as if a status the household qualifies for were granted ("once granted"): not a fact yet. */
  hypothetical?: boolean;
}

export interface Amount {
  value: number;
  period: 'month' | 'year' | 'once';
  /** Some eligible members' amounts could not be estimated (an answer is missing): the sum is a floor. */
  partial?: boolean;
  unverified: string[];
}

export interface SubjectResult {
  member?: number;
  ref?: string;
  outcome: Outcome;
  /** The conditions that explain the outcome (for a not-eligible result in brief: the deciding one). */
  conditions: ConditionOutcome[];
  /** Near misses: single known answers that would turn a not-eligible result eligible. */
  changes: ConditionOutcome[];
  questions: Question[];
  amount?: Amount;
  /** The estimate came to nothing although the subject is eligible: the window decides the amount. */
  amountReview?: boolean;
  /** For a status program: this subject already holds the status (已享受), it is not one to apply for. */
  held?: boolean;
}

export interface ProgramResult {
  id: string;
  outcome: Outcome;
  /** Statuses (e.g. holdsDibao) the household screens eligible for but does not hold, on which this result depends. */
  onceGranted?: string[];
  /** For a status program: every subject it applies to already holds the status (已享受). */
  held?: boolean;
  /** Whether the conditions of every decisive subject are listed (false: the deciding reason only). */
  full: boolean;
  subjects: SubjectResult[];
  questions: Question[];
  amount?: Amount;
  unverified: string[];
  window: string[];
  /** The program's documents this household may need (seeds/documents.json); full results only. */
  documents: string[];
}

export interface Screening {
  asOf: string;
  /** The household's county (GB/T 2260), when answered: names the office to apply to. */
  county?: string;
  /** Each member's relation and sex, when answered: members are named by them (您的妻子). */
  members: { relation?: string; sex?: string }[];
  results: ProgramResult[];
}

/** How much explanation to derive: `brief` gives not-eligible results their deciding reason only. */
export type Detail = 'brief' | 'full';
