package policy

import (
	"bytes"
	"strings"
)

// Evaluation of the Condition element.
//
// Within a statement every operator block must hold (AND); within a block
// every key must hold (AND); within a key the policy values are alternatives
// (OR). For one key, with C the context's values and P the policy's values,
// match(c, p) the positive form of the operator (StringEquals for
// StringNotEquals, IpAddress for NotIpAddress, ...):
//
//	                      key absent   key present
//	positive              false        some c, some p: match(c, p)
//	negated               true         no c, no p: match(c, p)
//	ForAnyValue positive  false        some c, some p: match(c, p)
//	ForAnyValue negated   false        some c: no p: match(c, p)
//	ForAllValues positive true         every c: some p: match(c, p)
//	ForAllValues negated  true         every c: no p: match(c, p)
//	Null                  value "true" value "false"
//
// Any ...IfExists form is true when the key is absent and otherwise behaves
// as the operator without the suffix. A single-valued key is simply C with
// one element, so "positive" and "ForAnyValue positive" agree, as do
// "negated" and "ForAllValues negated" when the key is present.
//
// Policy variables: a value that cannot be resolved matches nothing, and in
// a negated operator it makes the key's test false (see the package
// comment): an unresolved variable never makes a condition hold that would
// not hold without it.

// conditionsHold reports whether every operator block of a statement holds.
func conditionsHold(conds []condition, ctx *Context) bool {
	for i := range conds {
		c := &conds[i]
		for j := range c.keys {
			if !c.keyHolds(&c.keys[j], ctx) {
				return false
			}
		}
	}
	return true
}

func (c *condition) keyHolds(k *condKey, ctx *Context) bool {
	vals, present := ctx.lookup(k.key)
	if c.fam == famNull {
		for i := range k.values {
			if k.values[i].b != present {
				return true
			}
		}
		return false
	}
	if !present {
		return c.absentHolds()
	}
	if c.negated {
		for i := range k.values {
			if !k.values[i].resolves(ctx) {
				return false
			}
		}
	}
	return c.valuesHold(k, vals, ctx)
}

// absentHolds is the table's "key absent" column.
func (c *condition) absentHolds() bool {
	switch {
	case c.ifExists, c.set == setAll:
		return true
	case c.set == setAny:
		return false
	}
	return c.negated
}

// valuesHold is the table's "key present" column.
func (c *condition) valuesHold(k *condKey, vals []string, ctx *Context) bool {
	switch {
	case !c.negated && c.set != setAll: // some c matches some p
		for _, cv := range vals {
			if c.matchesAny(k, cv, ctx) {
				return true
			}
		}
		return false
	case !c.negated: // ForAllValues: every c matches some p
		for _, cv := range vals {
			if !c.matchesAny(k, cv, ctx) {
				return false
			}
		}
		return true
	case c.set == setAny: // some c matches no p
		for _, cv := range vals {
			if !c.matchesAny(k, cv, ctx) {
				return true
			}
		}
		return false
	default: // no c matches any p
		for _, cv := range vals {
			if c.matchesAny(k, cv, ctx) {
				return false
			}
		}
		return true
	}
}

// resolves reports whether every variable of the value has a value in ctx.
func (v *condValue) resolves(ctx *Context) bool {
	if !v.tmpl.resolves(ctx) {
		return false
	}
	for i := range v.arn {
		if !v.arn[i].resolves(ctx) {
			return false
		}
	}
	return true
}

// matchesAny reports whether the context value cv satisfies the positive
// form of the operator against at least one policy value of k. cv is parsed
// once here, not once per policy value.
func (c *condition) matchesAny(k *condKey, cv string, ctx *Context) bool {
	switch c.fam {
	case famNumeric:
		n, ok := parseNumber(cv)
		return ok && anyValue(k, func(v *condValue) bool { return compareWith(c.cmp, cmpFloat(n, v.num)) })
	case famDate:
		t, ok := parseDate(cv)
		return ok && anyValue(k, func(v *condValue) bool { return compareWith(c.cmp, t.compare(v.when)) })
	case famBool:
		b, ok := parseBool(cv)
		return ok && anyValue(k, func(v *condValue) bool { return boolMatches(v, b, ctx) })
	case famIP:
		return anyValue(k, func(v *condValue) bool { return prefixContains(v.prefix, cv) })
	case famBinary:
		b, ok := parseBinary(cv)
		return ok && anyValue(k, func(v *condValue) bool { return bytes.Equal(b, v.bin) })
	case famArn:
		return anyValue(k, func(v *condValue) bool { return arnMatches(&v.arn, cv, ctx) })
	case famStringLike:
		return anyValue(k, func(v *condValue) bool { return v.tmpl.match(cv, ctx, false) })
	default:
		fold := c.fam == famStringFold
		return anyValue(k, func(v *condValue) bool { return v.tmpl.equal(cv, ctx, fold) })
	}
}

func anyValue(k *condKey, f func(*condValue) bool) bool {
	for i := range k.values {
		if f(&k.values[i]) {
			return true
		}
	}
	return false
}

func cmpFloat(a, b float64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// compareWith reports whether the context value relates to the policy value
// as op says; r is the context value compared with the policy value.
func compareWith(op cmpOp, r int) bool {
	switch op {
	case cmpLt:
		return r < 0
	case cmpLe:
		return r <= 0
	case cmpGt:
		return r > 0
	case cmpGe:
		return r >= 0
	}
	return r == 0
}

// boolMatches compares a context boolean with a policy value; a value with
// variables is compared after substitution, as text, case-insensitively.
func boolMatches(v *condValue, b bool, ctx *Context) bool {
	if !v.tmpl.vars {
		return v.b == b
	}
	if b {
		return v.tmpl.equal("true", ctx, true)
	}
	return v.tmpl.equal("false", ctx, true)
}

// arnMatches compares an ARN segment by segment (partition, service,
// region, account, resource); the resource is everything after the fifth
// colon, colons included. A context value with fewer than six segments is
// not an ARN and matches nothing.
func arnMatches(segs *[6]template, cv string, ctx *Context) bool {
	var parts [6]string
	rest := cv
	for i := 0; i < 5; i++ {
		j := strings.IndexByte(rest, ':')
		if j < 0 {
			return false
		}
		parts[i], rest = rest[:j], rest[j+1:]
	}
	parts[5] = rest
	for i := range segs {
		if !segs[i].match(parts[i], ctx, false) {
			return false
		}
	}
	return true
}
