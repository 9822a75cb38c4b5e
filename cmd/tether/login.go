package main

import (
	"bufio"
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
)

type loginOptions struct {
	server, caPath, user, mfaCode, permissionSet string
	passwordStdin, browser                       bool
}

func loginCmd(e *env) *cobra.Command {
	var o loginOptions
	cmd := &cobra.Command{
		Use:   "login",
		Short: "Sign in to a Tether server and keep the token for later commands",
		Long: `Sign in to a Tether server and keep the token for later commands (in
$TETHER_CONFIG_DIR, default ~/.config/tether, readable only by you).

At a terminal, tether login asks for whatever the sign-in needs: the username
and password; a new password when an administrator set yours; the code from
your authenticator app, or the one-time code emailed to you; a first
authenticator app to register when the directory requires one (its QR code is
drawn in the terminal); and the permission set when several are assigned.

In scripts nothing is prompted:
  --password-stdin    reads the password from the first line of standard input.
                      Later answers come from the following lines, in order:
                      the new password when yours must be changed, then the
                      one-time code when the sign-in asks for one and no
                      --mfa-code was given (an emailed code is known only once
                      the email arrives, so write it to standard input then).
  --mfa-code CODE     answers the authenticator app prompt.
  --permission-set P  picks the permission set.
Registering a first MFA device needs a terminal (or the web console).

With --browser no password is typed here: tether login shows a URL and a code,
you approve the code in the web console where you are signed in, and this
command picks up a sign-in of the same identity.

This machine is identified to the server by a random ID kept in the config
directory (device-id), so that MFA prompts "only when the sign-in context
changes" recognise it.`,
		Example: `  tether login --server https://tether.example.com:8443 --ca-file ca.pem --user testuser01
  printf '%s\n' "$PASSWORD" | tether login --user testuser01 --password-stdin --mfa-code 123456
  tether login --browser`,
		Args: exactArgs(),
		RunE: func(cmd *cobra.Command, _ []string) error { return runLogin(cmd, e, o) },
	}
	f := cmd.Flags()
	f.StringVar(&o.server, "server", "", "server URL, e.g. https://tether.example.com:8443 (default: the last one used)")
	f.StringVar(&o.caPath, "ca-file", "", "CA certificate of the server (the ca.pem written by tether server init)")
	f.StringVar(&o.user, "user", "", "username (prompted when omitted)")
	f.BoolVar(&o.passwordStdin, "password-stdin", false,
		"read the password from standard input, and further answers (new password, emailed code) from its next lines")
	f.StringVar(&o.mfaCode, "mfa-code", "", "the current code of your authenticator app")
	f.StringVar(&o.permissionSet, "permission-set", "", "permission set to sign in with (asked when several are assigned)")
	f.BoolVar(&o.browser, "browser", false, "sign in by approving a code in the web console instead of typing a password here")
	return cmd
}

func runLogin(cmd *cobra.Command, e *env, o loginOptions) error {
	ctx := cmd.Context()
	if o.browser && (o.user != "" || o.passwordStdin || o.mfaCode != "") {
		return usagef("--browser signs in through the web console; it takes no --user, --password-stdin or --mfa-code")
	}
	st, dir, err := loadState(e)
	if err != nil {
		return err
	}
	server := o.server
	if server == "" {
		server = st.Server
	}
	if server == "" {
		return usagef("--server is required for the first sign-in")
	}
	caPEM, err := readCA(o.caPath, dir)
	if err != nil {
		return err
	}
	c, err := client.New(server, caPEM, "")
	if err != nil {
		return err
	}
	var out api.LoginResponse
	if o.browser {
		out, err = browserLogin(ctx, e, c, o.permissionSet)
	} else {
		out, err = passwordLogin(ctx, e, c, dir, o)
	}
	if err != nil {
		return err
	}
	who := out.WhoAmI
	if out.Token == "" || who == nil {
		return tether.Errorf(tether.EINTERNAL, "the server finished the sign-in without a token")
	}
	st = state{Server: server, UserName: who.UserName, Token: out.Token, ExpiresAt: who.ExpiresAt}
	if err := saveState(dir, st, caPEM); err != nil {
		return err
	}
	return emit(cmd, who, func(w io.Writer) {
		fmt.Fprintf(w, "Signed in as %s until %s\n", who.Identity, who.ExpiresAt.Local().Format(time.RFC1123))
	})
}

// passwordLogin signs in with a username and password and walks through
// the steps the server asks for.
func passwordLogin(ctx context.Context, e *env, c *client.Client, dir string, o loginOptions) (api.LoginResponse, error) {
	in := newInput(e)
	user := o.user
	var err error
	if user == "" {
		user, err = in.ask(ctx, "Username: ", false)
		if errors.Is(err, errNoTerminal) {
			return api.LoginResponse{}, usagef("no terminal to prompt for the username on; use --user")
		} else if err != nil {
			return api.LoginResponse{}, err
		}
	}
	var password string
	if o.passwordStdin {
		password, err = in.line(ctx)
		if err == io.EOF || (err == nil && password == "") {
			return api.LoginResponse{}, usagef("no password on standard input")
		}
	} else {
		password, err = in.ask(ctx, "Password: ", true)
		if errors.Is(err, errNoTerminal) {
			return api.LoginResponse{}, usagef("no terminal to prompt for the password on; use --password-stdin")
		}
	}
	if err != nil {
		return api.LoginResponse{}, err
	}
	id, err := deviceID(dir)
	if err != nil {
		return api.LoginResponse{}, err
	}
	out, err := c.Login(ctx, api.LoginRequest{UserName: user, Password: password, PermissionSet: o.permissionSet, DeviceId: id})
	if err != nil {
		return out, err
	}
	s := &signIn{e: e, in: in, c: c, user: user, stdin: o.passwordStdin, mfaCode: o.mfaCode, permissionSet: o.permissionSet}
	return s.finish(ctx, out)
}

