package policy

import "testing"

type condCase struct {
	name string
	cond string // the Condition element
	ctx  map[string][]string
	want bool
}

func runCondCases(t *testing.T, tests []condCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := holds(t, Version2012, tt.cond, tt.ctx); got != tt.want {
				t.Errorf("condition %s with context %v: holds = %v, want %v", tt.cond, tt.ctx, got, tt.want)
			}
		})
	}
}

var tagKeys = func(keys ...string) map[string][]string { return map[string][]string{"aws:TagKeys": keys} }

func TestStringOperators(t *testing.T) {
	runCondCases(t, []condCase{
		{"Equals match", `{"StringEquals": {"aws:username": "alice"}}`, ctx("aws:username", "alice"), true},
		{"Equals mismatch", `{"StringEquals": {"aws:username": "alice"}}`, ctx("aws:username", "bob"), false},
		{"Equals is case-sensitive", `{"StringEquals": {"aws:username": "alice"}}`, ctx("aws:username", "Alice"), false},
		{"Equals absent", `{"StringEquals": {"aws:username": "alice"}}`, nil, false},
		{"Equals star is literal", `{"StringEquals": {"aws:username": "al*"}}`, ctx("aws:username", "alice"), false},
		{"Equals star matches star", `{"StringEquals": {"aws:username": "al*"}}`, ctx("aws:username", "al*"), true},
		{"Equals values are OR'ed", `{"StringEquals": {"aws:username": ["bob", "alice"]}}`, ctx("aws:username", "alice"), true},
		{"Equals multi-valued any", `{"StringEquals": {"aws:TagKeys": "b"}}`, tagKeys("a", "b"), true},
		{"Equals multi-valued none", `{"StringEquals": {"aws:TagKeys": "c"}}`, tagKeys("a", "b"), false},
		{"Equals number value", `{"StringEquals": {"s3:max-keys": 10}}`, ctx("s3:max-keys", "10"), true},
		{"Equals empty string", `{"StringEquals": {"test:Empty": ""}}`, ctx("test:Empty", ""), true},
		{"NotEquals match", `{"StringNotEquals": {"aws:username": "alice"}}`, ctx("aws:username", "alice"), false},
		{"NotEquals mismatch", `{"StringNotEquals": {"aws:username": "alice"}}`, ctx("aws:username", "bob"), true},
		{"NotEquals absent", `{"StringNotEquals": {"aws:username": "alice"}}`, nil, true},
		{"NotEquals multi-valued one matches", `{"StringNotEquals": {"aws:TagKeys": "a"}}`, tagKeys("c", "a"), false},
		{"NotEquals multi-valued none match", `{"StringNotEquals": {"aws:TagKeys": ["a", "b"]}}`, tagKeys("c", "d"), true},
		{"NotEquals values: equal to any fails", `{"StringNotEquals": {"aws:username": ["bob", "alice"]}}`, ctx("aws:username", "bob"), false},
		{"EqualsIgnoreCase ASCII", `{"StringEqualsIgnoreCase": {"aws:PrincipalTag/team": "PLATFORM"}}`, ctx("aws:PrincipalTag/team", "platform"), true},
		{"EqualsIgnoreCase Unicode", `{"StringEqualsIgnoreCase": {"aws:PrincipalTag/team": "ÉTÉ"}}`, ctx("aws:PrincipalTag/team", "été"), true},
		{"EqualsIgnoreCase mismatch", `{"StringEqualsIgnoreCase": {"aws:PrincipalTag/team": "ops"}}`, ctx("aws:PrincipalTag/team", "dev"), false},
		{"EqualsIgnoreCase absent", `{"StringEqualsIgnoreCase": {"aws:PrincipalTag/team": "ops"}}`, nil, false},
		{"NotEqualsIgnoreCase equal", `{"StringNotEqualsIgnoreCase": {"aws:PrincipalTag/team": "OPS"}}`, ctx("aws:PrincipalTag/team", "ops"), false},
		{"NotEqualsIgnoreCase differ", `{"StringNotEqualsIgnoreCase": {"aws:PrincipalTag/team": "OPS"}}`, ctx("aws:PrincipalTag/team", "dev"), true},
		{"NotEqualsIgnoreCase absent", `{"StringNotEqualsIgnoreCase": {"aws:PrincipalTag/team": "OPS"}}`, nil, true},
		{"Like star", `{"StringLike": {"ssm:resourceTag/project": "Prod*"}}`, ctx("ssm:resourceTag/project", "Production"), true},
		{"Like question", `{"StringLike": {"ssm:resourceTag/project": "Pr?d"}}`, ctx("ssm:resourceTag/project", "Prod"), true},
		{"Like is case-sensitive", `{"StringLike": {"ssm:resourceTag/project": "prod*"}}`, ctx("ssm:resourceTag/project", "Production"), false},
		{"Like absent", `{"StringLike": {"ssm:resourceTag/project": "*"}}`, nil, false},
		{"Like multi-valued any", `{"StringLike": {"aws:TagKeys": "key1*"}}`, tagKeys("x", "key1a"), true},
		{"NotLike match", `{"StringNotLike": {"s3:prefix": "home/*"}}`, ctx("s3:prefix", "home/alice"), false},
		{"NotLike mismatch", `{"StringNotLike": {"s3:prefix": "home/*"}}`, ctx("s3:prefix", "public/x"), true},
		{"NotLike absent", `{"StringNotLike": {"s3:prefix": "home/*"}}`, nil, true},
		{"EqualsIfExists absent", `{"StringEqualsIfExists": {"aws:username": "alice"}}`, nil, true},
		{"EqualsIfExists present match", `{"StringEqualsIfExists": {"aws:username": "alice"}}`, ctx("aws:username", "alice"), true},
		{"EqualsIfExists present mismatch", `{"StringEqualsIfExists": {"aws:username": "alice"}}`, ctx("aws:username", "bob"), false},
		{"NotLikeIfExists absent", `{"StringNotLikeIfExists": {"s3:prefix": "home/*"}}`, nil, true},
		{"NotLikeIfExists present match", `{"StringNotLikeIfExists": {"s3:prefix": "home/*"}}`, ctx("s3:prefix", "home/x"), false},
	})
}

