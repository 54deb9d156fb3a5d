#include "explain/explain.h"

#include "numbers/number_parser.h"

namespace claims {

std::vector<Explanation> explain(const Extractor& extractor, const RuleSet& rules,
                                 std::string_view text, const std::string& lang,
                                 const ExtractOptions& options) {
  std::vector<Explanation> out;
  const Lexicon* lexicon = rules.lexicon(lang);
  if (lexicon == nullptr || !lexicon->numbers) return out;
  std::vector<Rejection> rejected;
  std::vector<Claim> claims = extractor.extract(text, lang, options, &rejected);
  Segmenter segmenter(text, lexicon->locale.c_str());
  auto overlaps = [](Span a, Span b) { return a.begin < b.end && b.begin < a.end; };

  re2::StringPiece input(text.data(), text.size()), hit;
  std::size_t position = 0;
  while (position < text.size() &&
         lexicon->numbers->Match(input, position, text.size(), RE2::UNANCHORED, &hit, 1)) {
    Span number{static_cast<std::size_t>(hit.data() - text.data()), 0};
    number.end = number.begin + hit.size();
    position = number.end > number.begin ? number.end : number.begin + 1;
    if (number.size() == 0 || !segmenter.is_word_boundary(number.begin) ||
        !segmenter.is_word_boundary(number.end))
      continue;
    Explanation e{number, "no rule", nullptr, "no rule matched around this number"};
    auto from_claim = [&](const Claim& claim) {
      e.outcome = "claim";
      e.rule = claim.rule;
      e.detail = claim.key + " " + format_number(claim.value);
      if (claim.value_max) e.detail += ".." + format_number(*claim.value_max);
      e.detail += " " + claim.unit;
      if (!claim.modifier.empty()) e.detail += " " + claim.modifier;
    };
    // The claim that reads this number, else a rule that dropped it, else a claim whose
    // words include it (the upper end of a range).
    for (const Claim& claim : claims)
      if (e.rule == nullptr && overlaps(claim.number, number)) from_claim(claim);
    for (const Rejection& r : rejected) {
      if (e.rule != nullptr || !overlaps(r.text, number)) continue;
      e.outcome = "dropped";
      e.rule = r.rule;
      e.detail = r.reason;
    }
    for (const Claim& claim : claims)
      if (e.rule == nullptr && overlaps(claim.text, number)) from_claim(claim);
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace claims
