package policy

import (
	"strings"
	"testing"
)

func TestParseVersion(t *testing.T) {
	tests := []struct {
		name    string
		doc     string
		version string
		wantErr string
	}{
		{"2012-10-17", oneStatement("2012-10-17", `"Action": "s3:Get", "Resource": "*"`), "2012-10-17", ""},
		{"2008-10-17", oneStatement("2008-10-17", `"Action": "s3:Get", "Resource": "*"`), "2008-10-17", ""},
		{"missing means old semantics", oneStatement("", `"Action": "s3:Get", "Resource": "*"`), "", ""},
		{"unknown date", oneStatement("2020-01-01", `"Action": "s3:Get", "Resource": "*"`), "",
			`Version: unsupported version "2020-01-01" (want "2012-10-17" or "2008-10-17")`},
		{"number", `{"Version": 2012, "Statement": {"Effect": "Allow", "Action": "s3:Get", "Resource": "*"}}`, "",
			"Version: must be a string, got a number"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse([]byte(tt.doc))
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("error = %v, want %q", err, tt.wantErr)
				}
				if ve := err.(*ValidationError); ve.Statement != -1 || ve.Field != "Version" {
					t.Errorf("Statement, Field = %d, %q; want -1, Version", ve.Statement, ve.Field)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if p.Version != tt.version {
				t.Errorf("Version = %q, want %q", p.Version, tt.version)
			}
		})
	}
}