func TestNumericOperators(t *testing.T) {
	age := func(v string) map[string][]string { return ctx("aws:MultiFactorAuthAge", v) }
	runCondCases(t, []condCase{
		{"Equals", `{"NumericEquals": {"s3:max-keys": "10"}}`, ctx("s3:max-keys", "10"), true},
		{"Equals different spelling", `{"NumericEquals": {"s3:max-keys": 10}}`, ctx("s3:max-keys", "10.0"), true},
		{"Equals exponent", `{"NumericEquals": {"s3:max-keys": "1e3"}}`, ctx("s3:max-keys", "1000"), true},
		{"Equals mismatch", `{"NumericEquals": {"s3:max-keys": 10}}`, ctx("s3:max-keys", "11"), false},
		{"Equals context not a number", `{"NumericEquals": {"s3:max-keys": 10}}`, ctx("s3:max-keys", "ten"), false},
		{"Equals absent", `{"NumericEquals": {"s3:max-keys": 10}}`, nil, false},
		{"NotEquals differ", `{"NumericNotEquals": {"s3:max-keys": 10}}`, ctx("s3:max-keys", "11"), true},
		{"NotEquals equal", `{"NumericNotEquals": {"s3:max-keys": 10}}`, ctx("s3:max-keys", "10"), false},
		{"NotEquals absent", `{"NumericNotEquals": {"s3:max-keys": 10}}`, nil, true},
		{"NotEquals context not a number", `{"NumericNotEquals": {"s3:max-keys": 10}}`, ctx("s3:max-keys", "ten"), true},
		{"LessThan below", `{"NumericLessThan": {"aws:MultiFactorAuthAge": 3600}}`, age("100"), true},
		{"LessThan equal", `{"NumericLessThan": {"aws:MultiFactorAuthAge": 3600}}`, age("3600"), false},
		{"LessThan negative", `{"NumericLessThan": {"aws:MultiFactorAuthAge": 0}}`, age("-1.5"), true},
		{"LessThan absent", `{"NumericLessThan": {"aws:MultiFactorAuthAge": 3600}}`, nil, false},
		{"LessThanIfExists absent", `{"NumericLessThanIfExists": {"aws:MultiFactorAuthAge": 3600}}`, nil, true},
		{"LessThanIfExists present above", `{"NumericLessThanIfExists": {"aws:MultiFactorAuthAge": 3600}}`, age("7200"), false},
		{"LessThanEquals equal", `{"NumericLessThanEquals": {"aws:MultiFactorAuthAge": 3600}}`, age("3600"), true},
		{"LessThanEquals above", `{"NumericLessThanEquals": {"aws:MultiFactorAuthAge": 3600}}`, age("3601"), false},
		{"GreaterThan above", `{"NumericGreaterThan": {"aws:MultiFactorAuthAge": 3600}}`, age("3600.5"), true},
		{"GreaterThan equal", `{"NumericGreaterThan": {"aws:MultiFactorAuthAge": 3600}}`, age("3600"), false},
		{"GreaterThanEquals equal", `{"NumericGreaterThanEquals": {"aws:MultiFactorAuthAge": 3600}}`, age("3600"), true},
		{"GreaterThanEquals below", `{"NumericGreaterThanEquals": {"aws:MultiFactorAuthAge": 3600}}`, age("1"), false},
		{"values OR'ed", `{"NumericEquals": {"s3:max-keys": [5, 10]}}`, ctx("s3:max-keys", "10"), true},
		{"multi-valued any", `{"NumericEquals": {"test:Ports": 22}}`, map[string][]string{"test:Ports": {"80", "22"}}, true},
		{"multi-valued NotEquals one equal", `{"NumericNotEquals": {"test:Ports": 22}}`, map[string][]string{"test:Ports": {"80", "22"}}, false},
	})
}

