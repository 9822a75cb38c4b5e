package sqlstore

import (
	"context"
	"fmt"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/store"
)

// The audit trail.

const auditCols = `seq, event_id, event_time, event_name, event_source, identity, user_name, source_ip,
	user_agent, resource, request_parameters, error_code, error_message, detail, request_id, prev_hash, hash`

func scanAuditRecord(sc scanner) (tether.AuditRecord, error) {
	var r tether.AuditRecord
	var params string
	err := sc.Scan(&r.Seq, &r.EventID, timeCol{&r.EventTime}, &r.EventName, &r.EventSource, &r.Identity,
		&r.UserName, &r.SourceIP, &r.UserAgent, &r.Resource, &params, &r.ErrorCode, &r.ErrorMessage,
		&r.Detail, &r.RequestID, &r.PrevHash, &r.Hash)
	if params != "" {
		r.RequestParameters = []byte(params)
	}
	return r, err
}

func (s *Store) AppendAuditRecords(ctx context.Context, recs []tether.AuditRecord, chain func(string, *tether.AuditRecord)) error {
	if len(recs) == 0 {
		return nil
	}
	return s.inTx(ctx, func(tx *Store) error {
		var seq int64
		var hash string
		if err := tx.queryRow(ctx, `SELECT seq, hash FROM audit_head WHERE id = 1`+tx.forUpdate()).Scan(&seq, &hash); err != nil {
			return tx.fail(err, "could not read the head of the audit trail")
		}
		for i := range recs {
			r := &recs[i]
			seq++
			r.Seq = seq
			chain(hash, r)
			hash = r.Hash
			_, err := tx.exec(ctx, `INSERT INTO audit_records (`+auditCols+`)
				VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
				r.Seq, r.EventID, tx.ts(r.EventTime), r.EventName, r.EventSource, r.Identity, r.UserName,
				r.SourceIP, r.UserAgent, r.Resource, string(r.RequestParameters), r.ErrorCode, r.ErrorMessage,
				r.Detail, r.RequestID, r.PrevHash, r.Hash)
			if err != nil && tx.d.IsUniqueViolation(err) {
				return tether.Errorf(tether.ECONFLICT, "audit event %q already recorded", r.EventID)
			} else if err != nil {
				return tx.fail(err, "could not append audit event %q", r.EventID)
			}
		}
		_, err := tx.exec(ctx, `UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1`, seq, hash)
		return tx.fail(err, "could not advance the head of the audit trail")
	})
}

func (s *Store) ListAuditRecords(ctx context.Context, f store.AuditFilter) ([]tether.AuditRecord, error) {
	var w where
	if f.UserName != "" {
		w.add("user_name = ?", f.UserName)
	}
	if f.EventName != "" {
		w.add("event_name = ?", f.EventName)
	}
	if !f.Since.IsZero() {
		w.add("event_time >= ?", s.ts(f.Since))
	}
	if !f.Until.IsZero() {
		w.add("event_time < ?", s.ts(f.Until))
	}
	if f.AfterSeq > 0 {
		w.add("seq > ?", f.AfterSeq)
	}
	order := " ORDER BY seq DESC"
	if f.Ascending {
		order = " ORDER BY seq"
	}
	if f.Limit > 0 {
		order += fmt.Sprintf(" LIMIT %d", f.Limit)
	}
	return list(ctx, s, scanAuditRecord, "audit records", `SELECT `+auditCols+` FROM audit_records`+w.String()+order, w.args...)
}
