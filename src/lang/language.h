// Stage 2: which language a text is written in.
//
// Articles are long enough that counting each language's function words ("the", "of",
// "le", "des") decides reliably; words come from ICU's word segmentation.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace claims {

struct LanguageProfile {
  std::string code;                                            // "en", "fr"
  const std::unordered_set<std::string>* stopwords = nullptr;  // lower case, UTF-8
};

// Returns the code of the profile whose stopwords occur most often in the first part of
// `text`, or the first profile's code when none occurs (an empty `profiles` gives "").
std::string detect_language(std::string_view text, const std::vector<LanguageProfile>& profiles);

}  // namespace claims
