// Package tunnel is the multiplexed wire protocol that carries Tether's byte
// streams: agents dial out to the server and CLIs connect to it, each over
// one TLS connection, and every shell and port-forwarding stream on such a
// hop is a Stream of one Session here. The server relays by copying between
// a stream accepted on one session and a stream opened on another.
//
// It is written here rather than taken from yamux or smux because the relay
// is the product's hot path: those libraries moved 150-190 MB/s where a plain
// TLS relay moved 270-340 MB/s on the same machines. The design choices that
// close the gap are about work per byte, not features:
//
//   - Frames are sized so a full data frame is exactly one 16 KiB TLS record,
//     and a frame's header is never written apart from its payload, so a bulk
//     transfer costs one record, one AES-GCM pass and one write per 16 KiB.
//   - Frames are encoded straight into a queue of 16 KiB segments. A stream's
//     Write writes the queue to the connection itself when no one else is
//     writing (no hand-off, as with a plain TLS Write); otherwise a writer
//     goroutine, started on demand, does. Small frames queued close together
//     share a segment (one write), while a lone small write goes out at once.
//   - The reader goroutine reads each data payload straight into the
//     stream's receive buffer, and Stream.WriteTo hands those buffers to the
//     destination, so a relay's io.Copy adds one copy per byte to what a TLS
//     relay does.
//   - Per-stream credit windows bound what a slow reader can make the session
//     buffer, and the reader goroutine never waits for an application, so one
//     stalled stream never stalls the others.
//   - Idle costs little: no goroutine per stream, no receive buffer until data
//     arrives, buffers returned to pools once read.
//
// PROTOCOL.md in this directory describes the frames and what each protocol
// version adds; Version is the newest this package speaks.
package tunnel
