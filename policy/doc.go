// Package policy parses, validates and evaluates IAM identity policies.
//
// Tether authorizes every API request with the AWS IAM policy language,
// verbatim, so that administrators can paste the policies they already have
// (the seed's ProductionPermissionSet and DevelopmentPermissionSet among
// them) and get the decisions AWS would give. This package is that language:
// it is pure (no I/O, no mutable globals) so the server, the CLI's offline
// `tether policy simulate` and tests all share exactly one implementation.
//
// # Shape of the work
//
// Parse does all the expensive work once: it checks the grammar, lowercases
// action patterns, splits strings into literal text and policy variables,
// and parses numbers, dates, CIDRs and base64 values. Evaluation then only
// compares; Decide allocates nothing on the common paths because it runs on
// every request.
//
// # Semantics where AWS leaves room
//
// The rules below follow the IAM JSON policy reference and the policy
// evaluation logic. Where the documentation is silent, this package picks
// the reading that never grants more than the policy text plainly says:
//
//   - Errors print the statement as Statement[i] with i 0-based, the same
//     number ValidationError.Statement holds, because the bracket reads as
//     an index into the document's Statement list and so cannot be mistaken
//     for a 1-based count.
//   - A document without Version gets 2008-10-17 semantics: "${...}" is
//     literal text everywhere.
//   - A context key set with no values is absent. Key names are compared
//     case-insensitively; values are compared as each operator says.
//   - An unresolved policy variable (its key absent or multi-valued, and no
//     default) never makes anything match. In Resource, or in a value of a
//     positive condition operator, that one entry matches nothing. In
//     NotResource, or in a negated condition operator, the statement cannot
//     be shown to exclude the request, so the statement (respectively the
//     condition) does not apply. The effect: an unresolved variable can only
//     ever take a statement out of play, never bring one in, so a NotResource
//     Allow cannot widen to everything because a tag is missing.
//   - Text substituted for a variable (context values and defaults) is
//     literal: a user named "*" matches only "*". ${*}, ${?} and ${$} are
//     literal too; that is what they are for.
//   - A context value that does not parse as the operator's type (a number,
//     a date, an IP address, base64, true/false, an ARN) matches no policy
//     value; negated operators therefore count it as "not equal".
//   - ForAnyValue/ForAllValues with ...IfExists on an absent key is true, as
//     for every other ...IfExists.
//
// See condition.go for the truth table of operators, set prefixes and
// absent keys.
package policy
