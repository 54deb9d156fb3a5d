#include "text/decoder.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_cb.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utf8.h>

#include <cstring>
#include <vector>

namespace claims {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

using Converter = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

Converter open_converter(const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  Converter converter(ucnv_open(name, &status), ucnv_close);
  if (U_FAILURE(status)) converter.reset();
  return converter;
}

// Where the valid UTF-8 at the start of `bytes` ends (all of it when it is valid).
std::size_t valid_utf8_prefix(std::string_view bytes) {
  const auto* p = reinterpret_cast<const uint8_t*>(bytes.data());
  auto length = static_cast<int64_t>(bytes.size());
  int64_t i = 0;
  while (i < length) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    int64_t start = i;
    UChar32 c;
    U8_NEXT(p, i, length, c);
    if (c < 0) return static_cast<std::size_t>(start);
  }
  return bytes.size();
}

// The bytes at `at` start a sequence that the end of the block cut short.
bool cut_sequence(std::string_view bytes, std::size_t at) {
  // ICU: the trail bytes a lead byte announces; 0 for ASCII and for no lead byte.
  int trail = U8_COUNT_TRAIL_BYTES(static_cast<uint8_t>(bytes[at]));
  std::size_t need = static_cast<std::size_t>(trail) + 1;
  if (trail == 0 || at + need <= bytes.size()) return false;
  for (std::size_t i = at + 1; i < bytes.size(); ++i)
    if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80) return false;
  return true;
}

// UTF-8, perhaps with a few bad bytes (a scraper's cut): its multi-byte sequences are
// mostly valid. A Latin-1 text almost never holds a valid one ("é" is one byte before a
// letter). `at_end` false allows a sequence cut at the end of the block.
bool looks_like_utf8(std::string_view block, bool at_end) {
  const auto* p = reinterpret_cast<const uint8_t*>(block.data());
  auto length = static_cast<int64_t>(block.size());
  std::size_t valid = 0, invalid = 0;
  for (int64_t i = 0; i < length;) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    auto start = static_cast<std::size_t>(i);
    UChar32 c;
    U8_NEXT(p, i, length, c);
    if (c >= 0)
      ++valid;
    else if (at_end || !cut_sequence(block, start))
      ++invalid;
  }
  return invalid == 0 || valid >= 4 * invalid;
}

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// A byte-order mark: the charset it names and its length.
std::optional<Sniffed> from_bom(std::string_view block) {
  using namespace std::string_view_literals;
  if (starts_with(block, "\xEF\xBB\xBF")) return Sniffed{"UTF-8", 3};
  if (starts_with(block, "\xFF\xFE\0\0"sv)) return Sniffed{"UTF-32LE", 4};
  if (starts_with(block, "\0\0\xFE\xFF"sv)) return Sniffed{"UTF-32BE", 4};
  if (starts_with(block, "\xFF\xFE")) return Sniffed{"UTF-16LE", 2};
  if (starts_with(block, "\xFE\xFF")) return Sniffed{"UTF-16BE", 2};
  return std::nullopt;
}

// UTF-16 without a BOM: text in a Latin script has a NUL in every other byte.
std::optional<std::string> utf16_from_nuls(std::string_view block) {
  std::size_t sample = std::min<std::size_t>(block.size(), 4096) & ~std::size_t{1};
  if (sample < 4) return std::nullopt;
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < sample; ++i)
    if (block[i] == '\0') ++(i % 2 == 0 ? even : odd);
  std::size_t pairs = sample / 2;
  if (odd * 10 >= pairs * 4 && even * 20 < pairs) return "UTF-16LE";
  if (even * 10 >= pairs * 4 && odd * 20 < pairs) return "UTF-16BE";
  return std::nullopt;
}

bool is_wide_unicode(std::string_view charset) {
  return charset.starts_with("UTF-16") || charset.starts_with("UTF-32");
}