func TestDateOperators(t *testing.T) {
	now := func(v string) map[string][]string { return ctx("aws:CurrentTime", v) }
	const newYear = `"2026-01-01T00:00:00Z"`
	runCondCases(t, []condCase{
		{"LessThan before", `{"DateLessThan": {"aws:CurrentTime": ` + newYear + `}}`, now("2025-12-31T23:59:59Z"), true},
		{"LessThan at", `{"DateLessThan": {"aws:CurrentTime": ` + newYear + `}}`, now("2026-01-01T00:00:00Z"), false},
		{"LessThan fractional second", `{"DateLessThan": {"aws:CurrentTime": ` + newYear + `}}`, now("2025-12-31T23:59:59.999999Z"), true},
		{"LessThan with offset", `{"DateLessThan": {"aws:CurrentTime": ` + newYear + `}}`, now("2026-01-01T00:30:00+01:00"), true},
		{"LessThan with compact offset", `{"DateLessThan": {"aws:CurrentTime": ` + newYear + `}}`, now("2026-01-01T00:30:00-0100"), false},
		{"LessThan epoch context", `{"DateLessThan": {"aws:EpochTime": ` + newYear + `}}`, ctx("aws:EpochTime", "1767225599"), true},
		{"LessThan epoch policy", `{"DateLessThan": {"aws:CurrentTime": 1767225600}}`, now("2025-12-31T23:59:59Z"), true},
		{"LessThan context not a date", `{"DateLessThan": {"aws:CurrentTime": ` + newYear + `}}`, now("yesterday"), false},
		{"LessThan absent", `{"DateLessThan": {"aws:CurrentTime": ` + newYear + `}}`, nil, false},
		{"LessThanIfExists absent", `{"DateLessThanIfExists": {"aws:CurrentTime": ` + newYear + `}}`, nil, true},
		{"Equals date only is midnight UTC", `{"DateEquals": {"aws:CurrentTime": "2026-01-01"}}`, now("2026-01-01T00:00:00Z"), true},
		{"Equals minutes only", `{"DateEquals": {"aws:CurrentTime": "2026-01-01T10:30Z"}}`, now("2026-01-01T10:30:00.000Z"), true},
		{"Equals no zone is UTC", `{"DateEquals": {"aws:CurrentTime": "2026-01-01T10:30:00"}}`, now("2026-01-01T11:30:00+01:00"), true},
		{"Equals epoch and ISO", `{"DateEquals": {"aws:CurrentTime": "1767225600"}}`, now("2026-01-01T00:00:00Z"), true},
		{"NotEquals differ", `{"DateNotEquals": {"aws:CurrentTime": ` + newYear + `}}`, now("2026-01-02"), true},
		{"NotEquals same instant", `{"DateNotEquals": {"aws:CurrentTime": ` + newYear + `}}`, now("2025-12-31T19:00:00-05:00"), false},
		{"NotEquals absent", `{"DateNotEquals": {"aws:CurrentTime": ` + newYear + `}}`, nil, true},
		{"NotEquals context not a date", `{"DateNotEquals": {"aws:CurrentTime": ` + newYear + `}}`, now("soon"), true},
		{"LessThanEquals at", `{"DateLessThanEquals": {"aws:CurrentTime": ` + newYear + `}}`, now("2026-01-01T00:00:00Z"), true},
		{"GreaterThan after", `{"DateGreaterThan": {"aws:CurrentTime": ` + newYear + `}}`, now("2026-01-01T00:00:00.5Z"), true},
		{"GreaterThan at", `{"DateGreaterThan": {"aws:CurrentTime": ` + newYear + `}}`, now("2026-01-01T00:00:00Z"), false},
		{"GreaterThanEquals at", `{"DateGreaterThanEquals": {"aws:CurrentTime": ` + newYear + `}}`, now("2026-01-01"), true},
		{"GreaterThanEquals before", `{"DateGreaterThanEquals": {"aws:CurrentTime": ` + newYear + `}}`, now("1969-12-31T23:59:59Z"), false},
		{"negative epoch", `{"DateLessThan": {"aws:CurrentTime": "1970-01-01"}}`, ctx("aws:CurrentTime", "-0.5"), true},
		{"window: both bounds", `{"DateGreaterThan": {"aws:CurrentTime": "2026-01-01"}, "DateLessThan": {"aws:CurrentTime": "2026-02-01"}}`,
			now("2026-01-15T12:00:00Z"), true},
		{"window: outside", `{"DateGreaterThan": {"aws:CurrentTime": "2026-01-01"}, "DateLessThan": {"aws:CurrentTime": "2026-02-01"}}`,
			now("2026-02-15T12:00:00Z"), false},
	})
}

