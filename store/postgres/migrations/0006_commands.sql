-- Commands typed in sessions, as in SQLite's 0006.

CREATE TABLE session_commands (
	session_id TEXT COLLATE "C" NOT NULL,
	seq        BIGINT NOT NULL,
	owner      TEXT COLLATE "C" NOT NULL,
	target     TEXT COLLATE "C" NOT NULL,
	at         TIMESTAMPTZ NOT NULL,
	text       TEXT NOT NULL,
	text_lower TEXT NOT NULL,
	incomplete BOOLEAN NOT NULL,
	PRIMARY KEY (session_id, seq)
);

CREATE INDEX session_commands_at ON session_commands (at);
CREATE INDEX session_commands_owner ON session_commands (owner, at);
