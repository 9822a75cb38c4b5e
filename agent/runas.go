package agent

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"os/user"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// account is the local user a session runs as.
type account struct {
	name   string
	uid    uint32
	gid    uint32
	groups []uint32
	home   string
	shell  string // login shell from the passwd database; may be empty
	// cred is nil when the agent already is this user and must not switch.
	cred *syscall.Credential
}

// lookupTimeout bounds a passwd lookup: with LDAP or SSSD behind NSS a
// lookup can hang, and a session should fail rather than wait forever.
const lookupTimeout = 10 * time.Second

// errNoSuchUser is what lookups return for a user the database lacks.
var errNoSuchUser = errors.New("no such user")

// resolveAccount decides who a session runs as. A root agent can be anyone
// and creates the default user if it is missing; any other agent can only
// be itself, since it cannot switch users. Errors are userErrors.
func resolveAccount(ctx context.Context, name, defaultName string, root bool) (*account, error) {
	if !root {
		return selfAccount(ctx, name)
	}
	a, err := lookupAccount(ctx, name)
	if errors.Is(err, errNoSuchUser) && name == defaultName {
		if cerr := createUser(ctx, name); cerr != nil {
			return nil, userErrorf("cannot run as %s: the user does not exist and creating it failed: %v", name, cerr)
		}
		a, err = lookupAccount(ctx, name)
	}
	switch {
	case errors.Is(err, errNoSuchUser):
		return nil, userErrorf("user %s does not exist on this instance", name)
	case err != nil:
		return nil, userErrorf("cannot run as %s: %v", name, err)
	}
	a.cred = &syscall.Credential{Uid: a.uid, Gid: a.gid, Groups: a.groups}
	return a, nil
}

func selfAccount(ctx context.Context, name string) (*account, error) {
	self, err := user.Current()
	if err != nil {
		return nil, userErrorf("cannot run as %s: cannot tell which user the agent runs as: %v", name, err)
	}
	if name != self.Username {
		if _, err := lookupAccount(ctx, name); errors.Is(err, errNoSuchUser) {
			return nil, userErrorf("cannot run as %s: user does not exist and the agent is not root", name)
		}
		return nil, userErrorf("cannot run as %s: the agent runs as %s, not root, and can only start sessions as itself", name, self.Username)
	}
	a, err := lookupAccount(ctx, name)
	if err != nil {
		return nil, userErrorf("cannot run as %s: %v", name, err)
	}
	return a, nil
}

// lookupAccount asks the system's name service through getent, so users
// from LDAP or SSSD work even though the agent is a static binary that
// cannot load NSS modules; without getent it reads /etc/passwd.
func lookupAccount(ctx context.Context, name string) (*account, error) {
	ctx, cancel := context.WithTimeout(ctx, lookupTimeout)
	defer cancel()
	line, err := getent(ctx, "passwd", name)
	if errors.Is(err, exec.ErrNotFound) {
		line, err = passwdLine("/etc/passwd", name)
	}
	if err != nil {
		return nil, err
	}
	a, err := parsePasswd(line)
	if err != nil {
		return nil, err
	}
	if a.name != name {
		return nil, errNoSuchUser // getent also looks up numeric ids
	}
	a.groups, err = groupIDs(ctx, a)
	return a, err
}

// getent returns the database entry for key; exec.ErrNotFound when there
// is no getent, errNoSuchUser when there is no such entry.
func getent(ctx context.Context, db, key string) (string, error) {
	path, err := findTool("getent")
	if err != nil {
		return "", err
	}
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, path, db, key)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee) && ee.ExitCode() == 2: // key not found
		return "", errNoSuchUser
	case err != nil:
		return "", fmt.Errorf("getent %s %s: %v %s", db, key, err, bytes.TrimSpace(stderr.Bytes()))
	}
	line, _, _ := strings.Cut(string(out), "\n")
	return line, nil
}

func passwdLine(file, name string) (string, error) {
	f, err := os.Open(file)
	if err != nil {
		return "", err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if line := sc.Text(); strings.HasPrefix(line, name+":") {
			return line, nil
		}
	}
	if err := sc.Err(); err != nil {
		return "", err
	}
	return "", errNoSuchUser
}

