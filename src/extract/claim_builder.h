// One rule match -> one claim, in named steps.
//
// A rule's pattern says where the words are (rules/rule_set.h, Role); the builder says what
// they mean, through the language's vocabularies: the scale ("bn" -> 10^9), the unit or
// currency ("£" -> GBP, "cents" -> a hundredth of the article's dollar), the value (ICU,
// numbers/number_parser.h), the modifier ("about" -> approx), the sign ("fell" -> -1), the
// bounds of a range, and the key ("{noun}" -> the counted noun's key). Each step may turn
// the match down, and says why.
//
// Costs: a few hash look-ups per step and one ICU parse per number; no regex runs here
// except {clause_break} on a `gap` group.
//
//   ClaimBuilder builder(lexicon, numbers, rules, context);
//   std::string reason;
//   if (auto claim = builder.build(match, window, reason)) use(*claim);
//   else report(reason);  // "scale word \"zillion\" is not in [scales]"
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "extract/article_context.h"
#include "extract/claim.h"
#include "extract/rule_match.h"
#include "numbers/number_parser.h"
#include "rules/rule_set.h"
#include "text/folding.h"

namespace claims {

class ClaimBuilder {
 public:
  // All four must outlive the builder.
  ClaimBuilder(const Lexicon& lexicon, const NumberParser& numbers, const RuleSet& rules,
               const ArticleContext& context);

  // The claim `match` makes, or nothing, with `reason` saying why. `window` is the text a
  // bare sum may find its currency in: its sentence and the two before it.
  std::optional<Claim> build(const RuleMatch& match, Span window, std::string& reason) const;

 private:
  struct Draft;
  bool refused(const RuleMatch& match, std::string& reason) const;
  bool read_scales(Draft& draft) const;
  bool read_currency(Draft& draft) const;
  bool read_measure_unit(Draft& draft) const;
  bool read_value(Draft& draft) const;
  void read_cents(Draft& draft) const;
  bool read_upper_end(Draft& draft) const;
  bool read_modifier(Draft& draft) const;
  bool apply_sign(Draft& draft) const;
  // The sign [directions] gives `word` in any of its forms; 0 when it gives none.
  int sign_of(std::string_view word) const;
  void split_crossed_bounds(Draft& draft) const;
  bool make_key(Draft& draft) const;
  std::string noun_key(Draft& draft) const;
  std::string with_action(const std::string& key, const Draft& draft) const;
  static constexpr int kActionReach = 3;  // words looked at before a counted figure
  // The folded `word`'s entry in `table`, or nothing with `reason` naming the table.
  template <typename Table>
  const typename Table::mapped_type* look_up(const Table& table, std::string_view word,
                                             const char* what, const char* table_name,
                                             std::string& reason) const;

  const Lexicon& lexicon_;
  const NumberParser& numbers_;
  const RuleSet& rules_;
  const ArticleContext& context_;
};

// A plain four-digit number from 1800 to 2100: in a count, almost always a year.
bool looks_like_year(std::string_view number);

}  // namespace claims
