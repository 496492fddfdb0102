// Command icons draws Lotse's app icons into web/: a compass needle on the
// brand colour. Run it once after changing the design; the PNGs are
// committed so that the app needs no remote icon.
package main

import (
	"fmt"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
)

var (
	brand = color.RGBA{0x0b, 0x4f, 0x6c, 0xff}
	light = color.RGBA{0xff, 0xff, 0xff, 0xff}
	warm  = color.RGBA{0xf2, 0xa5, 0x41, 0xff}
)

// shape tells the colour at a point of the unit square (0..1), or false
// for transparent. maskable icons fill the square and keep the symbol in
// the inner safe zone (80 %).
func shape(x, y float64, maskable bool) (color.RGBA, bool) {
	scale := 1.0
	if maskable {
		scale = 0.8
	} else {
		// rounded square background
		r := 0.18
		dx := math.Max(math.Max(r-x, x-(1-r)), 0)
		dy := math.Max(math.Max(r-y, y-(1-r)), 0)
		if dx*dx+dy*dy > r*r {
			return color.RGBA{}, false
		}
	}
	cx, cy := (x-0.5)/scale, (y-0.5)/scale
	d := math.Hypot(cx, cy)
	if d > 0.30 && d < 0.35 {
		return light, true
	}
	// needle: a diamond pointing north-east; the northern half in warm
	u := (cx + cy) / math.Sqrt2 // across
	v := (cx - cy) / math.Sqrt2 // along (north-east positive)
	if math.Abs(u)/0.07+math.Abs(v)/0.27 <= 1 {
		if v > 0 {
			return warm, true
		}
		return light, true
	}
	return brand, true
}

func draw(size int, maskable bool) *image.RGBA {
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	const ss = 4 // supersampling
	for py := 0; py < size; py++ {
		for px := 0; px < size; px++ {
			var r, g, b, a float64
			for sy := 0; sy < ss; sy++ {
				for sx := 0; sx < ss; sx++ {
					x := (float64(px) + (float64(sx)+0.5)/ss) / float64(size)
					y := (float64(py) + (float64(sy)+0.5)/ss) / float64(size)
					if c, ok := shape(x, y, maskable); ok {
						r += float64(c.R)
						g += float64(c.G)
						b += float64(c.B)
						a += 255
					}
				}
			}
			n := float64(ss * ss)
			if a > 0 {
				img.SetRGBA(px, py, color.RGBA{uint8(r / (a / 255)), uint8(g / (a / 255)), uint8(b / (a / 255)), uint8(a / n)})
			}
		}
	}
	return img
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" role="img" aria-label="Lotse">
<rect width="100" height="100" rx="18" fill="#0b4f6c"/>
<circle cx="50" cy="50" r="32.5" fill="none" stroke="#fff" stroke-width="5"/>
<g transform="rotate(45 50 50)">
<path d="M50 23 L57 50 L50 50 Z M50 23 L43 50 L50 50 Z" fill="#f2a541"/>
<path d="M50 77 L57 50 L43 50 Z" fill="#fff"/>
</g>
</svg>
`

func main() {
	dir := "web"
	if len(os.Args) > 1 {
		dir = os.Args[1]
	}
	write := func(name string, img image.Image) {
		f, err := os.Create(filepath.Join(dir, name))
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		defer f.Close()
		if err := png.Encode(f, img); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
	}
	write("icon-192.png", draw(192, false))
	write("icon-512.png", draw(512, false))
	write("icon-maskable.png", draw(512, true))
	if err := os.WriteFile(filepath.Join(dir, "icon.svg"), []byte(svg), 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
