#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;

namespace porter::ui::settings {

// The window's preferences, kept in QSettings (group "preferences"); Settings… edits them. Every reader
// goes through these functions, so a key is spelled in one place.

// Language of the window: "" for the system's, or "en", "es", "fr".
QString language();
void setLanguage(const QString &code);
// The locale Porter loads its translations for: the chosen language, or the system's.
QLocale uiLocale();

// The language a new person's emails are written in unless the manager picks another: the window's,
// when Porter writes mail in it ("en", "es", "fr"), else English.
QString defaultMailLanguage();
// Fills `combo` with the languages Porter writes emails in, each named in its own language (item data:
// the code), and selects `selected` (English when empty or unknown).
void fillMailLanguages(QComboBox *combo, const QString &selected);

// How dates and times are shown (core/viewmodels/displaytext.h formats them).
enum class DateStyle
{
    Iso,   // 2027-06-30 23:59 EDT (the default)
    Short, // the system's short date, e.g. 6/30/27
    Long,  // the system's long date, e.g. Wednesday, June 30, 2027
};
enum class ClockStyle
{
    System, // the language's habit (24 h for ISO dates)
    H24,
    H12,
};
DateStyle dateStyle();
ClockStyle clockStyle();
void setDateStyle(DateStyle style);
void setClockStyle(ClockStyle style);
// Hands the two choices above to DisplayText; called at start and whenever they change.
void applyDateTimeStyle();
// The QDateTime format for a pair of choices in `locale`; empty for core's default (ISO, 24 h).
QString dateTimeFormat(DateStyle date, ClockStyle clock, const QLocale &locale);

// The expiration a new invitation starts with (the Invite dialog reads it).
enum class DefaultExpiration
{
    None,
    SixMonths,
    OneYear,
    FixedDate,
};
DefaultExpiration defaultExpiration();
QDate defaultExpirationFixedDate(); // for FixedDate
void setDefaultExpiration(DefaultExpiration kind, const QDate &fixed = {});
// The expiration day of an invitation made on `today` (the property's local date), if any. A fixed date
// already past gives none: nobody should be invited with access that has ended.
std::optional<QDate> defaultExpirationDate(const QDate &today);
// The Invite dialog's one call: ticks "Access expires on" and sets the day when a default is set.
void applyDefaultExpiration(QCheckBox *expires, QDateTimeEdit *expiry, const QDate &today);

// The database porter opens when started without --db: empty for Backend::defaultPath().
QString databasePath();
void setDatabasePath(const QString &path);

} // namespace porter::ui::settings
