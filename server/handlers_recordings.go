package server

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"os"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/recording"
	"github.com/tetherhq/tether/store"
)

// searchCommands finds sessions by the commands typed in them, across all
// sessions: tether:SearchSessionCommands on the sessions' ARN pattern.
func (s *Server) searchCommands(c *call) (operation, error) {
	q := c.r.URL.Query()
	f := store.CommandFilter{Text: q.Get("text"), Owner: q.Get("user"), Target: q.Get("target"),
		SessionID: q.Get("session"), Limit: 100}
	if err := timeParams(q, map[string]*time.Time{"since": &f.Since, "until": &f.Until}); err != nil {
		return operation{}, err
	}
	if err := limitParam(q, api.MaxCommandPage, &f.Limit); err != nil {
		return operation{}, err
	}
	return operation{Action: "tether:SearchSessionCommands", Resource: s.account.SessionARN("*"),
		Run: func(ctx context.Context) (any, error) {
			cmds, err := s.store.SearchCommands(ctx, f)
			return api.Commands{Commands: nonNil(cmds)}, err
		}}, nil
}

// getRecording streams a session's recording from this server's spool.
func (s *Server) getRecording(c *call) (operation, error) {
	id := c.r.PathValue("id")
	return operation{Action: "tether:GetSessionRecording", Resource: s.account.SessionARN(id),
		Run: func(ctx context.Context) (any, error) {
			f, err := s.openRecording(id)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			c.hijacked = true // the body is the file, not JSON
			c.w.Header().Set("Content-Type", "application/octet-stream")
			c.w.Header().Set("Cache-Control", "no-store")
			c.w.WriteHeader(http.StatusOK)
			_, err = io.Copy(c.w, f)
			return nil, err
		}}, nil
}

// getAsciicast streams a session's recording as asciicast v2, for the
// console's player: authorized like getRecording.
func (s *Server) getAsciicast(c *call) (operation, error) {
	id := c.r.PathValue("id")
	return operation{Action: "tether:GetSessionRecording", Resource: s.account.SessionARN(id),
		Run: func(ctx context.Context) (any, error) {
			if s.spool == nil || !recording.ValidID(id) {
				return nil, tether.Errorf(tether.ENOTFOUND, "no recording of session %q on this server", id)
			}
			r, err := s.spool.Open(id)
			if err != nil {
				return nil, err
			}
			defer r.Close()
			c.hijacked = true // the body is the cast, not JSON
			c.w.Header().Set("Content-Type", "application/x-asciicast")
			c.w.Header().Set("Cache-Control", "no-store")
			c.w.WriteHeader(http.StatusOK)
			err = recording.ExportAsciicast(r, c.w)
			if errors.Is(err, recording.ErrNotSealed) {
				err = nil // a session still running: what it has so far
			}
			return nil, err
		}}, nil
}

// openRecording opens a recording of the spool, sealed or still open.
func (s *Server) openRecording(id string) (*os.File, error) {
	if s.spool == nil || !recording.ValidID(id) {
		return nil, tether.Errorf(tether.ENOTFOUND, "no recording of session %q on this server", id)
	}
	for _, p := range []string{s.spool.Path(id), s.spool.Path(id) + ".open"} {
		f, err := os.Open(p)
		if err == nil {
			return f, nil
		}
	}
	return nil, tether.Errorf(tether.ENOTFOUND, "no recording of session %q on this server", id)
}

// verifyRecording checks a recording's hash chain, totals and signature.
func (s *Server) verifyRecording(c *call) (operation, error) {
	id := c.r.PathValue("id")
	return operation{Action: "tether:GetSessionRecording", Resource: s.account.SessionARN(id),
		Run: func(ctx context.Context) (any, error) {
			f, err := s.openRecording(id)
			if err != nil {
				return nil, err
			}
			f.Close()
			m, err := s.spool.Verify(id)
			if err != nil {
				return nil, tether.Errorf(tether.ECONFLICT, "recording of session %s does not verify: %v", id, err)
			}
			raw, _ := json.Marshal(m)
			return api.RecordingVerification{Verified: true, Manifest: raw}, nil
		}}, nil
}
