#include "access/importsheet.h"

#include "util/searchtext.h"

#include <QHash>
#include <QRegularExpression>

namespace porter {
namespace {

// A header or a word as it is compared: folded (case, accents) with everything but letters and digits
// dropped, so "E-mail", "e mail" and "Email" are one, and "Prénom" is "prenom".
QString squeeze(const QString &text)
{
    QString out;
    for (const QChar c : foldForSearch(text))
        if (c.isLetterOrNumber())
            out += c;
    return out;
}

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

// "31/01/2027", "1/31/27", "31.01.2027", "31-01-2027", optionally followed by "18:00", "6:00 PM", "18:00:00".
const QRegularExpression &shortDate()
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})(?:[ "
                       "T]+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*([AaPp][Mm])?)?$"));
    return re;
}

} // namespace

QList<ImportField> ImportSheet::allFields()
{
    return {ImportField::FirstName, ImportField::LastName,   ImportField::Email,    ImportField::Phone,
            ImportField::Method,    ImportField::Keys,       ImportField::Resident, ImportField::MayShare,
            ImportField::Start,     ImportField::Expiration, ImportField::Language};
}

std::optional<ImportField> ImportSheet::fieldOfHeader(const QString &header)
{
    // Squeezed spellings (see squeeze): English, Spanish, French, and what Porter's own export writes.
    static const QHash<QString, ImportField> names = [] {
        QHash<QString, ImportField> h;
        const auto add = [&](ImportField f, std::initializer_list<const char *> spellings) {
            for (const char *s : spellings)
                h.insert(squeeze(QString::fromUtf8(s)), f);
        };
        add(ImportField::FirstName,
            {"first name", "firstname", "given name", "first", "nombre", "nombres", "prénom", "prenom"});
        add(ImportField::LastName, {"last name", "lastname", "surname", "family name", "last", "apellido",
                                    "apellidos", "nom", "nom de famille"});
        add(ImportField::Email, {"email", "e-mail", "email address", "mail", "correo", "correo electrónico",
                                 "email de contacto", "courriel", "adresse e-mail", "adresse électronique"});
        add(ImportField::Phone, {"phone", "phone number", "mobile", "cell", "teléfono", "telefono", "móvil",
                                 "celular", "téléphone", "portable", "mobile phone"});
        add(ImportField::Method,
            {"access", "access method", "method", "access type", "acceso", "método de acceso",
             "tipo de acceso", "accès", "méthode d'accès", "type d'accès"});
        add(ImportField::Keys, {"keys", "key", "llaves", "llave", "claves", "clés", "clé", "cles", "cle"});
        add(ImportField::Resident, {"resident", "residente", "résident"});
        add(ImportField::MayShare, {"may share", "can share", "share", "sharing", "puede compartir",
                                    "compartir", "peut partager", "partage"});
        add(ImportField::Start, {"start", "starts", "start date", "access starts", "from", "inicio",
                                 "fecha de inicio", "desde", "début", "date de début", "à partir de"});
        add(ImportField::Expiration, {"expiration", "expires", "expiry", "expiration date", "end", "end date",
                                      "access until", "until", "vencimiento", "fecha de vencimiento", "hasta",
                                      "fin", "expiración", "date d'expiration", "date de fin", "jusqu'au"});
        add(ImportField::Language, {"language", "idioma", "lengua", "langue"});
        return h;
    }();
    if (auto it = names.constFind(squeeze(header)); it != names.constEnd())
        return it.value();
    return std::nullopt;
}

QString ImportSheet::fieldName(ImportField field)
{
    switch (field) {
    case ImportField::FirstName:
        return tr("First name");
    case ImportField::LastName:
        return tr("Last name");
    case ImportField::Email:
        return tr("Email");
    case ImportField::Phone:
        return tr("Phone");
    case ImportField::Method:
        return tr("Access method");
    case ImportField::Keys:
        return tr("Keys");
    case ImportField::Resident:
        return tr("Resident");
    case ImportField::MayShare:
        return tr("May share");
    case ImportField::Start:
        return tr("Start");
    case ImportField::Expiration:
        return tr("Expiration");
    case ImportField::Language:
        return tr("Language");
    }
    return {};
}

