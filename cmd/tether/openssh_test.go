package main

import (
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// The README's promise, with the real OpenSSH tools: ssh, scp, sftp and
// rsync reach a server through `tether proxy` as ssh's ProxyCommand, with no
// inbound port of tether's own, and the seed's policy decides who may.
func TestOpenSSHThroughProxy(t *testing.T) {
	requireOpenSSH(t)
	f := newFleet(t)
	sd := startSSHD(t)
	cfg := sshClientConfig(t, sd, buildTether(t))
	const host = "root@prod-server01"

	// A command runs, its output comes back, and its exit status is ssh's.
	r := runAs(t, f.user1, "", "ssh", "-F", cfg, host, "echo hi; exit 5")
	if r.code != 5 || r.stdout != "hi\n" {
		t.Fatalf("ssh 'echo hi; exit 5': exit %d, want 5\nstdout: %q\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	// Standard input reaches the remote command, and its end is seen.
	if out := okAs(t, f.user1, "line one\nline two\n", "ssh", "-F", cfg, host, "wc -l"); strings.TrimSpace(out) != "2" {
		t.Errorf("ssh wc -l printed %q", out)
	}

	// The "remote" server is this machine, so what arrives there can be
	// read directly as well as fetched back.
	local, remote := t.TempDir(), t.TempDir()
	payload := make([]byte, 5<<20)
	rand.Read(payload)
	up := filepath.Join(local, "payload.bin")
	if err := os.WriteFile(up, payload, 0o600); err != nil {
		t.Fatal(err)
	}
	want := sum(payload)

	// scp, in its default SFTP mode and in the legacy scp protocol (-O).
	for _, mode := range []struct {
		name  string
		flags []string
	}{{"sftp", nil}, {"legacy", []string{"-O"}}} {
		dst := filepath.Join(remote, "scp-"+mode.name+".bin")
		back := filepath.Join(local, "scp-"+mode.name+"-back.bin")
		okAs(t, f.user1, "", "scp", append(append([]string{"-F", cfg, "-q"}, mode.flags...), up, host+":"+dst)...)
		okAs(t, f.user1, "", "scp", append(append([]string{"-F", cfg, "-q"}, mode.flags...), host+":"+dst, back)...)
		if got := sumFile(t, dst); got != want {
			t.Errorf("scp (%s) upload: sha256 %s, want %s", mode.name, got, want)
		}
		if got := sumFile(t, back); got != want {
			t.Errorf("scp (%s) round trip: sha256 %s, want %s", mode.name, got, want)
		}
	}

	// sftp in batch mode: put, get, ls.
	sftpDir := filepath.Join(remote, "sftp")
	batch := writeFile(t, "batch", strings.Join([]string{
		"mkdir " + sftpDir,
		"put " + up + " " + sftpDir + "/put.bin",
		"get " + sftpDir + "/put.bin " + filepath.Join(local, "sftp-back.bin"),
		"ls -l " + sftpDir,
		"",
	}, "\n"))
	out := okAs(t, f.user1, "", "sftp", "-F", cfg, "-b", batch, host)
	mustContain(t, out, "put.bin", fmt.Sprint(len(payload)))
	if got := sumFile(t, filepath.Join(sftpDir, "put.bin")); got != want {
		t.Errorf("sftp put: sha256 %s, want %s", got, want)
	}
	if got := sumFile(t, filepath.Join(local, "sftp-back.bin")); got != want {
		t.Errorf("sftp get: sha256 %s, want %s", got, want)
	}

	// rsync over ssh: a tree up, a change sent as a delta, and back down.
	tree := filepath.Join(local, "tree")
	files := map[string]string{
		"README":              "top level\n",
		"a/one.txt":           "one\n",
		"a/b/two.txt":         strings.Repeat("two ", 1000),
		"a/b/c/payload.bin":   string(payload[:1<<20]),
		"empty/.keep":         "",
		"with space/name.txt": "spaces survive\n",
	}
	writeTree(t, tree, files)
	rsyncSSH := "ssh -F " + cfg
	rsyncDst := filepath.Join(remote, "rsync")
	okAs(t, f.user1, "", "rsync", "-a", "-e", rsyncSSH, tree+"/", host+":"+rsyncDst+"/")
	checkTree(t, "rsync up", rsyncDst, files)
	files["a/one.txt"] = "one, changed\n"
	files["new.txt"] = "new file\n"
	writeTree(t, tree, files)
	okAs(t, f.user1, "", "rsync", "-a", "--delete", "-e", rsyncSSH, tree+"/", host+":"+rsyncDst+"/")
	checkTree(t, "rsync update", rsyncDst, files)
	down := filepath.Join(local, "rsync-back")
	okAs(t, f.user1, "", "rsync", "-a", "-e", rsyncSSH, host+":"+rsyncDst+"/", down+"/")
	checkTree(t, "rsync down", down, files)

	// Each ssh connection was a session of testuser01's on prod-server01.
	eventually(t, "the ssh sessions to end", func() bool {
		var active api.Sessions
		f.admin.okJSON(&active, "sessions")
		return len(active.Sessions) == 0
	})
	var hist api.Sessions
	f.admin.okJSON(&hist, "sessions", "--history")
	ssh := 0
	for _, s := range hist.Sessions {
		if s.Kind == tether.SessionSSH {
			ssh++
			if s.Owner != "testuser01" || s.Target != f.prodID || s.Port != sd.port || s.Status == tether.SessionFailed {
				t.Errorf("ssh session %+v", s)
			}
		}
	}
	t.Logf("%d ssh sessions of testuser01 on prod-server01 in the history", ssh)
	if ssh != 10 { // ssh ×2, scp ×4, sftp, rsync ×3
		t.Errorf("history has %d ssh sessions, want 10: %+v", ssh, hist.Sessions)
	}

	// testuser02 (Development) may not reach prod-server01: the proxy is
	// refused and says why, and ssh fails without running anything.
	r = runAs(t, f.user2, "", "ssh", "-F", cfg, host, "echo should not run")
	if r.code == 0 || strings.Contains(r.stdout, "should not run") {
		t.Errorf("testuser02 ssh to prod-server01: exit %d\nstdout: %s\nstderr: %s", r.code, r.stdout, r.stderr)
	}
	t.Logf("testuser02's ssh: exit %d, stderr: %s", r.code, strings.TrimSpace(r.stderr))
	mustContain(t, r.stderr, "is not authorized to perform: ssm:StartSession", "/testuser02", "managed-instance/"+f.prodID)
	// The same through scp: refused, and nothing written.
	refused := filepath.Join(remote, "refused.bin")
	r = runAs(t, f.user2, "", "scp", "-F", cfg, "-q", up, host+":"+refused)
	if r.code == 0 {
		t.Errorf("testuser02 scp to prod-server01 succeeded")
	}
	mustContain(t, r.stderr, "ssm:StartSession")
	if _, err := os.Stat(refused); !os.IsNotExist(err) {
		t.Errorf("testuser02's scp wrote %s (%v)", refused, err)
	}
}

func sum(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}

func sumFile(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Error(err)
		return ""
	}
	return sum(b)
}

func writeTree(t *testing.T, root string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// checkTree reports any difference between the regular files under root
// and files.
func checkTree(t *testing.T, what, root string, files map[string]string) {
	t.Helper()
	seen := map[string]bool{}
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		seen[rel] = true
		want, ok := files[rel]
		if !ok {
			t.Errorf("%s: unexpected file %s", what, rel)
			return nil
		}
		if got, err := os.ReadFile(p); err != nil || string(got) != want {
			t.Errorf("%s: %s has %d bytes (sha256 %s), want %d (sha256 %s); %v", what, rel, len(got), sum(got), len(want), sum([]byte(want)), err)
		}
		return nil
	})
	if err != nil {
		t.Errorf("%s: %v", what, err)
	}
	for name := range files {
		if !seen[name] {
			t.Errorf("%s: %s is missing", what, name)
		}
	}
}
