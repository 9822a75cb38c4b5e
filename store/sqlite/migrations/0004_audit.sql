-- The audit trail: append-only records chained by hash. audit_head is a
-- single row holding the last sequence number and hash; appending locks it,
-- so concurrent appenders queue and the chain never forks.

CREATE TABLE audit_head (
	id   INTEGER PRIMARY KEY CHECK (id = 1),
	seq  INTEGER NOT NULL,
	hash TEXT NOT NULL
) STRICT;

INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '');

CREATE TABLE audit_records (
	seq                INTEGER PRIMARY KEY,
	event_id           TEXT NOT NULL UNIQUE,
	event_time         TEXT NOT NULL,
	event_name         TEXT NOT NULL,
	event_source       TEXT NOT NULL,
	identity           TEXT NOT NULL,
	user_name          TEXT NOT NULL,
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
) STRICT;

CREATE INDEX audit_records_time ON audit_records (event_time);
CREATE INDEX audit_records_user ON audit_records (user_name, event_time);
CREATE INDEX audit_records_name ON audit_records (event_name, event_time);