// parsePasswd reads name:password:uid:gid:gecos:home:shell.
func parsePasswd(line string) (*account, error) {
	f := strings.Split(line, ":")
	if len(f) != 7 {
		return nil, fmt.Errorf("malformed passwd entry %q", line)
	}
	uid, err1 := strconv.ParseUint(f[2], 10, 32)
	gid, err2 := strconv.ParseUint(f[3], 10, 32)
	if err1 != nil || err2 != nil {
		return nil, fmt.Errorf("malformed passwd entry %q", line)
	}
	return &account{name: f[0], uid: uint32(uid), gid: uint32(gid), home: f[5], shell: f[6]}, nil
}

// groupIDs lists the user's supplementary groups through id(1), which asks
// NSS, falling back to os/user, which reads /etc/group.
func groupIDs(ctx context.Context, a *account) ([]uint32, error) {
	var fields []string
	if path, err := findTool("id"); err == nil {
		out, err := exec.CommandContext(ctx, path, "-G", a.name).Output()
		if err != nil {
			return nil, fmt.Errorf("listing the groups of %s: %v", a.name, err)
		}
		fields = strings.Fields(string(out))
	} else {
		u := &user.User{Username: a.name, Uid: strconv.Itoa(int(a.uid)), Gid: strconv.Itoa(int(a.gid))}
		if fields, err = u.GroupIds(); err != nil {
			return nil, fmt.Errorf("listing the groups of %s: %v", a.name, err)
		}
	}
	ids := []uint32{a.gid}
	for _, s := range fields {
		id, err := strconv.ParseUint(s, 10, 32)
		if err != nil {
			return nil, fmt.Errorf("listing the groups of %s: bad group id %q", a.name, s)
		}
		if uint32(id) != a.gid {
			ids = append(ids, uint32(id))
		}
	}
	return ids, nil
}

// findTool looks in PATH and then the sbin directories, which a service's
// PATH often lacks.
func findTool(name string) (string, error) {
	if p, err := exec.LookPath(name); err == nil {
		return p, nil
	}
	for _, dir := range []string{"/usr/sbin", "/sbin", "/usr/bin", "/bin"} {
		p := dir + "/" + name
		if fi, err := os.Stat(p); err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0 {
			return p, nil
		}
	}
	return "", exec.ErrNotFound
}

// createMu serialises user creation: two sessions opening at once must not
// both run useradd, the second of which would fail.
var createMu sync.Mutex

// createUser makes the default run-as user with a home directory and a
// login shell. Unlike AWS's agent it grants no sudo rights: an operator who
// wants them says so in /etc/sudoers.d.
func createUser(ctx context.Context, name string) error {
	createMu.Lock()
	defer createMu.Unlock()
	if _, err := lookupAccount(ctx, name); err == nil {
		return nil // another session made it while we waited
	}
	shell := "/bin/sh"
	if _, err := os.Stat("/bin/bash"); err == nil {
		shell = "/bin/bash"
	}
	var cmd *exec.Cmd
	if path, err := findTool("useradd"); err == nil {
		cmd = exec.CommandContext(ctx, path, "--create-home", "--shell", shell, "--", name)
	} else if path, err := findTool("adduser"); err == nil {
		// BusyBox's adduser, as on Alpine, the systems without useradd.
		cmd = exec.CommandContext(ctx, path, "-D", "-s", shell, "--", name)
	} else {
		return errors.New("neither useradd nor adduser is installed")
	}
	if out, err := cmd.CombinedOutput(); err != nil {
		if _, lerr := lookupAccount(ctx, name); lerr == nil {
			return nil // made meanwhile by something other than this agent
		}
		return fmt.Errorf("%s: %v: %s", cmd.Args[0], err, bytes.TrimSpace(out))
	}
	return nil
}

// environment is the variables a session's process starts with: only what
// a login would set, nothing of the agent's own environment (which may hold
// its credentials).
func (a *account) environment(shell, term string) []string {
	path := "/usr/local/bin:/usr/bin:/bin"
	if a.uid == 0 {
		path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
	}
	env := []string{"HOME=" + a.home, "USER=" + a.name, "LOGNAME=" + a.name, "SHELL=" + shell, "PATH=" + path}
	if term != "" {
		env = append(env, "TERM="+term)
	}
	return env
}

// workDir is the user's home, or / when it is missing, as login does.
func (a *account) workDir() string {
	if fi, err := os.Stat(a.home); err == nil && fi.IsDir() {
		return a.home
	}
	return "/"
}

// shellFor picks the shell: the request's, then the operator's, then the
// user's login shell, then /bin/sh.
func (a *account) shellFor(requested, configured string) string {
	for _, s := range []string{requested, configured, a.shell} {
		if s != "" {
			return s
		}
	}
	return "/bin/sh"
}