func TestBoolBinaryNullOperators(t *testing.T) {
	runCondCases(t, []condCase{
		{"Bool true", `{"Bool": {"aws:MultiFactorAuthPresent": "true"}}`, ctx("aws:MultiFactorAuthPresent", "true"), true},
		{"Bool JSON boolean", `{"Bool": {"aws:MultiFactorAuthPresent": true}}`, ctx("aws:MultiFactorAuthPresent", "true"), true},
		{"Bool any case", `{"Bool": {"aws:MultiFactorAuthPresent": "TRUE"}}`, ctx("aws:MultiFactorAuthPresent", "True"), true},
		{"Bool mismatch", `{"Bool": {"aws:MultiFactorAuthPresent": "true"}}`, ctx("aws:MultiFactorAuthPresent", "false"), false},
		{"Bool false", `{"Bool": {"aws:SecureTransport": false}}`, ctx("aws:SecureTransport", "false"), true},
		{"Bool context not a boolean", `{"Bool": {"aws:SecureTransport": "true"}}`, ctx("aws:SecureTransport", "yes"), false},
		{"Bool absent", `{"Bool": {"aws:MultiFactorAuthPresent": "true"}}`, nil, false},
		{"BoolIfExists absent", `{"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}`, nil, true},
		{"BoolIfExists present mismatch", `{"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}`, ctx("aws:MultiFactorAuthPresent", "true"), false},
		{"Binary equal", `{"BinaryEquals": {"test:Blob": "aGVsbG8="}}`, ctx("test:Blob", "aGVsbG8="), true},
		{"Binary differ", `{"BinaryEquals": {"test:Blob": "aGVsbG8="}}`, ctx("test:Blob", "d29ybGQ="), false},
		{"Binary context not base64", `{"BinaryEquals": {"test:Blob": "aGVsbG8="}}`, ctx("test:Blob", "hello"), false},
		{"Binary absent", `{"BinaryEquals": {"test:Blob": "aGVsbG8="}}`, nil, false},
		{"BinaryEqualsIfExists absent", `{"BinaryEqualsIfExists": {"test:Blob": "aGVsbG8="}}`, nil, true},
		{"Null true, absent", `{"Null": {"aws:TokenIssueTime": "true"}}`, nil, true},
		{"Null true, present", `{"Null": {"aws:TokenIssueTime": "true"}}`, ctx("aws:TokenIssueTime", "2026-01-01"), false},
		{"Null false, present", `{"Null": {"aws:TokenIssueTime": false}}`, ctx("aws:TokenIssueTime", "2026-01-01"), true},
		{"Null false, absent", `{"Null": {"aws:TokenIssueTime": "false"}}`, nil, false},
		{"Null false, empty value is present", `{"Null": {"test:Empty": "false"}}`, ctx("test:Empty", ""), true},
		{"Null no values is absent", `{"Null": {"aws:TagKeys": "true"}}`, tagKeys(), true},
	})
}

