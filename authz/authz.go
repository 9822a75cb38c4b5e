// Package authz is the one place where a caller's request becomes a policy
// decision: it builds the request context (PRODUCT.md's keys) from the
// signed-in identity and the HTTP request, and asks the policy engine whether
// the caller's permission set allows the action on the resource.
package authz

import (
	"strconv"
	"sync"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/identity"
	"github.com/tetherhq/tether/policy"
)

// Request describes the transport of a request: where it came from and
// whether it arrived over TLS.
type Request struct {
	SourceIP string
	Secure   bool
}

// Authorizer decides requests for one account. It caches parsed policies by
// permission set and version, so the hot path never re-parses JSON.
type Authorizer struct {
	Account tether.Account
	Now     func() time.Time

	mu       sync.Mutex
	policies map[string]cachedPolicy // by permission set ID
}

type cachedPolicy struct {
	updated time.Time
	doc     string
	policy  *policy.Policy
}

// New returns an Authorizer for acct using the wall clock.
func New(acct tether.Account) *Authorizer {
	return &Authorizer{Account: acct, Now: time.Now}
}

// Authorize returns nil when p's permission set allows action on resource,
// and an EFORBIDDEN error naming both otherwise. extra holds request-specific
// context keys such as aws:RequestTag/<k> and ssm:resourceTag/<k>.
func (a *Authorizer) Authorize(p identity.Principal, action, resource string, r Request, extra map[string][]string) error {
	pol, err := a.policyOf(p.PermissionSet)
	if err != nil {
		return err
	}
	req := policy.Request{Action: action, Resource: resource, Context: a.Context(p, r, extra)}
	switch policy.Decide(req, pol) {
	case policy.Allowed:
		return nil
	case policy.ExplicitDeny:
		return tether.AccessDenied(p.Name(), action, resource, true)
	default:
		return tether.AccessDenied(p.Name(), action, resource, false)
	}
}

// Context builds the request context for p.
func (a *Authorizer) Context(p identity.Principal, r Request, extra map[string][]string) *policy.Context {
	now := a.Now().UTC()
	c := policy.NewContext(nil)
	c.Set("aws:username", p.User.Username)
	c.Set("aws:userid", p.User.ID)
	c.Set("aws:PrincipalAccount", a.Account.ID)
	c.Set("aws:PrincipalArn", "arn:aws:iam::"+a.Account.ID+":role/TetherReserved_"+p.PermissionSet.Name+"_"+p.PermissionSet.ID)
	c.Set("aws:PrincipalType", "AssumedRole")
	c.Set("aws:RequestedRegion", a.Account.Region)
	c.Set("aws:CurrentTime", now.Format(time.RFC3339))
	c.Set("aws:EpochTime", strconv.FormatInt(now.Unix(), 10))
	c.Set("aws:SecureTransport", strconv.FormatBool(r.Secure))
	if r.SourceIP != "" {
		c.Set("aws:SourceIp", r.SourceIP)
	}
	mfa := !p.Token.MFAAuthenticatedAt.IsZero()
	c.Set("aws:MultiFactorAuthPresent", strconv.FormatBool(mfa))
	if mfa {
		c.Set("aws:MultiFactorAuthAge", strconv.FormatInt(int64(now.Sub(p.Token.MFAAuthenticatedAt)/time.Second), 10))
	}
	for k, v := range p.User.Tags {
		c.Set("aws:PrincipalTag/"+k, v)
	}
	for k, v := range extra {
		c.Set(k, v...)
	}
	return c
}

// policyOf returns the parsed inline policy of ps, from the cache when the
// permission set has not changed.
func (a *Authorizer) policyOf(ps tether.PermissionSet) (*policy.Policy, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if c, ok := a.policies[ps.ID]; ok && c.updated.Equal(ps.UpdatedAt) && c.doc == ps.InlinePolicy {
		return c.policy, nil
	}
	pol, err := policy.Parse([]byte(ps.InlinePolicy))
	if err != nil {
		// Stored policies were validated on write; a parse failure here
		// means the stored document was altered behind our back.
		return nil, tether.Errorf(tether.EINTERNAL, "permission set %s has an invalid policy: %w", ps.Name, err)
	}
	if a.policies == nil {
		a.policies = map[string]cachedPolicy{}
	}
	a.policies[ps.ID] = cachedPolicy{updated: ps.UpdatedAt, doc: ps.InlinePolicy, policy: pol}
	return pol, nil
}

// TagContext returns the aws:RequestTag/<k> and aws:TagKeys keys of a
// request that sets tags.
func TagContext(tags map[string]string, removed []string) map[string][]string {
	out := map[string][]string{}
	var keys []string
	for k, v := range tags {
		out["aws:RequestTag/"+k] = []string{v}
		keys = append(keys, k)
	}
	keys = append(keys, removed...)
	if len(keys) > 0 {
		out["aws:TagKeys"] = keys
	}
	return out
}
