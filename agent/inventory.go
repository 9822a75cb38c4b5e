package agent

import (
	"bufio"
	"io"
	"net"
	"os"
	"strings"
)

// Info is what the agent reports about its host when it connects. The JSON
// names match tether.Instance's, so the server can copy fields across.
type Info struct {
	Hostname        string   `json:"ComputerName,omitempty"`
	IPAddresses     []string `json:"IPAddresses,omitempty"`
	Platform        string   `json:"PlatformName,omitempty"`    // "Debian GNU/Linux"
	PlatformVersion string   `json:"PlatformVersion,omitempty"` // "12"
	Kernel          string   `json:"KernelVersion,omitempty"`   // "6.1.0-18-amd64"
	AgentVersion    string   `json:"AgentVersion"`
}

// Inventory describes this host. It never fails: what cannot be read is
// left empty, since a partial inventory is better than an agent that will
// not connect.
func Inventory() Info {
	info := Info{AgentVersion: Version}
	info.Hostname, _ = os.Hostname()
	info.IPAddresses = hostAddresses()
	for _, name := range []string{"/etc/os-release", "/usr/lib/os-release"} {
		if f, err := os.Open(name); err == nil {
			rel := parseOSRelease(f)
			f.Close()
			info.Platform, info.PlatformVersion = rel["NAME"], rel["VERSION_ID"]
			break
		}
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		info.Kernel = strings.TrimSpace(string(b))
	}
	return info
}

// hostAddresses lists the addresses other machines might know this host
// by: not loopback, and not link-local, which is only meaningful with an
// interface name.
func hostAddresses() []string {
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return nil
	}
	var out []string
	for _, a := range addrs {
		ipn, ok := a.(*net.IPNet)
		if !ok || ipn.IP.IsLoopback() || ipn.IP.IsLinkLocalUnicast() || ipn.IP.IsUnspecified() {
			continue
		}
		out = append(out, ipn.IP.String())
	}
	return out
}

// shellUnescape undoes the escapes a shell honours inside double quotes.
var shellUnescape = strings.NewReplacer(`\"`, `"`, `\\`, `\`, `\$`, `$`, "\\`", "`")

// parseOSRelease reads the KEY=value lines of os-release(5). Values may be
// quoted with single or double quotes, and double-quoted ones may escape
// characters with a backslash, as in a shell.
func parseOSRelease(r io.Reader) map[string]string {
	out := map[string]string{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		key, val, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		switch {
		case len(val) >= 2 && val[0] == '"' && val[len(val)-1] == '"':
			val = shellUnescape.Replace(val[1 : len(val)-1])
		case len(val) >= 2 && val[0] == '\'' && val[len(val)-1] == '\'':
			val = val[1 : len(val)-1]
		}
		out[key] = val
	}
	return out
}
