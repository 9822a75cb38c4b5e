// Package audit keeps Tether's audit trail: every API call, sign-in, MFA
// change, registration and session start and end, appended to a
// hash-chained store (see Chain and Verify), looked up like CloudTrail's
// LookupEvents, and exported as JSON lines, to syslog and to webhooks.
package audit

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"time"

	"github.com/tetherhq/tether"
)

// Chain sets r's PrevHash to prev and its Hash to the SHA-256 of prev and
// the record's canonical JSON (with Hash empty). Any change to a record, or
// removing or reordering records, changes the hashes after it.
// The time is first cut to the microsecond, the precision every store keeps.
func Chain(prev string, r *tether.AuditRecord) {
	r.EventTime = r.EventTime.UTC().Truncate(time.Microsecond)
	r.PrevHash = prev
	r.Hash = hashOf(*r)
}

func hashOf(r tether.AuditRecord) string {
	r.Hash = ""
	r.EventTime = r.EventTime.UTC()
	b, err := json.Marshal(r)
	if err != nil {
		panic(err) // a struct of strings, times and raw JSON that was valid when stored
	}
	sum := sha256.Sum256(append([]byte(r.PrevHash+"\n"), b...))
	return hex.EncodeToString(sum[:])
}

// Verifier checks records in ascending order, one at a time, so a trail of
// any length is verified in constant memory.
type Verifier struct {
	prev    string
	lastSeq int64
	Count   int64
}

// Check verifies the next record; the error names the first record where
// the chain breaks and how.
func (v *Verifier) Check(r tether.AuditRecord) error {
	switch {
	case r.Seq != v.lastSeq+1:
		return fmt.Errorf("audit trail broken at record %d: expected record %d next (records missing or out of order)", r.Seq, v.lastSeq+1)
	case r.PrevHash != v.prev:
		return fmt.Errorf("audit trail broken at record %d: it does not follow record %d (previous hash differs)", r.Seq, v.lastSeq)
	case hashOf(r) != r.Hash:
		return fmt.Errorf("audit trail broken at record %d (event %s): its content does not match its hash (changed)", r.Seq, r.EventID)
	}
	v.prev, v.lastSeq = r.Hash, r.Seq
	v.Count++
	return nil
}
