/** What every view of the staff page is given: the API, the session, the page's main region and the router. */
import type { Answers } from '../model.js';
import type { Api, CaseDetail, Change, Parameter, User } from './api.js';
import type { CaseFilters } from './logic.js';

export interface Draft {
  answers: Answers;
  applicant: { name: string; phone: string };
  note: string;
  asOf: string;
}

/**
 * Everything the page knows about cases, in memory only: never in localStorage or
 * sessionStorage, and dropped on sign-out (`clearAll`).
 */
export interface CaseState {
  filters: CaseFilters;
  /** Ids of the cases selected for export. */
  selected: Set<string>;
  /** Cases opened or saved, by id, in the language they were read in. */
  cases: Map<string, CaseDetail>;
  /** What the last re-screening of a case changed, shown on its page. */
  changes: Map<string, { asOf: string; changes: Change[] }>;
  draft?: Draft;
  /** The audit page's filters. */
  audit: { caseId: string; user: string; from: string; to: string; page: number };
  /** The parameters as last read (admin). */
  parameters?: Parameter[];
}

export function emptyCaseState(): CaseState {
  return {
    filters: {},
    selected: new Set(),
    cases: new Map(),
    changes: new Map(),
    audit: { caseId: '', user: '', from: '', to: '', page: 1 },
  };
}

export interface App {
  api: Api;
  user(): User | undefined;
  main: HTMLElement;
  state: CaseState;
  go(hash: string): void;
  announce(text: string): void;
  setTitle(part?: string): void;
  /** Catalogue programs by id, in the page's language (names only). */
  programs(): Promise<Map<string, string>>;
}
