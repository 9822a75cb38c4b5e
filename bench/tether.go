package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// deployment is a real Tether control plane run from the built binary, as
// an operator would run it: `tether server init`, `tether server`, and
// the CLI with its own config dir per person.
type deployment struct {
	r       *procs
	bin     string // the tether binary
	dir     string
	dataDir string
	port    int
	url     string
	caFile  string
	server  *proc
	admin   string // config dirs of the administrator and the bench user
	user    string
}

const (
	adminPassword = "correct-horse-battery-9"
	userPassword  = "staple-lantern-orbit-4"
	benchUser     = "bench"
)

// benchPolicy lets the bench user see and open sessions on instances
// tagged project=Bench, as the seed's ProductionPermissionSet does for
// Production.
const benchPolicy = `{"Version":"2012-10-17","Statement":[
 {"Effect":"Allow","Action":["ssm:DescribeSessions","ssm:DescribeInstanceProperties","ssm:GetConnectionStatus"],"Resource":"*"},
 {"Effect":"Allow","Action":"ssm:StartSession","Resource":["arn:aws:ssm:*:*:managed-instance/*"],
  "Condition":{"StringLike":{"ssm:resourceTag/project":["Bench"]}}},
 {"Effect":"Allow","Action":["ssm:ResumeSession","ssm:TerminateSession"],"Resource":["arn:aws:ssm:*:*:session/${aws:username}-*"]}]}`

// buildTether compiles the tether binary once, into dir.
func buildTether(ctx context.Context, dir string) (string, error) {
	bin := filepath.Join(dir, "bin", "tether")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/tetherhq/tether/cmd/tether")
	if _, err := runOut(ctx, cmd); err != nil {
		return "", fmt.Errorf("building tether (run the harness from the module, e.g. go run ./bench): %w", err)
	}
	return bin, nil
}

// newDeployment initialises a data dir under dir, starts the server on a
// free loopback port and signs the administrator in.
func newDeployment(ctx context.Context, r *procs, bin, dir string) (*deployment, error) {
	d := &deployment{r: r, bin: bin, dir: dir, dataDir: filepath.Join(dir, "data"),
		admin: filepath.Join(dir, "cli-admin"), user: filepath.Join(dir, "cli-user")}
	d.caFile = filepath.Join(d.dataDir, "ca.pem")
	if _, err := d.cli(ctx, d.admin, adminPassword+"\n", "server", "init", "--data-dir", d.dataDir,
		"--admin-user", "admin", "--admin-password-stdin"); err != nil {
		return nil, err
	}
	var err error
	if d.port, err = freePort(); err != nil {
		return nil, err
	}
	if err := d.startServer(ctx); err != nil {
		return nil, err
	}
	if _, err := d.cli(ctx, d.admin, adminPassword+"\n", "login", "--server", d.url, "--ca-file", d.caFile,
		"--user", "admin", "--password-stdin"); err != nil {
		return nil, err
	}
	return d, nil
}

// startServer starts `tether server` on d's port (the same one on every
// restart: registered agents keep the URL) and waits until it listens.
func (d *deployment) startServer(ctx context.Context) error {
	cmd := exec.Command(d.bin, "server", "--data-dir", d.dataDir, "--listen", "127.0.0.1:"+strconv.Itoa(d.port))
	cmd.Env = d.env(filepath.Join(d.dir, "cli-server"))
	p, err := d.r.start("tether server", cmd)
	if err != nil {
		return err
	}
	rest, err := p.out.waitFor(ctx, p, "Tether server listening on ", 60*time.Second)
	if err != nil {
		return err
	}
	d.server, d.url = p, strings.Fields(rest)[0]
	return nil
}

// restartServer stops the server and starts a fresh process on the same
// data: what it measures afterwards owes nothing to earlier work.
func (d *deployment) restartServer(ctx context.Context) error {
	d.server.stop(10 * time.Second)
	return d.startServer(ctx)
}

func (d *deployment) env(configDir string) []string {
	return append(os.Environ(), "TETHER_CONFIG_DIR="+configDir, "TERM=xterm")
}

