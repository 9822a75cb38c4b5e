package policy

import "strconv"

// Simulation takes the shape of the IAM policy simulator's
// SimulateCustomPolicy so that people (and scripts) who know that tool read
// `tether policy simulate -o json` without a manual.

// SimulationInput is one simulator run: every action on one resource, with
// one request context, against all the policies at once.
type SimulationInput struct {
	Policies  []*Policy
	PolicyIDs []string // names of Policies in the output (file names); missing ones become PolicyInputList.N
	Actions   []string
	Resource  string // "" means "*", as in the simulator
	Context   map[string][]string
}

// SimulationOutput is the simulator's answer.
type SimulationOutput struct {
	EvaluationResults []EvaluationResult `json:"EvaluationResults"`
}

// EvaluationResult is the decision for one action.
type EvaluationResult struct {
	EvalActionName    string             `json:"EvalActionName"`
	EvalResourceName  string             `json:"EvalResourceName"`
	EvalDecision      string             `json:"EvalDecision"` // a Decision
	MatchedStatements []MatchedStatement `json:"MatchedStatements"`
}

// MatchedStatement is a statement that decided a result, located in its
// source document. Field names follow the simulator's JSON (SourcePolicyId,
// not SourcePolicyID) so Go and JSON read the same.
type MatchedStatement struct {
	SourcePolicyId   string   `json:"SourcePolicyId"`
	SourcePolicyType string   `json:"SourcePolicyType"`
	Sid              string   `json:"Sid"`
	Effect           string   `json:"Effect"`
	StartPosition    Position `json:"StartPosition"`
	EndPosition      Position `json:"EndPosition"`
}

// SourcePolicyType is the type the simulator reports for identity policies.
const SourcePolicyType = "IAM Policy"

// Simulate evaluates every action of in. Lists in the output are never nil,
// so they encode as [] rather than null.
func Simulate(in SimulationInput) SimulationOutput {
	resource := in.Resource
	if resource == "" {
		resource = "*"
	}
	ctx := NewContext(in.Context)
	out := SimulationOutput{EvaluationResults: make([]EvaluationResult, 0, len(in.Actions))}
	for _, action := range in.Actions {
		res := Evaluate(Request{Action: action, Resource: resource, Context: ctx}, in.Policies...)
		r := EvaluationResult{
			EvalActionName:    action,
			EvalResourceName:  resource,
			EvalDecision:      string(res.Decision),
			MatchedStatements: make([]MatchedStatement, 0, len(res.Matched)),
		}
		for _, m := range res.Matched {
			r.MatchedStatements = append(r.MatchedStatements, MatchedStatement{
				SourcePolicyId:   policyID(in.PolicyIDs, m.Policy),
				SourcePolicyType: SourcePolicyType,
				Sid:              m.Sid,
				Effect:           m.Effect,
				StartPosition:    m.Start,
				EndPosition:      m.End,
			})
		}
		out.EvaluationResults = append(out.EvaluationResults, r)
	}
	return out
}

func policyID(ids []string, i int) string {
	if i < len(ids) && ids[i] != "" {
		return ids[i]
	}
	return "PolicyInputList." + strconv.Itoa(i+1)
}
