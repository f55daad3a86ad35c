package corpus

import (
	"testing"
)

// BenchmarkStitchSample stitches the sample page (79 blocks) with the
// dictionary loaded; pages/s = 1e9 / ns/op.
func BenchmarkStitchSample(b *testing.B) {
	d, err := LoadDictionary()
	if err != nil {
		b.Fatal(err)
	}
	s := NewStitcher(d, nil)
	p := SamplePage()
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s.Stitch(p)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
}