func TestIPOperators(t *testing.T) {
	ip := func(v string) map[string][]string { return ctx("aws:SourceIp", v) }
	runCondCases(t, []condCase{
		{"IPv4 CIDR in", `{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}`, ip("203.0.113.5"), true},
		{"IPv4 CIDR out", `{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}`, ip("203.0.114.5"), false},
		{"IPv4 host bits ignored", `{"IpAddress": {"aws:SourceIp": "203.0.113.7/24"}}`, ip("203.0.113.200"), true},
		{"IPv4 bare address", `{"IpAddress": {"aws:SourceIp": "203.0.113.5"}}`, ip("203.0.113.5"), true},
		{"IPv4 bare address other", `{"IpAddress": {"aws:SourceIp": "203.0.113.5"}}`, ip("203.0.113.6"), false},
		{"IPv4-mapped IPv6 context", `{"IpAddress": {"aws:SourceIp": "203.0.113.0/24"}}`, ip("::ffff:203.0.113.5"), true},
		{"IPv6 CIDR in", `{"IpAddress": {"aws:SourceIp": "2001:DB8:1234:5678::/64"}}`, ip("2001:db8:1234:5678::1"), true},
		{"IPv6 CIDR out", `{"IpAddress": {"aws:SourceIp": "2001:db8:1234:5678::/64"}}`, ip("2001:db8:1234:5679::1"), false},
		{"IPv6 bare", `{"IpAddress": {"aws:SourceIp": "2001:db8::1"}}`, ip("2001:db8:0::1"), true},
		{"IPv4 policy, IPv6 context", `{"IpAddress": {"aws:SourceIp": "0.0.0.0/0"}}`, ip("2001:db8::1"), false},
		{"list OR'ed", `{"IpAddress": {"aws:SourceIp": ["10.0.0.0/8", "192.168.0.0/16"]}}`, ip("192.168.1.1"), true},
		{"context not an address", `{"IpAddress": {"aws:SourceIp": "0.0.0.0/0"}}`, ip("localhost"), false},
		{"absent", `{"IpAddress": {"aws:SourceIp": "0.0.0.0/0"}}`, nil, false},
		{"IfExists absent", `{"IpAddressIfExists": {"aws:SourceIp": "10.0.0.0/8"}}`, nil, true},
		{"Not out", `{"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}`, ip("203.0.113.5"), true},
		{"Not in", `{"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}`, ip("10.1.2.3"), false},
		{"Not absent", `{"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}`, nil, true},
		{"Not context not an address", `{"NotIpAddress": {"aws:SourceIp": "10.0.0.0/8"}}`, ip("nope"), true},
	})
}

