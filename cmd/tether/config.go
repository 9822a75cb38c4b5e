package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/client"
)

// state is what the CLI remembers between commands: which server, its CA,
// and the current sign-in. It lives in $TETHER_CONFIG_DIR (default
// ~/.config/tether) so that several identities can be used side by side.
type state struct {
	Server    string    `json:"server"`
	UserName  string    `json:"user,omitempty"`
	Token     string    `json:"token,omitempty"`
	ExpiresAt time.Time `json:"expires_at,omitzero"`
}

const (
	stateFile = "config.json"
	caFile    = "ca.pem"
)

func configDir(e *env) (string, error) {
	if d := e.getenv(configDirEnv); d != "" {
		return d, nil
	}
	home := e.getenv("HOME")
	if home == "" {
		return "", usagef("neither %s nor HOME is set; cannot find the CLI's state", configDirEnv)
	}
	return filepath.Join(home, ".config", "tether"), nil
}

func loadState(e *env) (state, string, error) {
	dir, err := configDir(e)
	if err != nil {
		return state{}, "", err
	}
	var st state
	b, err := os.ReadFile(filepath.Join(dir, stateFile))
	if errors.Is(err, os.ErrNotExist) {
		return st, dir, nil
	} else if err != nil {
		return st, dir, err
	}
	if err := json.Unmarshal(b, &st); err != nil {
		return st, dir, fmt.Errorf("%s is damaged (%v); remove it and sign in again", filepath.Join(dir, stateFile), err)
	}
	return st, dir, nil
}

// saveState writes the state and CA atomically with mode 0600 in a 0700
// directory: the file holds a bearer token.
func saveState(dir string, st state, caPEM []byte) error {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return err
	}
	if err := os.Chmod(dir, 0o700); err != nil {
		return err
	}
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	if caPEM != nil {
		if err := writeFileAtomic(filepath.Join(dir, caFile), caPEM); err != nil {
			return err
		}
	}
	return writeFileAtomic(filepath.Join(dir, stateFile), append(b, '\n'))
}

func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o600); err != nil {
		tmp.Close()
		return err
	}
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// signedInClient returns a client with the saved sign-in, or an error telling
// the user to sign in.
func signedInClient(e *env) (*client.Client, error) {
	st, dir, err := loadState(e)
	if err != nil {
		return nil, err
	}
	if st.Server == "" || st.Token == "" {
		return nil, tether.Errorf(tether.EUNAUTHORIZED, "not signed in; run tether login --server URL --ca-file FILE")
	}
	caPEM, err := os.ReadFile(filepath.Join(dir, caFile))
	if err != nil {
		return nil, fmt.Errorf("reading the saved CA: %w; sign in again", err)
	}
	return client.New(st.Server, caPEM, st.Token)
}

// clientCmd wraps a command body that needs a signed-in client.
func clientCmd(e *env, fn func(cmd *cobra.Command, c *client.Client, args []string) error) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		c, err := signedInClient(e)
		if err != nil {
			return err
		}
		return fn(cmd, c, args)
	}
}
