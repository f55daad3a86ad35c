// Package annotate suggests entity spans for a person to confirm: explicit
// dates and sums of money found by rules, person, place and organisation
// names found with the gse dictionary or beside the titles and verbs of
// saying that news prints with them, and strings the person confirmed
// before, which it learns as they work.
//
// Labels follow the People's Daily 1998 convention (PERSON→PER, GPE→LOC):
// PER, LOC, ORG, DATE, and MONEY. Offsets are Unicode code points (runes),
// end exclusive. The package never imports Fyne.
package annotate
