package policy

import (
	"fmt"
	"strings"
)

// MaxPolicySize is the largest policy document Parse accepts, in bytes. It
// bounds the work one document can cost (parsing and every evaluation), and
// callers use it to refuse oversized uploads before reading them whole.
const MaxPolicySize = 32768

// The policy language versions AWS defines. Only 2012-10-17 has policy
// variables.
const (
	Version2012 = "2012-10-17"
	Version2008 = "2008-10-17"
)

// Policy is a parsed, validated identity policy, ready to evaluate. It is
// immutable after Parse and safe for concurrent use.
type Policy struct {
	Version    string // as written; "" when the document has none (2008-10-17 semantics)
	ID         string // the Id element, "" when none
	Statements []Statement
}

// Statement is one statement of a policy. Only what callers show is
// exported; the compiled matchers stay inside.
type Statement struct {
	Sid    string
	Effect string   // "Allow" or "Deny"
	Start  Position // the statement's opening brace
	End    Position // its closing brace

	deny        bool
	notAction   bool
	actions     []template // lowercased
	notResource bool
	resources   []template
	conditions  []condition
}

// Parse parses and validates one policy document. Errors are
// *ValidationError and name the first problem in document order.
func Parse(doc []byte) (*Policy, error) {
	p, err := parse(doc)
	if err != nil {
		return nil, err
	}
	return p, nil
}

// parser carries what every error message needs: where we are.
type parser struct {
	lines lineIndex
	vars  bool   // policy variables are live (Version 2012-10-17)
	stmt  int    // current statement, -1 at document level
	sid   string // current statement's Sid
}

func (p *parser) fail(off int, field, format string, args ...any) *ValidationError {
	return &ValidationError{
		Statement: p.stmt, Sid: p.sid, Field: field,
		Message: fmt.Sprintf(format, args...), Pos: p.lines.pos(off),
	}
}

func parse(doc []byte) (*Policy, *ValidationError) {
	if len(doc) > MaxPolicySize {
		return nil, &ValidationError{Statement: -1, Message: fmt.Sprintf(
			"the document is %d bytes; the limit is %d bytes (MaxPolicySize)", len(doc), MaxPolicySize)}
	}
	// Editors on some systems start UTF-8 files with a byte order mark; it
	// is not part of the JSON and editors do not count it as a column.
	doc = []byte(strings.TrimPrefix(string(doc), "\ufeff"))
	p := &parser{lines: newLineIndex(doc), stmt: -1}
	root, jerr := parseJSON(doc)
	if jerr != nil {
		return nil, p.fail(jerr.off, "", "invalid JSON at %s: %s", p.lines.pos(jerr.off), jerr.msg)
	}
	if root.kind != jObject {
		return nil, p.fail(root.start, "", "a policy must be a JSON object, got %s", root.kind)
	}
	pol, stmts, err := p.document(root)
	if err != nil {
		return nil, err
	}
	p.vars = pol.Version == Version2012
	list, err := p.statementList(root, stmts)
	if err != nil {
		return nil, err
	}
	sids := map[string]int{}
	for i, n := range list {
		st, err := p.statement(i, n, sids)
		if err != nil {
			return nil, err
		}
		pol.Statements = append(pol.Statements, st)
	}
	return pol, nil
}

// document reads the top-level elements; it returns the Statement element
// unread, since statements need the Version first.
func (p *parser) document(root *jnode) (*Policy, *jnode, *ValidationError) {
	pol := &Policy{}
	var stmts *jnode
	seen := map[string]bool{}
	for _, m := range root.members {
		if seen[m.key] {
			return nil, nil, p.fail(m.keyStart, m.key, "appears twice")
		}
		seen[m.key] = true
		switch m.key {
		case "Version":
			if m.val.kind != jString {
				return nil, nil, p.fail(m.val.start, "Version", "must be a string, got %s", m.val.kind)
			}
			if m.val.text != Version2012 && m.val.text != Version2008 {
				return nil, nil, p.fail(m.val.start, "Version", "unsupported version %q (want %q or %q)", m.val.text, Version2012, Version2008)
			}
			pol.Version = m.val.text
		case "Id":
			if m.val.kind != jString {
				return nil, nil, p.fail(m.val.start, "Id", "must be a string, got %s", m.val.kind)
			}
			pol.ID = m.val.text
		case "Statement":
			stmts = m.val
		default:
			return nil, nil, p.fail(m.keyStart, m.key, "unknown element %q%s", m.key, fieldHint(m.key, documentFields))
		}
	}
	return pol, stmts, nil
}

