// Typography of one language applied to a text about to be shown: the spaces and apostrophes a
// typesetter would use. Pure. Rules: French (Imprimerie nationale, "Lexique des règles
// typographiques"): a no-break space before ; : ! ? and inside « », so that no line starts with
// punctuation; typographic apostrophes in French and English.
#pragma once

#include <string>
#include <string_view>

namespace nownext::core {

// `text` (UTF-8) with the typography of `language` (an ISO 639-1 code; others are unchanged but
// for the apostrophe in "en"). Idempotent: applying it twice gives the same text.
//   fr: "Panel 1 : Comprendre" -> "Panel 1\u00A0: Comprendre"; "Quoi ?" -> "Quoi\u202F?";
//       "« Migrants »" -> "«\u00A0Migrants\u00A0»"; "l'appui" -> "l\u2019appui"
//   en: "Women's rights" -> "Women\u2019s rights"
[[nodiscard]] std::string apply_typography(std::string_view language, std::string_view text);

}  // namespace nownext::core
