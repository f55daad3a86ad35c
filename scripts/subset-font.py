#!/usr/bin/python3
"""Split and subset the Simplified Chinese face of Noto Sans CJK for the desk.

Fyne cannot load TrueType/OpenType collections (.ttc), and the full face is
~16 MB per weight, so this script takes the "Noto Sans CJK SC" face out of
Debian's fonts-noto-cjk collections, keeps only what a Chinese newspaper
corpus needs, and writes one single-face font per weight into app/fonts/:

    app/fonts/NotoSansSC-Regular.otf
    app/fonts/NotoSansSC-Bold.otf

Kept code points: ASCII, Latin-1, Latin extended (pinyin), IPA, Greek,
Cyrillic, general punctuation, currency and letterlike symbols,
number forms, arrows, enclosed alphanumerics (①…), geometric shapes used as
bullets (■□▲△◆◇○●★☆), CJK symbols and punctuation, full-width forms, all of
GB 2312, every character of the bundled sample page and, unless --gb2312-only
is given, every CJK Unified Ideograph of the basic block U+4E00–U+9FFF (the
resulting file stays well below 10 MB per weight).

The outlines stay CFF: Fyne 2.7's go-text shaper renders CFF-flavoured OTF
(checked under Xvfb and in the test painter). Pass --truetype to convert the
outlines to quadratic TrueType curves with fontTools' cu2qu instead (writes
.ttf files, which Fyne also measures and renders; app/theme.go embeds the
.otf names, so change it too).

The licence is the SIL Open Font License 1.1 (app/fonts/OFL.txt); the
Reserved Font Name of the upstream fonts is "Source", which this subset does
not use.

Needs python3-fonttools (Debian) — run it with the system python:

    /usr/bin/python3 scripts/subset-font.py [--gb2312-only] [--truetype]
"""

import argparse
import os
import sys

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTO = "/usr/share/fonts/opentype/noto"
FACE = "Noto Sans CJK SC"
SAMPLES = [
    os.path.join(ROOT, "..", "shared", "samples", "heze-daily-2020-09-15.txt"),
    os.path.join(ROOT, "corpus", "testdata", "heze-daily-2020-09-15.txt"),
]
WEIGHTS = {"Regular": "NotoSansCJK-Regular.ttc", "Bold": "NotoSansCJK-Bold.ttc"}

RANGES = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 supplement
    (0x0100, 0x024F),  # Latin extended A and B (pinyin tone marks: ā ǎ ǜ)
    (0x0250, 0x02FF),  # IPA and spacing modifiers (ɑ ɡ ˇ ˉ)
    (0x0391, 0x03C9),  # Greek letters
    (0x0401, 0x0451),  # Cyrillic letters
    (0x2000, 0x206F),  # general punctuation (— … ‘ ’ “ ” ‰ ※)
    (0x20A0, 0x20CF),  # currency symbols (€)
    (0x2100, 0x214F),  # letterlike symbols (℃ № ℉)
    (0x2150, 0x218F),  # number forms (Ⅰ Ⅱ Ⅻ)
    (0x2190, 0x21FF),  # arrows
    (0x2460, 0x24FF),  # enclosed alphanumerics (① ⑴ ⒈)
    (0x25A0, 0x25FF),  # geometric shapes (■ □ ▲ ● ○ ◆)
    (0x2605, 0x2606),  # ★ ☆
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3200, 0x32FF),  # enclosed CJK (㈠ ㊣)
    (0x3300, 0x33FF),  # CJK compatibility (㎡ ㎏)
    (0xFE30, 0xFE4F),  # CJK compatibility forms (vertical punctuation)
    (0xFF00, 0xFFEF),  # half-width and full-width forms
]
CJK_BASIC = (0x4E00, 0x9FFF)


def gb2312():
    """Every character encodable in GB 2312 (rows 0xA1–0xF7, cells 0xA1–0xFE)."""
    chars = set()
    for hi in range(0xA1, 0xF8):
        for lo in range(0xA1, 0xFF):
            try:
                chars.add(ord(bytes([hi, lo]).decode("gb2312")))
            except UnicodeDecodeError:
                pass
    return chars


def sample_chars():
    """The characters of the bundled sample page, where it can be found."""
    for path in SAMPLES:
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                return {ord(c) for c in f.read() if not c.isspace()}
    return set()


def codepoints(full_cjk):
    cps = gb2312() | sample_chars()
    ranges = list(RANGES)
    if full_cjk:
        ranges.append(CJK_BASIC)
    for lo, hi in ranges:
        cps.update(range(lo, hi + 1))
    return cps


def sc_face(path):
    coll = TTCollection(path)
    for font in coll.fonts:
        if font["name"].getDebugName(4) in (FACE, FACE + " Bold"):
            return font
    sys.exit("subset-font: no %r face in %s" % (FACE, path))


def to_truetype(font):
    """Convert CFF outlines to TrueType (glyf) outlines."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    glyph_set = font.getGlyphSet()
    glyf = newTable("glyf")
    glyf.glyphOrder = font.getGlyphOrder()
    glyf.glyphs = {}
    for name in glyf.glyphOrder:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    font["glyf"] = glyf
    font["loca"] = newTable("loca")
    font["maxp"].tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements"):
        setattr(font["maxp"], attr, 0)
    font["maxp"].maxZones = 1
    font["head"].glyphDataFormat = 0
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font.sfntVersion = "\x00\x01\x00\x00"
    font["post"].formatType = 2.0
    font["post"].extraNames = []
    font["post"].mapping = {}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gb2312-only", action="store_true",
                    help="keep only GB 2312 ideographs (smaller, fewer rare characters)")
    ap.add_argument("--truetype", action="store_true",
                    help="convert CFF outlines to TrueType outlines")
    ap.add_argument("--out", default=os.path.join(ROOT, "app", "fonts"))
    args = ap.parse_args()

    cps = codepoints(not args.gb2312_only)
    os.makedirs(args.out, exist_ok=True)
    for weight, ttc in WEIGHTS.items():
        font = sc_face(os.path.join(NOTO, ttc))
        opts = subset.Options()
        opts.layout_features = ["ccmp", "kern", "liga", "calt", "palt", "halt"]
        opts.name_IDs = ["*"]
        opts.name_languages = ["*"]
        opts.notdef_outline = True
        opts.hinting = False
        opts.desubroutinize = args.truetype
        sub = subset.Subsetter(opts)
        sub.populate(unicodes=sorted(cps))
        sub.subset(font)
        ext = ".otf"
        if args.truetype:
            to_truetype(font)
            ext = ".ttf"
        path = os.path.join(args.out, "NotoSansSC-" + weight + ext)
        font.save(path)
        print("%s: %d glyphs, %.1f MB" % (path, len(font.getGlyphOrder()),
                                          os.path.getsize(path) / 1e6))


if __name__ == "__main__":
    main()
