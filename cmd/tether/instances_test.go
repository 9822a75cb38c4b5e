package main

import (
	"bytes"
	"context"
	"io"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
)

// background runs a long-lived tether command (an agent) until stop.
type background struct {
	cancel func()
	done   chan int
	out    *syncBuffer
}

func (c *cli) start(args ...string) *background {
	return c.startWithInput(strings.NewReader(""), args...)
}

// startWithInput is start with stdin read from in.
func (c *cli) startWithInput(in io.Reader, args ...string) *background {
	ctx, cancel := context.WithCancel(context.Background())
	b := &background{cancel: cancel, done: make(chan int, 1), out: &syncBuffer{}}
	e := env{stdin: in, stdout: b.out, stderr: b.out, getenv: func(k string) string {
		if k == configDirEnv {
			return c.configDir
		}
		return ""
	}}
	go func() { b.done <- run(ctx, args, e) }()
	c.t.Cleanup(func() { b.stop() })
	return b
}

// stop ends the command and returns its exit status.
func (b *background) stop() int {
	b.cancel()
	code := <-b.done
	b.done <- code
	return code
}

type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// eventually polls cond until it holds, failing after a generous deadline:
// it waits for a state, it does not measure how fast the state came.
func eventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(90 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func instancesByName(c *cli) map[string]tether.Instance {
	var out api.Instances
	c.okJSON(&out, "instances")
	m := map[string]tether.Instance{}
	for _, in := range out.InstanceInformationList {
		m[in.Name()] = in
	}
	return m
}

// registerAgent registers a server with an activation and returns its
// state dir.
func registerAgent(t *testing.T, ts *testServer, id, code, name, project string) (string, string) {
	dir := filepath.Join(t.TempDir(), "agent")
	var out map[string]string
	newCLI(t).okJSON(&out, "agent", "register", "--server", ts.url, "--ca-file", ts.caFile, "--activation-id", id,
		"--activation-code", code, "--name", name, "--tag", "project="+project, "--state-dir", dir)
	if !strings.HasPrefix(out["InstanceId"], "mi-") || len(out["InstanceId"]) != 20 {
		t.Fatalf("instance ID %q", out["InstanceId"])
	}
	return dir, out["InstanceId"]
}

// The seed's on-premises section: an activation, two agents registered with
// the seed's tags, both Online; listing filtered by policy; the faults of an
// agent going away and an instance deregistered.
func TestActivationsAndInstances(t *testing.T) {
	ts := startServer(t, "")
	admin := newCLI(t)
	admin.login(ts, "admin", adminPassword)

	var act api.CreateActivationResponse
	admin.okJSON(&act, "admin", "activations", "create", "--limit", "2", "--expires", "1h", "--description", "seed servers")
	if act.ActivationId == "" || len(act.ActivationCode) != 20 {
		t.Fatalf("activation = %+v", act)
	}
	devDir, devID := registerAgent(t, ts, act.ActivationId, act.ActivationCode, "dev-server01", "Development")
	prodDir, prodID := registerAgent(t, ts, act.ActivationId, act.ActivationCode, "prod-server01", "Production")

	// Refusals say which rule failed.
	reg := func(id, code string) string {
		return newCLI(t).fails(exitDenied, "", "agent", "register", "--server", ts.url, "--ca-file", ts.caFile,
			"--activation-id", id, "--activation-code", code, "--state-dir", filepath.Join(t.TempDir(), "a"))
	}
	mustContain(t, reg(act.ActivationId, act.ActivationCode), "reached its limit of 2")
	var other api.CreateActivationResponse
	admin.okJSON(&other, "admin", "activations", "create")
	mustContain(t, reg(other.ActivationId, "WRONGWRONGWRONGWRONG"), "code is wrong")
	admin.ok("", "admin", "activations", "delete", other.ActivationId)
	mustContain(t, reg(other.ActivationId, other.ActivationCode), "does not exist")
	var acts api.Activations
	admin.okJSON(&acts, "admin", "activations", "list")
	if len(acts.ActivationList) != 1 || acts.ActivationList[0].RegistrationsCount != 2 || strings.Contains(admin.ok("", "admin", "activations", "list", "-o", "json"), act.ActivationCode) {
		t.Fatalf("activations = %+v", acts.ActivationList)
	}

	// Registered but not yet running: not Online.
	if in := instancesByName(admin)["dev-server01"]; in.PingStatus != tether.PingConnectionLost || in.Tags["project"] != "Development" {
		t.Fatalf("dev-server01 before its agent runs: %+v", in)
	}
	devAgent := newCLI(t).start("agent", "run", "--state-dir", devDir)
	prodAgent := newCLI(t).start("agent", "run", "--state-dir", prodDir)
	eventually(t, "both agents Online", func() bool {
		m := instancesByName(admin)
		return m["dev-server01"].PingStatus == tether.PingOnline && m["prod-server01"].PingStatus == tether.PingOnline
	})
	prod := instancesByName(admin)["prod-server01"]
	if prod.ID != prodID || prod.Hostname == "" || prod.AgentVersion == "" || len(prod.IPAddresses) == 0 && prod.Platform == "" {
		t.Errorf("prod-server01 inventory = %+v", prod)
	}

	// Filters and connection status.
	var filtered api.Instances
	admin.okJSON(&filtered, "instances", "--tag", "project=Production")
	if len(filtered.InstanceInformationList) != 1 || filtered.InstanceInformationList[0].ID != prodID {
		t.Errorf("--tag project=Production gave %+v", filtered.InstanceInformationList)
	}
	var status api.ConnectionStatus
	admin.okJSON(&status, "instances", "status", prodID)
	if status.Status != "connected" || status.Target != prodID {
		t.Errorf("connection status %+v", status)
	}

	// A user sees only the instances their policy lets them describe.
	admin.ok("", "admin", "users", "create", "viewer", "--email", "viewer@example.com")
	admin.ok("eyes-only-123\n", "admin", "users", "set-password", "viewer", "--password-stdin")
	onlyDev := writeFile(t, "dev.json", `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ssm:DescribeInstanceProperties",
		"Resource":"arn:aws:ssm:*:*:managed-instance/*","Condition":{"StringEquals":{"ssm:resourceTag/project":"Development"}}}]}`)
	admin.ok("", "admin", "permission-sets", "create", "DevViewer", "--policy-file", onlyDev)
	admin.ok("", "admin", "assignments", "create", "--user", "viewer", "--permission-set", "DevViewer")
	viewer := newCLI(t)
	viewer.login(ts, "viewer", "eyes-only-123")
	if m := instancesByName(viewer); len(m) != 1 || m["dev-server01"].ID != devID {
		t.Errorf("viewer sees %v", m)
	}
	mustContain(t, viewer.fails(exitDenied, "", "admin", "instances", "tag", devID, "project=Production"), "ssm:AddTagsToResource", devID)
	mustContain(t, viewer.fails(exitDenied, "", "admin", "instances", "deregister", "mi-00000000000000000"), "ssm:DeregisterManagedInstance")

	// Tags move an instance in and out of a user's sight.
	admin.ok("", "admin", "instances", "tag", prodID, "project=Development", "owner=ops")
	if m := instancesByName(viewer); len(m) != 2 {
		t.Errorf("after retagging, viewer sees %d instances", len(m))
	}
	admin.ok("", "admin", "instances", "tag", prodID, "project=Production")
	admin.ok("", "admin", "instances", "untag", prodID, "owner")
	if in := instancesByName(admin)["prod-server01"]; in.Tags["owner"] != "" || in.Tags["project"] != "Production" {
		t.Errorf("tags after untag: %v", in.Tags)
	}
	mustContain(t, admin.fails(exitUsage, "", "admin", "instances", "tag", prodID, "aws:x=1"), "reserved")
	mustContain(t, admin.fails(exitFailure, "", "admin", "instances", "tag", "mi-00000000000000000", "a=b"), "not found")

	// An agent that goes away leaves its instance ConnectionLost; it comes
	// back Online when the agent returns.
	if code := prodAgent.stop(); code != 0 {
		t.Errorf("agent run exited %d after cancel:\n%s", code, prodAgent.out)
	}
	eventually(t, "prod-server01 ConnectionLost", func() bool {
		return instancesByName(admin)["prod-server01"].PingStatus == tether.PingConnectionLost
	})
	admin.okJSON(&status, "instances", "status", prodID)
	if status.Status != "notconnected" {
		t.Errorf("connection status of a stopped agent: %+v", status)
	}
	mustContain(t, viewer.fails(exitDenied, "", "instances", "status", prodID), "ssm:GetConnectionStatus")
	newCLI(t).start("agent", "run", "--state-dir", prodDir)
	eventually(t, "prod-server01 Online again", func() bool {
		return instancesByName(admin)["prod-server01"].PingStatus == tether.PingOnline
	})

	// A deregistered instance goes Inactive and its agent is refused.
	admin.ok("", "admin", "instances", "deregister", devID)
	if code := <-devAgent.done; code == 0 || !strings.Contains(devAgent.out.String(), "deregistered") {
		t.Errorf("deregistered agent exited %d:\n%s", code, devAgent.out)
	}
	devAgent.done <- 1
	if in := instancesByName(admin)["dev-server01"]; in.PingStatus != tether.PingInactive {
		t.Errorf("deregistered instance is %s", in.PingStatus)
	}
	mustContain(t, admin.fails(exitFailure, "", "admin", "instances", "deregister", devID), "already deregistered")
}
