-- Commands typed in sessions, reconstructed from their input, for search.
-- text_lower is the text folded for case-insensitive search.

CREATE TABLE session_commands (
	session_id TEXT NOT NULL,
	seq        INTEGER NOT NULL,
	owner      TEXT NOT NULL,
	target     TEXT NOT NULL,
	at         TEXT NOT NULL,
	text       TEXT NOT NULL,
	text_lower TEXT NOT NULL,
	incomplete INTEGER NOT NULL,
	PRIMARY KEY (session_id, seq)
) STRICT;

CREATE INDEX session_commands_at ON session_commands (at);
CREATE INDEX session_commands_owner ON session_commands (owner, at);
