package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
)

func loginCmd(e *env) *cobra.Command {
	var server, caPath, user, permissionSet string
	var passwordStdin bool
	cmd := &cobra.Command{
		Use:   "login",
		Short: "Sign in to a Tether server and keep the token for later commands",
		Args:  exactArgs(),
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, dir, err := loadState(e)
			if err != nil {
				return err
			}
			if server == "" {
				server = st.Server
			}
			if server == "" {
				return usagef("--server is required for the first sign-in")
			}
			caPEM, err := readCA(caPath, dir)
			if err != nil {
				return err
			}
			if user == "" {
				if user, err = prompt(e, "Username: ", false); err != nil {
					return err
				}
			}
			var password string
			if passwordStdin {
				password, err = readSecretLine(e.stdin)
			} else {
				password, err = prompt(e, "Password: ", true)
			}
			if err != nil {
				return err
			}
			c, err := client.New(server, caPEM, "")
			if err != nil {
				return err
			}
			out, err := c.Login(cmd.Context(), api.LoginRequest{UserName: user, Password: password, PermissionSet: permissionSet})
			if err != nil {
				return err
			}
			st = state{Server: server, UserName: user, Token: out.Token, ExpiresAt: out.WhoAmI.ExpiresAt}
			if err := saveState(dir, st, caPEM); err != nil {
				return err
			}
			return emit(cmd, out.WhoAmI, func(w io.Writer) {
				fmt.Fprintf(w, "Signed in as %s until %s\n", out.WhoAmI.Identity, out.WhoAmI.ExpiresAt.Local().Format(time.RFC1123))
			})
		},
	}
	f := cmd.Flags()
	f.StringVar(&server, "server", "", "server URL, e.g. https://tether.example.com:8443 (default: the last one used)")
	f.StringVar(&caPath, "ca-file", "", "CA certificate of the server (the ca.pem written by tether server init)")
	f.StringVar(&user, "user", "", "username (prompted when omitted)")
	f.BoolVar(&passwordStdin, "password-stdin", false, "read the password from standard input")
	f.StringVar(&permissionSet, "permission-set", "", "permission set to sign in with (required when several are assigned)")
	return cmd
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

// prompt asks on the terminal; without one it says which flag to use.
func prompt(e *env, label string, secret bool) (string, error) {
	f, ok := e.stdin.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		what := "--user"
		if secret {
			what = "--password-stdin"
		}
		return "", usagef("no terminal to prompt on; use %s", what)
	}
	fmt.Fprint(e.stderr, label)
	if secret {
		b, err := term.ReadPassword(int(f.Fd()))
		fmt.Fprintln(e.stderr)
		return string(b), err
	}
	line, err := bufio.NewReader(f).ReadString('\n')
	return strings.TrimSpace(line), err
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
				})
			})
		}),
	}
}