var (
	documentFields  = []string{"Version", "Id", "Statement"}
	statementFields = []string{"Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Condition"}
)

// fieldHint suggests the element a misspelt name probably meant: the same
// name in another case, or with a plural "s" too many.
func fieldHint(name string, fields []string) string {
	for _, f := range fields {
		if strings.EqualFold(f, name) || strings.EqualFold(f+"s", name) {
			return fmt.Sprintf(" (did you mean %q?)", f)
		}
	}
	return ""
}

// statementList accepts Statement as one object or a list of objects.
func (p *parser) statementList(root, n *jnode) ([]*jnode, *ValidationError) {
	switch {
	case n == nil:
		return nil, p.fail(root.start, "Statement", "missing: a policy needs at least one statement")
	case n.kind == jObject:
		return []*jnode{n}, nil
	case n.kind != jArray:
		return nil, p.fail(n.start, "Statement", "must be an object or a list of objects, got %s", n.kind)
	case len(n.elems) == 0:
		return nil, p.fail(n.start, "Statement", "empty list: a policy needs at least one statement")
	}
	return n.elems, nil
}

func (p *parser) statement(i int, n *jnode, sids map[string]int) (Statement, *ValidationError) {
	p.stmt, p.sid = i, ""
	var st Statement
	if n.kind != jObject {
		return st, p.fail(n.start, "Statement", "each statement must be an object, got %s", n.kind)
	}
	// The Sid goes into every message about this statement, so read it
	// before anything else is checked.
	for _, m := range n.members {
		if m.key == "Sid" && m.val.kind == jString {
			p.sid = m.val.text
		}
	}
	st.Start, st.End = p.lines.pos(n.start), p.lines.pos(n.end)
	seen := map[string]bool{}
	for _, m := range n.members {
		if seen[m.key] {
			return st, p.fail(m.keyStart, m.key, "appears twice in one statement")
		}
		seen[m.key] = true
		if err := p.member(&st, m, sids); err != nil {
			return st, err
		}
	}
	return st, p.required(&st, n, seen)
}

func (p *parser) member(st *Statement, m jmember, sids map[string]int) *ValidationError {
	switch m.key {
	case "Sid":
		return p.sidOf(st, m.val, sids)
	case "Effect":
		if m.val.kind != jString || (m.val.text != "Allow" && m.val.text != "Deny") {
			return p.fail(m.val.start, "Effect", `must be "Allow" or "Deny", got %s`, describe(m.val))
		}
		st.Effect, st.deny = m.val.text, m.val.text == "Deny"
	case "Action", "NotAction":
		acts, err := p.actions(m.key, m.val)
		st.actions, st.notAction = acts, m.key == "NotAction"
		return err
	case "Resource", "NotResource":
		res, err := p.resources(m.key, m.val)
		st.resources, st.notResource = res, m.key == "NotResource"
		return err
	case "Condition":
		conds, err := p.conditions(m.val)
		st.conditions = conds
		return err
	case "Principal", "NotPrincipal":
		return p.fail(m.keyStart, m.key, "not allowed in an identity policy: the policy applies to whoever holds it")
	default:
		return p.fail(m.keyStart, m.key, "unknown element %q%s", m.key, fieldHint(m.key, statementFields))
	}
	return nil
}

// required checks the elements a statement cannot do without, and the
// pairs of which it must have exactly one.
func (p *parser) required(st *Statement, n *jnode, seen map[string]bool) *ValidationError {
	switch {
	case !seen["Effect"]:
		return p.fail(n.start, "Effect", `missing (want "Allow" or "Deny")`)
	case seen["Action"] && seen["NotAction"]:
		return p.fail(n.start, "NotAction", "a statement has Action or NotAction, not both")
	case !seen["Action"] && !seen["NotAction"]:
		return p.fail(n.start, "Action", "missing: a statement needs Action or NotAction")
	case seen["Resource"] && seen["NotResource"]:
		return p.fail(n.start, "NotResource", "a statement has Resource or NotResource, not both")
	case !seen["Resource"] && !seen["NotResource"]:
		return p.fail(n.start, "Resource", "missing: a statement needs Resource or NotResource")
	}
	return nil
}

