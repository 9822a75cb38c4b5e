-- The initial schema. Keys and names use the "C" collation so that they
-- compare and sort bytewise, exactly as on SQLite, whatever the database's
-- locale. Times are timestamptz (microseconds, UTC on the way out), durations
-- are nanoseconds, tags are JSON objects.

-- The deployment's one account: singleton is always 1 and unique, so a
-- second row cannot be inserted.
CREATE TABLE account (
	id         TEXT COLLATE "C" PRIMARY KEY,
	singleton  INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
	region     TEXT NOT NULL,
	created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE settings (
	name  TEXT COLLATE "C" PRIMARY KEY,
	value BYTEA NOT NULL
);

CREATE TABLE users (
	id                       TEXT COLLATE "C" PRIMARY KEY,
	username                 TEXT COLLATE "C" NOT NULL UNIQUE,
	email                    TEXT NOT NULL,
	first_name               TEXT NOT NULL,
	last_name                TEXT NOT NULL,
	display_name             TEXT NOT NULL,
	status                   TEXT COLLATE "C" NOT NULL,
	tags                     JSONB NOT NULL,
	password_hash            TEXT NOT NULL,
	password_change_required BOOLEAN NOT NULL,
	created_at               TIMESTAMPTZ NOT NULL,
	updated_at               TIMESTAMPTZ NOT NULL
);

CREATE INDEX users_status ON users (status);

CREATE TABLE groups (
	id          TEXT COLLATE "C" PRIMARY KEY,
	name        TEXT COLLATE "C" NOT NULL UNIQUE,
	description TEXT NOT NULL,
	created_at  TIMESTAMPTZ NOT NULL,
	updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE memberships (
	group_id   TEXT COLLATE "C" NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
	user_id    TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	created_at TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (group_id, user_id)
);

CREATE INDEX memberships_user ON memberships (user_id);

CREATE TABLE permission_sets (
	id                  TEXT COLLATE "C" PRIMARY KEY,
	name                TEXT COLLATE "C" NOT NULL UNIQUE,
	description         TEXT NOT NULL,
	session_duration_ns BIGINT NOT NULL,
	relay_state         TEXT NOT NULL,
	inline_policy       TEXT NOT NULL,
	tags                JSONB NOT NULL,
	created_at          TIMESTAMPTZ NOT NULL,
	updated_at          TIMESTAMPTZ NOT NULL
);

-- The principal is a user or a group, so it has no foreign key: DeleteUser
-- and DeleteGroup remove a principal's assignments themselves.
CREATE TABLE assignments (
	principal_type    TEXT COLLATE "C" NOT NULL CHECK (principal_type IN ('USER', 'GROUP')),
	principal_id      TEXT COLLATE "C" NOT NULL,
	permission_set_id TEXT COLLATE "C" NOT NULL REFERENCES permission_sets (id) ON DELETE CASCADE,
	created_at        TIMESTAMPTZ NOT NULL,
	PRIMARY KEY (principal_type, principal_id, permission_set_id)
);

CREATE INDEX assignments_permission_set ON assignments (permission_set_id);

CREATE TABLE tokens (
	hash                 TEXT COLLATE "C" PRIMARY KEY,
	user_id              TEXT COLLATE "C" NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	permission_set_id    TEXT COLLATE "C" NOT NULL REFERENCES permission_sets (id) ON DELETE CASCADE,
	source_ip            TEXT NOT NULL,
	created_at           TIMESTAMPTZ NOT NULL,
	expires_at           TIMESTAMPTZ NOT NULL,
	mfa_authenticated_at TIMESTAMPTZ -- NULL when the sign-in used no second factor
);

CREATE INDEX tokens_user ON tokens (user_id);
CREATE INDEX tokens_permission_set ON tokens (permission_set_id);
CREATE INDEX tokens_expires_at ON tokens (expires_at);
