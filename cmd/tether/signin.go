package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
	"github.com/tetherhq/tether/mfa"
)

// maxTries is how often an interactive prompt asks again after a wrong
// answer (the server ends a sign-in after a few more).
const maxTries = 3

// maxSteps bounds a sign-in conversation, in case a server keeps asking.
const maxSteps = 10

// signIn answers the steps of a sign-in after the password: from the flags,
// from further lines of standard input (--password-stdin), or by prompting
// at the terminal.
type signIn struct {
	e             *env
	in            *input
	c             *client.Client
	user          string
	stdin         bool   // answers come from standard input, never prompts
	mfaCode       string // --mfa-code
	permissionSet string // --permission-set
}

// finish follows the server's Next steps until the sign-in is done.
func (s *signIn) finish(ctx context.Context, out api.LoginResponse) (api.LoginResponse, error) {
	for n := 0; out.Next != nil; n++ {
		if n == maxSteps {
			return out, fmt.Errorf("the sign-in did not finish after %d steps (the server still asks for %s)", n, out.Next.Step)
		}
		step := *out.Next
		var err error
		switch step.Step {
		case api.StepChangePassword:
			out, err = s.changePassword(ctx, step)
		case api.StepMFA, api.StepEmailCode:
			out, err = s.code(ctx, step)
		case api.StepRegisterMFA:
			out, err = s.registerMFA(ctx, step)
		case api.StepChoosePermissionSet:
			out, err = s.choosePermissionSet(ctx, step)
		default:
			return out, fmt.Errorf("the server asks for sign-in step %q, which this version of tether does not know: %s "+
				"(update tether, or use tether login --browser)", step.Step, step.Message)
		}
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

// nextLine reads the next answer from standard input; what names it in the
// error when there is none.
func (s *signIn) nextLine(ctx context.Context, what string) (string, error) {
	line, err := s.in.line(ctx)
	if err == io.EOF || (err == nil && strings.TrimSpace(line) == "") {
		return "", usagef("%s, but standard input has no more lines", what)
	}
	return line, err
}

// wrongAnswer reports whether err refuses an answer that may be typed
// again in the same sign-in (a wrong code, a weak password), as opposed to
// the end of the sign-in (a lockout, too many wrong answers, an expired
// sign-in).
func wrongAnswer(err error) bool {
	switch tether.ErrorCode(err) {
	case tether.EINVALID:
		return true
	case tether.EUNAUTHORIZED:
		msg := tether.ErrorMessage(err)
		return !strings.Contains(msg, "locked") && !strings.Contains(msg, "sign in again")
	}
	return false
}

// retry asks at the terminal until answer accepts what was typed, showing
// the server's objection after each wrong answer.
func (s *signIn) retry(ctx context.Context, label string, secret bool, answer func(string) (api.LoginResponse, error)) (api.LoginResponse, error) {
	for try := 1; ; try++ {
		typed, err := s.in.ask(ctx, label, secret)
		if err != nil {
			return api.LoginResponse{}, err
		}
		out, err := answer(typed)
		if err == nil || try == maxTries || !wrongAnswer(err) {
			return out, err
		}
		fmt.Fprintf(s.e.stderr, "%s\n", tether.ErrorMessage(err))
	}
}

func (s *signIn) changePassword(ctx context.Context, step api.LoginStep) (api.LoginResponse, error) {
	answer := func(pw string) (api.LoginResponse, error) { return s.c.LoginPassword(ctx, step.Ticket, pw) }
	if s.stdin {
		pw, err := s.nextLine(ctx, "the password of "+s.user+" must be changed at this sign-in: "+
			"put the new password on the line after the current one")
		if err != nil {
			return api.LoginResponse{}, err
		}
		return answer(pw)
	}
	if !s.in.interactive() {
		return api.LoginResponse{}, usagef("the password of %s must be changed at this sign-in: run tether login in a terminal, "+
			"or use --password-stdin with the new password on the line after the current one", s.user)
	}
	fmt.Fprintln(s.e.stderr, step.Message)
	return s.retry(ctx, "New password: ", true, func(pw string) (api.LoginResponse, error) {
		again, err := s.in.ask(ctx, "Repeat the new password: ", true)
		if err != nil {
			return api.LoginResponse{}, err
		}
		if again != pw {
			return api.LoginResponse{}, tether.Errorf(tether.EINVALID, "the two passwords differ; try again")
		}
		return answer(pw)
	})
}

// code answers step mfa (a code from an authenticator app) or email-code.
func (s *signIn) code(ctx context.Context, step api.LoginStep) (api.LoginResponse, error) {
	email := step.Step == api.StepEmailCode
	if !email && !slices.Contains(step.Methods, string(tether.MFATOTP)) {
		return api.LoginResponse{}, fmt.Errorf("%s signs in with a security key, which the CLI cannot use; "+
			"use tether login --browser and approve the sign-in in the web console", s.user)
	}
	answer := func(code string) (api.LoginResponse, error) {
		return s.c.LoginCode(ctx, step.Ticket, strings.TrimSpace(code))
	}
	if email {
		fmt.Fprintf(s.e.stderr, "A one-time code was sent to %s.\n", step.Email)
	}
	switch {
	case s.mfaCode != "" && !email:
		return answer(s.mfaCode)
	case s.stdin:
		what := "this sign-in needs the code of your authenticator app (--mfa-code)"
		if email {
			what = "this sign-in needs the one-time code emailed to " + step.Email +
				" (it is sent only now, so --mfa-code cannot carry it): write it to standard input after the password"
		}
		code, err := s.nextLine(ctx, what)
		if err != nil {
			return api.LoginResponse{}, err
		}
		return answer(code)
	case !s.in.interactive():
		return api.LoginResponse{}, usagef("this sign-in needs an MFA code: use --mfa-code, or run tether login in a terminal")
	}
	if email {
		fmt.Fprintln(s.e.stderr, "(Press Enter without a code to have a new one sent.)")
		return s.retry(ctx, "MFA code: ", false, func(code string) (api.LoginResponse, error) {
			if strings.TrimSpace(code) != "" {
				return answer(code)
			}
			to, err := s.c.ResendEmailCode(ctx, step.Ticket)
			switch {
			case err == nil:
				err = tether.Errorf(tether.EINVALID, "a new code was sent to %s", to)
			case tether.ErrorCode(err) == tether.ETHROTTLED:
				// Too soon for another code; the last one still works.
				err = tether.Errorf(tether.EINVALID, "%s", tether.ErrorMessage(err))
			}
			return api.LoginResponse{}, err
		})
	}
	return s.retry(ctx, "MFA code: ", false, answer)
}

// registerMFA registers an authenticator app when the directory requires a
// device and the user has none. It needs a terminal to show the QR code on.
func (s *signIn) registerMFA(ctx context.Context, step api.LoginStep) (api.LoginResponse, error) {
	if !slices.Contains(step.Methods, string(tether.MFATOTP)) {
		return api.LoginResponse{}, fmt.Errorf("this directory requires you to register a security key, "+
			"which the CLI cannot do: sign in to the console (%s) to register one", api.ConsolePath)
	}
	if s.stdin || !s.in.interactive() {
		return api.LoginResponse{}, errors.New("this directory requires you to register an MFA device: " +
			"run tether login in a terminal, or sign in to the console")
	}
	fmt.Fprintln(s.e.stderr, step.Message)
	reg, err := s.c.LoginRegisterTOTP(ctx, step.Ticket, "")
	if err != nil {
		return api.LoginResponse{}, err
	}
	showTOTP(s.e.stderr, reg)
	var device tether.MFADevice
	out, err := s.retry(ctx, "Code from your authenticator app: ", false, func(code string) (api.LoginResponse, error) {
		r, err := s.c.LoginRegisterTOTPFinish(ctx, step.Ticket, reg.DeviceId, strings.TrimSpace(code))
		if err != nil || r.Login == nil {
			return api.LoginResponse{}, err
		}
		device = r.Device
		return *r.Login, nil
	})
	if err == nil {
		fmt.Fprintf(s.e.stderr, "Registered MFA device %q (%s).\n", device.Name, device.ID)
	}
	return out, err
}

// showTOTP shows a new authenticator app's QR code and secret key.
func showTOTP(w io.Writer, reg api.TOTPRegistration) {
	fmt.Fprintln(w, "Scan this QR code with your authenticator app:")
	if err := mfa.QRTerminal(w, reg.URI); err != nil {
		fmt.Fprintf(w, "(cannot draw the QR code: %v)\n", err)
	}
	fmt.Fprintf(w, "or type this secret key into it: %s\n", reg.Secret)
}

func (s *signIn) choosePermissionSet(ctx context.Context, step api.LoginStep) (api.LoginResponse, error) {
	answer := func(name string) (api.LoginResponse, error) { return s.c.LoginPermissionSet(ctx, step.Ticket, name) }
	if s.permissionSet != "" {
		return answer(s.permissionSet)
	}
	list := strings.Join(step.PermissionSets, ", ")
	if s.stdin || !s.in.interactive() {
		return api.LoginResponse{}, usagef("%s has several permission sets; choose one with --permission-set: %s", s.user, list)
	}
	fmt.Fprintln(s.e.stderr, step.Message)
	for i, name := range step.PermissionSets {
		fmt.Fprintf(s.e.stderr, "  %d) %s\n", i+1, name)
	}
	label := fmt.Sprintf("Permission set [1-%d]: ", len(step.PermissionSets))
	return s.retry(ctx, label, false, func(typed string) (api.LoginResponse, error) {
		name := typed
		if i, err := strconv.Atoi(typed); err == nil {
			if i < 1 || i > len(step.PermissionSets) {
				return api.LoginResponse{}, tether.Errorf(tether.EINVALID, "choose a number from 1 to %d, or a name: %s", len(step.PermissionSets), list)
			}
			name = step.PermissionSets[i-1]
		}
		if !slices.Contains(step.PermissionSets, name) {
			return api.LoginResponse{}, tether.Errorf(tether.EINVALID, "%q is not one of: %s", name, list)
		}
		return answer(name)
	})
}
