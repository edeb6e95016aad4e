#include "settings.h"

#include "mail/messages.h"
#include "viewmodels/displaytext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QSettings>

namespace porter::ui::settings {
namespace {

const QString kLanguage = QStringLiteral("preferences/language");
const QString kDateStyle = QStringLiteral("preferences/dateStyle");
const QString kClockStyle = QStringLiteral("preferences/clock");
const QString kExpiration = QStringLiteral("preferences/defaultExpiration");
const QString kExpirationDate = QStringLiteral("preferences/defaultExpirationDate");
const QString kDatabase = QStringLiteral("preferences/database");

// Stored as words, so a settings file stays readable and survives reordering the enums.
template<typename E> struct Names;
template<> struct Names<DateStyle>
{
    static constexpr const char *words[] = {"iso", "short", "long"};
};
template<> struct Names<ClockStyle>
{
    static constexpr const char *words[] = {"system", "24h", "12h"};
};
template<> struct Names<DefaultExpiration>
{
    static constexpr const char *words[] = {"none", "6months", "1year", "date"};
};

template<typename E> E read(const QString &key)
{
    const QString word = QSettings().value(key).toString();
    int i = 0;
    for (const char *w : Names<E>::words) {
        if (word == QLatin1StringView(w))
            return E(i);
        ++i;
    }
    return E(0);
}

template<typename E> void write(const QString &key, E value)
{
    QSettings().setValue(key, QLatin1StringView(Names<E>::words[int(value)]));
}

} // namespace

QString language()
{
    const QString code = QSettings().value(kLanguage).toString();
    return code == QLatin1StringView("en") || code == QLatin1StringView("es") ||
                   code == QLatin1StringView("fr")
               ? code
               : QString();
}

void setLanguage(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kLanguage);
    else
        QSettings().setValue(kLanguage, code);
}

QLocale uiLocale()
{
    const QString code = language();
    if (code.isEmpty())
        return QLocale::system();
    // The chosen language with this computer's country, so "es" on a Mexican machine stays es_MX.
    const QLocale wanted(code);
    const QLocale exact(wanted.language(), QLocale::system().territory());
    return exact.language() == wanted.language() ? exact : wanted;
}

QString defaultMailLanguage()
{
    // The window's language when Porter writes mail in it (core's list), English otherwise.
    const QString code = QLocale::languageToCode(uiLocale().language());
    return mail::supportedLanguages().contains(code) ? code : QStringLiteral("en");
}

void fillMailLanguages(QComboBox *combo, const QString &selected)
{
    // Names, not messages: each language is written in itself, so a reader finds theirs.
    combo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    combo->addItem(QStringLiteral("Español"), QStringLiteral("es"));
    combo->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    combo->setCurrentIndex(std::max(0, combo->findData(selected)));
}

DateStyle dateStyle()
{
    return read<DateStyle>(kDateStyle);
}

ClockStyle clockStyle()
{
    return read<ClockStyle>(kClockStyle);
}

void setDateStyle(DateStyle style)
{
    write(kDateStyle, style);
    applyDateTimeStyle();
}

void setClockStyle(ClockStyle style)
{
    write(kClockStyle, style);
    applyDateTimeStyle();
}

QString dateTimeFormat(DateStyle date, ClockStyle clock, const QLocale &locale)
{
    if (date == DateStyle::Iso && clock != ClockStyle::H12)
        return {}; // core's own "2027-06-30 23:59 EDT"
    const QString dateFormat = date == DateStyle::Iso     ? QStringLiteral("yyyy-MM-dd")
                               : date == DateStyle::Short ? locale.dateFormat(QLocale::ShortFormat)
                                                          : locale.dateFormat(QLocale::LongFormat);
    const QString timeFormat = clock == ClockStyle::H24 ? QStringLiteral("HH:mm")
                               : clock == ClockStyle::H12
                                   ? QStringLiteral("h:mm AP")
                                   : locale.timeFormat(QLocale::ShortFormat).remove(QStringLiteral(":ss"));
    return dateFormat + QLatin1Char(' ') + timeFormat;
}

void applyDateTimeStyle()
{
    const QLocale locale = uiLocale();
    DisplayText::setDateTimeFormat(dateTimeFormat(dateStyle(), clockStyle(), locale), locale);
}

DefaultExpiration defaultExpiration()
{
    return read<DefaultExpiration>(kExpiration);
}

QDate defaultExpirationFixedDate()
{
    return QDate::fromString(QSettings().value(kExpirationDate).toString(), Qt::ISODate);
}

void setDefaultExpiration(DefaultExpiration kind, const QDate &fixed)
{
    write(kExpiration, kind);
    if (kind == DefaultExpiration::FixedDate && fixed.isValid())
        QSettings().setValue(kExpirationDate, fixed.toString(Qt::ISODate));
    else
        QSettings().remove(kExpirationDate);
}

std::optional<QDate> defaultExpirationDate(const QDate &today)
{
    switch (defaultExpiration()) {
    case DefaultExpiration::None:
        return std::nullopt;
    case DefaultExpiration::SixMonths:
        return today.addMonths(6);
    case DefaultExpiration::OneYear:
        return today.addYears(1);
    case DefaultExpiration::FixedDate: {
        const QDate fixed = defaultExpirationFixedDate();
        if (!fixed.isValid() || fixed < today)
            return std::nullopt;
        return fixed;
    }
    }
    return std::nullopt;
}

void applyDefaultExpiration(QCheckBox *expires, QDateTimeEdit *expiry, const QDate &today)
{
    const auto day = defaultExpirationDate(today);
    if (!day)
        return;
    expiry->setDate(*day); // the time of day the dialog chose stays (the end of the day)
    expires->setChecked(true);
}

QString databasePath()
{
    return QSettings().value(kDatabase).toString();
}

void setDatabasePath(const QString &path)
{
    if (path.isEmpty())
        QSettings().remove(kDatabase);
    else
        QSettings().setValue(kDatabase, path);
}

} // namespace porter::ui::settings