func TestParseStatementShapes(t *testing.T) {
	tests := []struct {
		name  string
		doc   string
		sids  []string
		field string // "" when the document is valid
	}{
		{"single object", `{"Version": "2012-10-17", "Statement": {"Sid": "One", "Effect": "Allow", "Action": "s3:Get", "Resource": "*"}}`,
			[]string{"One"}, ""},
		{"list of two", `{"Version": "2012-10-17", "Statement": [
			{"Sid": "A", "Effect": "Allow", "Action": "s3:Get", "Resource": "*"},
			{"Effect": "Deny", "Action": ["s3:Put", "s3:Delete"], "Resource": ["arn:aws:s3:::b/*"]}]}`,
			[]string{"A", ""}, ""},
		{"Id allowed", `{"Version": "2012-10-17", "Id": "doc-1", "Statement": {"Effect": "Allow", "Action": "s3:Get", "Resource": "*"}}`,
			[]string{""}, ""},
		{"empty Sid is no Sid", `{"Version": "2012-10-17", "Statement": [
			{"Sid": "", "Effect": "Allow", "Action": "s3:Get", "Resource": "*"},
			{"Sid": "", "Effect": "Allow", "Action": "s3:Put", "Resource": "*"}]}`, []string{"", ""}, ""},
		{"2008 Sid may have spaces", `{"Version": "2008-10-17", "Statement": {"Sid": "read only", "Effect": "Allow", "Action": "s3:Get", "Resource": "*"}}`,
			[]string{"read only"}, ""},
		{"missing Statement", `{"Version": "2012-10-17"}`, nil, "Statement"},
		{"empty Statement list", `{"Version": "2012-10-17", "Statement": []}`, nil, "Statement"},
		{"Statement is a string", `{"Version": "2012-10-17", "Statement": "Allow"}`, nil, "Statement"},
		{"statement not an object", `{"Version": "2012-10-17", "Statement": ["Allow"]}`, nil, "Statement"},
		{"not an object at all", `["Version"]`, nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Parse([]byte(tt.doc))
			if tt.sids == nil {
				if err == nil {
					t.Fatal("Parse succeeded, want an error")
				}
				if ve := err.(*ValidationError); ve.Field != tt.field {
					t.Errorf("Field = %q, want %q (%v)", ve.Field, tt.field, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var sids []string
			for _, st := range p.Statements {
				sids = append(sids, st.Sid)
			}
			if strings.Join(sids, ",") != strings.Join(tt.sids, ",") || len(sids) != len(tt.sids) {
				t.Errorf("Sids = %q, want %q", sids, tt.sids)
			}
		})
	}
}

// TestValidationErrors checks that every error names the statement (index
// and Sid) and the element, both in the struct and in the text.
func TestValidationErrors(t *testing.T) {
	const v = `"Version": "2012-10-17", `
	stmt := func(s string) string { return `{` + v + `"Statement": [` + s + `]}` }
	ok := `{"Effect": "Allow", "Action": "s3:Get", "Resource": "*"}`
	tests := []struct {
		name      string
		doc       string
		statement int
		sid       string
		field     string
		text      string // the whole Error() when it starts with "=", else a substring
	}{
		{"Effect wrong case", stmt(ok + `,` + ok + `,{"Sid": "VisualEditor0", "Effect": "allow", "Action": "s3:Get", "Resource": "*"}`),
			2, "VisualEditor0", "Effect", `=Statement[2] (Sid "VisualEditor0"): Effect: must be "Allow" or "Deny", got "allow"`},
		{"Effect missing", stmt(`{"Action": "s3:Get", "Resource": "*"}`), 0, "", "Effect", "missing"},
		{"Effect not a string", stmt(`{"Effect": true, "Action": "s3:Get", "Resource": "*"}`), 0, "", "Effect", "got a boolean"},
		{"no service prefix", stmt(`{"Effect": "Allow", "Action": "DescribeInstances", "Resource": "*"}`),
			0, "", "Action", `=Statement[0]: Action: "DescribeInstances" has no service prefix (want service:action)`},
		{"empty service prefix", stmt(`{"Effect": "Allow", "Action": ":Get", "Resource": "*"}`), 0, "", "Action", "empty service prefix"},
		{"no action name", stmt(`{"Effect": "Allow", "NotAction": ["s3:"], "Resource": "*"}`), 0, "", "NotAction", "no action name"},
		{"space in action", stmt(`{"Effect": "Allow", "Action": "s3:Get Object", "Resource": "*"}`), 0, "", "Action", "not allowed in an action"},
		{"action list of numbers", stmt(`{"Effect": "Allow", "Action": [1], "Resource": "*"}`), 0, "", "Action", "the list holds a number"},
		{"empty action list", stmt(`{"Effect": "Allow", "Action": [], "Resource": "*"}`), 0, "", "Action", "empty list"},
		{"Action and NotAction", stmt(`{"Sid": "Both", "Effect": "Allow", "Action": "s3:Get", "NotAction": "s3:Put", "Resource": "*"}`),
			0, "Both", "NotAction", "not both"},
		{"neither Action nor NotAction", stmt(`{"Effect": "Allow", "Resource": "*"}`), 0, "", "Action", "missing"},
		{"Resource and NotResource", stmt(ok + `,{"Effect": "Deny", "Action": "s3:Get", "Resource": "*", "NotResource": "*"}`),
			1, "", "NotResource", "not both"},
		{"no Resource", stmt(`{"Effect": "Allow", "Action": "s3:Get"}`), 0, "", "Resource", "missing"},
		{"Resource not an ARN", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "bucket/*"}`), 0, "", "Resource", "is not an ARN"},
		{"Resource too few segments", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "arn:aws:s3"}`), 0, "", "Resource", "is not an ARN"},
		{"NotResource object", stmt(`{"Effect": "Allow", "Action": "s3:Get", "NotResource": {}}`), 0, "", "NotResource", "got an object"},
		{"Principal", stmt(`{"Sid": "P", "Effect": "Allow", "Principal": "*", "Action": "s3:Get", "Resource": "*"}`),
			0, "P", "Principal", "identity policy"},
		{"NotPrincipal", stmt(`{"Effect": "Allow", "NotPrincipal": {"AWS": "*"}, "Action": "s3:Get", "Resource": "*"}`),
			0, "", "NotPrincipal", "identity policy"},
		{"unknown statement field", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resources": "*"}`),
			0, "", "Resources", `unknown element "Resources" (did you mean "Resource"?)`},
		{"field in wrong case", stmt(`{"effect": "Allow", "Action": "s3:Get", "Resource": "*"}`), 0, "", "effect", `did you mean "Effect"`},
		{"unknown top-level field", `{"Version": "2012-10-17", "Statment": []}`, -1, "", "Statment", "unknown element"},
		{"duplicate key in statement", stmt(`{"Effect": "Allow", "Effect": "Deny", "Action": "s3:Get", "Resource": "*"}`),
			0, "", "Effect", "appears twice"},
		{"duplicate Version", `{"Version": "2012-10-17", "Version": "2012-10-17", "Statement": ` + ok + `}`, -1, "", "Version", "appears twice"},
		{"Sid with a dash under 2012", stmt(`{"Sid": "read-only", "Effect": "Allow", "Action": "s3:Get", "Resource": "*"}`),
			0, "read-only", "Sid", "only ASCII letters and digits"},
		{"Sid not a string", stmt(`{"Sid": 1, "Effect": "Allow", "Action": "s3:Get", "Resource": "*"}`), 0, "", "Sid", "must be a string"},
		{"duplicate Sid", stmt(`{"Sid": "Same", "Effect": "Allow", "Action": "s3:Get", "Resource": "*"},
			{"Sid": "Same", "Effect": "Deny", "Action": "s3:Put", "Resource": "*"}`),
			1, "Same", "Sid", `"Same" is already the Sid of Statement[0]`},
		{"malformed variable", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "arn:aws:s3:::b/${aws:username"}`),
			0, "", "Resource", `unterminated policy variable "${aws:username" (missing "}")`},
		{"empty variable", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "arn:aws:s3:::b/${}"}`), 0, "", "Resource", "empty policy variable"},
		{"variable without prefix", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "arn:aws:s3:::b/${username}"}`),
			0, "", "Resource", "want a context key with its prefix"},
		{"variable with space in key", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "arn:aws:s3:::b/${aws:user name}"}`),
			0, "", "Resource", "not allowed in a key name"},
		{"default without quotes", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "arn:aws:s3:::b/${aws:username, anon}"}`),
			0, "", "Resource", "single quotes"},
		{"malformed variable in condition", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*",
			"Condition": {"StringLike": {"s3:prefix": "${aws:username/*"}}}`), 0, "", "Condition", "unterminated policy variable"},
		{"unknown operator", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": {"StringEqual": {"aws:username": "a"}}}`),
			0, "", "Condition", `unknown condition operator "StringEqual"`},
		{"operator in wrong case", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": {"stringEquals": {"aws:username": "a"}}}`),
			0, "", "Condition", `did you mean "StringEquals"`},
		{"NullIfExists", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": {"NullIfExists": {"aws:username": "true"}}}`),
			0, "", "Condition", "Null has no IfExists form"},
		{"ForAnyValue:Null", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": {"ForAnyValue:Null": {"aws:TagKeys": "true"}}}`),
			0, "", "Condition", "Null takes no ForAnyValue"},
		{"bad number", stmt(`{"Sid": "Mfa", "Effect": "Allow", "Action": "s3:Get", "Resource": "*",
			"Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": "an hour"}}}`),
			0, "Mfa", "Condition", `=Statement[0] (Sid "Mfa"): Condition: NumericLessThan: "aws:MultiFactorAuthAge": "an hour" is not a number`},
		{"NaN is not a number", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": {"NumericEquals": {"s3:max-keys": "NaN"}}}`),
			0, "", "Condition", "is not a number"},
		{"bad date", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": {"DateLessThan": {"aws:CurrentTime": "2026-02-30"}}}`),
			0, "", "Condition", `DateLessThan: "aws:CurrentTime": "2026-02-30" is not a date`},
		{"bad CIDR", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": {"IpAddress": {"aws:SourceIp": "10.0.0.0/33"}}}`),
			0, "", "Condition", "is not an IP address or CIDR block"},
		{"bad bool", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "yes"}}}`),
			0, "", "Condition", `"yes" is not "true" or "false"`},
		{"bad base64", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": {"BinaryEquals": {"test:Blob": "!!"}}}`),
			0, "", "Condition", "is not base64"},
		{"bad ARN", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:sns"}}}`),
			0, "", "Condition", "is not an ARN"},
		{"bad Null value", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": {"Null": {"aws:TokenIssueTime": "absent"}}}`),
			0, "", "Condition", "is not"},
		{"condition value null", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": {"StringEquals": {"aws:username": null}}}`),
			0, "", "Condition", "got null"},
		{"condition values empty", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": {"StringEquals": {"aws:username": []}}}`),
			0, "", "Condition", "empty list"},
		{"condition key without prefix", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": {"StringEquals": {"username": "a"}}}`),
			0, "", "Condition", "has no prefix"},
		{"condition keys differing in case", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*",
			"Condition": {"StringEquals": {"aws:username": "a", "AWS:UserName": "b"}}}`), 0, "", "Condition", "case-insensitive"},
		{"operator without keys", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": {"StringEquals": {}}}`),
			0, "", "Condition", "names no condition key"},
		{"Condition a list", stmt(`{"Effect": "Allow", "Action": "s3:Get", "Resource": "*", "Condition": []}`), 0, "", "Condition", "must be an object"},
		{"syntax error", `{"Version": "2012-10-17", "Statement": [` + ok + `,]}`, -1, "", "", "invalid JSON at line 1"},
		{"trailing data", `{"Version": "2012-10-17", "Statement": ` + ok + `} {}`, -1, "", "", "unexpected data after the end"},
		{"truncated", `{"Version": "2012-10-17", "Statement": [`, -1, "", "", "unexpected end of document"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ve := MustValidationError(t, tt.doc)
			if ve.Statement != tt.statement || ve.Sid != tt.sid || ve.Field != tt.field {
				t.Errorf("Statement, Sid, Field = %d, %q, %q; want %d, %q, %q (%v)",
					ve.Statement, ve.Sid, ve.Field, tt.statement, tt.sid, tt.field, ve)
			}
			got := ve.Error()
			if want, exact := strings.CutPrefix(tt.text, "="); exact {
				if got != want {
					t.Errorf("Error() = %q\nwant       %q", got, want)
				}
			} else if !strings.Contains(got, tt.text) {
				t.Errorf("Error() = %q, want it to contain %q", got, tt.text)
			}
			if tt.statement >= 0 && !strings.HasPrefix(got, "Statement[") {
				t.Errorf("Error() = %q does not name the statement", got)
			}
			if tt.field != "" && !strings.Contains(got, tt.field+": ") {
				t.Errorf("Error() = %q does not name the field %q", got, tt.field)
			}
			if ve.Pos.Line < 1 {
				t.Errorf("Pos = %+v, want a position in the document", ve.Pos)
			}
		})
	}
}