// sidOf checks a Sid. Under 2012-10-17 IAM allows only ASCII letters and
// digits; older documents (which also serve other services' grammars) may
// use any printable text. Sids must be unique within a policy because they
// are how people and tools refer to statements.
func (p *parser) sidOf(st *Statement, n *jnode, sids map[string]int) *ValidationError {
	if n.kind != jString {
		return p.fail(n.start, "Sid", "must be a string, got %s", n.kind)
	}
	sid := n.text
	for _, r := range sid {
		if p.vars && !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9') {
			return p.fail(n.start, "Sid", "%q: under Version %s a Sid may hold only ASCII letters and digits", sid, Version2012)
		}
		if r < 0x20 || r == 0x7f {
			return p.fail(n.start, "Sid", "%q: control characters are not allowed", sid)
		}
	}
	if sid != "" {
		if prev, dup := sids[sid]; dup {
			return p.fail(n.start, "Sid", "%q is already the Sid of Statement[%d]; Sids must be unique in a policy", sid, prev)
		}
		sids[sid] = p.stmt
	}
	st.Sid = sid
	return nil
}

// describe shows a JSON value in a message: strings quoted, other kinds by
// name.
func describe(n *jnode) string {
	if n.kind == jString {
		return fmt.Sprintf("%q", n.text)
	}
	return n.kind.String()
}

// stringList reads an element that is a string or a non-empty list of strings.
func (p *parser) stringList(field string, n *jnode) ([]*jnode, *ValidationError) {
	switch n.kind {
	case jString:
		return []*jnode{n}, nil
	case jArray:
		if len(n.elems) == 0 {
			return nil, p.fail(n.start, field, "empty list")
		}
		for _, e := range n.elems {
			if e.kind != jString {
				return nil, p.fail(e.start, field, "must be a string or a list of strings; the list holds %s", e.kind)
			}
		}
		return n.elems, nil
	}
	return nil, p.fail(n.start, field, "must be a string or a list of strings, got %s", n.kind)
}

func (p *parser) actions(field string, n *jnode) ([]template, *ValidationError) {
	list, err := p.stringList(field, n)
	if err != nil {
		return nil, err
	}
	out := make([]template, 0, len(list))
	for _, e := range list {
		if msg := checkAction(e.text); msg != "" {
			return nil, p.fail(e.start, field, "%s", msg)
		}
		t, _ := compileTemplate(e.text, false, true) // actions take no variables
		out = append(out, t)
	}
	return out, nil
}

// checkAction returns what is wrong with an action pattern, or "". Action
// names are ASCII (service prefix, colon, name), which is also what lets the
// matcher fold case byte by byte.
func checkAction(a string) string {
	if a == "*" {
		return ""
	}
	if a == "" {
		return "empty action"
	}
	svc, name, ok := strings.Cut(a, ":")
	switch {
	case !ok:
		return fmt.Sprintf("%q has no service prefix (want service:action)", a)
	case svc == "":
		return fmt.Sprintf("%q has an empty service prefix (want service:action)", a)
	case name == "":
		return fmt.Sprintf("%q has no action name after the colon (want service:action)", a)
	}
	for _, r := range svc + name {
		if !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || strings.ContainsRune("-_.*?", r)) {
			return fmt.Sprintf("%q: %q is not allowed in an action (letters, digits, - _ . and the wildcards * ?)", a, r)
		}
	}
	return ""
}

func (p *parser) resources(field string, n *jnode) ([]template, *ValidationError) {
	list, err := p.stringList(field, n)
	if err != nil {
		return nil, err
	}
	out := make([]template, 0, len(list))
	for _, e := range list {
		t, verr := compileTemplate(e.text, p.vars, false)
		if verr != nil {
			return nil, p.fail(e.start, field, "%v", verr)
		}
		if e.text != "*" && !looksLikeARN(e.text) {
			return nil, p.fail(e.start, field, "%q is not an ARN (want arn:partition:service:region:account:resource, or \"*\")", e.text)
		}
		out = append(out, t)
	}
	return out, nil
}

// looksLikeARN checks the shape only: the arn prefix and six segments, or
// fewer ending in a star, which covers the rest ("arn:aws:ssm:*" is common
// and, since stars span colons, means what it says).
func looksLikeARN(s string) bool {
	return strings.HasPrefix(s, "arn:") && (strings.Count(s, ":") >= 5 || strings.HasSuffix(s, "*"))
}
