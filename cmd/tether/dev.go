package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os/user"
	"path/filepath"
	"time"

	"github.com/tetherhq/tether/agent"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
	"github.com/tetherhq/tether/identity"
)

// The demo of `tether server --dev`: a user allowed to open sessions on one
// instance, and that instance's agent running in the same process.

const (
	demoUser     = "demo"
	demoInstance = "demo-server"
)

// demoPolicy lets the demo user see instances and open sessions on those
// tagged project=Demo, like the seed's ProductionPermissionSet.
const demoPolicy = `{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": ["ssm:DescribeSessions", "ssm:DescribeInstanceProperties", "ec2:DescribeInstances",
      "ssm:GetConnectionStatus", "ssm:GetServiceSetting"], "Resource": "*"},
    {"Effect": "Allow", "Action": "ssm:StartSession", "Resource": "arn:aws:ssm:*:*:managed-instance/*",
      "Condition": {"StringLike": {"ssm:resourceTag/project": "Demo"}}},
    {"Effect": "Allow", "Action": ["ssm:TerminateSession", "ssm:ResumeSession"], "Resource": "arn:aws:ssm:*:*:session/${aws:username}-*"}
  ]
}`

// setUpDemo creates the demo user and registers and runs the demo agent
// until ctx ends; it returns the demo user's password.
func setUpDemo(ctx context.Context, url string, caPEM []byte, adminPassword, dataDir string, log *slog.Logger) (string, error) {
	c, err := client.New(url, caPEM, "")
	if err != nil {
		return "", err
	}
	var login api.LoginResponse
	for attempt := 0; ; attempt++ { // the server may still be starting
		if login, err = c.Login(ctx, api.LoginRequest{UserName: "admin", Password: adminPassword}); err == nil || attempt == 50 {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if err != nil {
		return "", fmt.Errorf("signing in as admin: %w", err)
	}
	c.SetToken(login.Token)
	if _, err := c.CreatePermissionSet(ctx, api.CreatePermissionSetRequest{Name: "DemoAccess",
		Description: "Sessions on instances tagged project=Demo", InlinePolicy: demoPolicy}); err != nil {
		return "", err
	}
	password := identity.GeneratePassword()
	if _, err := c.CreateUser(ctx, api.CreateUserRequest{UserName: demoUser, Email: "demo@example.com", DisplayName: "Demo User"}); err != nil {
		return "", err
	}
	if err := c.SetPassword(ctx, demoUser, password); err != nil {
		return "", err
	}
	if err := c.CreateAssignment(ctx, api.AssignmentRequest{PrincipalType: "USER", PrincipalName: demoUser, PermissionSetName: "DemoAccess"}); err != nil {
		return "", err
	}
	act, err := c.CreateActivation(ctx, api.CreateActivationRequest{Description: "the dev server's demo agent", RegistrationLimit: 1})
	if err != nil {
		return "", err
	}
	stateDir := filepath.Join(dataDir, "demo-agent")
	if _, err := agent.Register(ctx, agent.RegisterOptions{Server: url, CAPEM: caPEM, ActivationID: act.ActivationId,
		ActivationCode: act.ActivationCode, Name: demoInstance, Tags: map[string]string{"project": "Demo"}, StateDir: stateDir}); err != nil {
		return "", fmt.Errorf("registering the demo agent: %w", err)
	}
	go func() {
		if err := agent.Run(ctx, agent.RunOptions{StateDir: stateDir, Log: log.With("component", "demo-agent"),
			Serve: agent.Options{DefaultRunAs: devRunAs(), Log: log.With("component", "demo-agent")}}); err != nil && ctx.Err() == nil {
			log.Error("the demo agent stopped", "err", err)
		}
	}()
	return password, nil
}

// devRunAs is the OS user demo sessions run as: whoever runs the dev
// server, so the demo neither needs root nor creates users.
func devRunAs() string {
	if u, err := user.Current(); err == nil {
		return u.Username
	}
	return "ssm-user"
}

// printDemo tells how to use the demo.
func printDemo(w io.Writer, url, dataDir, adminPassword, demoPassword, caFile string) {
	fmt.Fprintf(w, `
Tether dev server is up at %s (data in %s, removed on exit).
An agent runs in this process as instance %s (tag project=Demo).

Sign in as the demo user and open a shell on it:

  echo '%s' | tether login --server %s --ca-file %s --user %s --password-stdin
  tether instances
  tether connect %s

or in the browser: %s/console/ (accept the certificate of the dev CA, %s).
The administrator is admin, password %s.

Stop with Ctrl-C.
`, url, dataDir, demoInstance, demoPassword, url, caFile, demoUser, demoInstance, url, caFile, adminPassword)
}
