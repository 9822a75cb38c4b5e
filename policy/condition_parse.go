package policy

import (
	"fmt"
	"net/netip"
	"strings"
)

// family is what an operator compares: it decides how values are parsed
// and which comparison runs.
type family uint8

const (
	famString     family = iota // StringEquals, StringNotEquals
	famStringFold               // StringEqualsIgnoreCase, StringNotEqualsIgnoreCase
	famStringLike               // StringLike, StringNotLike
	famNumeric
	famDate
	famBool
	famBinary
	famIP
	famArn
	famNull
)

type cmpOp uint8

const (
	cmpEq cmpOp = iota
	cmpLt
	cmpLe
	cmpGt
	cmpGe
)

type setOp uint8

const (
	setNone setOp = iota
	setAny        // ForAnyValue:
	setAll        // ForAllValues:
)

// operator is one condition operator as the policy spells it, decoded.
type operator struct {
	name     string // as written, e.g. "ForAnyValue:StringLikeIfExists"
	fam      family
	cmp      cmpOp
	negated  bool
	ifExists bool
	set      setOp
}

type baseOp struct {
	fam     family
	cmp     cmpOp
	negated bool
}

// baseOperator maps the names AWS documents (without set prefix or
// IfExists) to their meaning. A switch, not a map, so there is no package
// state at all.
func baseOperator(name string) (baseOp, bool) {
	switch name {
	case "StringEquals":
		return baseOp{fam: famString}, true
	case "StringNotEquals":
		return baseOp{fam: famString, negated: true}, true
	case "StringEqualsIgnoreCase":
		return baseOp{fam: famStringFold}, true
	case "StringNotEqualsIgnoreCase":
		return baseOp{fam: famStringFold, negated: true}, true
	case "StringLike":
		return baseOp{fam: famStringLike}, true
	case "StringNotLike":
		return baseOp{fam: famStringLike, negated: true}, true
	case "NumericEquals", "NumericNotEquals", "NumericLessThan", "NumericLessThanEquals",
		"NumericGreaterThan", "NumericGreaterThanEquals":
		return ordered(famNumeric, strings.TrimPrefix(name, "Numeric")), true
	case "DateEquals", "DateNotEquals", "DateLessThan", "DateLessThanEquals",
		"DateGreaterThan", "DateGreaterThanEquals":
		return ordered(famDate, strings.TrimPrefix(name, "Date")), true
	case "Bool":
		return baseOp{fam: famBool}, true
	case "BinaryEquals":
		return baseOp{fam: famBinary}, true
	case "IpAddress":
		return baseOp{fam: famIP}, true
	case "NotIpAddress":
		return baseOp{fam: famIP, negated: true}, true
	case "ArnEquals", "ArnLike":
		return baseOp{fam: famArn}, true
	case "ArnNotEquals", "ArnNotLike":
		return baseOp{fam: famArn, negated: true}, true
	case "Null":
		return baseOp{fam: famNull}, true
	}
	return baseOp{}, false
}

func ordered(fam family, rel string) baseOp {
	switch rel {
	case "NotEquals":
		return baseOp{fam: fam, negated: true}
	case "LessThan":
		return baseOp{fam: fam, cmp: cmpLt}
	case "LessThanEquals":
		return baseOp{fam: fam, cmp: cmpLe}
	case "GreaterThan":
		return baseOp{fam: fam, cmp: cmpGt}
	case "GreaterThanEquals":
		return baseOp{fam: fam, cmp: cmpGe}
	}
	return baseOp{fam: fam}
}

// knownOperators lists the base names for "did you mean" hints.
var knownOperators = [...]string{
	"StringEquals", "StringNotEquals", "StringEqualsIgnoreCase", "StringNotEqualsIgnoreCase",
	"StringLike", "StringNotLike", "NumericEquals", "NumericNotEquals", "NumericLessThan",
	"NumericLessThanEquals", "NumericGreaterThan", "NumericGreaterThanEquals", "DateEquals",
	"DateNotEquals", "DateLessThan", "DateLessThanEquals", "DateGreaterThan",
	"DateGreaterThanEquals", "Bool", "BinaryEquals", "IpAddress", "NotIpAddress", "ArnEquals",
	"ArnLike", "ArnNotEquals", "ArnNotLike", "Null",
}

// parseOperator decodes "[ForAnyValue:|ForAllValues:]Base[IfExists]".
func parseOperator(name string) (operator, error) {
	op := operator{name: name}
	rest := name
	switch {
	case strings.HasPrefix(rest, "ForAnyValue:"):
		op.set, rest = setAny, strings.TrimPrefix(rest, "ForAnyValue:")
	case strings.HasPrefix(rest, "ForAllValues:"):
		op.set, rest = setAll, strings.TrimPrefix(rest, "ForAllValues:")
	}
	if b, ok := strings.CutSuffix(rest, "IfExists"); ok && b != "" {
		op.ifExists, rest = true, b
	}
	base, ok := baseOperator(rest)
	if !ok {
		return op, fmt.Errorf("unknown condition operator %q%s", name, operatorHint(rest))
	}
	op.fam, op.cmp, op.negated = base.fam, base.cmp, base.negated
	if op.fam == famNull && op.ifExists {
		return op, fmt.Errorf("%q: Null has no IfExists form (Null itself tests whether the key exists)", name)
	}
	if op.fam == famNull && op.set != setNone {
		return op, fmt.Errorf("%q: Null takes no ForAnyValue/ForAllValues prefix", name)
	}
	return op, nil
}

