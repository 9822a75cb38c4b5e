//go:build !linux

package recording

import "os"

// fdatasync falls back to fsync where fdatasync is not in package syscall.
func fdatasync(f *os.File) error { return f.Sync() }

// Without flock, only this process's own bookkeeping keeps Recover off
// recordings being written: run one server per spool directory.
func lockFile(*os.File) error    { return nil }
func tryLockFile(*os.File) error { return nil }

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Sync()
}
