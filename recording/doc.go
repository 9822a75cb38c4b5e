// Package recording records sessions at the relay so that auditors can read
// and replay who did what, where and when, and can trust that the record is
// complete and unaltered.
//
// It owns the recording file format (FORMAT.md), the server's local spool
// of recordings, their tamper evidence, and the ways to read them back:
// streaming, asciicast v2 export, timed playback and the structured JSON
// events of a log stream. It does no networking: the relay feeds it, and
// the log-group and S3 sinks read what it wrote.
//
// # Writing
//
//	spool, err := recording.OpenSpool(dir, serverKey, recording.Options{})
//	ids, err := spool.Recover() // at start-up, before serving sessions
//	w, err := spool.Create(recording.Header{SessionID: s.ID, Target: ..., Owner: ..., RunAs: ..., Kind: "shell", Cols: 80, Rows: 24})
//	err = w.Append(recording.Event{Time: w.Elapsed(), Dir: recording.Output, Data: chunk})
//	err = w.Sync() // durable barrier: only now forward chunk to the user
//	m, err := w.Close(recording.EndInfo{ExitCode: code, Reason: details})
//
// Each recording is one file, <Dir>/<session-id>.rec.open while written and
// <session-id>.rec once Close has appended the signed manifest. Every
// record is hash-chained to the one before; the manifest holds the final
// chain hash and the totals (chunks and bytes each way, resizes, forwarded
// connections and their bytes), and is signed with the crypto.Signer given
// to OpenSpool (ECDSA, Ed25519 or RSA).
//
// # The relay's contract: record, Sync, then forward
//
// Nothing may reach the user before it is in the spool, so a crash loses
// nothing the user saw. For each chunk from the agent: Append it, Sync,
// and only then write it to the user; the same for the user's input before
// it goes to the agent (every keystroke is recorded before it acts). If
// Append or Sync fails, do not forward: end the session (fail closed); the
// Writer is poisoned after any I/O error and Recover seals the file on the
// next start.
//
// A Sync per chunk in series caps a session at chunk size / fsync latency.
// Writer.Committer removes that cap: the relay Appends each chunk through
// a Committer and gives it the forwarding function; the Committer's
// goroutine Syncs whatever has accumulated and then delivers it, while the
// relay records the next chunks. One fsync then covers a whole batch
// (group commit), and Syncs from several goroutines on one Writer share
// fsyncs too. While chunks stream in, a Committer syncs at most once per
// Options.CommitInterval (1 ms), which adds at most that to what the user
// waits and saves a write and an fsync per chunk; a chunk after a pause,
// like a keystroke's echo, is synced at once. Sketch for the output side
// of serveShell:
//
//	out := w.Committer(0, func(ev recording.Event) { ls.out.send(sessionproto.Output, ev.Data) })
//	for each message from the agent { out.Append(recording.Event{Time: w.Elapsed(), Dir: recording.Output, Data: payload}) }
//	out.Close() // then w.Close(...)
//
// Options.Sync picks what a Sync waits for: SyncFsync (default) survives
// power loss; SyncWrite survives the process being killed (kill -9, panic,
// OOM) but not the kernel going down, for disks whose fsync is too slow.
//
// Resizes are Append(Event{Dir: Resize, Cols: c, Rows: r}). Forwarding and
// proxy sessions record who (Header.Owner, Client), where (Target, Host,
// Port) and each connection's open and close with the bytes each way as
// Meta events: Append(ConnEvent(w.Elapsed(), Conn{...})).
//
// Recover seals what a crash left open; call it at start-up, before
// Create (it skips recordings this process or another live one is
// writing), and again later to seal a recording whose Close failed. Once
// Close returns, Spool.Path(id) is the sealed file to upload (S3) or
// serve. The log stream is best fed from the same place as the user: in
// the Committer's deliver function, through one LogEncoder per session.
//
// # Reading
//
// Spool.Open (or NewReader over any io.Reader, e.g. an S3 object) gives a
// Reader whose Next yields events in order, holding one record at a time
// and checking the chain as it goes. ExportAsciicast writes asciicast v2
// (`tether recordings export`); Player.Play replays the output with speed
// and idle limit (`tether play`); Verify and Spool.Verify check everything
// including the signature and name the record index and byte offset of
// any change, removal, reordering or truncation (`tether recordings
// verify`). LogEncoder and JSONEvent make the structured events of a log
// stream, with raw data and StripANSI text. A Reader trusts the chain, not
// yet the key: play or export a recording from an untrusted store after
// Verify.
//
// # Concurrency
//
// A Writer is safe for concurrent use; different Writers share nothing but
// the Spool's small index of open recordings, so sessions scale
// independently. LogEncoders are safe for concurrent use too; Readers and
// Strippers are for one goroutine.
package recording