// ICU's guess for bytes that are not UTF-8: the likeliest charset of a text in one of
// `languages` (ISO 639 codes; ICU's detector names a language for the Latin charsets),
// else its likeliest charset. ISO-8859-1 is read as its superset windows-1252, which also
// maps curly quotes.
std::string detect_charset(std::string_view block, const std::vector<std::string>& languages) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status),
                                                                      ucsdet_close);
  auto size = static_cast<int32_t>(std::min<std::size_t>(block.size(), 1 << 20));
  ucsdet_setText(detector.get(), block.data(), size, &status);
  int32_t count = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(detector.get(), &count, &status);
  std::string first, in_language;
  for (int32_t i = 0; U_SUCCESS(status) && i < count && in_language.empty(); ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    const char* language = ucsdet_getLanguage(matches[i], &status);
    // NUL-free bytes are no UTF-16 or UTF-32 (sniff() saw to NULs), and they are not UTF-8.
    if (U_FAILURE(status) || name == nullptr || std::strcmp(name, "UTF-8") == 0 ||
        is_wide_unicode(name) || !open_converter(name))
      continue;
    if (first.empty()) first = name;
    for (const auto& wanted : languages)
      if (language != nullptr && wanted == language) in_language = name;
  }
  std::string charset = !in_language.empty() ? in_language : first;
  if (charset.empty() || charset == "ISO-8859-1") charset = "windows-1252";
  return charset;
}

}  // namespace

std::size_t first_invalid_utf8(std::string_view bytes) {
  std::size_t valid = valid_utf8_prefix(bytes);
  return valid == bytes.size() ? std::string_view::npos : valid;
}

std::optional<std::string> canonical_charset(std::string_view name) {
  std::string copy(name);
  UErrorCode status = U_ZERO_ERROR;
  const char* canonical = ucnv_getCanonicalName(copy.c_str(), "", &status);
  if (U_SUCCESS(status) && canonical != nullptr && *canonical != '\0') return canonical;
  Converter converter = open_converter(copy.c_str());
  if (!converter) return std::nullopt;
  status = U_ZERO_ERROR;
  const char* opened = ucnv_getName(converter.get(), &status);
  return U_SUCCESS(status) && opened ? std::string(opened) : copy;
}

std::vector<std::string> charset_names() {
  std::vector<std::string> names;
  for (int32_t i = 0, count = ucnv_countAvailable(); i < count; ++i)
    names.emplace_back(ucnv_getAvailableName(i));
  return names;
}

Sniffed sniff(std::string_view block, bool at_end, std::string_view encoding,
              const std::vector<std::string>& languages) {
  std::optional<Sniffed> bom = from_bom(block);
  if (encoding != "auto") {
    Sniffed named{std::string(encoding)};
    if (bom && bom->charset == named.charset) named.bom = bom->bom;
    named.binary = !is_wide_unicode(named.charset) && block.find('\0') != std::string_view::npos;
    return named;
  }
  if (bom) return *bom;
  if (block.find('\0') != std::string_view::npos) {
    if (std::optional<std::string> wide = utf16_from_nuls(block)) return Sniffed{*wide};
    return Sniffed{"UTF-8", 0, true};
  }
  // UTF-8 with a few bad bytes stays UTF-8: the decoder reports the first of them.
  if (looks_like_utf8(block, at_end)) return Sniffed{"UTF-8"};
  return Sniffed{detect_charset(block, languages), 0, false, true};
}

// ICU's converter with a callback that records the first invalid byte.
struct Decoder::Icu {
  Converter converter{nullptr, ucnv_close};
  Decoder* owner = nullptr;
  const char* block = nullptr;  // the bytes being converted
  std::vector<UChar> utf16 = std::vector<UChar>(16384);
  std::string utf8;