func TestValidationErrorPosition(t *testing.T) {
	doc := "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": {\n    \"Effect\": \"Allow\",\n    \"Action\": \"Get\",\n    \"Resource\": \"*\"\n  }\n}"
	ve := MustValidationError(t, doc)
	if want := (Position{Line: 5, Column: 15}); ve.Pos != want {
		t.Errorf("Pos = %+v, want %+v (the offending value)", ve.Pos, want)
	}
}

func TestParseSize(t *testing.T) {
	base := oneStatement("2012-10-17", `"Action": "s3:Get", "Resource": "*"`)
	pad := func(n int) string { return base[:1] + strings.Repeat(" ", n-len(base)) + base[1:] }
	tests := []struct {
		name    string
		doc     string
		wantErr bool
	}{
		{"at the limit", pad(MaxPolicySize), false},
		{"one byte over", pad(MaxPolicySize + 1), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if len(tt.doc) != MaxPolicySize && !tt.wantErr {
				t.Fatalf("test document is %d bytes", len(tt.doc))
			}
			_, err := Parse([]byte(tt.doc))
			if (err != nil) != tt.wantErr {
				t.Fatalf("error = %v, want error %v", err, tt.wantErr)
			}
			if tt.wantErr && !strings.Contains(err.Error(), "limit is 32768 bytes") {
				t.Errorf("error %q does not tell the limit", err)
			}
		})
	}
}

