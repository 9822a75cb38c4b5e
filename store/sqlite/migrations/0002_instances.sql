-- Activations, managed instances and their sessions. Tags are JSON objects
-- and IP addresses a JSON array of strings; optional times (a last ping, a
-- deregistration, a session's end) are NULL until they happen.

CREATE TABLE activations (
	id                    TEXT PRIMARY KEY,
	code_hash             TEXT NOT NULL,
	description           TEXT NOT NULL,
	instance_limit        INTEGER NOT NULL,
	registrations_count   INTEGER NOT NULL,
	expires_at            TEXT NOT NULL,
	default_instance_name TEXT NOT NULL,
	tags                  TEXT NOT NULL CHECK (json_valid(tags)),
	created_at            TEXT NOT NULL
) STRICT;

CREATE INDEX activations_created_at ON activations (created_at);

-- activation_id has no foreign key: an instance keeps the ID of the
-- activation it registered with after that activation is deleted.
CREATE TABLE instances (
	id                TEXT PRIMARY KEY,
	tags              TEXT NOT NULL CHECK (json_valid(tags)),
	activation_id     TEXT NOT NULL,
	cert_fingerprint  TEXT NOT NULL,
	hostname          TEXT NOT NULL,
	ip_addresses      TEXT NOT NULL CHECK (json_valid(ip_addresses)),
	platform          TEXT NOT NULL,
	platform_version  TEXT NOT NULL,
	agent_version     TEXT NOT NULL,
	ping_status       TEXT NOT NULL,
	last_ping_at      TEXT, -- NULL until the first ping
	registered_at     TEXT NOT NULL,
	deregistered_at   TEXT, -- NULL while registered
	connected_replica TEXT NOT NULL
) STRICT;

CREATE INDEX instances_ping_status ON instances (ping_status);

-- Sessions are history: target and owner have no foreign keys, so a
-- session outlives its instance's deregistration and its owner's deletion.
CREATE TABLE sessions (
	id         TEXT PRIMARY KEY,
	target     TEXT NOT NULL,
	owner      TEXT NOT NULL,
	reason     TEXT NOT NULL,
	kind       TEXT NOT NULL,
	status     TEXT NOT NULL,
	details    TEXT NOT NULL,
	command    TEXT NOT NULL,
	run_as     TEXT NOT NULL,
	host       TEXT NOT NULL,
	port       INTEGER NOT NULL,
	exit_code  INTEGER, -- NULL when there is none (yet), unlike exit code 0
	started_at TEXT NOT NULL,
	ended_at   TEXT, -- NULL while the session is active
	recording  TEXT NOT NULL
) STRICT;

-- Lists are newest first, so the per-owner and per-target indexes carry
-- started_at too.
CREATE INDEX sessions_owner ON sessions (owner, started_at);
CREATE INDEX sessions_target ON sessions (target, started_at);
CREATE INDEX sessions_started_at ON sessions (started_at);
