#include "util/searchtext.h"

#include <algorithm>
#include <iterator>
#include <phonenumbers/phonenumberutil.h>

namespace porter {
namespace {

bool isMark(QChar c)
{
    switch (c.category()) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

QString withoutMarks(const QString &decomposed)
{
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed)
        if (!isMark(c))
            out.append(c);
    return out;
}

// Letters with no decomposition that a reader of Latin script takes for a plain letter (or two), after
// case folding. The Turkish dotless ı is folded to i like the dotted İ (which NFKD already turns into
// I + a dot): a manager without a Turkish keyboard types "i" for both.
struct Plain
{
    char16_t letter;
    const char *plain;
};
constexpr Plain kPlainLatin[] = {
    {u'ß', "ss"}, {u'æ', "ae"}, {u'œ', "oe"}, {u'þ', "th"}, {u'ı', "i"}, {u'ł', "l"},
    {u'ø', "o"},  {u'đ', "d"},  {u'ð', "d"},  {u'ħ', "h"},  {u'ŧ', "t"},
};

QString plainLatin(const QString &folded)
{
    QString out;
    out.reserve(folded.size());
    for (QChar c : folded) {
        const auto *hit = std::find_if(std::begin(kPlainLatin), std::end(kPlainLatin),
                                       [c](const Plain &p) { return p.letter == c.unicode(); });
        if (hit != std::end(kPlainLatin))
            out += QLatin1String(hit->plain);
        else
            out += c;
    }
    return out;
}

bool isPhoneLike(const QString &term, QString *digits)
{
    bool any = false;
    for (QChar c : term) {
        if (c.isDigit() && c.unicode() < 0x80) {
            digits->append(c);
            any = true;
        } else if (c == QLatin1Char('+')) {
            if (digits->isEmpty())
                digits->append(c); // a leading +: the country code follows
        } else if (!QStringView(u" ()-./").contains(c)) {
            return false;
        }
    }
    return any;
}

} // namespace

QString foldForSearch(const QString &text)
{
    // Decomposed and stripped twice: case folding can itself produce a letter that decomposes.
    const QString once = withoutMarks(text.normalized(QString::NormalizationForm_KD)).toCaseFolded();
    return plainLatin(withoutMarks(once.normalized(QString::NormalizationForm_KD)));
}

QString personSearchKey(const QString &firstName, const QString &lastName, const QString &email,
                        const QString &phone)
{
    const QString shown = lastName.isEmpty() ? firstName : firstName + QLatin1Char(' ') + lastName;
    const QString sorted = lastName.isEmpty() ? firstName : lastName + QStringLiteral(", ") + firstName;
    return foldForSearch(shown) + QLatin1Char('\n') + foldForSearch(sorted) + QLatin1Char('\n') +
           foldForSearch(email) + QLatin1Char('\n') + phone;
}

QString phoneSearchNeedle(const QString &term, const QString &region)
{
    using i18n::phonenumbers::PhoneNumber;
    using i18n::phonenumbers::PhoneNumberUtil;
    // Full-width and other compatibility digits become ASCII first.
    const QString plain = term.normalized(QString::NormalizationForm_KC).trimmed();
    QString digits;
    if (!isPhoneLike(plain, &digits))
        return {};
    const auto *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    if (util->Parse(plain.toStdString(), region.toUpper().toStdString(), &number) ==
            PhoneNumberUtil::NO_PARSING_ERROR &&
        util->IsValidNumber(number)) {
        std::string e164;
        util->Format(number, PhoneNumberUtil::E164, &e164);
        return QString::fromStdString(e164);
    }
    return digits == QLatin1String("+") ? QString() : digits;
}

} // namespace porter
