package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
	"github.com/tetherhq/tether/tunnel"
)

// exitStatus makes the CLI exit with a remote command's status.
type exitStatus int

func (e exitStatus) Error() string { return "exit status " + strconv.Itoa(int(e)) }

func connectCmd(e *env) *cobra.Command {
	var command, reason string
	cmd := &cobra.Command{
		Use:   "connect TARGET",
		Short: "Open a shell on an instance (ID or Name tag), or run one command with --command",
		Args:  exactArgs("TARGET"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			kind := tether.SessionShell
			if command != "" {
				kind = tether.SessionCommand
			}
			sess, err := c.StartSession(cmd.Context(), api.StartSessionRequest{Target: args[0], Kind: kind, Command: command, Reason: reason})
			if err != nil {
				return err
			}
			if command == "" {
				fmt.Fprintf(e.stderr, "\nStarting session with SessionId: %s\n\n", sess.ID)
			}
			code, err := runShell(cmd.Context(), e, c, sess.ID, command == "")
			if command == "" {
				fmt.Fprintf(e.stderr, "\nExiting session with sessionId: %s.\n\n", sess.ID)
			}
			if err != nil {
				return err
			}
			if code != 0 {
				return exitStatus(code)
			}
			return nil
		}),
	}
	cmd.Flags().StringVar(&command, "command", "", "run this command instead of an interactive shell; exit with its status")
	cmd.Flags().StringVar(&reason, "reason", "", "why you open the session (recorded)")
	return cmd
}

func terminalFD(r io.Reader) (int, bool) {
	f, ok := r.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return 0, false
	}
	return int(f.Fd()), true
}

// watchResize calls resize with the terminal's size whenever it changes.
func watchResize(fd int, resize func(cols, rows uint16)) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, syscall.SIGWINCH)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ch:
				if w, h, err := term.GetSize(fd); err == nil {
					resize(uint16(w), uint16(h))
				}
			case <-done:
				return
			}
		}
	}()
	return func() { signal.Stop(ch); close(done) }
}

func forwardCmd(e *env) *cobra.Command {
	var port, localPort int
	var host, reason string
	cmd := &cobra.Command{
		Use:   "forward TARGET --port REMOTE [--local-port LOCAL] [--host REMOTE_HOST]",
		Short: "Forward a local port to a port of the instance, or of a host it can reach",
		Args:  exactArgs("TARGET"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			if port < 1 || port > 65535 {
				return usagef("--port must be between 1 and 65535")
			}
			ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(localPort)))
			if err != nil {
				return fmt.Errorf("cannot listen on local port %d: %w", localPort, err)
			}
			defer ln.Close()
			kind := tether.SessionPortForward
			if host != "" {
				kind = tether.SessionRemoteForward
			}
			sess, ts, err := startForward(cmd.Context(), c, api.StartSessionRequest{Target: args[0], Kind: kind, Host: host, Port: port, Reason: reason})
			if err != nil {
				return err
			}
			defer ts.Close()
			fmt.Fprintf(e.stderr, "Starting session with SessionId: %s\nPort %s opened for sessionId %s.\nWaiting for connections...\n",
				sess.ID, ln.Addr(), sess.ID)
			go func() {
				select {
				case <-cmd.Context().Done():
				case <-ts.Done():
				}
				ln.Close()
			}()
			for {
				conn, err := ln.Accept()
				if err != nil {
					if cmd.Context().Err() != nil {
						return nil
					}
					return tether.Errorf(tether.EUNAVAILABLE, "the session ended: %v", ts.Err())
				}
				go forwardConn(cmd.Context(), ts, conn, e)
			}
		}),
	}
	cmd.Flags().IntVar(&port, "port", 0, "remote port")
	cmd.Flags().IntVar(&localPort, "local-port", 0, "local port on 127.0.0.1 (default: any free port, printed)")
	cmd.Flags().StringVar(&host, "host", "", "forward to this host as reached from the instance (default: the instance itself)")
	cmd.Flags().StringVar(&reason, "reason", "", "why you open the session (recorded)")
	return cmd
}

