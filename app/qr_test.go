package app

import (
	"image"
	"image/color"
	"regexp"
	"strconv"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

var (
	qrViewBox = regexp.MustCompile(`viewBox="0 0 (\d+) (\d+)"`)
	qrModule  = regexp.MustCompile(`M(\d+) (\d+)h1v1h-1z`)
)

// TestQRDecodes draws the hand-over QR code as pixels and reads it back
// with a QR decoder: a phone's camera gets the same link.
func TestQRDecodes(t *testing.T) {
	for _, link := range []string{
		"https://lotse.example.org/de/checklist/?city=dortmund&need=extend&citizenship=other&status=study&expiry=2027-01-10&length=over3m&people=adult&benefits=no&urgent=none",
		"http://127.0.0.1:8000/ar/checklist/?city=hagen&need=extend&citizenship=other&status=family&expiry=2027-06-01&people=adult,adult,child_6_17,child_under_6&benefits=no",
	} {
		svg, err := QRSVG(link, `Link "zum" <Mitnehmen>`)
		if err != nil {
			t.Fatal(err)
		}
		m := qrViewBox.FindStringSubmatch(svg)
		if m == nil {
			t.Fatalf("no viewBox in %s", svg)
		}
		size, _ := strconv.Atoi(m[1])
		const scale = 4
		img := image.NewGray(image.Rect(0, 0, size*scale, size*scale))
		for i := range img.Pix {
			img.Pix[i] = 0xff
		}
		for _, mod := range qrModule.FindAllStringSubmatch(svg, -1) {
			x, _ := strconv.Atoi(mod[1])
			y, _ := strconv.Atoi(mod[2])
			for dy := 0; dy < scale; dy++ {
				for dx := 0; dx < scale; dx++ {
					img.SetGray(x*scale+dx, y*scale+dy, color.Gray{})
				}
			}
		}
		bmp, err := gozxing.NewBinaryBitmapFromImage(img)
		if err != nil {
			t.Fatal(err)
		}
		res, err := qrcode.NewQRCodeReader().Decode(bmp, nil)
		if err != nil {
			t.Fatalf("decoding: %v", err)
		}
		if res.GetText() != link {
			t.Errorf("decoded %q, want %q", res.GetText(), link)
		}
		if regexp.MustCompile(`aria-label="[^"]*"[^ >]`).MatchString(svg) || !regexp.MustCompile(`aria-label="Link &quot;zum&quot; &lt;Mitnehmen&gt;"`).MatchString(svg) {
			t.Errorf("the label is not escaped: %s", svg[:200])
		}
	}
}
