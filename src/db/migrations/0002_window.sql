-- The service window (issue 10): staff accounts, sessions, saved cases and their screenings, the
-- keyed hashes that make ID numbers searchable, an append-only audit log and settings. Plain SQLite
-- that D1 runs too (no BEGIN/COMMIT: better-sqlite3's migrator and D1 each wrap a migration).

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('staff', 'hotline', 'admin')),
  window_name TEXT,
  password_hash TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Only the SHA-256 of the cookie's token is kept: a copy of the database opens no session.
CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users (id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

-- Failed sign-ins, counted per username and per client address for the rate limit.
CREATE TABLE sign_in_attempts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  username TEXT NOT NULL COLLATE NOCASE,
  address TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE INDEX sign_in_attempts_username ON sign_in_attempts (username, at);
CREATE INDEX sign_in_attempts_address ON sign_in_attempts (address, at);

-- A saved case: the household as entered (ID numbers included, only here), numbered JZ-<year>-<seq>.
CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  year INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  created_on TEXT NOT NULL, -- the creation date in Asia/Shanghai, YYYY-MM-DD (the list's date filter)
  created_by TEXT NOT NULL REFERENCES users (id),
  county TEXT,
  members INTEGER NOT NULL,
  applicant_name TEXT,
  applicant_phone TEXT,
  note TEXT,
  household TEXT NOT NULL, -- JSON
  latest_screening_id TEXT NOT NULL,
  UNIQUE (year, seq)
);
CREATE INDEX cases_created_on ON cases (created_on);
CREATE INDEX cases_county ON cases (county);

-- Every screening of a case, newest last: the language-neutral outcome and amount per program
-- (JSON { programId: { outcome, amount?, period? } }) and what re-rendering needs (as-of date and
-- the staff parameter values in force when it ran).
CREATE TABLE case_screenings (
  id TEXT PRIMARY KEY,
  case_id TEXT NOT NULL REFERENCES cases (id),
  at TEXT NOT NULL,
  screened_by TEXT NOT NULL REFERENCES users (id),
  as_of TEXT NOT NULL,
  rules_version TEXT NOT NULL,
  parameters_version TEXT NOT NULL,
  overrides TEXT NOT NULL, -- JSON: the staff parameter values the screening used
  outcomes TEXT NOT NULL, -- JSON
  counts TEXT NOT NULL -- JSON { eligible, not_eligible, needs_info, refer }
);
CREATE INDEX case_screenings_case ON case_screenings (case_id, at);

-- Keyed hashes (HMAC-SHA-256) of every member's ID number: searchable, never readable.
CREATE TABLE case_ids (
  case_id TEXT NOT NULL REFERENCES cases (id),
  id_hash TEXT NOT NULL,
  PRIMARY KEY (id_hash, case_id)
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  user_id TEXT,
  action TEXT NOT NULL,
  case_id TEXT,
  detail TEXT NOT NULL -- JSON; never an ID number, a name or a phone number
);
CREATE INDEX audit_log_case ON audit_log (case_id);
CREATE INDEX audit_log_user ON audit_log (user_id);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- Values set by staff through the window carry their source document and who set them. Rows
-- written before (by `npm run params`) keep their note as the source.
ALTER TABLE parameter_overrides ADD COLUMN source TEXT;
ALTER TABLE parameter_overrides ADD COLUMN created_by TEXT;
