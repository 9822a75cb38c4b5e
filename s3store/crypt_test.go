package s3store

import (
	"bytes"
	"crypto/rand"
	"errors"
	"io"
	"testing"
)

func testKey(t testing.TB) []byte {
	k := make([]byte, 32)
	if _, err := rand.Read(k); err != nil {
		t.Fatal(err)
	}
	return k
}

func randomBytes(t testing.TB, n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return b
}

// cryptSizes cover the chunk boundaries.
var cryptSizes = []int{0, 1, 100, encChunk - 1, encChunk, encChunk + 1, 3 * encChunk, 3*encChunk + 7}

// TestCryptRoundTrip encrypts with the streaming reader and with the
// random-access source, checks both give the same bytes and the documented
// size, and decrypts them.
func TestCryptRoundTrip(t *testing.T) {
	key := testKey(t)
	for _, size := range cryptSizes {
		plain := randomBytes(t, size)
		salt := randomSalt()
		sl, err := newSealer(key, salt, encChunk, "rec/a.cast")
		if err != nil {
			t.Fatal(err)
		}
		streamed, err := io.ReadAll(newEncryptReader(bytes.NewReader(plain), sl))
		if err != nil {
			t.Fatalf("size %d: encrypt: %v", size, err)
		}
		if int64(len(streamed)) != encryptedSize(int64(size)) {
			t.Fatalf("size %d: encrypted %d bytes, encryptedSize says %d", size, len(streamed), encryptedSize(int64(size)))
		}
		if got, err := plaintextSize(int64(len(streamed))); err != nil || got != int64(size) {
			t.Fatalf("size %d: plaintextSize = %d, %v", size, got, err)
		}
		// Any range of the random-access form equals the stream.
		src := newEncryptedSource(bytes.NewReader(plain), int64(size), sl)
		whole := make([]byte, len(streamed))
		if err := src.readAt(whole, 0); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(whole, streamed) {
			t.Fatalf("size %d: random-access encryption differs from the stream", size)
		}
		if len(whole) > 50 {
			part := make([]byte, len(whole)/3)
			if err := src.readAt(part, 17); err != nil || !bytes.Equal(part, whole[17:17+len(part)]) {
				t.Fatalf("size %d: range at 17: %v", size, err)
			}
		}
		got, err := io.ReadAll(newDecryptReader(io.NopCloser(bytes.NewReader(streamed)), key, "rec/a.cast", func(e error) error { return e }))
		if err != nil || !bytes.Equal(got, plain) {
			t.Fatalf("size %d: decrypt: %v (equal %v)", size, err, bytes.Equal(got, plain))
		}
	}
}

// TestCryptTamper changes the ciphertext in every way that matters and
// expects ErrTampered each time.
func TestCryptTamper(t *testing.T) {
	key := testKey(t)
	plain := randomBytes(t, 3*encChunk+5)
	sl, _ := newSealer(key, randomSalt(), encChunk, "k")
	ct, err := io.ReadAll(newEncryptReader(bytes.NewReader(plain), sl))
	if err != nil {
		t.Fatal(err)
	}
	chunkCT := encChunk + encOverhead
	swapped := append([]byte(nil), ct...)
	copy(swapped[encHeaderLen:], ct[encHeaderLen+chunkCT:encHeaderLen+2*chunkCT])
	copy(swapped[encHeaderLen+chunkCT:], ct[encHeaderLen:encHeaderLen+chunkCT])
	cases := map[string]struct {
		data []byte
		key  []byte
		obj  string
	}{
		"flipped byte":         {flip(ct, len(ct)/2), key, "k"},
		"flipped header":       {flip(ct, 10), key, "k"},
		"flipped salt":         {flip(ct, encHeaderLen-1), key, "k"},
		"flipped tag":          {flip(ct, len(ct)-1), key, "k"},
		"truncated chunk":      {ct[:len(ct)-1], key, "k"},
		"dropped last chunk":   {ct[:encHeaderLen+3*chunkCT], key, "k"},
		"header only":          {ct[:encHeaderLen], key, "k"},
		"short header":         {ct[:10], key, "k"},
		"empty":                {nil, key, "k"},
		"appended byte":        {append(append([]byte(nil), ct...), 0), key, "k"},
		"appended chunk":       {append(append([]byte(nil), ct...), ct[encHeaderLen:encHeaderLen+chunkCT]...), key, "k"},
		"swapped chunks":       {swapped, key, "k"},
		"wrong key":            {ct, testKey(t), "k"},
		"moved to another key": {ct, key, "other"},
	}
	for name, c := range cases {
		got, err := io.ReadAll(newDecryptReader(io.NopCloser(bytes.NewReader(c.data)), c.key, c.obj, func(e error) error { return e }))
		if !errors.Is(err, ErrTampered) {
			t.Errorf("%s: err = %v, want ErrTampered", name, err)
		}
		// Nothing from a chunk that failed is returned.
		if len(got) > 0 && !bytes.HasPrefix(plain, got) {
			t.Errorf("%s: returned bytes that are not the plaintext", name)
		}
	}
}

func flip(b []byte, i int) []byte {
	c := append([]byte(nil), b...)
	c[i] ^= 0x40
	return c
}

// TestCryptDeterministic: the same salt and plaintext give the same
// bytes (resumable uploads rely on it); another salt gives others.
func TestCryptDeterministic(t *testing.T) {
	key := testKey(t)
	plain := randomBytes(t, 2*encChunk+3)
	salt := resumeSalt(key, "upload-1", "rec/k")
	enc := func(salt []byte) []byte {
		sl, _ := newSealer(key, salt, encChunk, "k")
		b, err := io.ReadAll(newEncryptReader(bytes.NewReader(plain), sl))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	if !bytes.Equal(enc(salt), enc(salt)) {
		t.Fatal("same salt, different ciphertext")
	}
	if bytes.Equal(enc(salt), enc(resumeSalt(key, "upload-2", "rec/k"))) {
		t.Fatal("different upload IDs, same ciphertext")
	}
}