func TestStatementPositions(t *testing.T) {
	// A byte order mark is not a column, and columns count characters: the
	// three-byte "€" on line 3 counts as one.
	doc := "\ufeff{\"Version\": \"2012-10-17\",\n \"Statement\": [\n" +
		"  {\"Effect\": \"Allow\", \"Action\": \"s3:Get\", \"Resource\": \"*\"},\n" +
		"  {\n   \"Sid\": \"Second\",\n   \"Effect\": \"Deny\", \"Action\": \"s3:Put\", \"Resource\": \"*\"\n  },\n" +
		"  {\"Effect\": \"Allow\", \"Action\": \"s3:Get\", \"Resource\": \"*\", \"Condition\": {\"StringEquals\": {\"test:Cur\": \"€\"}}}\n ]}"
	p := MustParse(t, doc)
	tests := []struct {
		name       string
		stmt       int
		start, end Position
	}{
		{"one line", 0, Position{3, 3}, Position{3, 58}},
		{"several lines", 1, Position{4, 3}, Position{7, 3}},
		{"multi-byte character counts once (bytes would say 110)", 2, Position{8, 3}, Position{8, 108}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			st := p.Statements[tt.stmt]
			if st.Start != tt.start || st.End != tt.end {
				t.Errorf("Start, End = %+v, %+v; want %+v, %+v", st.Start, st.End, tt.start, tt.end)
			}
		})
	}
}
