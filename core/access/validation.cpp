#include "access/validation.h"

#include "door/accesslist.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <phonenumbers/phonenumberutil.h>
#include <set>
#include <string>

namespace porter {
namespace {

// Messages are one line (they end up in a status bar, a dialog title or porterctl's one-line error):
// input quoted back to the user is shown with its line breaks and runs of spaces folded.
QString shown(const QString &input)
{
    return input.simplified();
}

} // namespace

Status checkValidText(const QString &text, const QString &what)
{
    if (text.contains(QChar::ReplacementCharacter))
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("porter::Validation",
                                        "The %1 \"%2\" contains bytes that are not valid UTF-8 text; "
                                        "check the file's or terminal's encoding.")
                .arg(what, shown(text)));
    return {};
}

Result<QString> validateEmail(const QString &email)
{
    PORTER_TRY(checkValidText(email, QCoreApplication::translate("porter::Validation", "email address")));
    const QString e = email.trimmed();
    // Deliberately practical rather than RFC 5322 complete: one @, a dotted domain, no spaces or
    // control characters, sane lengths. This is what mail servers accept in practice.
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"));
    const auto bad = [&]() {
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("porter::Validation",
                                        "\"%1\" is not a valid email address (expected name@example.com).")
                .arg(shown(email)));
    };
    if (e.isEmpty() || e.size() > 254 || !re.match(e).hasMatch())
        return bad();
    const qsizetype at = e.indexOf(QLatin1Char('@'));
    const QString local = e.left(at);
    if (local.size() > 64 || local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) ||
        local.contains(QLatin1String("..")))
        return bad();
    const QString tld = e.mid(e.lastIndexOf(QLatin1Char('.')) + 1);
    if (tld.size() < 2 || tld.at(0).isDigit())
        return bad();
    return QString(e.left(at) + QLatin1Char('@') + e.mid(at + 1).toLower());
}

bool isValidRegion(const QString &region)
{
    const auto *util = i18n::phonenumbers::PhoneNumberUtil::GetInstance();
    std::set<std::string> regions;
    util->GetSupportedRegions(&regions);
    return regions.count(region.toUpper().toStdString()) > 0;
}

Result<QString> normalizePhone(const QString &phone, const QString &region)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    PORTER_TRY(checkValidText(phone, QCoreApplication::translate("porter::Validation", "phone number")));
    const QString p = phone.trimmed();
    if (p.isEmpty())
        return QString();
    const auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    const auto err = util->Parse(p.toStdString(), region.toUpper().toStdString(), &number);
    if (err != PhoneNumberUtil::NO_PARSING_ERROR || !util->IsValidNumber(number))
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "porter::Validation",
                             "\"%1\" is not a valid phone number for region %2. Include the country code "
                             "(e.g. +1 212 555 0100) if the number is from elsewhere.")
                             .arg(shown(phone), shown(region).toUpper()));
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    return QString::fromStdString(e164);
}

Result<QString> validateName(const QString &name, const QString &what)
{
    PORTER_TRY(checkValidText(name, what));
    const QString n = name.simplified();
    if (n.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("porter::Validation", "The %1 must not be empty.").arg(what));
    if (n.size() > 200)
        return makeError(
            ErrorCode::InvalidInput,
            QCoreApplication::translate("porter::Validation", "The %1 is longer than 200 characters.")
                .arg(what));
    for (const QChar c : n) {
        if (c.category() == QChar::Other_Control)
            return makeError(
                ErrorCode::InvalidInput,
                QCoreApplication::translate("porter::Validation", "The %1 contains a control character.")
                    .arg(what));
    }
    return n;
}

Result<QString> normalizeCardSerial(const QString &serial)
{
    QString s = serial.trimmed().toUpper();
    s.remove(QLatin1Char(':'));
    s.remove(QLatin1Char('-'));
    s.remove(QLatin1Char(' '));
    static const QRegularExpression hex(QStringLiteral("^[0-9A-F]+$"));
    // 4 bytes is the shortest real UID; the doors take up to door::kMaxCardSerialBytes.
    constexpr qsizetype kMaxDigits = qsizetype(door::kMaxCardSerialBytes) * 2;
    if (s.size() < 8 || s.size() > kMaxDigits || s.size() % 2 != 0 || !hex.match(s).hasMatch())
        return makeError(ErrorCode::InvalidInput,
                         QCoreApplication::translate(
                             "porter::Validation",
                             "\"%1\" is not a keycard serial. Enter the card's 4 to %2 byte UID in "
                             "hex, e.g. 04:A2:2B:3C:91:5E:80.")
                             .arg(shown(serial))
                             .arg(door::kMaxCardSerialBytes));
    return s;
}

} // namespace porter
