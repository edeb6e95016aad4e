#pragma once

#include "model/types.h"
#include "util/localtime.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace porter {

// The columns of a people list (issue 11). A header names one of them in English, Spanish or French.
enum class ImportField
{
    FirstName,
    LastName,
    Email,
    Phone,
    Method,
    Keys,
    Resident,
    MayShare,
    Start,
    Expiration,
    Language,
};

// What the cells of a people list mean, one cell at a time: the headers Excel and LibreOffice users
// write, the dates they write (ISO, or the short date of their locale), yes and no in three languages,
// key names by name. Pure functions: the import (plan and apply) builds on them.
class ImportSheet
{
    Q_DECLARE_TR_FUNCTIONS(ImportSheet)

public:
    // The field a header names ("First name", "Nombre", "Prénom", "E-mail", "Correo electrónico",
    // "Date d'expiration", ...): case, accents, spaces and punctuation do not matter. None: the wizard
    // asks which field it is (or that it is to be ignored).
    static std::optional<ImportField> fieldOfHeader(const QString &header);
    static QString fieldName(ImportField field); // in the reader's language, for the wizard and messages
    static QList<ImportField> allFields();

    // Short dates are day-first (31/01/2027: Spain, France) or month-first (1/31/2027: United States).
    enum class DateOrder
    {
        DayFirst,
        MonthFirst
    };
    static DateOrder localeDateOrder(const QLocale &locale);
    // The order of the file's short dates, from the dates themselves (a first number above 12 can only
    // be a day); `fallback` when none tells. An error when the file holds both orders.
    static Result<DateOrder> dateOrder(const QStringList &cells, DateOrder fallback);
    // A start or an expiration in the property's local time: ISO ("2027-01-31", "2027-01-31 18:00") or a
    // spreadsheet's short date ("31/01/2027", "1/31/27 6:00 PM"). A date alone is the start of that day
    // for a start and its end for an expiration (as everywhere in Porter). Empty: none.
    static Result<std::optional<qint64>> when(const QString &cell, DateOrder order, const QTimeZone &zone,
                                              DateMeaning dateOnly);
    // yes/no, true/false, 1/0, x, sí/no, oui/non. Empty: none (the default applies).
    static Result<std::optional<bool>> yesNo(const QString &cell);
    // app / doorcode, in the three languages ("aplicación", "código", "code de porte", ...). Empty: none.
    static Result<std::optional<AccessMethod>> method(const QString &cell);
    // "en", "es", "fr" or their names ("English", "español", "Français"). Empty: none.
    static Result<QString> language(const QString &cell);
    // The keys a cell names, matched by name (case and accents ignored) against the property's keys.
    // Names are separated by semicolons, line breaks or "|", or by commas where the pieces are all keys
    // (a key name may itself hold a comma). Names that match no key go to `unknown`.
    static QList<Id> keys(const QString &cell, const QList<Key> &propertyKeys, QStringList *unknown);
    // The same with the property's keys indexed once (by folded name), for a file of many rows.
    using KeyIndex = QHash<QString, Id>;
    static KeyIndex keyIndex(const QList<Key> &propertyKeys);
    static QList<Id> keys(const QString &cell, const KeyIndex &index, QStringList *unknown);
};

} // namespace porter
