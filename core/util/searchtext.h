#pragma once

#include <QString>

namespace porter {

// People search folds case and accents for every script, so "emile", "EMILE" and "Émile" find
// "Émile", "ozturk" finds "Öztürk" and "олег" finds "Олег" (docs/decisions.md, "People search").
// Both what is stored (a person's search key) and what is typed go through the same fold:
// compatibility decomposition (NFKD: accents split off, ligatures and full-width forms to their plain
// letters), combining marks dropped, Unicode case folding, and a few letters that carry their mark
// inside (ł ø đ ð ħ ŧ ı) or stand for two (ß æ œ þ) written as their plain Latin letters.
QString foldForSearch(const QString &text);

// What a person is searched by, folded, one field a line: "First Last", "Last, First", the email and
// the E.164 phone. Kept in person.search_key by every write of those fields.
QString personSearchKey(const QString &firstName, const QString &lastName, const QString &email,
                        const QString &phone);

// The phone number a search term stands for, or an empty string when it is not phone-like (only
// digits, spaces and + ( ) - . /). A complete number in any format parses with libphonenumber, numbers
// without a country code in `region` (the property's, ISO 3166-1 alpha-2), and becomes its E.164 form:
// "(212) 555-0142" → "+12125550142". A part of a number keeps its digits ("555-0142" → "5550142").
QString phoneSearchNeedle(const QString &term, const QString &region);

} // namespace porter