ImportSheet::DateOrder ImportSheet::localeDateOrder(const QLocale &locale)
{
    // The locale's own short date format says which comes first ("M/d/yy" or "dd/MM/yyyy").
    const QString format = locale.dateFormat(QLocale::ShortFormat);
    const qsizetype d = format.indexOf(QLatin1Char('d'));
    const qsizetype m = format.indexOf(QLatin1Char('M'));
    return (m >= 0 && d >= 0 && m < d) ? DateOrder::MonthFirst : DateOrder::DayFirst;
}

Result<ImportSheet::DateOrder> ImportSheet::dateOrder(const QStringList &cells, DateOrder fallback)
{
    bool dayFirst = false;
    bool monthFirst = false;
    QString dayFirstExample, monthFirstExample;
    for (const QString &cell : cells) {
        const QRegularExpressionMatch m = shortDate().match(cell.trimmed());
        if (!m.hasMatch())
            continue;
        const int a = m.captured(1).toInt();
        const int b = m.captured(2).toInt();
        if (a > 12 && b <= 12) {
            dayFirst = true;
            dayFirstExample = cell.trimmed();
        } else if (b > 12 && a <= 12) {
            monthFirst = true;
            monthFirstExample = cell.trimmed();
        }
    }
    if (dayFirst && monthFirst)
        return invalid(tr("The file's dates are written both day first (%1) and month first (%2). Write them "
                          "one way, or as YYYY-MM-DD.")
                           .arg(dayFirstExample, monthFirstExample));
    if (dayFirst)
        return DateOrder::DayFirst;
    if (monthFirst)
        return DateOrder::MonthFirst;
    return fallback;
}

Result<std::optional<qint64>> ImportSheet::when(const QString &cell, DateOrder order, const QTimeZone &zone,
                                                DateMeaning dateOnly)
{
    const QString t = cell.trimmed();
    if (t.isEmpty())
        return std::optional<qint64>();
    const QRegularExpressionMatch m = shortDate().match(t);
    if (!m.hasMatch()) {
        auto iso = parseLocalTime(t, zone, dateOnly);
        if (!iso.ok())
            return invalid(tr("“%1” is not a date. Write it as %2 or YYYY-MM-DD, with a time if needed "
                              "(HH:MM), in the property's local time.")
                               .arg(t, order == DateOrder::DayFirst ? QStringLiteral("31/01/2027")
                                                                    : QStringLiteral("1/31/2027")));
        return std::optional<qint64>(*iso);
    }
    const int a = m.captured(1).toInt();
    const int b = m.captured(2).toInt();
    int year = m.captured(3).toInt();
    if (m.captured(3).size() == 2)
        year += 2000; // spreadsheets write two-digit years of this century for access dates
    const QDate date = order == DateOrder::DayFirst ? QDate(year, b, a) : QDate(year, a, b);
    if (!date.isValid())
        return invalid(tr("“%1” is not a date: read %2, there is no such day.")
                           .arg(t, order == DateOrder::DayFirst ? tr("day first") : tr("month first")));
    if (m.captured(4).isEmpty())
        return std::optional<qint64>(localDayBoundary(date, zone, dateOnly));
    int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const QString ampm = m.captured(7).toLower();
    if (!ampm.isEmpty()) {
        if (hour < 1 || hour > 12)
            return invalid(tr("“%1” has no such time.").arg(t));
        hour = (hour % 12) + (ampm == QLatin1String("pm") ? 12 : 0);
    }
    if (hour > 23 || minute > 59)
        return invalid(tr("“%1” has no such time.").arg(t));
    return std::optional<qint64>(localToUtc(date, hour * 60 + minute, zone));
}

Result<std::optional<bool>> ImportSheet::yesNo(const QString &cell)
{
    static const QStringList yes{QStringLiteral("yes"),       QStringLiteral("y"),   QStringLiteral("true"),
                                 QStringLiteral("1"),         QStringLiteral("x"),   QStringLiteral("si"),
                                 QStringLiteral("s"),         QStringLiteral("oui"), QStringLiteral("o"),
                                 QStringLiteral("verdadero"), QStringLiteral("vrai")};
    static const QStringList no{QStringLiteral("no"),  QStringLiteral("n"),   QStringLiteral("false"),
                                QStringLiteral("0"),   QStringLiteral("non"), QStringLiteral("falso"),
                                QStringLiteral("faux")};
    const QString s = squeeze(cell);
    if (s.isEmpty())
        return std::optional<bool>();
    if (yes.contains(s))
        return std::optional<bool>(true);
    if (no.contains(s))
        return std::optional<bool>(false);
    return invalid(tr("“%1” is neither yes nor no.").arg(cell.trimmed()));
}

