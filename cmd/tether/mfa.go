package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
)

func mfaDeviceTable(w io.Writer, devices []tether.MFADevice) {
	when := func(t time.Time) string {
		if t.IsZero() {
			return "-"
		}
		return t.Local().Format("2006-01-02 15:04")
	}
	rows := make([][]string, len(devices))
	for i, d := range devices {
		rows[i] = []string{d.ID, string(d.Kind), d.Name, when(d.CreatedAt), when(d.LastUsedAt)}
	}
	table(w, []string{"ID", "TYPE", "NAME", "REGISTERED", "LAST USED"}, rows)
}

// totpBegun is what tether mfa register totp --begin prints with -o json.
type totpBegun struct {
	DeviceId string `json:"DeviceId"`
	URI      string `json:"URI"`
	Secret   string `json:"Secret"`
}

func mfaCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{Use: "mfa", Short: "Register, list and remove your MFA devices"}
	register := &cobra.Command{
		Use:   "register",
		Short: "Register an MFA device (authenticator apps here; security keys in the web console)",
	}

	var name, finish, code string
	var begin bool
	totp := &cobra.Command{
		Use:   "totp [--name N] [--begin | --finish DEVICE_ID --code CODE]",
		Short: "Register an authenticator app (TOTP)",
		Long: `Register an authenticator app (TOTP) as an MFA device.

At a terminal, tether mfa register totp draws a QR code to scan with the app,
shows the secret key for typing in instead, and asks for the app's first code.

In scripts, register in two steps:
  --begin                             starts the registration and prints the device
                                      ID, the otpauth:// URI and the secret key
                                      (-o json: {"DeviceId":..,"URI":..,"Secret":..});
  --finish DEVICE_ID --code CODE      completes it with the app's current code.
A registration not finished within an hour is discarded.`,
		Example: `  tether mfa register totp --name "Work phone"
  tether mfa register totp --begin -o json
  tether mfa register totp --finish mfa-0123456789abcdef --code 123456`,
		Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			ctx := cmd.Context()
			switch {
			case begin && finish != "":
				return usagef("--begin and --finish exclude each other: begin a registration, then finish it")
			case code != "" && finish == "":
				return usagef("--code goes with --finish DEVICE_ID")
			case finish != "" && code == "":
				return usagef("--finish needs --code CODE: the current code of the authenticator app")
			case finish != "" && name != "":
				return usagef("--name goes with --begin (or an interactive registration), not --finish")
			}
			if finish != "" {
				d, err := c.VerifyTOTP(ctx, finish, strings.TrimSpace(code))
				if err != nil {
					return err
				}
				return emit(cmd, d, func(w io.Writer) { fmt.Fprintf(w, "Registered MFA device %q (%s).\n", d.Name, d.ID) })
			}
			if begin {
				reg, err := c.BeginTOTP(ctx, name)
				if err != nil {
					return err
				}
				return emit(cmd, totpBegun{DeviceId: reg.DeviceId, URI: reg.URI, Secret: reg.Secret}, func(w io.Writer) {
					showTOTP(w, reg)
					fmt.Fprintf(w, "Then finish with the app's current code:\n  tether mfa register totp --finish %s --code CODE\n", reg.DeviceId)
				})
			}
			in := newInput(e)
			if !in.interactive() {
				return usagef("no terminal to prompt for the code on; use --begin, then --finish DEVICE_ID --code CODE")
			}
			reg, err := c.BeginTOTP(ctx, name)
			if err != nil {
				return err
			}
			showTOTP(e.stderr, reg)
			var d tether.MFADevice
			for try := 1; ; try++ {
				typed, err := in.ask(ctx, "Code from your authenticator app: ", false)
				if errors.Is(err, errNoTerminal) {
					return usagef("no terminal to prompt for the code on; finish with --finish %s --code CODE", reg.DeviceId)
				} else if err != nil {
					return err
				}
				d, err = c.VerifyTOTP(ctx, reg.DeviceId, strings.TrimSpace(typed))
				if err == nil {
					break
				}
				if try == maxTries || !wrongAnswer(err) {
					return fmt.Errorf("%s; finish later with tether mfa register totp --finish %s --code CODE", message(err), reg.DeviceId)
				}
				fmt.Fprintln(e.stderr, tether.ErrorMessage(err))
			}
			return emit(cmd, d, func(w io.Writer) { fmt.Fprintf(w, "Registered MFA device %q (%s).\n", d.Name, d.ID) })
		}),
	}
	f := totp.Flags()
	f.StringVar(&name, "name", "", `a name to recognise the device by (default "Authenticator app")`)
	f.BoolVar(&begin, "begin", false, "only start the registration and print the secret (for scripts)")
	f.StringVar(&finish, "finish", "", "complete the registration of this device ID (from --begin)")
	f.StringVar(&code, "code", "", "the authenticator app's current code, with --finish")
	register.AddCommand(totp)

	list := &cobra.Command{
		Use: "list", Short: "List your MFA devices", Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			devices, err := c.MFADevices(cmd.Context())
			if err != nil {
				return err
			}
			return emit(cmd, api.MFADevices{Devices: devices}, func(w io.Writer) { mfaDeviceTable(w, devices) })
		}),
	}
	remove := &cobra.Command{
		Use: "remove ID", Short: "Remove one of your MFA devices (see tether mfa list for IDs)", Args: exactArgs("ID"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			if err := c.RemoveMFADevice(cmd.Context(), args[0]); err != nil {
				return err
			}
			return done(cmd, "Removed MFA device %s", args[0])
		}),
	}
	cmd.AddCommand(register, list, remove)
	return cmd
}
