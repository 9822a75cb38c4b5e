package tether

// ARNs of the resources the API authorizes against. Users, groups and
// permission sets are named by their immutable names (not IDs) so that
// administrators can write policies that read well, such as
// "arn:aws:identitystore::*:group/Production*".

// UserARN is the resource of identitystore: actions on one user.
func (a Account) UserARN(username string) string {
	return "arn:aws:identitystore::" + a.ID + ":user/" + username
}

// GroupARN is the resource of identitystore: actions on one group.
func (a Account) GroupARN(name string) string {
	return "arn:aws:identitystore::" + a.ID + ":group/" + name
}

// IdentityStoreARN is the resource of identitystore: actions that touch no
// single user or group (listing).
func (a Account) IdentityStoreARN() string {
	return "arn:aws:identitystore::" + a.ID + ":identitystore/default"
}

// PermissionSetARN is the resource of sso: actions on one permission set.
func (a Account) PermissionSetARN(name string) string {
	return "arn:aws:sso::" + a.ID + ":permissionSet/" + name
}

// SSOInstanceARN is the resource of sso: actions that touch no single
// permission set (listing).
func (a Account) SSOInstanceARN() string {
	return "arn:aws:sso::" + a.ID + ":instance/default"
}

// ManagedInstanceARN is the resource of ssm: actions on one managed instance.
func (a Account) ManagedInstanceARN(id string) string {
	return "arn:aws:ssm:" + a.Region + ":" + a.ID + ":managed-instance/" + id
}

// SessionARN is the resource of ssm: actions on one session.
func (a Account) SessionARN(id string) string {
	return "arn:aws:ssm:" + a.Region + ":" + a.ID + ":session/" + id
}

// IdentityName is how a signed-in identity shows: the permission set as a
// reserved role with the set's ID as suffix, then the user.
func IdentityName(ps PermissionSet, username string) string {
	return "TetherReserved_" + ps.Name + "_" + ps.ID + "/" + username
}

// ActivationARN is the resource of ssm: actions on activations ("*" for
// creating and listing).
func (a Account) ActivationARN(id string) string {
	return "arn:aws:ssm:" + a.Region + ":" + a.ID + ":activation/" + id
}

// TrailARN is the resource of cloudtrail: actions on the audit trail.
func (a Account) TrailARN() string {
	return "arn:aws:cloudtrail:" + a.Region + ":" + a.ID + ":trail/tether"
}

// LogGroupARN is the resource of logs: actions on a log group (and its
// streams and events).
func (a Account) LogGroupARN(name string) string {
	return "arn:aws:logs:" + a.Region + ":" + a.ID + ":log-group:" + name
}