  static void on_invalid(const void* context, UConverterToUnicodeArgs* args, const char*,
                         int32_t length, UConverterCallbackReason reason, UErrorCode* error) {
    if (reason > UCNV_IRREGULAR) return;  // reset, close or clone: nothing to replace
    auto* self = static_cast<Icu*>(const_cast<void*>(context));
    auto at = static_cast<std::int64_t>(args->source - self->block) - length;
    self->owner->note_invalid(self->owner->consumed_ + static_cast<std::uint64_t>(at < 0 ? 0 : at));
    static const UChar kFffd = 0xFFFD;
    *error = U_ZERO_ERROR;
    ucnv_cbToUWriteUChars(args, &kFffd, 1, 0, error);
  }
};

Decoder::Decoder(const std::string& charset, std::uint64_t offset)
    : charset_(charset), consumed_(offset) {
  utf8_ = canonical_charset(charset).value_or(charset) == "UTF-8";
  if (utf8_) return;
  icu_ = std::make_unique<Icu>();
  icu_->owner = this;
  icu_->converter = open_converter(charset.c_str());
  if (!icu_->converter) return;
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setToUCallBack(icu_->converter.get(), Icu::on_invalid, icu_.get(), nullptr, nullptr,
                      &status);
}

Decoder::~Decoder() = default;

void Decoder::note_invalid(std::uint64_t offset) {
  if (!first_invalid_) first_invalid_ = offset;
}

void Decoder::decode(std::string_view bytes, bool last, std::string& out) {
  if (utf8_)
    decode_utf8(bytes, last, out);
  else
    decode_icu(bytes, last, out);
}

void Decoder::decode_utf8(std::string_view bytes, bool last, std::string& out) {
  std::string joined;
  std::uint64_t base = consumed_;
  if (!pending_.empty()) {
    base -= pending_.size();
    joined = pending_ + std::string(bytes);
    bytes = joined;
    pending_.clear();
  }
  consumed_ = base + bytes.size();
  std::size_t at = 0;
  while (at < bytes.size()) {
    std::size_t valid = at + valid_utf8_prefix(bytes.substr(at));
    out.append(bytes.data() + at, valid - at);
    if (valid == bytes.size()) return;
    if (!last && cut_sequence(bytes, valid)) {
      pending_.assign(bytes.substr(valid));
      return;
    }
    // One U+FFFD for each maximal invalid subpart, as ICU and the Unicode standard do.
    note_invalid(base + valid);
    out.append(kReplacement);
    auto i = static_cast<int64_t>(valid);
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(bytes.data()), i, static_cast<int64_t>(bytes.size()),
            c);
    at = static_cast<std::size_t>(i);
  }
}

void Decoder::decode_icu(std::string_view bytes, bool last, std::string& out) {
  if (!icu_->converter) {  // the constructor could not open it: nothing is readable
    if (!bytes.empty()) note_invalid(consumed_);
    consumed_ += bytes.size();
    return;
  }
  const char* source = bytes.data();
  const char* end = bytes.data() + bytes.size();
  icu_->block = bytes.data();
  UErrorCode status = U_BUFFER_OVERFLOW_ERROR;
  while (status == U_BUFFER_OVERFLOW_ERROR) {
    status = U_ZERO_ERROR;
    UChar* target = icu_->utf16.data();
    ucnv_toUnicode(icu_->converter.get(), &target, target + icu_->utf16.size(), &source, end,
                   nullptr, last, &status);
    auto units = static_cast<int32_t>(target - icu_->utf16.data());
    UErrorCode to_utf8 = U_ZERO_ERROR;
    int32_t needed = 0;
    icu_->utf8.resize(static_cast<std::size_t>(units) * 3 + 4);
    u_strToUTF8WithSub(icu_->utf8.data(), static_cast<int32_t>(icu_->utf8.size()), &needed,
                       icu_->utf16.data(), units, 0xFFFD, nullptr, &to_utf8);
    if (U_SUCCESS(to_utf8)) out.append(icu_->utf8.data(), static_cast<std::size_t>(needed));
  }
  consumed_ += bytes.size();
}

}  // namespace claims
