package policy

import (
	"encoding/base64"
	"net/netip"
	"strconv"
	"strings"
	"time"
)

// Typed values of condition operators. Policy values are parsed once at
// Parse; context values are parsed per evaluation, so these parsers avoid
// allocating on success and accept exactly the forms documented here, the
// same for both sides.

// parseNumber accepts decimal numbers as JSON and people write them: an
// optional sign, digits with an optional fraction, an optional exponent.
// strconv.ParseFloat alone would also take "NaN", "Inf", hex floats and
// underscores, none of which a policy author means.
func parseNumber(s string) (float64, bool) {
	i := 0
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		i++
	}
	digits := 0
	for ; i < len(s) && isDigit(s[i]); i++ {
		digits++
	}
	if i < len(s) && s[i] == '.' {
		for i++; i < len(s) && isDigit(s[i]); i++ {
			digits++
		}
	}
	if digits == 0 {
		return 0, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		exp := 0
		for ; i < len(s) && isDigit(s[i]); i++ {
			exp++
		}
		if exp == 0 {
			return 0, false
		}
	}
	if i != len(s) {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	return f, err == nil
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// instant is a point in time with nanosecond precision, comparable without
// time.Time's monotonic and location baggage.
type instant struct {
	sec  int64
	nsec int32
}

func (a instant) compare(b instant) int {
	switch {
	case a.sec < b.sec:
		return -1
	case a.sec > b.sec:
		return 1
	case a.nsec < b.nsec:
		return -1
	case a.nsec > b.nsec:
		return 1
	}
	return 0
}

// parseDate accepts epoch seconds (aws:EpochTime; optionally negative or
// with a fraction) and ISO 8601 in its extended forms:
//
//	2006-01-02
//	2006-01-02T15:04
//	2006-01-02T15:04:05
//	2006-01-02T15:04:05.999999999
//
// each date-time optionally followed by Z or an offset (+01:00, +0100,
// +01). A date-time without a zone is UTC. A string of digits alone is
// epoch seconds, never a year.
func parseDate(s string) (instant, bool) {
	if s == "" {
		return instant{}, false
	}
	if t, ok := parseEpoch(s); ok {
		return t, true
	}
	return parseISO(s)
}

func parseEpoch(s string) (instant, bool) {
	neg := s[0] == '-'
	if neg {
		s = s[1:]
	}
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || len(whole) > 18 || !allDigits(whole) || !allDigits(frac) {
		return instant{}, false
	}
	if strings.Contains(s, ".") && frac == "" {
		return instant{}, false
	}
	sec, _ := strconv.ParseInt(whole, 10, 64)
	nsec := fraction(frac)
	if neg {
		sec, nsec = -sec, -nsec
		if nsec < 0 {
			sec, nsec = sec-1, nsec+1e9
		}
	}
	return instant{sec: sec, nsec: nsec}, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	return true
}

// fraction turns the digits after a decimal point into nanoseconds,
// ignoring digits past the ninth.
func fraction(digits string) int32 {
	var n int32
	for i := 0; i < 9; i++ {
		n *= 10
		if i < len(digits) {
			n += int32(digits[i] - '0')
		}
	}
	return n
}

func parseISO(s string) (instant, bool) {
	year, ok1 := fixedInt(s, 0, 4)
	month, ok2 := fixedInt(s, 5, 2)
	day, ok3 := fixedInt(s, 8, 2)
	if !ok1 || !ok2 || !ok3 || s[4] != '-' || s[7] != '-' || month < 1 || month > 12 ||
		day < 1 || day > daysIn(time.Month(month), year) {
		return instant{}, false
	}
	var hour, minute, sec int
	var nsec int32
	offset := 0
	rest := s[10:]
	if rest != "" {
		if rest[0] != 'T' && rest[0] != 't' {
			return instant{}, false
		}
		var ok bool
		if hour, minute, sec, nsec, rest, ok = parseClock(rest[1:]); !ok {
			return instant{}, false
		}
		if offset, ok = parseZone(rest); !ok {
			return instant{}, false
		}
	}
	t := time.Date(year, time.Month(month), day, hour, minute, sec, 0, time.UTC)
	return instant{sec: t.Unix() - int64(offset), nsec: nsec}, true
}

// parseClock reads hh:mm[:ss[.fff]] and returns what follows.
func parseClock(s string) (hour, minute, sec int, nsec int32, rest string, ok bool) {
	hour, ok1 := fixedInt(s, 0, 2)
	minute, ok2 := fixedInt(s, 3, 2)
	if !ok1 || !ok2 || s[2] != ':' || hour > 23 || minute > 59 {
		return 0, 0, 0, 0, "", false
	}
	rest = s[5:]
	if len(rest) > 0 && rest[0] == ':' {
		var ok3 bool
		if sec, ok3 = fixedInt(rest, 1, 2); !ok3 || sec > 59 {
			return 0, 0, 0, 0, "", false
		}
		rest = rest[3:]
		if len(rest) > 0 && (rest[0] == '.' || rest[0] == ',') {
			n := 1
			for n < len(rest) && isDigit(rest[n]) {
				n++
			}
			if n == 1 {
				return 0, 0, 0, 0, "", false
			}
			nsec, rest = fraction(rest[1:n]), rest[n:]
		}
	}
	return hour, minute, sec, nsec, rest, true
}

// parseZone reads "", Z, +hh, +hhmm or +hh:mm and returns the offset east
// of UTC in seconds.
func parseZone(s string) (int, bool) {
	switch {
	case s == "":
		return 0, true
	case s == "Z" || s == "z":
		return 0, true
	case s[0] != '+' && s[0] != '-':
		return 0, false
	}
	sign := 1
	if s[0] == '-' {
		sign = -1
	}
	s = s[1:]
	hh, ok := fixedInt(s, 0, 2)
	mm := 0
	switch {
	case !ok:
		return 0, false
	case len(s) == 2:
	case len(s) == 4:
		mm, ok = fixedInt(s, 2, 2)
	case len(s) == 5 && s[2] == ':':
		mm, ok = fixedInt(s, 3, 2)
	default:
		return 0, false
	}
	if !ok || hh > 23 || mm > 59 {
		return 0, false
	}
	return sign * (hh*3600 + mm*60), true
}

// fixedInt reads exactly n digits of s starting at i.
func fixedInt(s string, i, n int) (int, bool) {
	if i+n > len(s) {
		return 0, false
	}
	v := 0
	for _, c := range []byte(s[i : i+n]) {
		if !isDigit(c) {
			return 0, false
		}
		v = v*10 + int(c-'0')
	}
	return v, true
}

func daysIn(m time.Month, year int) int {
	return time.Date(year, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// parsePrefix accepts a CIDR block or a bare address (a block of one),
// IPv4 or IPv6. Host bits in a CIDR are ignored, as AWS does.
func parsePrefix(s string) (netip.Prefix, bool) {
	if strings.Contains(s, "/") {
		p, err := netip.ParsePrefix(s)
		if err != nil {
			return netip.Prefix{}, false
		}
		return p.Masked(), true
	}
	a, err := netip.ParseAddr(s)
	if err != nil || a.Zone() != "" {
		return netip.Prefix{}, false
	}
	return netip.PrefixFrom(a, a.BitLen()), true
}

// prefixContains reports whether the context address s lies in p. An IPv4
// address written as IPv4-mapped IPv6 (::ffff:10.0.0.1, as dual-stack
// listeners report them) counts as the IPv4 address.
func prefixContains(p netip.Prefix, s string) bool {
	a, err := netip.ParseAddr(s)
	if err != nil {
		return false
	}
	a = a.WithZone("")
	if p.Addr().Is4() {
		a = a.Unmap()
	}
	return p.Contains(a)
}

// parseBool accepts true and false in any case.
func parseBool(s string) (value, ok bool) {
	switch {
	case strings.EqualFold(s, "true"):
		return true, true
	case strings.EqualFold(s, "false"):
		return false, true
	}
	return false, false
}

// parseBinary decodes standard base64, the form BinaryEquals values take in
// policies and in the request context.
func parseBinary(s string) ([]byte, bool) {
	b, err := base64.StdEncoding.DecodeString(s)
	return b, err == nil
}
