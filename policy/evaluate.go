package policy

// Request is what is being authorized: an action on a resource, with the
// request context. A nil Context is an empty one.
type Request struct {
	Action   string
	Resource string
	Context  *Context
}

// Decision is the outcome of an evaluation, named as the IAM simulator
// names it.
type Decision string

const (
	Allowed      Decision = "allowed"
	ExplicitDeny Decision = "explicitDeny"
	ImplicitDeny Decision = "implicitDeny"
)

// Match names a statement that decided a request.
type Match struct {
	Policy    int // index into the policies passed to Evaluate
	Statement int // index into that policy's Statements
	Sid       string
	Effect    string
	Start     Position
	End       Position
}

// Result is a decision and the statements behind it.
type Result struct {
	Decision Decision
	Matched  []Match
}

// Evaluate decides req against several policies at once, as AWS does for
// all the policies that apply to one principal: an explicit deny in any of
// them wins, then any allow, else the request is implicitly denied. Matched
// lists every matching Deny statement when denied, every matching Allow
// statement when allowed, and nothing for an implicit deny. Nil policies are
// skipped.
func Evaluate(req Request, policies ...*Policy) Result {
	var allows, denies []Match
	for pi, pol := range policies {
		if pol == nil {
			continue
		}
		for si := range pol.Statements {
			st := &pol.Statements[si]
			if !st.applies(&req) {
				continue
			}
			m := Match{Policy: pi, Statement: si, Sid: st.Sid, Effect: st.Effect, Start: st.Start, End: st.End}
			if st.deny {
				denies = append(denies, m)
			} else {
				allows = append(allows, m)
			}
		}
	}
	switch {
	case len(denies) > 0:
		return Result{Decision: ExplicitDeny, Matched: denies}
	case len(allows) > 0:
		return Result{Decision: Allowed, Matched: allows}
	}
	return Result{Decision: ImplicitDeny}
}

// Decide is Evaluate without the list of matches, for the hot path: it
// stops at the first applicable Deny, and once an Allow has applied it only
// looks at Deny statements. It does not allocate.
func Decide(req Request, policies ...*Policy) Decision {
	allowed := false
	for _, pol := range policies {
		if pol == nil {
			continue
		}
		for si := range pol.Statements {
			st := &pol.Statements[si]
			if (allowed && !st.deny) || !st.applies(&req) {
				continue
			}
			if st.deny {
				return ExplicitDeny
			}
			allowed = true
		}
	}
	if allowed {
		return Allowed
	}
	return ImplicitDeny
}

// applies reports whether the statement covers the request: its action,
// its resource and all its conditions. Cheapest first: most statements fail
// on the action.
func (st *Statement) applies(req *Request) bool {
	return st.actionMatches(req.Action) &&
		st.resourceMatches(req.Resource, req.Context) &&
		conditionsHold(st.conditions, req.Context)
}

func (st *Statement) actionMatches(action string) bool {
	for i := range st.actions {
		if st.actions[i].match(action, nil, true) {
			return !st.notAction
		}
	}
	return st.notAction
}

// resourceMatches handles Resource and NotResource. A NotResource entry
// whose variable cannot be resolved takes the whole statement out of play:
// not knowing what is excluded must not mean excluding nothing.
func (st *Statement) resourceMatches(resource string, ctx *Context) bool {
	if !st.notResource {
		for i := range st.resources {
			if st.resources[i].match(resource, ctx, false) {
				return true
			}
		}
		return false
	}
	for i := range st.resources {
		r := &st.resources[i]
		if !r.resolves(ctx) || r.match(resource, ctx, false) {
			return false
		}
	}
	return true
}
