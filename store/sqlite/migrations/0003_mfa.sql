-- MFA devices and tickets. A device's secret is the TOTP key or the WebAuthn
-- credential JSON. Tickets are short-lived records found by the SHA-256 of a
-- secret handed out (invitation links, pending sign-ins, emailed codes,
-- device codes) or by a derived key (failure counters); user_id is empty for
-- tickets not (yet) tied to a user, so it has no foreign key: DeleteUser
-- removes a user's tickets itself.

CREATE TABLE mfa_devices (
	id             TEXT PRIMARY KEY,
	user_id        TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
	kind           TEXT NOT NULL,
	name           TEXT NOT NULL,
	secret         TEXT NOT NULL,
	credential_id  TEXT NOT NULL,
	confirmed      INTEGER NOT NULL,
	last_used_step INTEGER NOT NULL,
	created_at     TEXT NOT NULL,
	last_used_at   TEXT -- NULL until first used
) STRICT;

CREATE INDEX mfa_devices_user ON mfa_devices (user_id, created_at);

CREATE TABLE tickets (
	hash       TEXT PRIMARY KEY,
	kind       TEXT NOT NULL,
	user_id    TEXT NOT NULL,
	data       BLOB NOT NULL,
	attempts   INTEGER NOT NULL,
	created_at TEXT NOT NULL,
	expires_at TEXT NOT NULL
) STRICT;

CREATE INDEX tickets_user ON tickets (user_id, kind, created_at);
CREATE INDEX tickets_expires_at ON tickets (expires_at);
