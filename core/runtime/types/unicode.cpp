// Unicode property lookups over generated range tables (binary search).
#include "runtime/types/unicode.h"

#include <cstddef>

namespace ls::rt {

#include "runtime/types/unicode_tables.inc"

template <size_t N>
static bool in_ranges(const uint32_t (&t)[N][2], uint32_t cp) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < t[mid][0]) hi = mid;
    else if (cp > t[mid][1]) lo = mid + 1;
    else return true;
  }
  return false;
}

template <size_t N>
static uint32_t map_lookup(const uint32_t (&t)[N][2], uint32_t cp) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < t[mid][0]) hi = mid;
    else if (cp > t[mid][0]) lo = mid + 1;
    else return t[mid][1];
  }
  return cp;
}

bool unicode_isprintable(uint32_t cp) {
  if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
  return !in_ranges(kNonPrintable, cp);
}
bool unicode_isalpha(uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
  return in_ranges(kAlpha, cp);
}
bool unicode_isdecimal(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return in_ranges(kDecimal, cp);
}
bool unicode_isdigit(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return in_ranges(kDigit, cp);
}
bool unicode_isnumeric(uint32_t cp) {
  if (cp < 0x80) return cp >= '0' && cp <= '9';
  return in_ranges(kNumeric, cp);
}
bool unicode_isspace(uint32_t cp) {
  if (cp < 0x80) return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x1F);
  return in_ranges(kSpace, cp);
}
bool unicode_isupper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  return in_ranges(kUpperChar, cp);
}
bool unicode_islower(uint32_t cp) {
  if (cp < 0x80) return cp >= 'a' && cp <= 'z';
  return in_ranges(kLowerChar, cp);
}
uint32_t unicode_tolower(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'A' && cp <= 'Z') ? cp + 32 : cp;
  return map_lookup(kToLower, cp);
}
uint32_t unicode_toupper(uint32_t cp) {
  if (cp < 0x80) return (cp >= 'a' && cp <= 'z') ? cp - 32 : cp;
  return map_lookup(kToUpper, cp);
}
template <class T, size_t N>
static const char* find_full(const T (&t)[N], uint32_t cp) {
  size_t lo = 0, hi = N;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < t[mid].cp) hi = mid;
    else if (cp > t[mid].cp) lo = mid + 1;
    else return t[mid].text;
  }
  return nullptr;
}

void utf8_append(std::string& out, uint32_t cp);  // str.cpp

void unicode_append_upper(std::string& out, uint32_t cp) {
  if (cp >= 0x80)
    if (const char* t = find_full(kUpperFull, cp)) {
      out += t;
      return;
    }
  utf8_append(out, unicode_toupper(cp));
}
void unicode_append_lower(std::string& out, uint32_t cp) {
  if (cp >= 0x80)
    if (const char* t = find_full(kLowerFull, cp)) {
      out += t;
      return;
    }
  utf8_append(out, unicode_tolower(cp));
}
void unicode_append_title(std::string& out, uint32_t cp) {
  if (cp >= 0x80)
    if (const char* t = find_full(kTitleFull, cp)) {
      out += t;
      return;
    }
  unicode_append_upper(out, cp);
}
void unicode_append_fold(std::string& out, uint32_t cp) {
  if (cp >= 0x80)
    if (const char* t = find_full(kFoldFull, cp)) {
      out += t;
      return;
    }
  unicode_append_lower(out, cp);
}

int unicode_decimal_value(uint32_t cp) {
  if (cp >= '0' && cp <= '9') return int(cp - '0');
  if (!unicode_isdecimal(cp)) return -1;
  // Decimal digits come in contiguous runs of ten starting at a zero.
  size_t lo = 0, hi = sizeof(kDecimal) / sizeof(kDecimal[0]);
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (cp < kDecimal[mid][0]) hi = mid;
    else if (cp > kDecimal[mid][1]) lo = mid + 1;
    else return int((cp - kDecimal[mid][0]) % 10);
  }
  return -1;
}

}  // namespace ls::rt
