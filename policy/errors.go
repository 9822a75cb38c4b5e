package policy

import (
	"fmt"
	"strings"
)

// ValidationError says what is wrong with a policy document and where, so an
// administrator can fix it without guessing: the statement (by index and by
// Sid, since either may be what they recognise) and the element.
type ValidationError struct {
	Statement int    // 0-based index of the statement, -1 for document-level problems
	Sid       string // the statement's Sid, "" when none
	Field     string // the element: "Version", "Statement", "Effect", "Action", "Condition", ...; "" for JSON syntax and size
	Message   string
	Pos       Position // where in the document the problem is; zero when it is not in one place (size)
}

// Error reads, for example:
//
//	Statement[2] (Sid "VisualEditor0"): Effect: must be "Allow" or "Deny", got "allow"
//	Statement[0]: Action: "DescribeInstances" has no service prefix (want service:action)
//	Version: unsupported version "2020-01-01" (want "2012-10-17" or "2008-10-17")
func (e *ValidationError) Error() string {
	var b strings.Builder
	if e.Statement >= 0 {
		fmt.Fprintf(&b, "Statement[%d]", e.Statement)
		if e.Sid != "" {
			fmt.Fprintf(&b, " (Sid %q)", e.Sid)
		}
		b.WriteString(": ")
	}
	if e.Field != "" {
		b.WriteString(e.Field)
		b.WriteString(": ")
	}
	b.WriteString(e.Message)
	return b.String()
}

// Position is a place in a policy document. Line and Column are 1-based;
// Column counts characters (not bytes) so it agrees with what editors show.
type Position struct {
	Line   int
	Column int
}

func (p Position) String() string { return fmt.Sprintf("line %d, column %d", p.Line, p.Column) }
