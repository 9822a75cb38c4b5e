package server

import (
	"context"
	"fmt"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/policy"
)

// SimulatePolicyRequest is the body of POST /api/v1/policy/simulate: the
// policies to decide with (documents, or the inline policy of a permission
// set), the actions, one resource and the request context.
type SimulatePolicyRequest struct {
	PolicyDocuments []string            `json:"PolicyDocuments,omitempty"`
	PermissionSet   string              `json:"PermissionSet,omitempty"`
	Actions         []string            `json:"Actions"`
	Resource        string              `json:"Resource,omitempty"`
	Context         map[string][]string `json:"Context,omitempty"`
}

// simulatePolicy answers what `tether policy simulate -o json` answers, for
// documents sent in the request or a stored permission set's policy. It
// changes nothing; it is authorized as iam:SimulateCustomPolicy on "*".
func (s *Server) simulatePolicy(c *call) (operation, error) {
	var req SimulatePolicyRequest
	if err := c.decode(&req); err != nil {
		return operation{}, err
	}
	return operation{Action: "iam:SimulateCustomPolicy", Resource: "*",
		Run: func(ctx context.Context) (any, error) {
			if len(req.Actions) == 0 {
				return nil, tether.Errorf(tether.EINVALID, "Actions: at least one action is required")
			}
			if (len(req.PolicyDocuments) == 0) == (req.PermissionSet == "") {
				return nil, tether.Errorf(tether.EINVALID, "PolicyDocuments or PermissionSet: give exactly one")
			}
			in := policy.SimulationInput{Actions: req.Actions, Resource: req.Resource, Context: req.Context}
			docs := req.PolicyDocuments
			if req.PermissionSet != "" {
				ps, err := s.identity.PermissionSet(ctx, req.PermissionSet)
				if err != nil {
					return nil, err
				}
				docs = []string{ps.InlinePolicy}
				in.PolicyIDs = []string{ps.Name}
			}
			for i, doc := range docs {
				p, err := policy.Parse([]byte(doc))
				if err != nil {
					name := fmt.Sprintf("PolicyDocuments[%d]", i)
					if req.PermissionSet != "" {
						name = "PermissionSet " + req.PermissionSet
					}
					return nil, tether.Errorf(tether.EINVALID, "%s: %v", name, err)
				}
				in.Policies = append(in.Policies, p)
			}
			return policy.Simulate(in), nil
		}}, nil
}
