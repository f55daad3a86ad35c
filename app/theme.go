package app

import (
	_ "embed"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// The bundled Simplified Chinese font: the "Noto Sans CJK SC" face split out
// of Debian's fonts-noto-cjk collection and subset by scripts/subset-font.py
// (ASCII, Latin-1, punctuation, GB 2312 and all CJK Unified Ideographs
// U+4E00–U+9FFF). SIL Open Font License 1.1, see fonts/OFL.txt. Without it
// Fyne falls back to a system font, on Debian the Japanese glyph forms of
// Noto Sans CJK JP; rarer characters still fall back to system fonts.
var (
	//go:embed fonts/NotoSansSC-Regular.otf
	fontRegular []byte
	//go:embed fonts/NotoSansSC-Bold.otf
	fontBold []byte

	fontRegularRes = fyne.NewStaticResource("NotoSansSC-Regular.otf", fontRegular)
	fontBoldRes    = fyne.NewStaticResource("NotoSansSC-Bold.otf", fontBold)
)

// deskTheme is Fyne's default theme with the bundled Chinese font for
// regular and bold text.
type deskTheme struct {
	fyne.Theme
}

var _ fyne.Theme = (*deskTheme)(nil)

// newTheme returns the desk's theme: Fyne's default look (following the
// system's light or dark variant) with the bundled Simplified Chinese font.
func newTheme() fyne.Theme {
	return &deskTheme{Theme: theme.DefaultTheme()}
}

// Font returns the bundled font for regular, italic and bold text, and
// Fyne's default for monospace and symbols.
func (t *deskTheme) Font(style fyne.TextStyle) fyne.Resource {
	if style.Monospace || style.Symbol {
		return t.Theme.Font(style)
	}
	if style.Bold {
		return fontBoldRes
	}
	return fontRegularRes
}