Result<std::optional<AccessMethod>> ImportSheet::method(const QString &cell)
{
    static const QStringList app{QStringLiteral("app"),        QStringLiteral("application"),
                                 QStringLiteral("aplicacion"), QStringLiteral("porterapp"),
                                 QStringLiteral("phone"),      QStringLiteral("telefono"),
                                 QStringLiteral("telephone"),  QStringLiteral("appaccess")};
    static const QStringList doorcode{QStringLiteral("doorcode"),      QStringLiteral("code"),
                                      QStringLiteral("codigo"),        QStringLiteral("codigodepuerta"),
                                      QStringLiteral("codedeporte"),   QStringLiteral("keypad"),
                                      QStringLiteral("teclado"),       QStringLiteral("clavier"),
                                      QStringLiteral("dailydoorcode"), QStringLiteral("pin")};
    const QString s = squeeze(cell);
    if (s.isEmpty())
        return std::optional<AccessMethod>();
    if (app.contains(s))
        return std::optional<AccessMethod>(AccessMethod::App);
    if (doorcode.contains(s))
        return std::optional<AccessMethod>(AccessMethod::Doorcode);
    return invalid(tr("“%1” is not an access method: write app or doorcode.").arg(cell.trimmed()));
}

Result<QString> ImportSheet::language(const QString &cell)
{
    static const QHash<QString, QString> languages{
        {QStringLiteral("en"), QStringLiteral("en")},      {QStringLiteral("english"), QStringLiteral("en")},
        {QStringLiteral("ingles"), QStringLiteral("en")},  {QStringLiteral("anglais"), QStringLiteral("en")},
        {QStringLiteral("es"), QStringLiteral("es")},      {QStringLiteral("spanish"), QStringLiteral("es")},
        {QStringLiteral("espanol"), QStringLiteral("es")}, {QStringLiteral("espagnol"), QStringLiteral("es")},
        {QStringLiteral("fr"), QStringLiteral("fr")},      {QStringLiteral("french"), QStringLiteral("fr")},
        {QStringLiteral("frances"), QStringLiteral("fr")}, {QStringLiteral("francais"), QStringLiteral("fr")},
    };
    const QString s = squeeze(cell);
    if (s.isEmpty())
        return QString();
    if (auto it = languages.constFind(s); it != languages.constEnd())
        return it.value();
    return invalid(tr("“%1” is not a language Porter writes emails in: English, Spanish or French.")
                       .arg(cell.trimmed()));
}

ImportSheet::KeyIndex ImportSheet::keyIndex(const QList<Key> &propertyKeys)
{
    KeyIndex byName;
    for (const Key &k : propertyKeys)
        byName.insert(foldForSearch(k.name.simplified()), k.id);
    return byName;
}

QList<Id> ImportSheet::keys(const QString &cell, const QList<Key> &propertyKeys, QStringList *unknown)
{
    return keys(cell, keyIndex(propertyKeys), unknown);
}

QList<Id> ImportSheet::keys(const QString &cell, const KeyIndex &byName, QStringList *unknown)
{
    const auto idOf = [&](const QString &name) { return byName.value(foldForSearch(name.simplified()), 0); };
    QList<Id> found;
    const auto take = [&](Id id) {
        if (!found.contains(id))
            found << id;
    };
    static const QRegularExpression strong(QStringLiteral("[;|\\n\\r]"));
    for (const QString &part : cell.split(strong, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        if (const Id id = idOf(part)) {
            take(id);
            continue;
        }
        // Commas separate names only when every piece is a key ("Lobby, Gym"); otherwise the whole part
        // is one name that is not a key ("Building, east wing" when no such key exists). A part with
        // commas whose pieces are partly keys keeps the keys and reports the rest.
        QList<Id> ids;
        QStringList missing;
        for (const QString &piece : part.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (piece.trimmed().isEmpty())
                continue;
            if (const Id id = idOf(piece))
                ids << id;
            else
                missing << piece.trimmed();
        }
        for (Id id : ids)
            take(id);
        if (unknown)
            *unknown << (ids.isEmpty() ? QStringList{part.trimmed()} : missing);
    }
    return found;
}

} // namespace porter