// startForward starts a forwarding session and connects to it.
func startForward(ctx context.Context, c *client.Client, req api.StartSessionRequest) (api.StartSessionResponse, *tunnel.Session, error) {
	sess, err := c.StartSession(ctx, req)
	if err != nil {
		return sess, nil, err
	}
	ts, err := c.ConnectSession(ctx, sess.ID)
	return sess, ts, err
}

// forwardConn carries one local TCP connection over its own stream.
func forwardConn(ctx context.Context, ts *tunnel.Session, conn net.Conn, e *env) {
	defer conn.Close()
	st, err := ts.Open(ctx, nil)
	if err != nil {
		fmt.Fprintf(e.stderr, "forward: %v\n", err)
		return
	}
	if err := splice(conn.(*net.TCPConn), st); err != nil {
		fmt.Fprintf(e.stderr, "forward: %v\n", err)
	}
}

// halfCloser is a connection whose write side can be closed alone.
type halfCloser interface {
	io.ReadWriter
	CloseWrite() error
}

// splice copies both ways, half-closing each direction at its end, and
// returns the first reset reason, if any.
func splice(a, b halfCloser) error {
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	half := func(dst, src halfCloser) {
		defer wg.Done()
		_, err := io.Copy(dst, src)
		dst.CloseWrite()
		var se *tunnel.StreamError
		if errors.As(err, &se) {
			errs <- errors.New(se.Reason)
		}
	}
	wg.Add(2)
	go half(a, b)
	go half(b, a)
	wg.Wait()
	close(errs)
	return <-errs
}

// stdio joins standard input and output into one half-closable connection.
type stdio struct {
	io.Reader
	io.Writer
}

func (s stdio) CloseWrite() error {
	if c, ok := s.Writer.(io.Closer); ok {
		return c.Close()
	}
	return nil
}

func proxyCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use:   "proxy TARGET PORT",
		Short: "Connect standard input and output to a port of the instance (ssh -o ProxyCommand='tether proxy %h %p')",
		Args:  exactArgs("TARGET", "PORT"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			port, err := strconv.Atoi(args[1])
			if err != nil || port < 1 || port > 65535 {
				return usagef("PORT must be a number between 1 and 65535 (got %q)", args[1])
			}
			_, ts, err := startForward(cmd.Context(), c, api.StartSessionRequest{Target: args[0], Kind: tether.SessionSSH, Port: port})
			if err != nil {
				return err
			}
			defer ts.Close()
			st, err := ts.Open(cmd.Context(), nil)
			if err != nil {
				return err
			}
			if err := splice(stdio{e.stdin, e.stdout}, st); err != nil {
				return tether.Errorf(tether.EUNAVAILABLE, "%v", err)
			}
			return nil
		}),
	}
}

func sessionsCmd(e *env) *cobra.Command {
	var history bool
	cmd := &cobra.Command{
		Use: "sessions", Short: "List active sessions (--history: ended ones)", Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			list, err := c.Sessions(cmd.Context(), history)
			if err != nil {
				return err
			}
			return emit(cmd, api.Sessions{Sessions: list}, func(w io.Writer) {
				rows := make([][]string, len(list))
				for i, s := range list {
					end := ""
					if !s.EndedAt.IsZero() {
						end = s.EndedAt.Local().Format(time.DateTime)
					}
					rows[i] = []string{s.ID, s.Target, s.Owner, string(s.Kind), string(s.Status), s.StartedAt.Local().Format(time.DateTime), end, s.Details}
				}
				table(w, []string{"SESSION", "TARGET", "OWNER", "KIND", "STATUS", "STARTED", "ENDED", "DETAILS"}, rows)
			})
		}),
	}
	cmd.Flags().BoolVar(&history, "history", false, "show ended sessions")
	return cmd
}

func terminateCmd(e *env) *cobra.Command {
	return &cobra.Command{
		Use: "terminate SESSION_ID", Short: "End a session", Args: exactArgs("SESSION_ID"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			s, err := c.TerminateSession(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return emit(cmd, s, func(w io.Writer) { fmt.Fprintf(w, "Session %s is %s\n", s.ID, s.Status) })
		}),
	}
}
