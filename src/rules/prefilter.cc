#include "rules/prefilter.h"

#include <algorithm>
#include <cstdint>
#include <numeric>

namespace claims {
namespace {

// An atom of one or two bytes ("%", "£") still rules out most sentences for the rules
// that need it.
constexpr int kMinAtomLength = 1;
// As for the rules themselves (rules/rule_set.cc): far more than the atoms need.
constexpr int64_t kAtomSetMemory = 64 << 20;

}  // namespace

RulePrefilter::RulePrefilter() : filter_(kMinAtomLength) {}
RulePrefilter::~RulePrefilter() = default;

const RE2* RulePrefilter::add(const std::string& pattern, const RE2::Options& options) {
  int id = -1;
  if (filter_.Add(pattern, options, &id) != RE2::NoError) return nullptr;
  // Filter ids are given in add order to the patterns RE2 accepts.
  position_of_id_.push_back(rules_++);
  return &filter_.GetRE2(id);
}

void RulePrefilter::add_unfiltered() { always_.push_back(rules_++); }

void RulePrefilter::compile() {
  if (filter_.NumRegexps() == 0) return;
  std::vector<std::string> atoms;
  filter_.Compile(&atoms);
  if (atoms.empty()) return;  // every rule runs on every sentence
  RE2::Options options;
  options.set_case_sensitive(false);  // the atoms are lower-cased; the text is not
  options.set_never_capture(true);
  options.set_log_errors(false);
  options.set_max_mem(kAtomSetMemory);
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const auto& atom : atoms)
    if (set->Add(RE2::QuoteMeta(atom), nullptr) < 0) return;
  if (!set->Compile()) return;
  atoms_ = std::move(set);
  usable_ = true;
}

void RulePrefilter::candidates(std::string_view text, std::vector<std::size_t>& positions) const {
  positions.clear();
  auto everything = [&] {
    positions.resize(rules_);
    std::iota(positions.begin(), positions.end(), std::size_t{0});
  };
  if (!usable_) return everything();
  std::vector<int> atoms;
  RE2::Set::ErrorInfo error;
  if (!atoms_->Match(re2::StringPiece(text.data(), text.size()), &atoms, &error) &&
      error.kind != RE2::Set::kNoError)
    return everything();  // the DFA ran out of memory: no rule is ruled out
  std::vector<int> ids;
  filter_.AllPotentials(atoms, &ids);
  for (int id : ids) positions.push_back(position_of_id_[static_cast<std::size_t>(id)]);
  positions.insert(positions.end(), always_.begin(), always_.end());
  std::sort(positions.begin(), positions.end());
}

}  // namespace claims
