-- The initial schema. Times are fixed-width RFC 3339 text in UTC
-- (2006-01-02T15:04:05.000000Z), which compares correctly as text; tags are
-- JSON objects. STRICT makes SQLite enforce the declared column types.

-- The deployment's one account: singleton is always 1 and unique, so a
-- second row cannot be inserted.
CREATE TABLE account (
	id         TEXT PRIMARY KEY,
	singleton  INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),
	region     TEXT NOT NULL,
	created_at TEXT NOT NULL
) STRICT;

CREATE TABLE settings (
	name  TEXT PRIMARY KEY,
	value BLOB NOT NULL
) STRICT;

CREATE TABLE users (
	id                       TEXT PRIMARY KEY,
	username                 TEXT NOT NULL UNIQUE,
	email                    TEXT NOT NULL,
	first_name               TEXT NOT NULL,
	last_name                TEXT NOT NULL,
	display_name             TEXT NOT NULL,
	status                   TEXT NOT NULL,
	tags                     TEXT NOT NULL CHECK (json_valid(tags)),
	password_hash            TEXT NOT NULL,
	password_change_required INTEGER NOT NULL,
	created_at               TEXT NOT NULL,
	updated_at               TEXT NOT NULL
) STRICT;

CREATE INDEX users_status ON users (status);

CREATE TABLE groups (
	id          TEXT PRIMARY KEY,
	name        TEXT NOT NULL UNIQUE,
	description TEXT NOT NULL,
	created_at  TEXT NOT NULL,
	updated_at  TEXT NOT NULL
) STRICT;

CREATE TABLE memberships (
	group_id   TEXT NOT NULL REFERENCES groups (id) ON DELETE CASCADE,
	user_id    TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	created_at TEXT NOT NULL,
	PRIMARY KEY (group_id, user_id)
) STRICT;

CREATE INDEX memberships_user ON memberships (user_id);

CREATE TABLE permission_sets (
	id                  TEXT PRIMARY KEY,
	name                TEXT NOT NULL UNIQUE,
	description         TEXT NOT NULL,
	session_duration_ns INTEGER NOT NULL,
	relay_state         TEXT NOT NULL,
	inline_policy       TEXT NOT NULL,
	tags                TEXT NOT NULL CHECK (json_valid(tags)),
	created_at          TEXT NOT NULL,
	updated_at          TEXT NOT NULL
) STRICT;

-- The principal is a user or a group, so it has no foreign key: DeleteUser
-- and DeleteGroup remove a principal's assignments themselves.
CREATE TABLE assignments (
	principal_type    TEXT NOT NULL CHECK (principal_type IN ('USER', 'GROUP')),
	principal_id      TEXT NOT NULL,
	permission_set_id TEXT NOT NULL REFERENCES permission_sets (id) ON DELETE CASCADE,
	created_at        TEXT NOT NULL,
	PRIMARY KEY (principal_type, principal_id, permission_set_id)
) STRICT;

CREATE INDEX assignments_permission_set ON assignments (permission_set_id);

CREATE TABLE tokens (
	hash                 TEXT PRIMARY KEY,
	user_id              TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	permission_set_id    TEXT NOT NULL REFERENCES permission_sets (id) ON DELETE CASCADE,
	source_ip            TEXT NOT NULL,
	created_at           TEXT NOT NULL,
	expires_at           TEXT NOT NULL,
	mfa_authenticated_at TEXT -- NULL when the sign-in used no second factor
) STRICT;

CREATE INDEX tokens_user ON tokens (user_id);
CREATE INDEX tokens_permission_set ON tokens (permission_set_id);
CREATE INDEX tokens_expires_at ON tokens (expires_at);
