#include "lang/stemmer.h"

#include <libstemmer.h>

namespace claims {

Stemmer::Stemmer(const std::string& algorithm)
    : stemmer_(sb_stemmer_new(algorithm.c_str(), "UTF_8")) {}

Stemmer::~Stemmer() {
  if (stemmer_) sb_stemmer_delete(stemmer_);
}

std::string Stemmer::stem(std::string_view word) const {
  if (!stemmer_) return std::string(word);
  std::lock_guard<std::mutex> lock(mutex_);
  const sb_symbol* stemmed = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(word.data()), static_cast<int>(word.size()));
  if (stemmed == nullptr) return std::string(word);  // out of memory: the word as it is
  return std::string(reinterpret_cast<const char*>(stemmed),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
}

std::vector<std::string> available_stemmers() {
  std::vector<std::string> names;
  for (const char** name = sb_stemmer_list(); *name != nullptr; ++name) names.emplace_back(*name);
  return names;
}

}  // namespace claims
