-- Log groups, streams and events, as in SQLite's 0005.

CREATE TABLE log_groups (
	name           TEXT COLLATE "C" PRIMARY KEY,
	retention_days BIGINT NOT NULL,
	created_at     TIMESTAMPTZ NOT NULL
);

CREATE TABLE log_streams (
	group_name     TEXT COLLATE "C" NOT NULL REFERENCES log_groups (name) ON DELETE CASCADE,
	name           TEXT COLLATE "C" NOT NULL,
	created_at     TIMESTAMPTZ NOT NULL,
	first_event_at TIMESTAMPTZ, -- NULL until the first event
	last_event_at  TIMESTAMPTZ,
	stored_bytes   BIGINT NOT NULL,
	event_count    BIGINT NOT NULL,
	PRIMARY KEY (group_name, name)
);

CREATE TABLE log_events (
	group_name  TEXT COLLATE "C" NOT NULL,
	stream_name TEXT COLLATE "C" NOT NULL,
	seq         BIGINT NOT NULL,
	event_time  TIMESTAMPTZ NOT NULL,
	message     TEXT NOT NULL,
	PRIMARY KEY (group_name, stream_name, seq),
	FOREIGN KEY (group_name, stream_name) REFERENCES log_streams (group_name, name) ON DELETE CASCADE
);

CREATE INDEX log_events_time ON log_events (group_name, event_time);
