package tunnel

import (
	"math/bits"
	"sync"
)

// Receive buffers are chunks in size classes from 512 bytes to one full DATA
// payload (16 KiB). A payload is read into the tail chunk when it fits,
// otherwise into a new chunk of the smallest class that holds it, so a chunk
// is either the tail or at least half full of data bytes it was cut for, and
// a stream's buffers stay within about twice its window however a peer
// slices its frames. Chunks go back to their pool once read, so an idle
// stream holds none.
const (
	minChunkShift = 9  // 512 B
	maxChunkShift = 14 // 16 KiB, one DATA payload
	chunkClasses  = maxChunkShift - minChunkShift + 1
)

type chunk struct {
	buf   []byte // len(buf) == cap(buf) == the class size
	r, w  int    // unread bytes are buf[r:w]
	class uint8
}

var chunkPools [chunkClasses]sync.Pool

func chunkClass(n int) int {
	if n <= 1<<minChunkShift {
		return 0
	}
	return bits.Len(uint(n-1)) - minChunkShift
}

// getChunk returns an empty chunk that holds at least n ≤ 16 KiB bytes.
func getChunk(n int) *chunk {
	c := chunkClass(n)
	if v := chunkPools[c].Get(); v != nil {
		ch := v.(*chunk)
		ch.r, ch.w = 0, 0
		return ch
	}
	return &chunk{buf: make([]byte, 1<<(c+minChunkShift)), class: uint8(c)}
}

func putChunk(c *chunk) { chunkPools[c.class].Put(c) }

// A segment is what the writer hands the connection in one Write: one or more
// whole frames, at most one TLS record's worth unless a single frame (a
// large OPEN header) is longer.
type segment struct{ b []byte }

var segmentPool = sync.Pool{New: func() any { return &segment{b: make([]byte, 0, recordSize)} }}

func getSegment(n int) *segment {
	if n > recordSize {
		return &segment{b: make([]byte, 0, n)}
	}
	s := segmentPool.Get().(*segment)
	s.b = s.b[:0]
	return s
}

func putSegment(s *segment) {
	if cap(s.b) == recordSize {
		segmentPool.Put(s)
	}
}
