package server

import (
	"context"
	"crypto"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/x509"
	"encoding/pem"
	"fmt"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/recording"
	"github.com/tetherhq/tether/sessionproto"
	"github.com/tetherhq/tether/store"
	"github.com/tetherhq/tether/tunnel"
)

// Recording at the relay: every session's input, output, resizes and
// forwarded connections go to the local spool before they are forwarded
// (record, sync, then forward), so a crash loses nothing anyone saw. The
// shipper then delivers sealed recordings to the log group and bucket the
// preferences name.

const recordingKeySetting = "recording-key"

// recordingKey is the server's Ed25519 key that signs recordings, kept in
// the store so replicas and restarts share it.
func recordingKey(ctx context.Context, st store.SettingStore) (crypto.Signer, error) {
	raw, err := st.Setting(ctx, recordingKeySetting)
	if tether.ErrorCode(err) == tether.ENOTFOUND {
		_, key, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return nil, err
		}
		der, err := x509.MarshalPKCS8PrivateKey(key)
		if err != nil {
			return nil, err
		}
		raw = pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: der})
		if err := st.PutSetting(ctx, recordingKeySetting, raw); err != nil {
			return nil, err
		}
	} else if err != nil {
		return nil, err
	}
	block, _ := pem.Decode(raw)
	if block == nil {
		return nil, fmt.Errorf("the stored recording key is not PEM")
	}
	key, err := x509.ParsePKCS8PrivateKey(block.Bytes)
	if err != nil {
		return nil, fmt.Errorf("the stored recording key: %w", err)
	}
	signer, ok := key.(crypto.Signer)
	if !ok {
		return nil, fmt.Errorf("the stored recording key cannot sign")
	}
	return signer, nil
}

// startRecording opens the session's recording.
func (ls *liveSession) startRecording(cols, rows int, term string) error {
	h := recording.Header{SessionID: ls.rec.ID, Target: ls.rec.Target, Owner: ls.rec.Owner, RunAs: ls.rec.RunAs,
		Kind: string(ls.rec.Kind), Reason: ls.rec.Reason, Command: ls.rec.Command, Client: ls.client0,
		Started: ls.rec.StartedAt, Cols: cols, Rows: rows, Host: ls.rec.Host, Port: ls.rec.Port}
	if term != "" {
		h.Env = map[string]string{"TERM": term}
	}
	w, err := ls.srv.spool.Create(h)
	if err != nil {
		return err
	}
	ls.mu.Lock()
	ls.recw = w
	ls.mu.Unlock()
	return nil
}

// record appends ev and makes it durable; on failure the session ends
// (fail closed: nothing unrecorded is forwarded).
func (ls *liveSession) record(ev recording.Event) bool {
	w := ls.recorder()
	if w == nil {
		return true
	}
	ev.Time = w.Elapsed()
	if err := w.Append(ev); err == nil {
		if err = w.Sync(); err == nil {
			return true
		}
	}
	go ls.terminate(tether.SessionFailed, "the session could not be recorded; it was ended")
	return false
}

func (ls *liveSession) recorder() *recording.Writer {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	return ls.recw
}

// outputCommitter delivers the agent's output to the client once it is in
// the spool, syncing batches (group commit) rather than every chunk.
func (ls *liveSession) outputCommitter() *recording.Committer {
	w := ls.recorder()
	if w == nil {
		return nil
	}
	return w.Committer(0, func(ev recording.Event) {
		ls.out.send(sessionproto.Output, ev.Data)
	})
}

// finishRecording seals the recording and hands it to the shipper.
func (ls *liveSession) finishRecording(details string, exit *int) {
	w := ls.recorder()
	if w == nil {
		return
	}
	if _, err := w.Close(recording.EndInfo{ExitCode: exit, Reason: details}); err != nil {
		ls.srv.log.Error("sealing a recording; it will be recovered at the next start", "session", ls.rec.ID, "err", err)
		return
	}
	ls.srv.ship(ls.rec.ID)
}

// recordedPipe copies a forwarded connection both ways, recording its
// open and its close with the bytes each way.
func recordedPipe(ls *liveSession, id int64, cst, ast *tunnel.Stream) {
	conn := recording.Conn{ID: id, State: recording.ConnOpen, Client: ls.client0, Host: ls.rec.Host, Port: ls.rec.Port}
	if !ls.record(recording.ConnEvent(0, conn)) {
		cst.Reset("the session could not be recorded")
		ast.Reset("the session could not be recorded")
		return
	}
	in, out := pipe(ls, cst, ast)
	conn.State, conn.BytesIn, conn.BytesOut = recording.ConnClose, in, out
	ls.record(recording.ConnEvent(0, conn))
}