func TestArnOperators(t *testing.T) {
	src := func(v string) map[string][]string { return ctx("aws:SourceArn", v) }
	runCondCases(t, []condCase{
		{"Like wildcard in segments", `{"ArnLike": {"aws:SourceArn": "arn:aws:iam::*:role/Admin*"}}`, src("arn:aws:iam::123456789012:role/AdminX"), true},
		{"Like mismatch", `{"ArnLike": {"aws:SourceArn": "arn:aws:iam::*:role/Admin*"}}`, src("arn:aws:iam::123456789012:role/Dev"), false},
		{"Like is case-sensitive", `{"ArnLike": {"aws:SourceArn": "arn:aws:iam::*:role/admin"}}`, src("arn:aws:iam::1:role/Admin"), false},
		{"star stays in its segment", `{"ArnLike": {"aws:SourceArn": "arn:*:s3:::b"}}`, src("arn:aws:x:s3:::b"), false},
		{"star fills its segment", `{"ArnLike": {"aws:SourceArn": "arn:*:s3:::b"}}`, src("arn:aws-cn:s3:::b"), true},
		{"resource keeps its colons", `{"ArnLike": {"aws:SourceArn": "arn:aws:logs:*:*:log-group:/tether/*"}}`,
			src("arn:aws:logs:us-east-1:1:log-group:/tether/x:log-stream:y"), true},
		{"empty segments", `{"ArnEquals": {"aws:SourceArn": "arn:aws:s3:::bucket"}}`, src("arn:aws:s3:::bucket"), true},
		{"Equals takes wildcards too", `{"ArnEquals": {"aws:SourceArn": "arn:aws:sns:*:123456789012:topic"}}`, src("arn:aws:sns:us-east-1:123456789012:topic"), true},
		{"context not an ARN", `{"ArnLike": {"aws:SourceArn": "arn:*:*:*:*:*"}}`, src("not:an:arn"), false},
		{"absent", `{"ArnLike": {"aws:SourceArn": "arn:*:*:*:*:*"}}`, nil, false},
		{"IfExists absent", `{"ArnLikeIfExists": {"aws:SourceArn": "arn:aws:s3:::b"}}`, nil, true},
		{"NotLike match", `{"ArnNotLike": {"aws:SourceArn": "arn:aws:iam::*:role/Admin*"}}`, src("arn:aws:iam::1:role/Admin"), false},
		{"NotLike mismatch", `{"ArnNotLike": {"aws:SourceArn": "arn:aws:iam::*:role/Admin*"}}`, src("arn:aws:iam::1:role/Dev"), true},
		{"NotLike absent", `{"ArnNotLike": {"aws:SourceArn": "arn:aws:iam::*:role/Admin*"}}`, nil, true},
		{"NotEquals context not an ARN", `{"ArnNotEquals": {"aws:SourceArn": "arn:aws:s3:::b"}}`, src("b"), true},
	})
}

func TestSetOperators(t *testing.T) {
	runCondCases(t, []condCase{
		{"ForAnyValue one matches", `{"ForAnyValue:StringEquals": {"aws:TagKeys": ["a", "b"]}}`, tagKeys("c", "a"), true},
		{"ForAnyValue none match", `{"ForAnyValue:StringEquals": {"aws:TagKeys": ["a", "b"]}}`, tagKeys("c", "d"), false},
		{"ForAnyValue absent", `{"ForAnyValue:StringEquals": {"aws:TagKeys": ["a", "b"]}}`, nil, false},
		{"ForAnyValue empty", `{"ForAnyValue:StringEquals": {"aws:TagKeys": ["a", "b"]}}`, tagKeys(), false},
		{"ForAnyValue IfExists absent", `{"ForAnyValue:StringEqualsIfExists": {"aws:TagKeys": "a"}}`, nil, true},
		{"ForAnyValue IfExists present none", `{"ForAnyValue:StringEqualsIfExists": {"aws:TagKeys": "a"}}`, tagKeys("b"), false},
		{"ForAllValues all match", `{"ForAllValues:StringEquals": {"aws:TagKeys": ["a", "b"]}}`, tagKeys("b", "a"), true},
		{"ForAllValues subset", `{"ForAllValues:StringEquals": {"aws:TagKeys": ["a", "b", "c"]}}`, tagKeys("a"), true},
		{"ForAllValues one does not", `{"ForAllValues:StringEquals": {"aws:TagKeys": ["a", "b"]}}`, tagKeys("a", "c"), false},
		{"ForAllValues absent is vacuously true", `{"ForAllValues:StringEquals": {"aws:TagKeys": ["a"]}}`, nil, true},
		{"ForAllValues empty is vacuously true", `{"ForAllValues:StringEquals": {"aws:TagKeys": ["a"]}}`, tagKeys(), true},
		{"ForAllValues Like", `{"ForAllValues:StringLike": {"aws:TagKeys": ["key1*", "key2*"]}}`, tagKeys("key1a", "key2b"), true},
		{"ForAllValues Like one outside", `{"ForAllValues:StringLike": {"aws:TagKeys": ["key1*"]}}`, tagKeys("key1a", "other"), false},
		{"ForAnyValue NotEquals some value outside", `{"ForAnyValue:StringNotEquals": {"aws:TagKeys": ["a", "b"]}}`, tagKeys("a", "c"), true},
		{"ForAnyValue NotEquals all inside", `{"ForAnyValue:StringNotEquals": {"aws:TagKeys": ["a", "b"]}}`, tagKeys("a", "b"), false},
		{"ForAnyValue NotEquals absent", `{"ForAnyValue:StringNotEquals": {"aws:TagKeys": ["a"]}}`, nil, false},
		{"ForAllValues NotEquals none inside", `{"ForAllValues:StringNotEquals": {"aws:TagKeys": ["a", "b"]}}`, tagKeys("c", "d"), true},
		{"ForAllValues NotEquals one inside", `{"ForAllValues:StringNotEquals": {"aws:TagKeys": ["a", "b"]}}`, tagKeys("c", "a"), false},
		{"ForAllValues NotEquals absent", `{"ForAllValues:StringNotEquals": {"aws:TagKeys": ["a"]}}`, nil, true},
		{"ForAllValues NotLike", `{"ForAllValues:StringNotLike": {"aws:TagKeys": "key1*"}}`, tagKeys("x", "y"), true},
		{"ForAllValues NotLike one matches", `{"ForAllValues:StringNotLike": {"aws:TagKeys": "key1*"}}`, tagKeys("x", "key1z"), false},
		{"ForAnyValue Numeric", `{"ForAnyValue:NumericLessThan": {"test:Ports": 1024}}`, map[string][]string{"test:Ports": {"8080", "22"}}, true},
		{"ForAllValues Numeric", `{"ForAllValues:NumericLessThan": {"test:Ports": 1024}}`, map[string][]string{"test:Ports": {"8080", "22"}}, false},
		{"ForAllValues IpAddress", `{"ForAllValues:IpAddress": {"test:Hops": "10.0.0.0/8"}}`, map[string][]string{"test:Hops": {"10.0.0.1", "10.9.9.9"}}, true},
		{"ForAnyValue NotIpAddress", `{"ForAnyValue:NotIpAddress": {"test:Hops": "10.0.0.0/8"}}`, map[string][]string{"test:Hops": {"10.0.0.1", "8.8.8.8"}}, true},
		{"ForAllValues Arn", `{"ForAllValues:ArnLike": {"test:Arns": "arn:aws:s3:::b/*"}}`, map[string][]string{"test:Arns": {"arn:aws:s3:::b/1", "arn:aws:s3:::c/1"}}, false},
	})
}

