-- Values staff set for a parameter (typically an UNVERIFIED placeholder), layered over the seeds.
CREATE TABLE IF NOT EXISTS parameter_overrides (
  parameter_id TEXT NOT NULL,
  from_date TEXT NOT NULL,
  value TEXT NOT NULL, -- JSON: a number or a string
  note TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (parameter_id, from_date)
);
