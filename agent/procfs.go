package agent

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

// procStat is the part of /proc/PID/stat the agent needs to tell which
// processes belong to a session.
type procStat struct {
	pid, ppid, pgrp, session, tpgid int
	state                           byte
}

// readProcStat parses /proc/PID/stat. The command name is in parentheses
// and may itself contain spaces and parentheses, so fields are counted from
// the last ')'.
func readProcStat(pid int) (procStat, error) {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return procStat{}, err
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	if i < 0 {
		return procStat{}, fmt.Errorf("malformed /proc/%d/stat", pid)
	}
	f := strings.Fields(s[i+1:]) // state ppid pgrp session tty_nr tpgid ...
	if len(f) < 6 || len(f[0]) != 1 {
		return procStat{}, fmt.Errorf("malformed /proc/%d/stat", pid)
	}
	st := procStat{pid: pid, state: f[0][0]}
	for j, dst := range []*int{&st.ppid, &st.pgrp, &st.session, nil, &st.tpgid} {
		if dst == nil {
			continue
		}
		if *dst, err = strconv.Atoi(f[j+1]); err != nil {
			return procStat{}, fmt.Errorf("malformed /proc/%d/stat", pid)
		}
	}
	return st, nil
}

// groupMembers lists the live processes in process group pgid. Zombies do
// not count: they are dead, and whether one is reaped soon depends on the
// init process, which the agent does not control.
func groupMembers(pgid int) []int {
	var pids []int
	for _, st := range processes() {
		if st.pgrp == pgid && st.state != 'Z' && st.state != 'X' {
			pids = append(pids, st.pid)
		}
	}
	return pids
}

func processes() []procStat {
	entries, err := os.ReadDir("/proc")
	if err != nil {
		return nil
	}
	var out []procStat
	for _, e := range entries {
		pid, err := strconv.Atoi(e.Name())
		if err != nil {
			continue
		}
		if st, err := readProcStat(pid); err == nil {
			out = append(out, st)
		}
	}
	return out
}
