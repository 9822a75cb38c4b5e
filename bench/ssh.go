package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"time"
)

// sshSetup is the baseline Tether replaces: a throwaway OpenSSH server as
// the target, a second one as the bastion, a client key, and an ssh_config
// with three hosts:
//
//	bench-direct  the target sshd
//	bench-bastion the bastion sshd
//	bench-jump    the target reached with ProxyJump through the bastion
//	bench-jump-gcm the same with aes128-gcm on both hops
//
// Everything goes through the config file (-F) because ssh passes -F, and
// only -F, to the ssh it runs for a ProxyJump hop.
type sshSetup struct {
	ssh    string // the ssh client
	config string // the ssh_config file
}

// startSSH writes keys and configs under dir and starts both sshds.
func startSSH(ctx context.Context, r *procs, tools map[string]string, dir string) (*sshSetup, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	// sshd refuses to start without its privilege separation directory.
	if err := os.MkdirAll("/run/sshd", 0o755); err != nil {
		return nil, err
	}
	hostKey, userKey := filepath.Join(dir, "host_ed25519"), filepath.Join(dir, "id_ed25519")
	for _, k := range []string{hostKey, userKey} {
		if _, err := runOut(ctx, exec.CommandContext(ctx, tools["ssh-keygen"], "-q", "-t", "ed25519", "-N", "", "-f", k)); err != nil {
			return nil, err
		}
	}
	pub, err := os.ReadFile(userKey + ".pub")
	if err != nil {
		return nil, err
	}
	authKeys := filepath.Join(dir, "authorized_keys")
	if err := os.WriteFile(authKeys, pub, 0o600); err != nil {
		return nil, err
	}
	ports := map[string]int{}
	for _, name := range []string{"target", "bastion"} {
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		cfg := filepath.Join(dir, "sshd_config_"+name)
		body := fmt.Sprintf(`Port %d
ListenAddress 127.0.0.1
HostKey %s
PidFile %s
AuthorizedKeysFile %s
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
PasswordAuthentication no
KbdInteractiveAuthentication no
AllowTcpForwarding yes
PrintMotd no
LogLevel ERROR
`, port, hostKey, filepath.Join(dir, "sshd_"+name+".pid"), authKeys)
		if err := os.WriteFile(cfg, []byte(body), 0o600); err != nil {
			return nil, err
		}
		// -D: stay in the foreground, so the harness owns the process;
		// sshd needs its absolute path to re-execute itself.
		p, err := r.start("sshd ("+name+")", exec.Command(tools["sshd"], "-D", "-e", "-f", cfg))
		if err != nil {
			return nil, err
		}
		if err := waitListening(ctx, port, p, 10*time.Second); err != nil {
			return nil, err
		}
		ports[name] = port
	}
	s := &sshSetup{ssh: tools["ssh"], config: filepath.Join(dir, "ssh_config")}
	common := fmt.Sprintf(`  HostName 127.0.0.1
  User root
  IdentityFile %s
  IdentitiesOnly yes
  StrictHostKeyChecking no
  UserKnownHostsFile /dev/null
  BatchMode yes
  LogLevel ERROR
  ControlMaster no
  ControlPath none
`, userKey)
	gcm := "  Ciphers aes128-gcm@openssh.com\n"
	body := fmt.Sprintf("Host bench-direct\n  Port %d\n%s"+
		"Host bench-bastion\n  Port %d\n%s"+
		"Host bench-jump\n  Port %d\n  ProxyJump bench-bastion\n%s"+
		"Host bench-bastion-gcm\n  Port %d\n%s%s"+
		"Host bench-jump-gcm\n  Port %d\n  ProxyJump bench-bastion-gcm\n%s%s",
		ports["target"], common, ports["bastion"], common, ports["target"], common,
		ports["bastion"], gcm, common, ports["target"], gcm, common)
	if err := os.WriteFile(s.config, []byte(body), 0o600); err != nil {
		return nil, err
	}
	// Fail here, clearly, rather than in the middle of a measurement.
	if _, err := runOut(ctx, s.command(ctx, "bench-direct", "true")); err != nil {
		return nil, fmt.Errorf("the throwaway sshd does not accept the bench key: %w", err)
	}
	return s, nil
}

// command is an ssh invocation through the bench config.
func (s *sshSetup) command(ctx context.Context, args ...string) *exec.Cmd {
	return exec.CommandContext(ctx, s.ssh, append([]string{"-F", s.config}, args...)...)
}

// forward starts `ssh -N -L local:127.0.0.1:remote host` with extra
// options (a cipher) and waits until the local port listens.
func (s *sshSetup) forward(ctx context.Context, r *procs, host string, local, remote int, extra ...string) (*proc, error) {
	args := append([]string{"-N", "-o", "ExitOnForwardFailure=yes",
		"-L", "127.0.0.1:" + strconv.Itoa(local) + ":127.0.0.1:" + strconv.Itoa(remote)}, extra...)
	cmd := exec.Command(s.ssh, append(append([]string{"-F", s.config}, args...), host)...)
	p, err := r.start("ssh -L "+host, cmd)
	if err != nil {
		return nil, err
	}
	if err := waitListening(ctx, local, p, 30*time.Second); err != nil {
		p.stop(time.Second)
		return nil, err
	}
	return p, nil
}
