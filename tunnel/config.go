package tunnel

import (
	"fmt"
	"time"
)

// Config tunes a Session. The zero value (or a nil *Config) gives the
// defaults; each side advertises its own StreamWindow, MaxStreams and
// MaxHeaderSize to the peer in its hello, so the two sides need not agree.
type Config struct {
	StreamWindow     uint32        // initial per-stream receive window in bytes (default 256 KiB)
	MaxStreams       int           // max concurrent streams a peer may open (default 1024); more are refused with a reset
	KeepAlive        time.Duration // ping interval when idle (default 15 s; 0 = default, negative = off)
	KeepAliveTimeout time.Duration // session is dead if a ping gets no pong in this long (default 30 s); also bounds the hello exchange
	MaxHeaderSize    int           // max bytes of an Open header (default 16 KiB)
}

// Defaults and limits of Config.
const (
	DefaultStreamWindow     = 256 << 10
	DefaultMaxStreams       = 1024
	DefaultKeepAlive        = 15 * time.Second
	DefaultKeepAliveTimeout = 30 * time.Second
	DefaultMaxHeaderSize    = 16 << 10

	// MinStreamWindow keeps windows from being so small that every few bytes
	// need a window update.
	MinStreamWindow = 1 << 10
	// MaxStreamWindow keeps credit arithmetic inside 31 bits, as HTTP/2 does.
	MaxStreamWindow = 1<<31 - 1
)

// resolve returns cfg with defaults filled in, or an error naming the first
// field out of range.
func (cfg *Config) resolve() (Config, error) {
	var c Config
	if cfg != nil {
		c = *cfg
	}
	if c.StreamWindow == 0 {
		c.StreamWindow = DefaultStreamWindow
	}
	if c.MaxStreams == 0 {
		c.MaxStreams = DefaultMaxStreams
	}
	if c.KeepAlive == 0 {
		c.KeepAlive = DefaultKeepAlive
	}
	if c.KeepAliveTimeout == 0 {
		c.KeepAliveTimeout = DefaultKeepAliveTimeout
	}
	if c.MaxHeaderSize == 0 {
		c.MaxHeaderSize = DefaultMaxHeaderSize
	}
	switch {
	case c.StreamWindow < MinStreamWindow || c.StreamWindow > MaxStreamWindow:
		return c, fmt.Errorf("tunnel: Config.StreamWindow %d is outside [%d, %d]", c.StreamWindow, MinStreamWindow, MaxStreamWindow)
	case c.MaxStreams < 0 || c.MaxStreams > maxSettingValue:
		return c, fmt.Errorf("tunnel: Config.MaxStreams %d is outside [1, %d]", c.MaxStreams, maxSettingValue)
	case c.KeepAliveTimeout < 0:
		return c, fmt.Errorf("tunnel: Config.KeepAliveTimeout %v is negative", c.KeepAliveTimeout)
	case c.MaxHeaderSize < 0 || c.MaxHeaderSize > maxFrameLen:
		return c, fmt.Errorf("tunnel: Config.MaxHeaderSize %d is outside [1, %d]", c.MaxHeaderSize, maxFrameLen)
	}
	return c, nil
}
