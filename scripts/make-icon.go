//go:build ignore

// Command make-icon draws Icon.png, the 512×512 application icon: a
// newspaper page with two columns of text, a red thread stitched across
// the gutter and a needle. Run from the repository root:
//
//	go run scripts/make-icon.go [-o Icon.png]
package main

import (
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
)

const size = 512

// samples is the supersampling grid per pixel side, for smooth edges.
const samples = 4

// shape reports whether a point lies inside a figure.
type shape func(x, y float64) bool

func main() {
	out := flag.String("o", "Icon.png", "output file")
	flag.Parse()
	img := image.NewNRGBA(image.Rect(0, 0, size, size))
	draw(img)
	f, err := os.Create(*out)
	if err != nil {
		fmt.Fprintln(os.Stderr, "make-icon:", err)
		os.Exit(1)
	}
	if err := png.Encode(f, img); err != nil {
		fmt.Fprintln(os.Stderr, "make-icon:", err)
		os.Exit(1)
	}
	if err := f.Close(); err != nil {
		fmt.Fprintln(os.Stderr, "make-icon:", err)
		os.Exit(1)
	}
}

var (
	navy   = color.NRGBA{0x1f, 0x3b, 0x63, 0xff}
	shadow = color.NRGBA{0x0b, 0x1a, 0x30, 0x70}
	paper  = color.NRGBA{0xfb, 0xf8, 0xf1, 0xff}
	ink    = color.NRGBA{0x2b, 0x2f, 0x36, 0xff}
	grey   = color.NRGBA{0x9a, 0xa3, 0xad, 0xff}
	thread = color.NRGBA{0xd7, 0x26, 0x3d, 0xff}
	steel  = color.NRGBA{0xd5, 0xdb, 0xe2, 0xff}
	edge   = color.NRGBA{0x6b, 0x76, 0x82, 0xff}
)

// draw paints the icon.
func draw(img *image.NRGBA) {
	fill(img, roundRect(0, 0, size, size, 100), navy)
	fill(img, roundRect(102, 80, 422, 448, 20), shadow)
	fill(img, roundRect(92, 66, 412, 434, 20), paper)
	fill(img, roundRect(120, 96, 384, 126, 6), ink) // the headline
	for y := 150.0; y < 410; y += 24 {
		fill(img, roundRect(120, y, 238, y+10, 5), grey)
		if y < 380 {
			fill(img, roundRect(266, y, 384, y+10, 5), grey)
		}
	}
	// Stitches across the gutter: the join between two columns.
	for _, y := range []float64{176, 248, 320} {
		fill(img, capsule(226, y, 278, y+28, 7), thread)
	}
	// The thread from the last stitch up to the needle's eye.
	curve(img, [4][2]float64{{278, 348}, {330, 400}, {430, 300}, {424, 150}}, 6, thread)
	// The needle, point down-left, eye up-right.
	fill(img, needle(300, 388, 446, 96, 13), edge)
	fill(img, needle(300, 388, 446, 96, 9), steel)
	fill(img, capsule(428, 128, 440, 106, 3.5), navy) // the eye
}

// fill paints s in c with anti-aliased edges, blending over img.
func fill(img *image.NRGBA, s shape, c color.NRGBA) {
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			n := 0
			for sy := 0; sy < samples; sy++ {
				for sx := 0; sx < samples; sx++ {
					if s(float64(px)+(float64(sx)+0.5)/samples, float64(py)+(float64(sy)+0.5)/samples) {
						n++
					}
				}
			}
			if n > 0 {
				blend(img, px, py, c, float64(n)/(samples*samples))
			}
		}
	}
}

// blend paints c with coverage a over the pixel (px, py).
func blend(img *image.NRGBA, px, py int, c color.NRGBA, a float64) {
	a *= float64(c.A) / 255
	dst := img.NRGBAAt(px, py)
	da := float64(dst.A) / 255
	oa := a + da*(1-a)
	mix := func(s, d uint8) uint8 {
		if oa == 0 {
			return 0
		}
		return uint8(math.Round((float64(s)*a + float64(d)*da*(1-a)) / oa))
	}
	img.SetNRGBA(px, py, color.NRGBA{mix(c.R, dst.R), mix(c.G, dst.G), mix(c.B, dst.B), uint8(math.Round(oa * 255))})
}

// roundRect is the rectangle (x0, y0)–(x1, y1) with corners of radius r.
func roundRect(x0, y0, x1, y1, r float64) shape {
	return func(x, y float64) bool {
		if x < x0 || x > x1 || y < y0 || y > y1 {
			return false
		}
		cx := math.Min(math.Max(x, x0+r), x1-r)
		cy := math.Min(math.Max(y, y0+r), y1-r)
		return (x-cx)*(x-cx)+(y-cy)*(y-cy) <= r*r
	}
}

// capsule is the segment (x0, y0)–(x1, y1) drawn r thick on each side with
// round ends.
func capsule(x0, y0, x1, y1, r float64) shape {
	return func(x, y float64) bool {
		return segDist(x, y, x0, y0, x1, y1) <= r
	}
}

// needle is a capsule that tapers to a point at (x0, y0).
func needle(x0, y0, x1, y1, r float64) shape {
	return func(x, y float64) bool {
		t := segT(x, y, x0, y0, x1, y1)
		w := r * math.Min(1, t*5)
		return segDist(x, y, x0, y0, x1, y1) <= w
	}
}

// curve paints the cubic Bézier p as a line r thick.
func curve(img *image.NRGBA, p [4][2]float64, r float64, c color.NRGBA) {
	const steps = 40
	var pts [][2]float64
	for i := 0; i <= steps; i++ {
		t := float64(i) / steps
		u := 1 - t
		x := u*u*u*p[0][0] + 3*u*u*t*p[1][0] + 3*u*t*t*p[2][0] + t*t*t*p[3][0]
		y := u*u*u*p[0][1] + 3*u*u*t*p[1][1] + 3*u*t*t*p[2][1] + t*t*t*p[3][1]
		pts = append(pts, [2]float64{x, y})
	}
	fill(img, func(x, y float64) bool {
		for i := 1; i < len(pts); i++ {
			if segDist(x, y, pts[i-1][0], pts[i-1][1], pts[i][0], pts[i][1]) <= r {
				return true
			}
		}
		return false
	}, c)
}

// segT is where the point nearest (x, y) lies on the segment, in [0, 1].
func segT(x, y, x0, y0, x1, y1 float64) float64 {
	dx, dy := x1-x0, y1-y0
	t := ((x-x0)*dx + (y-y0)*dy) / (dx*dx + dy*dy)
	return math.Min(1, math.Max(0, t))
}

// segDist is the distance from (x, y) to the segment.
func segDist(x, y, x0, y0, x1, y1 float64) float64 {
	t := segT(x, y, x0, y0, x1, y1)
	nx, ny := x0+t*(x1-x0), y0+t*(y1-y0)
	return math.Hypot(x-nx, y-ny)
}
