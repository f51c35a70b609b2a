// Unicode character properties for str methods and repr, from tables generated
// out of CPython's unicodedata (scripts/gen/gen_unicode_tables.py).
#pragma once
#include <cstdint>
#include <string>

namespace ls::rt {

bool unicode_isprintable(uint32_t cp);
bool unicode_isalpha(uint32_t cp);
bool unicode_isdecimal(uint32_t cp);
bool unicode_isdigit(uint32_t cp);
bool unicode_isnumeric(uint32_t cp);
bool unicode_isspace(uint32_t cp);
bool unicode_isupper(uint32_t cp);
bool unicode_islower(uint32_t cp);
uint32_t unicode_tolower(uint32_t cp);
uint32_t unicode_toupper(uint32_t cp);
// Full case mappings (SpecialCasing: 'ß'.upper() == 'SS'), appended as UTF-8.
void unicode_append_upper(std::string& out, uint32_t cp);
void unicode_append_lower(std::string& out, uint32_t cp);
void unicode_append_title(std::string& out, uint32_t cp);
void unicode_append_fold(std::string& out, uint32_t cp);

// Decimal value of a decimal digit code point (0-9), or -1.
int unicode_decimal_value(uint32_t cp);

}  // namespace ls::rt
