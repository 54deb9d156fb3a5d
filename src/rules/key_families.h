// Families of claim keys, from rules/keys.toml: "net_profit" is a kind of "profit", which
// is a kind of "amount"; "jobs_cut" a kind of "jobs"; a key made with a suffix that
// [parent_suffixes] names ("revenue_change") is a kind of that suffix's key ("change"), or,
// when the suffix names none, of the key without it ("stores_closed" of "stores").
// Two keys are compatible when they are equal or one is an ancestor of the other, and a
// generic key ([generic]: "count", "amount", "percent", ...) is compatible with every key
// of the same unit: `claims compare` lines up "profit" from one source with "net_profit"
// or a bare "amount" from another.
//
// Costs: a hash look-up per ancestor (chains are a few keys long; at most 16 are followed).
//
//   KeyFamilies families;
//   families.add_parent("net_profit", "profit");
//   families.compatible("profit", "net_profit");  // true
//   families.compatible("revenue", "net_profit"); // false
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace claims {

class KeyFamilies {
 public:
  void add_parent(std::string key, std::string parent) {
    parents_[std::move(key)] = std::move(parent);
  }
  void add_suffix(std::string suffix, std::string parent) {
    suffixes_.emplace_back(std::move(suffix), std::move(parent));
  }
  void add_generic(std::string key) { generic_.insert(std::move(key)); }

  // The key's parent, its parent's parent, ...: nearest first.
  std::vector<std::string> ancestors(std::string_view key) const;
  // Equal, one an ancestor of the other, or either generic (the caller has checked that the
  // claims share a unit).
  bool compatible(std::string_view a, std::string_view b) const;
  // A key that names a kind of figure rather than a thing: "count", "amount", "change".
  bool generic(std::string_view key) const { return generic_.count(std::string(key)) > 0; }

 private:
  std::string parent_of(const std::string& key) const;

  std::unordered_map<std::string, std::string> parents_;
  std::vector<std::pair<std::string, std::string>> suffixes_;  // "_change" -> "change"
  std::unordered_set<std::string> generic_;
};

}  // namespace claims
