package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"golang.org/x/term"
)

// input is where a command gets what it asks its user for: typed at the
// terminal when standard input is one, or read line by line from standard
// input in scripts (--password-stdin and friends). Both ways honour the
// command's context, so Ctrl-C ends a command waiting for an answer.
type input struct {
	e     *env
	lines *bufio.Reader // standard input read as lines; created on first use
}

func newInput(e *env) *input { return &input{e: e} }

// errNoTerminal is returned by ask when standard input is not a terminal;
// callers turn it into a message naming the flag to use instead.
var errNoTerminal = errors.New("no terminal to prompt on")

// terminal returns standard input when it is a terminal.
func (in *input) terminal() (*os.File, bool) {
	f, ok := in.e.stdin.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return nil, false
	}
	return f, true
}

// interactive reports whether the command can prompt its user.
func (in *input) interactive() bool {
	_, ok := in.terminal()
	return ok
}

// line reads the next line of standard input without its line end. At the
// end of the input it returns io.EOF.
func (in *input) line(ctx context.Context) (string, error) {
	if in.lines == nil {
		in.lines = bufio.NewReader(in.e.stdin)
	}
	type answer struct {
		s   string
		err error
	}
	ch := make(chan answer, 1)
	go func() {
		s, err := in.lines.ReadString('\n')
		if err == io.EOF && s != "" {
			err = nil // a last line without a line end
		}
		ch <- answer{strings.TrimRight(s, "\r\n"), err}
	}()
	select {
	case a := <-ch:
		return a.s, a.err
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

// ask prompts on the terminal (on standard error) and reads one answer;
// secret answers are not echoed. Without a terminal it returns
// errNoTerminal.
func (in *input) ask(ctx context.Context, label string, secret bool) (string, error) {
	f, ok := in.terminal()
	if !ok {
		return "", errNoTerminal
	}
	fd := int(f.Fd())
	saved, err := term.GetState(fd)
	if err != nil {
		return "", err
	}
	fmt.Fprint(in.e.stderr, label)
	type answer struct {
		s   string
		err error
	}
	ch := make(chan answer, 1)
	go func() {
		if secret {
			b, err := term.ReadPassword(fd)
			ch <- answer{string(b), err}
			return
		}
		s, err := in.terminalLines(f).ReadString('\n')
		ch <- answer{strings.TrimSpace(s), err}
	}()
	select {
	case a := <-ch:
		if secret {
			fmt.Fprintln(in.e.stderr)
		}
		if a.err == io.EOF && a.s == "" {
			return "", fmt.Errorf("no answer to %q (end of input)", strings.TrimSpace(label))
		}
		if a.err == io.EOF {
			a.err = nil
		}
		return a.s, a.err
	case <-ctx.Done():
		_ = term.Restore(fd, saved) // ReadPassword turned echo off
		fmt.Fprintln(in.e.stderr)
		return "", ctx.Err()
	}
}

// terminalLines reads typed lines; a terminal delivers one line per read,
// so the buffer never holds input meant for term.ReadPassword.
func (in *input) terminalLines(f *os.File) *bufio.Reader {
	if in.lines == nil {
		in.lines = bufio.NewReader(f)
	}
	return in.lines
}