func TestConditionLogic(t *testing.T) {
	runCondCases(t, []condCase{
		{"key name case-insensitive in policy", `{"StringEquals": {"AWS:UserName": "alice"}}`, ctx("aws:username", "alice"), true},
		{"key name case-insensitive in context", `{"StringEquals": {"aws:username": "alice"}}`, ctx("AWS:USERNAME", "alice"), true},
		{"tag key name case-insensitive", `{"StringEquals": {"ssm:resourceTag/Project": "Production"}}`, ctx("SSM:ResourceTag/project", "Production"), true},
		{"keys AND'ed: both", `{"StringEquals": {"aws:username": "alice", "aws:PrincipalTag/team": "ops"}}`,
			ctx("aws:username", "alice", "aws:PrincipalTag/team", "ops"), true},
		{"keys AND'ed: one", `{"StringEquals": {"aws:username": "alice", "aws:PrincipalTag/team": "ops"}}`,
			ctx("aws:username", "alice", "aws:PrincipalTag/team", "dev"), false},
		{"operators AND'ed: both", `{"StringEquals": {"aws:username": "alice"}, "Bool": {"aws:MultiFactorAuthPresent": "true"}}`,
			ctx("aws:username", "alice", "aws:MultiFactorAuthPresent", "true"), true},
		{"operators AND'ed: one", `{"StringEquals": {"aws:username": "alice"}, "Bool": {"aws:MultiFactorAuthPresent": "true"}}`,
			ctx("aws:username", "alice", "aws:MultiFactorAuthPresent", "false"), false},
		{"values OR'ed", `{"StringEquals": {"aws:username": ["bob", "carol", "alice"]}}`, ctx("aws:username", "alice"), true},
		{"same key under two operators", `{"StringLike": {"aws:username": "a*"}, "StringNotEquals": {"aws:username": "admin"}}`,
			ctx("aws:username", "admin"), false},
		{"empty Condition holds", `{}`, nil, true},
	})
}
