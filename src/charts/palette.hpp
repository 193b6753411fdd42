#pragma once
// The charts' colours: the Okabe-Ito palette, chosen to stay apart for the common kinds of colour
// blindness, ordered and paired so that neighbours also differ in lightness (grey level, shown
// beside each), with hatching on the layers whose grey is close to a neighbour's. Reviewed
// reference data: change it here and the golden SVG files in tests/golden/ with it.

#include <array>
#include <string_view>

namespace jobsight::charts {

struct PaletteColour {
  std::string_view name;  // Okabe-Ito's name
  std::string_view hex;   // fill and stroke colour
  int grey;               // luma 0.299 R + 0.587 G + 0.114 B, 0-255, for reviewing contrast
};

inline constexpr PaletteColour kBlack{"black", "#000000", 0};
inline constexpr PaletteColour kOrange{"orange", "#E69F00", 162};
inline constexpr PaletteColour kSkyBlue{"sky blue", "#56B4E9", 158};
inline constexpr PaletteColour kBluishGreen{"bluish green", "#009E73", 106};
inline constexpr PaletteColour kYellow{"yellow", "#F0E442", 213};
inline constexpr PaletteColour kBlue{"blue", "#0072B2", 87};
inline constexpr PaletteColour kVermillion{"vermillion", "#D55E00", 119};
inline constexpr PaletteColour kReddishPurple{"reddish purple", "#CC79A7", 151};

// A series of a chart: its colour and whether it is hatched (diagonal lines over the fill).
struct SeriesStyle {
  PaletteColour colour;
  bool hatched;
};

// Stacked layers, bottom to top (seniority-mix: intern ... executive), light to dark; orange and
// sky blue are close in grey, so every other layer is hatched.
inline constexpr std::array<SeriesStyle, 6> kStackStyles{{{kYellow, false},
                                                          {kOrange, true},
                                                          {kSkyBlue, false},
                                                          {kVermillion, true},
                                                          {kBluishGreen, false},
                                                          {kBlue, true}}};

// Two series side by side (AI roles, other roles): dark blue against hatched light orange.
inline constexpr std::array<SeriesStyle, 2> kPairStyles{{{kBlue, false}, {kOrange, true}}};

// One series of bars or a line.
inline constexpr SeriesStyle kMainStyle{kBlue, false};
// Bars below zero in a chart of differences (pay against the US): vermillion, hatched.
inline constexpr SeriesStyle kNegativeStyle{kVermillion, true};
// The p25-p75 band of a pay bar, with the median marked in black on it.
inline constexpr SeriesStyle kRangeStyle{kSkyBlue, false};

}  // namespace jobsight::charts
