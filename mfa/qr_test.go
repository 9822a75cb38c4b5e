package mfa

import (
	"bytes"
	"errors"
	"image/png"
	"strings"
	"testing"
)

const testURI = "otpauth://totp/Tether:alice?algorithm=SHA1&digits=6&issuer=Tether&period=30&secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"

func TestQRPNG(t *testing.T) {
	for _, size := range []int{256, 333} {
		data, err := QRPNG(testURI, size)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("size %d: PNG does not decode: %v", size, err)
		}
		if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
			t.Errorf("image is %dx%d, want %dx%d", b.Dx(), b.Dy(), size, size)
		}
		// The corners are quiet zone (white); the image has dark modules.
		if r, _, _, _ := img.At(0, 0).RGBA(); r != 0xffff {
			t.Errorf("size %d: corner is not white", size)
		}
		dark := false
		for y := 0; y < size && !dark; y++ {
			for x := 0; x < size; x++ {
				if r, _, _, _ := img.At(x, y).RGBA(); r == 0 {
					dark = true
					break
				}
			}
		}
		if !dark {
			t.Errorf("size %d: no dark modules", size)
		}
	}
}

func TestQRPNGBadInput(t *testing.T) {
	if _, err := QRPNG(testURI, 20); err == nil || !strings.Contains(err.Error(), "too small") {
		t.Errorf("tiny image: %v", err)
	}
	if _, err := QRPNG("", 256); err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("empty content: %v", err)
	}
	if _, err := QRPNG(strings.Repeat("x", 5000), 4096); err == nil {
		t.Error("content too long for a QR code was accepted")
	}
}

func TestQRTerminal(t *testing.T) {
	var a, b bytes.Buffer
	if err := QRTerminal(&a, testURI); err != nil {
		t.Fatal(err)
	}
	if err := QRTerminal(&b, strings.Replace(testURI, "alice", "bob", 1)); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(a.String(), "\n"), "\n")
	if len(lines) < 10 {
		t.Fatalf("terminal QR has %d lines", len(lines))
	}
	m, _ := qrMatrix(testURI)
	if want := (len(m) + 2*quietZone + 1) / 2; len(lines) != want {
		t.Errorf("%d lines, want %d", len(lines), want)
	}
	for i, line := range lines {
		if !strings.HasPrefix(line, ansiColours) || !strings.HasSuffix(line, ansiReset) {
			t.Errorf("line %d does not set and reset its colours", i)
		}
	}
	// The first line is all quiet zone: full light blocks.
	first := strings.TrimSuffix(strings.TrimPrefix(lines[0], ansiColours), ansiReset)
	if strings.Trim(first, "█") != "" {
		t.Errorf("first line is not quiet zone: %q", first)
	}
	if bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("different content rendered the same")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestQRTerminalErrors(t *testing.T) {
	if err := QRTerminal(failWriter{}, testURI); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Errorf("write error: %v", err)
	}
	if err := QRTerminal(&bytes.Buffer{}, ""); err == nil {
		t.Error("empty content accepted")
	}
}