// cli runs one tether command as the person whose config dir is given.
func (d *deployment) cli(ctx context.Context, configDir, stdin string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, d.bin, args...)
	cmd.Env = d.env(configDir)
	cmd.Stdin = strings.NewReader(stdin)
	return runOut(ctx, cmd)
}

// cliJSON runs a command with -o json and decodes its output into v.
func (d *deployment) cliJSON(ctx context.Context, configDir string, v any, args ...string) error {
	out, err := d.cli(ctx, configDir, "", append(args, "-o", "json")...)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(out, v); err != nil {
		return fmt.Errorf("tether %s -o json printed %.200q: %w", strings.Join(args, " "), out, err)
	}
	return nil
}

// setupUser creates the bench user with an assignment that lets it open
// sessions on project=Bench instances as root (ssh logs in as root too),
// and signs it in.
func (d *deployment) setupUser(ctx context.Context) error {
	policy := filepath.Join(d.dir, "bench-policy.json")
	if err := os.WriteFile(policy, []byte(benchPolicy), 0o600); err != nil {
		return err
	}
	steps := [][]string{
		{"admin", "groups", "create", "BenchAccess"},
		{"admin", "users", "create", benchUser, "--email", "bench@example.com", "--group", "BenchAccess", "--tag", "SSMSessionRunAs=root"},
		{"admin", "permission-sets", "create", "BenchPermissionSet", "--policy-file", policy},
		{"admin", "assignments", "create", "--group", "BenchAccess", "--permission-set", "BenchPermissionSet"},
	}
	for _, s := range steps {
		if _, err := d.cli(ctx, d.admin, "", s...); err != nil {
			return err
		}
	}
	if _, err := d.cli(ctx, d.admin, userPassword+"\n", "admin", "users", "set-password", benchUser, "--password-stdin"); err != nil {
		return err
	}
	_, err := d.cli(ctx, d.user, userPassword+"\n", "login", "--server", d.url, "--ca-file", d.caFile,
		"--user", benchUser, "--password-stdin")
	return err
}

// createActivation creates an activation for limit registrations.
func (d *deployment) createActivation(ctx context.Context, limit int) (api.CreateActivationResponse, error) {
	var act api.CreateActivationResponse
	err := d.cliJSON(ctx, d.admin, &act, "admin", "activations", "create", "--limit", strconv.Itoa(limit),
		"--expires", "24h", "--description", "benchmark")
	return act, err
}

// startAgent registers one agent named name with its own state dir and
// runs it as a separate process; it returns once the instance is Online.
func (d *deployment) startAgent(ctx context.Context, name string) error {
	act, err := d.createActivation(ctx, 1)
	if err != nil {
		return err
	}
	state := filepath.Join(d.dir, "agent-"+name)
	if _, err := d.cli(ctx, filepath.Join(d.dir, "cli-agent"), "", "agent", "register", "--server", d.url,
		"--ca-file", d.caFile, "--activation-id", act.ActivationId, "--activation-code", act.ActivationCode,
		"--name", name, "--tag", "project=Bench", "--state-dir", state); err != nil {
		return err
	}
	cmd := exec.Command(d.bin, "agent", "run", "--state-dir", state)
	cmd.Env = d.env(filepath.Join(d.dir, "cli-agent"))
	p, err := d.r.start("tether agent run", cmd)
	if err != nil {
		return err
	}
	deadline := time.Now().Add(60 * time.Second)
	for {
		n, err := d.onlineCount(ctx)
		if err != nil {
			return err
		}
		if n >= 1 {
			return nil
		}
		if p.exited() || time.Now().After(deadline) {
			return fmt.Errorf("agent %s did not come Online:\n%s", name, p.out)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// onlineCount is how many instances the server reports Online.
func (d *deployment) onlineCount(ctx context.Context) (int, error) {
	var out api.Instances
	if err := d.cliJSON(ctx, d.admin, &out, "instances"); err != nil {
		return 0, err
	}
	n := 0
	for _, in := range out.InstanceInformationList {
		if in.PingStatus == tether.PingOnline {
			n++
		}
	}
	return n, nil
}
