package tunnel

import (
	"bytes"
	"crypto/rand"
	"io"
	"sync"
	"testing"
)

// TestRelay runs Tether's topology over TLS on loopback: a client session
// and an agent session both end at a relay that copies between streams, as
// the server does. Data crosses intact both ways, ends propagate, and
// nothing outlives the sessions.
func TestRelay(t *testing.T) {
	checkGoroutines(t)
	c1, r1c := MustTLSConns(t)
	a2, r2c := MustTLSConns(t)
	client, r1 := MustPair(t, c1, r1c, nil, nil)
	agent, r2 := MustPair(t, a2, r2c, nil, nil)
	var relays sync.WaitGroup
	go func() {
		for {
			in, err := r1.Accept(testCtx(t))
			if err != nil {
				return
			}
			out, err := r2.Open(testCtx(t), in.Header())
			if err != nil {
				in.Reset(err.Error())
				continue
			}
			relays.Add(1)
			go func() { defer relays.Done(); relay(in, out) }()
		}
	}()

	up, down := make([]byte, 5<<20), make([]byte, 3<<20)
	rand.Read(up)
	rand.Read(down)
	st := mustOpen(t, client, "ssh i-0abc")
	go func() { st.Write(up); st.CloseWrite() }()
	far := mustAccept(t, agent)
	if string(far.Header()) != "ssh i-0abc" {
		t.Fatalf("agent got header %q", far.Header())
	}
	go func() { far.Write(down); far.Close() }()
	if got := readAll(t, far); !bytes.Equal(got, up) {
		t.Fatalf("agent received %d bytes, not what the client sent", len(got))
	}
	if got := readAll(t, st); !bytes.Equal(got, down) {
		t.Fatalf("client received %d bytes, not what the agent sent", len(got))
	}
	st.Close()

	// An agent that cannot reach the target resets; the client sees why.
	st2 := mustOpen(t, client, "forward 10.0.0.5:22")
	st2.Write([]byte("x"))
	mustAccept(t, agent).Reset("connection refused by 10.0.0.5:22")
	_, err := io.ReadAll(st2)
	if se := asStreamError(t, err); !se.Remote || se.Reason != "connection refused by 10.0.0.5:22" {
		t.Fatalf("client saw %+v", se)
	}
	relays.Wait()
	for _, s := range []*Session{client, r1, r2, agent} {
		s.Close()
	}
}
