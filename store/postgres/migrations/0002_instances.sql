-- Activations, managed instances and their sessions. Keys and the columns
-- that are filtered or sorted on use the "C" collation, as in 0001. Tags are
-- JSON objects and IP addresses a JSON array of strings; optional times (a
-- last ping, a deregistration, a session's end) are NULL until they happen.
-- Counts, ports and exit codes are BIGINT to hold any Go int.

CREATE TABLE activations (
	id                    TEXT COLLATE "C" PRIMARY KEY,
	code_hash             TEXT NOT NULL,
	description           TEXT NOT NULL,
	instance_limit        BIGINT NOT NULL,
	registrations_count   BIGINT NOT NULL,
	expires_at            TIMESTAMPTZ NOT NULL,
	default_instance_name TEXT NOT NULL,
	tags                  JSONB NOT NULL,
	created_at            TIMESTAMPTZ NOT NULL
);

CREATE INDEX activations_created_at ON activations (created_at);

-- activation_id has no foreign key: an instance keeps the ID of the
-- activation it registered with after that activation is deleted.
CREATE TABLE instances (
	id                TEXT COLLATE "C" PRIMARY KEY,
	tags              JSONB NOT NULL,
	activation_id     TEXT COLLATE "C" NOT NULL,
	cert_fingerprint  TEXT NOT NULL,
	hostname          TEXT NOT NULL,
	ip_addresses      JSONB NOT NULL,
	platform          TEXT NOT NULL,
	platform_version  TEXT NOT NULL,
	agent_version     TEXT NOT NULL,
	ping_status       TEXT COLLATE "C" NOT NULL,
	last_ping_at      TIMESTAMPTZ, -- NULL until the first ping
	registered_at     TIMESTAMPTZ NOT NULL,
	deregistered_at   TIMESTAMPTZ, -- NULL while registered
	connected_replica TEXT NOT NULL
);

CREATE INDEX instances_ping_status ON instances (ping_status);

-- Sessions are history: target and owner have no foreign keys, so a
-- session outlives its instance's deregistration and its owner's deletion.
CREATE TABLE sessions (
	id         TEXT COLLATE "C" PRIMARY KEY,
	target     TEXT COLLATE "C" NOT NULL,
	owner      TEXT COLLATE "C" NOT NULL,
	reason     TEXT NOT NULL,
	kind       TEXT COLLATE "C" NOT NULL,
	status     TEXT COLLATE "C" NOT NULL,
	details    TEXT NOT NULL,
	command    TEXT NOT NULL,
	run_as     TEXT NOT NULL,
	host       TEXT NOT NULL,
	port       BIGINT NOT NULL,
	exit_code  BIGINT, -- NULL when there is none (yet), unlike exit code 0
	started_at TIMESTAMPTZ NOT NULL,
	ended_at   TIMESTAMPTZ, -- NULL while the session is active
	recording  TEXT NOT NULL
);

-- Lists are newest first, so the per-owner and per-target indexes carry
-- started_at too.
CREATE INDEX sessions_owner ON sessions (owner, started_at);
CREATE INDEX sessions_target ON sessions (target, started_at);
CREATE INDEX sessions_started_at ON sessions (started_at);
