package main

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/tetherhq/tether"
	"github.com/tetherhq/tether/api"
	"github.com/tetherhq/tether/client"
	"github.com/tetherhq/tether/identity"
)

// The values the MFA settings flags take, as the API spells them.
var (
	mfaPrompts   = []string{string(tether.MFAAlways), string(tether.MFAContext), string(tether.MFANever)}
	mfaTypes     = []string{string(tether.MFATOTP), string(tether.MFAWebAuthn)}
	mfaNoDevices = []string{string(tether.NoDeviceRegister), string(tether.NoDeviceEmailOTP), string(tether.NoDeviceBlock), string(tether.NoDeviceAllow)}
)

func mfaSettingsTable(w io.Writer, set tether.MFASettings) {
	types := make([]string, len(set.Types))
	for i, t := range set.Types {
		types[i] = string(t)
	}
	table(w, []string{"SETTING", "VALUE", "MEANING"}, [][]string{
		{"prompt", string(set.Prompt), map[tether.MFAPrompt]string{
			tether.MFAAlways:  "ask for a second factor at every sign-in",
			tether.MFAContext: "ask only when the sign-in context (device, address) changes",
			tether.MFANever:   "never ask: password only",
		}[set.Prompt]},
		{"types", strings.Join(types, ","), "kinds of MFA device users may register"},
		{"no-device", string(set.NoDevice), map[tether.MFANoDevice]string{
			tether.NoDeviceRegister: "users without a device must register one at sign-in",
			tether.NoDeviceEmailOTP: "users without a device get a one-time code by email",
			tether.NoDeviceBlock:    "users without a device may not sign in",
			tether.NoDeviceAllow:    "users without a device sign in with the password only",
		}[set.NoDevice]},
		{"users-manage-devices", strconv.FormatBool(set.UsersManageDevices), "users register and remove their own devices"},
		{"lockout-threshold", strconv.Itoa(set.LockoutThreshold), "failed sign-ins in a row that lock a user name"},
	})
}

