package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/audit"
	"github.com/tetherhq/tether/authz"
	"github.com/tetherhq/tether/identity"
)

// operation is what one API request asks for, known before it runs: the
// action and resource the policy decides on, extra context keys, and the
// work to do once allowed. Handlers build operations; only dispatch runs
// them, so no request can skip authentication, authorization or audit.
type operation struct {
	Action   string
	Resource string
	Context  map[string][]string
	Run      func(ctx context.Context) (any, error)
	// Also lists further permissions the operation needs, such as adding a
	// new user to groups; each is decided like the main action.
	Also []permission
	// filtered marks listings that decide each item on its own (with
	// Server.allowed) instead of the operation as a whole.
	filtered bool
	// self marks operations on the caller's own sign-in (whoami, logout),
	// which every authenticated caller may perform.
	self bool
	// userName names the user a public operation acts for (sign-in), for
	// the audit trail.
	userName string
}

// permission is one action on one resource.
type permission struct {
	Action, Resource string
	Context          map[string][]string
}

// call is one request in flight.
type call struct {
	r         *http.Request
	w         http.ResponseWriter // for operations that upgrade the connection
	hijacked  bool                // set once the connection was taken over
	principal identity.Principal
	secret    string // the bearer token, for sign-out
	transport authz.Request
	params    json.RawMessage // the request body for the audit trail, secrets replaced
}

// decode reads the JSON body into v: bounded size, unknown fields and
// trailing data rejected, each with a message naming the problem.
func (c *call) decode(v any) error {
	body, err := io.ReadAll(c.r.Body)
	var tooBig *http.MaxBytesError
	if errors.As(err, &tooBig) {
		return tether.Errorf(tether.ETOOLARGE, "request body is larger than %d bytes", tooBig.Limit)
	} else if err != nil {
		return tether.Errorf(tether.EINVALID, "reading request body: %v", err)
	}
	c.params = audit.RequestParameters(body)
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return tether.Errorf(tether.EINVALID, "request body: %s", jsonProblem(err))
	}
	if dec.More() {
		return tether.Errorf(tether.EINVALID, "request body: unexpected data after the JSON object")
	}
	return nil
}

func jsonProblem(err error) string {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.EOF):
		return "empty; a JSON object is required"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "malformed JSON: the document ends early"
	case errors.As(err, &syntax):
		return "malformed JSON at byte " + strconv.FormatInt(syntax.Offset, 10) + ": " + syntax.Error()
	case errors.As(err, &typ):
		return "field " + typ.Field + " must be " + typ.Type.String() + ", not " + typ.Value
	case strings.HasPrefix(err.Error(), "json: unknown field"):
		return "unknown field " + strings.TrimPrefix(err.Error(), "json: unknown field ")
	}
	return err.Error()
}

// route is one API endpoint. Public routes run without a token (sign-in).
type route struct {
	pattern string // net/http pattern with method, e.g. "POST /api/v1/groups"
	public  bool
	build   func(c *call) (operation, error)
}

// handle is the single path every API request takes: authenticate, build the
// operation, authorize it, audit it, run it, write the answer.
func (s *Server) handle(rt route) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := s.now()
		r.Body = http.MaxBytesReader(w, r.Body, api.MaxBodyBytes)
		c := &call{r: r, w: w, transport: authz.Request{SourceIP: sourceIP(r), Secure: r.TLS != nil}}
		ev := AuditEvent{Time: start, Route: rt.pattern, SourceIP: c.transport.SourceIP, RequestID: requestID(r),
			UserAgent: r.UserAgent()}

		out, err := s.serve(rt, c, &ev)
		ev.Duration = s.now().Sub(start)
		ev.Request = c.params
		ev.ErrorCode = tether.ErrorCode(err)
		if err != nil {
			ev.ErrorMessage = tether.ErrorMessage(err)
		}
		s.audit.Record(r.Context(), ev)
		switch {
		case err != nil && !c.hijacked:
			s.writeError(w, r, err)
		case !c.hijacked:
			writeJSON(w, http.StatusOK, out)
		}
	})
}

