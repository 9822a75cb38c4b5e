package policy

import "strings"

// conditions reads a Condition element: operator -> key -> value or list
// of values.
func (p *parser) conditions(n *jnode) ([]condition, *ValidationError) {
	if n.kind != jObject {
		return nil, p.fail(n.start, "Condition", "must be an object mapping operators to keys, got %s", n.kind)
	}
	out := make([]condition, 0, len(n.members))
	seen := map[string]bool{}
	for _, m := range n.members {
		if seen[m.key] {
			return nil, p.fail(m.keyStart, "Condition", "operator %q appears twice", m.key)
		}
		seen[m.key] = true
		op, err := parseOperator(m.key)
		if err != nil {
			return nil, p.fail(m.keyStart, "Condition", "%v", err)
		}
		c, verr := p.operatorBlock(op, m.val)
		if verr != nil {
			return nil, verr
		}
		out = append(out, c)
	}
	return out, nil
}

func (p *parser) operatorBlock(op operator, n *jnode) (condition, *ValidationError) {
	c := condition{operator: op}
	if n.kind != jObject {
		return c, p.fail(n.start, "Condition", "%s: must be an object mapping condition keys to values, got %s", op.name, n.kind)
	}
	if len(n.members) == 0 {
		return c, p.fail(n.start, "Condition", "%s: names no condition key", op.name)
	}
	seen := map[string]string{}
	for _, m := range n.members {
		lk := strings.ToLower(m.key)
		if prev, dup := seen[lk]; dup {
			return c, p.fail(m.keyStart, "Condition", "%s: key %q is the same key as %q (key names are case-insensitive)", op.name, m.key, prev)
		}
		seen[lk] = m.key
		if i := strings.IndexByte(m.key, ':'); i <= 0 || i == len(m.key)-1 {
			return c, p.fail(m.keyStart, "Condition", "%s: key %q has no prefix (want prefix:name, as in aws:SourceIp)", op.name, m.key)
		}
		k, err := p.conditionKey(&op, m)
		if err != nil {
			return c, err
		}
		c.keys = append(c.keys, k)
	}
	return c, nil
}

// conditionKey reads one key's value or list of values. JSON numbers and
// booleans are taken as the text they are written as, which is how AWS
// treats "NumericLessThan": {"aws:MultiFactorAuthAge": 3600}.
func (p *parser) conditionKey(op *operator, m jmember) (condKey, *ValidationError) {
	k := condKey{name: m.key, key: strings.ToLower(m.key)}
	elems := []*jnode{m.val}
	if m.val.kind == jArray {
		elems = m.val.elems
		if len(elems) == 0 {
			return k, p.fail(m.val.start, "Condition", "%s: %q: empty list of values", op.name, m.key)
		}
	}
	for _, e := range elems {
		if e.kind != jString && e.kind != jNumber && e.kind != jBool {
			return k, p.fail(e.start, "Condition", "%s: %q: a value must be a string, number or boolean, got %s", op.name, m.key, e.kind)
		}
		v, err := compileValue(op, e.text, p.vars)
		if err != nil {
			return k, p.fail(e.start, "Condition", "%s: %q: %v", op.name, m.key, err)
		}
		k.values = append(k.values, v)
	}
	return k, nil
}