func adminMFASettingsCmd(e *env) *cobra.Command {
	cmd := &cobra.Command{Use: "mfa-settings", Short: "Show and change the directory's MFA settings"}
	get := &cobra.Command{
		Use: "get", Short: "Show the MFA settings", Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			set, err := c.MFASettings(cmd.Context())
			if err != nil {
				return err
			}
			return emit(cmd, set, func(w io.Writer) { mfaSettingsTable(w, set) })
		}),
	}

	var prompt, types, noDevice, manage string
	var threshold int
	set := &cobra.Command{
		Use:   "set [--prompt P] [--types T,...] [--no-device N] [--users-manage-devices B] [--lockout-threshold N]",
		Short: "Change some MFA settings; the others keep their values",
		Long: `Change the MFA settings given as flags; the others keep their current values.

  --prompt always|context|never      when users are asked for a second factor: at every
                                     sign-in, only when the sign-in context (device or
                                     address) changes, or never
  --types totp,webauthn              kinds of MFA device allowed: authenticator apps,
                                     security keys and built-in authenticators
  --no-device register|email-otp|block|allow
                                     what happens at sign-in to a user without a device:
                                     must register one, gets a one-time code by email,
                                     is refused, or signs in with the password only
  --users-manage-devices true|false  whether users register and remove their own devices
  --lockout-threshold N              failed sign-ins in a row that lock a user name until
                                     an administrator unlocks it (tether admin users unlock)`,
		Example: `  # The seed's settings: always, authenticator apps, an emailed code for users without one.
  tether admin mfa-settings set --prompt always --types totp --no-device email-otp`,
		Args: exactArgs(),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, _ []string) error {
			f := cmd.Flags()
			changed := func(name string) bool { return f.Changed(name) }
			if !changed("prompt") && !changed("types") && !changed("no-device") && !changed("users-manage-devices") && !changed("lockout-threshold") {
				return usagef("give at least one setting to change: --prompt, --types, --no-device, --users-manage-devices or --lockout-threshold")
			}
			if changed("prompt") && !slices.Contains(mfaPrompts, prompt) {
				return usagef("--prompt must be one of %s, not %q", strings.Join(mfaPrompts, ", "), prompt)
			}
			var kinds []tether.MFADeviceKind
			if changed("types") {
				for _, t := range strings.Split(types, ",") {
					t = strings.TrimSpace(t)
					if !slices.Contains(mfaTypes, t) {
						return usagef("--types must list %s, separated by commas, not %q", strings.Join(mfaTypes, " and/or "), types)
					}
					kinds = append(kinds, tether.MFADeviceKind(t))
				}
			}
			if changed("no-device") && !slices.Contains(mfaNoDevices, noDevice) {
				return usagef("--no-device must be one of %s, not %q", strings.Join(mfaNoDevices, ", "), noDevice)
			}
			var manageDevices bool
			if changed("users-manage-devices") {
				b, err := strconv.ParseBool(manage)
				if err != nil {
					return usagef("--users-manage-devices must be true or false, not %q", manage)
				}
				manageDevices = b
			}
			if changed("lockout-threshold") && (threshold < 1 || threshold > identity.MaxLockoutThreshold) {
				return usagef("--lockout-threshold must be between 1 and %d, not %d", identity.MaxLockoutThreshold, threshold)
			}
			cur, err := c.MFASettings(cmd.Context())
			if err != nil {
				return err
			}
			if changed("prompt") {
				cur.Prompt = tether.MFAPrompt(prompt)
			}
			if changed("types") {
				cur.Types = kinds
			}
			if changed("no-device") {
				cur.NoDevice = tether.MFANoDevice(noDevice)
			}
			if changed("users-manage-devices") {
				cur.UsersManageDevices = manageDevices
			}
			if changed("lockout-threshold") {
				cur.LockoutThreshold = threshold
			}
			out, err := c.PutMFASettings(cmd.Context(), cur)
			if err != nil {
				return err
			}
			return emit(cmd, out, func(w io.Writer) {
				fmt.Fprintln(w, "Updated the MFA settings:")
				mfaSettingsTable(w, out)
			})
		}),
	}
	f := set.Flags()
	f.StringVar(&prompt, "prompt", "", "when to ask for a second factor: always, context or never")
	f.StringVar(&types, "types", "", "allowed kinds of MFA device, comma-separated: totp, webauthn")
	f.StringVar(&noDevice, "no-device", "", "for users without a device: register, email-otp, block or allow")
	f.StringVar(&manage, "users-manage-devices", "", "whether users manage their own devices: true or false")
	f.IntVar(&threshold, "lockout-threshold", 0, fmt.Sprintf("failed sign-ins in a row that lock a user name (1 to %d)", identity.MaxLockoutThreshold))
	cmd.AddCommand(get, set)
	return cmd
}

// adminUserSecurityCmds are the administrator's commands on a user's
// sign-in: lockouts, invitations and MFA devices.
func adminUserSecurityCmds(e *env) []*cobra.Command {
	unlock := &cobra.Command{
		Use: "unlock NAME", Short: "Let a user locked out by failed sign-ins sign in again", Args: exactArgs("NAME"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			if err := c.UnlockUser(cmd.Context(), args[0]); err != nil {
				return err
			}
			return done(cmd, "Unlocked user %s; their failed sign-ins are forgotten.", args[0])
		}),
	}
	invite := &cobra.Command{
		Use: "invite NAME", Short: "Email an invited user a new link to set a password (earlier links stop working)",
		Args: exactArgs("NAME"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			if err := c.InviteUser(cmd.Context(), args[0]); err != nil {
				return err
			}
			return done(cmd, "Sent user %s a new invitation.", args[0])
		}),
	}
	devices := &cobra.Command{
		Use: "mfa-devices NAME", Short: "List a user's MFA devices", Args: exactArgs("NAME"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			list, err := c.UserMFADevices(cmd.Context(), args[0])
			if err != nil {
				return err
			}
			return emit(cmd, api.MFADevices{Devices: list}, func(w io.Writer) { mfaDeviceTable(w, list) })
		}),
	}
	remove := &cobra.Command{
		Use:   "remove-mfa-device NAME DEVICE_ID",
		Short: "Remove a user's MFA device (for a lost phone or key); see mfa-devices for IDs",
		Args:  exactArgs("NAME", "DEVICE_ID"),
		RunE: clientCmd(e, func(cmd *cobra.Command, c *client.Client, args []string) error {
			if err := c.RemoveUserMFADevice(cmd.Context(), args[0], args[1]); err != nil {
				return err
			}
			return done(cmd, "Removed MFA device %s of user %s", args[1], args[0])
		}),
	}
	return []*cobra.Command{unlock, invite, devices, remove}
}
