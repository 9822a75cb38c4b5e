-- MFA devices and tickets, as in SQLite's 0003. Keys use the "C" collation.
-- user_id of tickets is empty for tickets not (yet) tied to a user, so it has
-- no foreign key: DeleteUser removes a user's tickets itself.

CREATE TABLE mfa_devices (
	id             TEXT COLLATE "C" PRIMARY KEY,
	user_id        TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	kind           TEXT COLLATE "C" NOT NULL,
	name           TEXT NOT NULL,
	secret         TEXT NOT NULL,
	credential_id  TEXT COLLATE "C" NOT NULL,
	confirmed      BOOLEAN NOT NULL,
	last_used_step BIGINT NOT NULL,
	created_at     TIMESTAMPTZ NOT NULL,
	last_used_at   TIMESTAMPTZ -- NULL until first used
);

CREATE INDEX mfa_devices_user ON mfa_devices (user_id, created_at);

CREATE TABLE tickets (
	hash       TEXT COLLATE "C" PRIMARY KEY,
	kind       TEXT COLLATE "C" NOT NULL,
	user_id    TEXT COLLATE "C" NOT NULL,
	data       BYTEA NOT NULL,
	attempts   BIGINT NOT NULL,
	created_at TIMESTAMPTZ NOT NULL,
	expires_at TIMESTAMPTZ NOT NULL
);

CREATE INDEX tickets_user ON tickets (user_id, kind, created_at);
CREATE INDEX tickets_expires_at ON tickets (expires_at);
