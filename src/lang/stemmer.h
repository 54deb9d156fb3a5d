// The stem of a word, by Snowball's stemmers ("reculait", "reculer", "reculé" -> "recul").
//
// The rules use stems at load time: a vocabulary entry marked as inflected ("reculer") is
// written into its sub-pattern as its stem's part of the word plus the language's
// {inflection} endings, so that every form of it matches (rules/vocabulary.h).
//
// Costs: one Snowball run per word. A Stemmer is safe to share between threads (a mutex
// guards Snowball's state).
//
//   Stemmer french("french");
//   if (french.ok()) french.stem("fléchissant");  // "flech"
#pragma once

#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

struct sb_stemmer;

namespace claims {

class Stemmer {
 public:
  // `algorithm` is a Snowball name: "english", "french", ... (available_stemmers()).
  explicit Stemmer(const std::string& algorithm);
  ~Stemmer();
  Stemmer(const Stemmer&) = delete;
  Stemmer& operator=(const Stemmer&) = delete;

  bool ok() const { return stemmer_ != nullptr; }
  // The stem of `word` (UTF-8, lower case); the word itself when the stemmer is not ok().
  std::string stem(std::string_view word) const;

 private:
  sb_stemmer* stemmer_;
  mutable std::mutex mutex_;
};

// The algorithms Snowball offers, for messages.
std::vector<std::string> available_stemmers();

}  // namespace claims