// deviceIDFile holds the random ID of this machine's CLI state.
const deviceIDFile = "device-id"

// deviceID returns the ID kept in the config dir, creating it on first use.
func deviceID(dir string) (string, error) {
	p := filepath.Join(dir, deviceIDFile)
	if b, err := os.ReadFile(p); err == nil {
		if id := strings.TrimSpace(string(b)); len(id) >= 16 {
			return id, nil
		}
	} else if !errors.Is(err, os.ErrNotExist) {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return "", err
	}
	b := make([]byte, 16)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	id := hex.EncodeToString(b)
	return id, writeFileAtomic(p, []byte(id+"\n"))
}

// browserLogin signs in by device authorization: the user approves a code
// in the console, and the CLI polls until the server says how it went.
func browserLogin(ctx context.Context, e *env, c *client.Client, permissionSet string) (api.LoginResponse, error) {
	da, err := c.StartDeviceAuthorization(ctx)
	if err != nil {
		return api.LoginResponse{}, err
	}
	w := e.stderr
	fmt.Fprintf(w, "To sign in, open %s and enter the code %s\n", da.VerificationUri, da.UserCode)
	if da.VerificationUriComplete != "" {
		fmt.Fprintf(w, "(or open %s)\n", da.VerificationUriComplete)
	}
	fmt.Fprintln(w, "Waiting for the approval in the web console; press Ctrl-C to give up.")
	interval := time.Duration(da.Interval) * time.Second
	if interval <= 0 {
		interval = 5 * time.Second
	}
	var deadline time.Time
	if da.ExpiresIn > 0 {
		deadline = time.Now().Add(time.Duration(da.ExpiresIn) * time.Second)
	}
	timer := time.NewTimer(interval)
	defer timer.Stop()
	for {
		select {
		case <-ctx.Done():
			return api.LoginResponse{}, fmt.Errorf("sign-in cancelled before it was approved")
		case <-timer.C:
		}
		out, err := c.PollDeviceToken(ctx, da.DeviceCode)
		if ctx.Err() != nil {
			return api.LoginResponse{}, fmt.Errorf("sign-in cancelled before it was approved")
		}
		switch tether.ErrorCode(err) {
		case "":
			if permissionSet != "" && out.WhoAmI != nil && out.WhoAmI.PermissionSet != permissionSet {
				return c.SwitchPermissionSet(ctx, permissionSet)
			}
			return out, nil
		case api.DeviceAuthorizationPending:
		case api.DeviceSlowDown:
			interval += 5 * time.Second
		case api.DeviceExpired:
			return out, &tether.Error{Code: api.DeviceExpired, Message: fmt.Sprintf(
				"the code %s expired before it was approved (%s); run tether login --browser again", da.UserCode, tether.ErrorMessage(err))}
		case api.DeviceDenied:
			return out, &tether.Error{Code: api.DeviceDenied, Message: fmt.Sprintf(
				"the sign-in with code %s was denied in the web console", da.UserCode)}
		default:
			return out, err
		}
		if !deadline.IsZero() && time.Now().After(deadline) {
			return out, &tether.Error{Code: api.DeviceExpired, Message: fmt.Sprintf(
				"the code %s expired before it was approved; run tether login --browser again", da.UserCode)}
		}
		timer.Reset(interval)
	}
}

// readCA reads the CA file given, or the one saved by an earlier sign-in.
func readCA(path, dir string) ([]byte, error) {
	if path == "" {
		b, err := os.ReadFile(filepath.Join(dir, caFile))
		if err != nil {
			return nil, usagef("--ca-file is required for the first sign-in")
		}
		return b, nil
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, usagef("--ca-file: %v", err)
	}
	return b, nil
}

// readSecretLine reads one line (the password) from r, without its line end.
func readSecretLine(r io.Reader) (string, error) {
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil && err != io.EOF {
		return "", err
	}
	line = strings.TrimRight(line, "\r\n")
	if line == "" {
		return "", usagef("no password on standard input")
	}
	return line, nil
}

func logoutCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "logout",
		Short: "Revoke the current sign-in and forget its token",
		Args:  exactArgs(),
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, dir, err := loadState(e)
			if err != nil {
				return err
			}
			if st.Token == "" {
				return done(cmd, "Not signed in.")
			}
			if c, err := signedInClient(e); err == nil {
				// A token the server no longer accepts is as good as revoked.
				if err := c.Logout(cmd.Context()); err != nil && tether.ErrorCode(err) != tether.EUNAUTHORIZED {
					return err
				}
			}
			st.Token, st.ExpiresAt = "", time.Time{}
			if err := saveState(dir, st, nil); err != nil {
				return err
			}
			return done(cmd, "Signed out.")
		},
	}
}

func whoamiCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "whoami",
		Short: "Show the signed-in identity",
		Args:  exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			who, err := c.WhoAmI(cmd.Context())
			if err != nil {
				return err
			}
			return emit(cmd, who, func(w io.Writer) {
				table(w, []string{"FIELD", "VALUE"}, [][]string{
					{"Identity", who.Identity}, {"User", who.UserName}, {"PermissionSet", who.PermissionSet},
					{"Account", who.AccountId}, {"Region", who.Region}, {"Arn", who.Arn},
					{"Expires", who.ExpiresAt.Local().Format(time.RFC1123)},
					{"MFA", fmt.Sprint(who.MFAAuthenticated)},
				})
			})
		}),
	}
}