func (s *Server) serve(rt route, c *call, ev *AuditEvent) (any, error) {
	ctx := c.r.Context()
	secret, byCookie := credential(c.r)
	if err := checkCSRF(c.r, byCookie); err != nil {
		return nil, err
	}
	if !rt.public {
		if secret == "" {
			return nil, tether.Errorf(tether.EUNAUTHORIZED, "missing bearer token; sign in with tether login")
		}
		p, err := s.identity.Authenticate(ctx, secret)
		if err != nil {
			return nil, err
		}
		c.principal, c.secret = p, secret
		ev.Principal = p.Name()
		ev.UserName = p.User.Username
	}
	op, err := rt.build(c)
	if err != nil {
		return nil, err
	}
	ev.Action, ev.Resource = op.Action, op.Resource
	if ev.UserName == "" {
		ev.UserName = op.userName
	}
	if !rt.public && !op.self && !op.filtered {
		for _, p := range append([]permission{{op.Action, op.Resource, op.Context}}, op.Also...) {
			if err := s.authz.Authorize(c.principal, p.Action, p.Resource, c.transport, p.Context); err != nil {
				return nil, err
			}
		}
	}
	return op.Run(ctx)
}

// allowed decides one more action for a call, for listings that show only
// what the caller may see.
func (s *Server) allowed(c *call, action, resource string, ctx map[string][]string) bool {
	return s.authz.Authorize(c.principal, action, resource, c.transport, ctx) == nil
}

// status maps error codes to HTTP statuses.
var status = map[string]int{
	tether.EINVALID:      http.StatusBadRequest,
	tether.ENOTFOUND:     http.StatusNotFound,
	tether.ECONFLICT:     http.StatusConflict,
	tether.EUNAUTHORIZED: http.StatusUnauthorized,
	tether.EFORBIDDEN:    http.StatusForbidden,
	tether.ETOOLARGE:     http.StatusRequestEntityTooLarge,
	tether.ETHROTTLED:    http.StatusTooManyRequests,
	tether.EUNAVAILABLE:  http.StatusServiceUnavailable,
	tether.EINTERNAL:     http.StatusInternalServerError,
	// Device-authorization polls answer like RFC 8628's token endpoint
	// (a denial is access_denied, 403, like a refusal).
	api.DeviceAuthorizationPending: http.StatusBadRequest,
	api.DeviceSlowDown:             http.StatusBadRequest,
	api.DeviceExpired:              http.StatusBadRequest,
}

func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	code := tether.ErrorCode(err)
	if code == tether.EINTERNAL {
		s.log.Error("request failed", "method", r.Method, "path", r.URL.Path, "request_id", requestID(r), "err", err)
	}
	if code == tether.EUNAUTHORIZED {
		w.Header().Set("WWW-Authenticate", `Bearer realm="tether"`)
	}
	st, ok := status[code]
	if !ok {
		st = http.StatusInternalServerError
	}
	writeJSON(w, st, api.Error{Code: code, Message: tether.ErrorMessage(err)})
}

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(v)
}

// credential is the request's token: the bearer token, else the console's
// session cookie (byCookie).
func credential(r *http.Request) (secret string, byCookie bool) {
	h := r.Header.Get("Authorization")
	if len(h) > 7 && strings.EqualFold(h[:7], "Bearer ") {
		return strings.TrimSpace(h[7:]), false
	}
	if ck, err := r.Cookie(api.SessionCookie); err == nil && ck.Value != "" {
		return ck.Value, true
	}
	return "", false
}

// sourceIP is the peer address. Proxy headers are not trusted: a deployment
// behind a load balancer will configure trusted proxies explicitly.
func sourceIP(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

type ctxKey int

const requestIDKey ctxKey = 0

func requestID(r *http.Request) string {
	id, _ := r.Context().Value(requestIDKey).(string)
	return id
}
