package mfa

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"io"

	"github.com/boombuler/barcode"
	"github.com/boombuler/barcode/qr"
)

// quietZone is the white margin around a QR code, in modules. The QR
// specification asks for four; scanners struggle with less.
const quietZone = 4

// qrMatrix encodes content with medium error correction and returns its
// modules, true for dark, indexed [row][column] without the quiet zone.
func qrMatrix(content string) ([][]bool, error) {
	if content == "" {
		return nil, errors.New("QR content is empty")
	}
	code, err := qr.Encode(content, qr.M, qr.Auto)
	if err != nil {
		return nil, fmt.Errorf("encode %d bytes as a QR code: %w", len(content), err)
	}
	return modules(code), nil
}

func modules(code barcode.Barcode) [][]bool {
	b := code.Bounds()
	m := make([][]bool, b.Dy())
	for y := range m {
		m[y] = make([]bool, b.Dx())
		for x := range m[y] {
			gray := color.GrayModel.Convert(code.At(b.Min.X+x, b.Min.Y+y)).(color.Gray)
			m[y][x] = gray.Y < 128
		}
	}
	return m
}

// QRPNG renders content as a black-on-white QR code in a size×size PNG,
// with a quiet zone. Modules are whole pixels, so the code is centred and
// the margin may be a little wider than four modules.
func QRPNG(content string, size int) ([]byte, error) {
	m, err := qrMatrix(content)
	if err != nil {
		return nil, err
	}
	need := len(m) + 2*quietZone
	if size < need {
		return nil, fmt.Errorf("QR image size %d px is too small: this content needs at least %d px", size, need)
	}
	scale := size / need
	offset := (size - len(m)*scale) / 2

	img := image.NewGray(image.Rect(0, 0, size, size))
	for i := range img.Pix {
		img.Pix[i] = 0xff
	}
	for y, row := range m {
		for x, dark := range row {
			if !dark {
				continue
			}
			for dy := 0; dy < scale; dy++ {
				for dx := 0; dx < scale; dx++ {
					img.SetGray(offset+x*scale+dx, offset+y*scale+dy, color.Gray{})
				}
			}
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("encode QR code as PNG: %w", err)
	}
	return buf.Bytes(), nil
}

// ANSI colours: bright white foreground on black background. The code is
// drawn with explicit colours rather than the terminal's own, so that dark
// modules are dark and the quiet zone light on both dark and light themes.
const (
	ansiColours = "\x1b[97;40m"
	ansiReset   = "\x1b[0m"
)

// QRTerminal writes content as a QR code for a terminal, two module rows per
// text line using half-block characters, with a quiet zone. Each line sets
// its colours and resets them at its end.
func QRTerminal(w io.Writer, content string) error {
	m, err := qrMatrix(content)
	if err != nil {
		return err
	}
	n := len(m) + 2*quietZone
	light := func(x, y int) bool {
		x, y = x-quietZone, y-quietZone
		return y < 0 || y >= len(m) || x < 0 || x >= len(m) || !m[y][x]
	}
	out := bufio.NewWriter(w)
	for y := 0; y < n; y += 2 {
		out.WriteString(ansiColours)
		for x := 0; x < n; x++ {
			// Light is drawn in the foreground colour, dark in the background.
			top, bottom := light(x, y), y+1 >= n || light(x, y+1)
			switch {
			case top && bottom:
				out.WriteString("█")
			case top:
				out.WriteString("▀")
			case bottom:
				out.WriteString("▄")
			default:
				out.WriteString(" ")
			}
		}
		out.WriteString(ansiReset + "\n")
	}
	if err := out.Flush(); err != nil {
		return fmt.Errorf("write QR code to terminal: %w", err)
	}
	return nil
}
