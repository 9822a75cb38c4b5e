package agent

import (
	"encoding/json"
	"net"
	"os"
	"reflect"
	"strings"
	"testing"
)

func TestInventoryDescribesThisHost(t *testing.T) {
	info := Inventory()
	host, _ := os.Hostname()
	if info.Hostname != host || info.AgentVersion != Version {
		t.Fatalf("hostname %q version %q", info.Hostname, info.AgentVersion)
	}
	if _, err := os.Stat("/etc/os-release"); err == nil && (info.Platform == "" || info.PlatformVersion == "") {
		t.Fatalf("platform %q %q from an os-release that exists", info.Platform, info.PlatformVersion)
	}
	if info.Kernel == "" || strings.ContainsAny(info.Kernel, " \n") {
		t.Fatalf("kernel %q", info.Kernel)
	}
	for _, a := range info.IPAddresses {
		ip := net.ParseIP(a)
		if ip == nil || ip.IsLoopback() || ip.IsLinkLocalUnicast() {
			t.Fatalf("address %q should not be reported", a)
		}
	}
	b, _ := json.Marshal(info)
	for _, key := range []string{`"ComputerName"`, `"AgentVersion":"0.1.0"`} {
		if !strings.Contains(string(b), key) {
			t.Fatalf("%s lacks %s", b, key)
		}
	}
}

func TestParseOSRelease(t *testing.T) {
	got := parseOSRelease(strings.NewReader(`# comment
PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"
NAME="Debian GNU/Linux"
VERSION_ID="12"
ID=debian
QUOTED='single quoted'
ESCAPED="say \"hi\" for \$5"
not a pair
`))
	want := map[string]string{
		"PRETTY_NAME": "Debian GNU/Linux 12 (bookworm)", "NAME": "Debian GNU/Linux", "VERSION_ID": "12", "ID": "debian",
		"QUOTED": "single quoted", "ESCAPED": `say "hi" for $5`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %v", got)
	}
}

func TestReadProcStat(t *testing.T) {
	st, err := readProcStat(os.Getpid())
	if err != nil {
		t.Fatal(err)
	}
	if st.pid != os.Getpid() || st.ppid != os.Getppid() || st.state == 'Z' {
		t.Fatalf("%+v", st)
	}
	if members := groupMembers(st.pgrp); len(members) == 0 {
		t.Fatalf("own process group %d has no live members", st.pgrp)
	}
}
