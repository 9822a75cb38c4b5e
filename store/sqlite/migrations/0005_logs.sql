-- Log groups, their streams and events (session logs, like CloudWatch Logs).
-- Events are numbered per stream; deleting a group deletes its streams and
-- events.

CREATE TABLE log_groups (
	name           TEXT PRIMARY KEY,
	retention_days INTEGER NOT NULL,
	created_at     TEXT NOT NULL
) STRICT;

CREATE TABLE log_streams (
	group_name     TEXT NOT NULL REFERENCES log_groups (name) ON DELETE CASCADE,
	name           TEXT NOT NULL,
	created_at     TEXT NOT NULL,
	first_event_at TEXT, -- NULL until the first event
	last_event_at  TEXT,
	stored_bytes   INTEGER NOT NULL,
	event_count    INTEGER NOT NULL,
	PRIMARY KEY (group_name, name)
) STRICT;

CREATE TABLE log_events (
	group_name  TEXT NOT NULL,
	stream_name TEXT NOT NULL,
	seq         INTEGER NOT NULL,
	event_time  TEXT NOT NULL,
	message     TEXT NOT NULL,
	PRIMARY KEY (group_name, stream_name, seq),
	FOREIGN KEY (group_name, stream_name) REFERENCES log_streams (group_name, name) ON DELETE CASCADE
) STRICT;

CREATE INDEX log_events_time ON log_events (group_name, event_time);
