package sqlstore

import "testing"

func TestRebind(t *testing.T) {
	pg := &Store{d: &Dialect{NumberedParams: true}}
	lite := &Store{d: &Dialect{}}
	for in, want := range map[string]string{
		`SELECT 1`:                              `SELECT 1`,
		`a = ? AND b = ?`:                       `a = $1 AND b = $2`,
		`x IN ('?', ?) AND y = '' AND z = ?`:    `x IN ('?', $1) AND y = '' AND z = $2`,
		`VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`: `VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
	} {
		if got := pg.rebind(in); got != want {
			t.Errorf("rebind(%q) = %q, want %q", in, got, want)
		}
		if got := lite.rebind(in); got != in {
			t.Errorf("SQLite rebind(%q) = %q, want it unchanged", in, got)
		}
	}
}