func operatorHint(base string) string {
	for _, k := range knownOperators {
		if strings.EqualFold(k, base) {
			return fmt.Sprintf(" (operator names are case-sensitive: did you mean %q?)", k)
		}
	}
	if strings.EqualFold(base, "ForAnyValue") || strings.EqualFold(base, "ForAllValues") {
		return " (a set prefix needs an operator after the colon)"
	}
	return ""
}

// condition is one operator block of a Condition element.
type condition struct {
	operator
	keys []condKey
}

type condKey struct {
	name   string // as written
	key    string // lowercased for lookup
	values []condValue
}

// condValue is one policy value, parsed for its operator's family.
type condValue struct {
	raw    string
	tmpl   template    // string, bool (with variables) and ARN-less string families
	arn    [6]template // famArn: one template per ARN segment
	num    float64
	when   instant
	prefix netip.Prefix
	bin    []byte
	b      bool
}

// compileValue parses one policy value for op. vars says whether policy
// variables are live (Version 2012-10-17); AWS substitutes them in the
// String, Arn and Bool families only, so elsewhere "${" cannot appear in a
// valid value anyway.
func compileValue(op *operator, raw string, vars bool) (condValue, error) {
	v := condValue{raw: raw}
	bad := func(want string) (condValue, error) {
		return v, fmt.Errorf("%q is not %s", raw, want)
	}
	var ok bool
	switch op.fam {
	case famString, famStringFold, famStringLike:
		t, err := compileTemplate(raw, vars, false)
		v.tmpl = t
		return v, err
	case famBool:
		t, err := compileTemplate(raw, vars, false)
		if err != nil {
			return v, err
		}
		v.tmpl = t
		if !t.vars {
			if v.b, ok = parseBool(raw); !ok {
				return bad(`"true" or "false"`)
			}
		}
	case famNull:
		if v.b, ok = parseBool(raw); !ok {
			return bad(`"true" (the key is absent) or "false" (the key is present)`)
		}
	case famNumeric:
		if v.num, ok = parseNumber(raw); !ok {
			return bad("a number")
		}
	case famDate:
		if v.when, ok = parseDate(raw); !ok {
			return bad("a date (ISO 8601 such as 2026-01-02T15:04:05Z, or epoch seconds)")
		}
	case famIP:
		if v.prefix, ok = parsePrefix(raw); !ok {
			return bad("an IP address or CIDR block")
		}
	case famBinary:
		if v.bin, ok = parseBinary(raw); !ok {
			return bad("base64")
		}
	case famArn:
		return compileArnValue(v, vars)
	}
	return v, nil
}

// compileArnValue splits an ARN pattern into its six segments at the colons
// of the policy text, so a colon inside a substituted value or a default
// stays inside its segment, and wildcards cannot cross segments.
func compileArnValue(v condValue, vars bool) (condValue, error) {
	pieces, err := parseVariables(v.raw, vars)
	if err != nil {
		return v, err
	}
	var segs [6][]piece
	seg := 0
	for _, p := range pieces {
		for p.key == "" && p.wild && seg < 5 {
			i := strings.IndexByte(p.text, ':')
			if i < 0 {
				break
			}
			segs[seg] = append(segs[seg], piece{span: span{text: p.text[:i], wild: true}})
			p.text = p.text[i+1:]
			seg++
		}
		segs[seg] = append(segs[seg], p)
	}
	if seg < 5 || !strings.HasPrefix(v.raw, "arn:") {
		return v, fmt.Errorf("%q is not an ARN (want arn:partition:service:region:account:resource)", v.raw)
	}
	for i, ps := range segs {
		v.arn[i] = templateOf(ps)
	}
	return v, nil
}

// templateOf builds a template from pieces already split.
func templateOf(pieces []piece) template {
	var raw strings.Builder
	vars := false
	for _, p := range pieces {
		raw.WriteString(p.text)
		vars = vars || p.key != ""
	}
	if vars {
		return template{raw: raw.String(), pieces: pieces, vars: true}
	}
	t := template{raw: raw.String(), text: raw.String()}
	wildcards := false
	for _, p := range pieces {
		t.flat = append(t.flat, p.span)
		wildcards = wildcards || (p.wild && strings.ContainsAny(p.text, "*?"))
	}
	t.exact = !wildcards
	return t
}
