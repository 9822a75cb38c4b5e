-- The audit trail, as in SQLite's 0004: append-only records chained by
-- hash; appending locks the single audit_head row so the chain never forks.

CREATE TABLE audit_head (
	id   INTEGER PRIMARY KEY CHECK (id = 1),
	seq  BIGINT NOT NULL,
	hash TEXT NOT NULL
);

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '');

CREATE TABLE audit_records (
	seq                BIGINT PRIMARY KEY,
	event_id           TEXT COLLATE "C" NOT NULL UNIQUE,
	event_time         TIMESTAMPTZ NOT NULL,
	event_name         TEXT COLLATE "C" NOT NULL,
	event_source       TEXT COLLATE "C" NOT NULL,
	identity           TEXT NOT NULL,
	user_name          TEXT COLLATE "C" NOT NULL,
	source_ip          TEXT NOT NULL,
	user_agent         TEXT NOT NULL,
	resource           TEXT NOT NULL,
	request_parameters TEXT NOT NULL,
	error_code         TEXT NOT NULL,
	error_message      TEXT NOT NULL,
	detail             TEXT NOT NULL,
	request_id         TEXT NOT NULL,
	prev_hash          TEXT NOT NULL,
	hash               TEXT NOT NULL
);

CREATE INDEX audit_records_time ON audit_records (event_time);
CREATE INDEX audit_records_user ON audit_records (user_name, event_time);
CREATE INDEX audit_records_name ON audit_records (event_name, event_time);
