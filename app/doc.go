// Package app is the Stitchmark desk: the Fyne window in which a person
// reviews stitched articles, fixes joins and labels entity spans. It is the
// only package that imports Fyne.
package app
