// Package corpus holds newspaper pages, their fragments (text blocks), the
// stitcher that chains fragments into articles, and the project store.
//
// Offsets everywhere in this package are Unicode code points (runes), end
// exclusive, and satisfy 0 ≤ start < end ≤ length. The package never imports
// Fyne: it is shared by the GUI (package app) and the headless commands.
package corpus
