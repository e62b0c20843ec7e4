/**
 * The database as Kysely sees it: one interface for better-sqlite3 (Node) and D1 (Workers), the
 * tables of src/db/migrations. Booleans are INTEGER 0/1 and JSON is TEXT, as SQLite stores them.
 */
import type { Generated } from 'kysely';

export type Role = 'staff' | 'hotline' | 'admin';

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  window_name: string | null;
  password_hash: string;
  disabled: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface SignInAttemptsTable {
  id: Generated<number>;
  username: string;
  address: string;
  at: string;
}

export interface CasesTable {
  id: string;
  year: number;
  seq: number;
  created_at: string;
  created_on: string;
  created_by: string;
  county: string | null;
  members: number;
  applicant_name: string | null;
  applicant_phone: string | null;
  note: string | null;
  household: string;
  latest_screening_id: string;
}

export interface CaseScreeningsTable {
  id: string;
  case_id: string;
  at: string;
  screened_by: string;
  as_of: string;
  rules_version: string;
  parameters_version: string;
  overrides: string;
  outcomes: string;
  counts: string;
}

export interface CaseIdsTable {
  case_id: string;
  id_hash: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  user_id: string | null;
  action: string;
  case_id: string | null;
  detail: string;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface ParameterOverridesTable {
  parameter_id: string;
  from_date: string;
  value: string;
  note: string;
  created_at: string;
  source: string | null;
  created_by: string | null;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_attempts: SignInAttemptsTable;
  cases: CasesTable;
  case_screenings: CaseScreeningsTable;
  case_ids: CaseIdsTable;
  audit_log: AuditLogTable;
  settings: SettingsTable;
  parameter_overrides: ParameterOverridesTable;
}
