package audit

import (
	"encoding/json"
	"strings"
)

// secretFields are request fields never written to the trail, compared
// case-insensitively; their values become "***".
var secretFields = map[string]bool{
	"password": true, "newpassword": true, "oldpassword": true, "code": true, "token": true,
	"ticket": true, "devicecode": true, "credential": true, "activationcode": true, "secret": true,
	"privatekey": true, "csr": true,
}

// maxParams bounds the request parameters kept per record.
const maxParams = 8 << 10

// RequestParameters returns a request body as it may be kept: JSON with
// every secret field replaced, or nil when the body is empty or not JSON.
// Oversized parameters are replaced by a note.
func RequestParameters(body []byte) json.RawMessage {
	if len(body) == 0 {
		return nil
	}
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		return nil
	}
	out, err := json.Marshal(redact(v))
	if err != nil {
		return nil
	}
	if len(out) > maxParams {
		out, _ = json.Marshal(map[string]any{"Truncated": true, "Bytes": len(out)})
	}
	return out
}

func redact(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, val := range x {
			if secretFields[strings.ToLower(k)] {
				x[k] = "***"
			} else {
				x[k] = redact(val)
			}
		}
	case []any:
		for i := range x {
			x[i] = redact(x[i])
		}
	}
	return v
}
