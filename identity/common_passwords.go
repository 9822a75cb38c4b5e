package identity

import "strings"

// commonPasswords are passwords that top every published breach list, plus
// the product's own names. Lowercased; a password is refused when it equals
// one or is one followed only by digits and punctuation ("password123!").
var commonPasswords = map[string]bool{}

func init() {
	for _, p := range strings.Fields(`
		password passw0rd p@ssword p@ssw0rd letmein welcome welcome1 qwerty qwertyuiop
		asdfghjkl zxcvbnm 1q2w3e4r 1qaz2wsx qazwsx abc123 abcdef abcdefgh iloveyou
		monkey dragon master sunshine princess football baseball shadow superman
		trustno1 michael jennifer jordan hunter starwars whatever freedom charlie
		admin administrator root changeme default secret letmein123 access login
		test tester testing guest user12345 computer internet security
		tether tetheradmin session manager
		0123456789 1234567890 0987654321 123456789 12345678 1234567 123123123
		111111111 000000000 11111111 00000000 987654321 123321123 147258369
		aaaaaaaaaa qwerty123 password1 iloveyou1 summer winter spring autumn
		autumn2024 summer2024 winter2024 spring2024 pokemon batman ninja
	`) {
		commonPasswords[p] = true
	}
}

// isCommonPassword reports whether lower (an already-lowercased password) is
// a common password, allowing for the usual trailing digits and symbols.
func isCommonPassword(lower string) bool {
	if commonPasswords[lower] {
		return true
	}
	stem := strings.TrimRight(lower, "0123456789!@#$%^&*.?_-")
	if stem != lower && commonPasswords[stem] {
		return true
	}
	// One character repeated ("zzzzzzzzzz").
	return lower != "" && strings.Count(lower, lower[:1]) == len(lower)
}
