#include "rules/key_families.h"

#include <algorithm>

namespace claims {

namespace {
constexpr std::size_t kLongestChain = 16;  // a cycle in the rule files ends here
}

std::string KeyFamilies::parent_of(const std::string& key) const {
  if (auto found = parents_.find(key); found != parents_.end()) return found->second;
  for (const auto& [suffix, parent] : suffixes_)
    if (key.size() > suffix.size() && key.ends_with(suffix) && key != parent)
      return parent.empty() ? key.substr(0, key.size() - suffix.size()) : parent;
  return {};
}

std::vector<std::string> KeyFamilies::ancestors(std::string_view key) const {
  std::vector<std::string> chain;
  std::string at(key);
  while (chain.size() < kLongestChain) {
    std::string parent = parent_of(at);
    if (parent.empty() || parent == std::string(key) ||
        std::find(chain.begin(), chain.end(), parent) != chain.end())
      break;
    chain.push_back(parent);
    at = std::move(parent);
  }
  return chain;
}

bool KeyFamilies::compatible(std::string_view a, std::string_view b) const {
  if (a == b || generic(a) || generic(b)) return true;
  auto holds = [](const std::vector<std::string>& keys, std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  };
  return holds(ancestors(a), b) || holds(ancestors(b), a);
}

}  // namespace claims
