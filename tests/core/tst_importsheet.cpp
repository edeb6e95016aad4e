// What the cells of a people list mean (issue 11): headers in English, Spanish and French, the dates
// spreadsheets write in each locale, yes and no, access methods, languages, and key names by name.
#include "access/importsheet.h"

#include <QTest>

using namespace porter;

namespace {

Key key(Id id, const char *name)
{
    Key k;
    k.id = id;
    k.name = QString::fromUtf8(name);
    return k;
}

} // namespace

class TestImportSheet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headersInThreeLanguages_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<int>("field"); // -1: not a field
        const auto row = [](const char *h, int f) { QTest::newRow(h) << QString::fromUtf8(h) << f; };
        row("First name", int(ImportField::FirstName));
        row("FIRST_NAME", int(ImportField::FirstName));
        row("Prénom", int(ImportField::FirstName));
        row("Nombre", int(ImportField::FirstName));
        row("Apellidos", int(ImportField::LastName));
        row("Nom", int(ImportField::LastName));
        row("E-mail", int(ImportField::Email));
        row("Correo electrónico", int(ImportField::Email));
        row("Courriel", int(ImportField::Email));
        row("Téléphone", int(ImportField::Phone));
        row("Teléfono móvil", -1); // two words that are not one header: asked in the wizard
        row("Access method", int(ImportField::Method));
        row("Clés", int(ImportField::Keys));
        row("Llaves", int(ImportField::Keys));
        row("Résident", int(ImportField::Resident));
        row("Puede compartir", int(ImportField::MayShare));
        row("Date de début", int(ImportField::Start));
        row("Fecha de vencimiento", int(ImportField::Expiration));
        row("Date d'expiration", int(ImportField::Expiration));
        row("Idioma", int(ImportField::Language));
        row("Unit number", -1);
    }
    void headersInThreeLanguages()
    {
        QFETCH(QString, header);
        QFETCH(int, field);
        const std::optional<ImportField> found = ImportSheet::fieldOfHeader(header);
        QCOMPARE(found ? int(*found) : -1, field);
    }

    void everyFieldHasAName()
    {
        for (ImportField f : ImportSheet::allFields())
            QVERIFY(!ImportSheet::fieldName(f).isEmpty());
        QCOMPARE(ImportSheet::allFields().size(), 11);
    }

    void dateOrderFromTheDatesThenTheLocale()
    {
        using O = ImportSheet::DateOrder;
        QCOMPARE(ImportSheet::localeDateOrder(QLocale(QLocale::English, QLocale::UnitedStates)),
                 O::MonthFirst);
        QCOMPARE(ImportSheet::localeDateOrder(QLocale(QLocale::Spanish, QLocale::Spain)), O::DayFirst);
        QCOMPARE(ImportSheet::localeDateOrder(QLocale(QLocale::French, QLocale::France)), O::DayFirst);
        QCOMPARE(ImportSheet::dateOrder({QStringLiteral("31/01/2027"), QStringLiteral("01/02/2027")},
                                        O::MonthFirst)
                     .value(),
                 O::DayFirst);
        QCOMPARE(ImportSheet::dateOrder({QStringLiteral("1/31/27"), QString()}, O::DayFirst).value(),
                 O::MonthFirst);
        QCOMPARE(
            ImportSheet::dateOrder({QStringLiteral("01/02/2027"), QStringLiteral("2027-05-01")}, O::DayFirst)
                .value(),
            O::DayFirst); // nothing tells: the fallback
        auto both =
            ImportSheet::dateOrder({QStringLiteral("31/01/2027"), QStringLiteral("1/31/2027")}, O::DayFirst);
        QVERIFY(!both.ok());
        QVERIFY2(both.error().message.contains(QStringLiteral("31/01/2027")),
                 qPrintable(both.error().message));
    }

    // Local time of the property: a date alone starts at 00:00 and an expiration ends with its day.
    void datesInThePropertysTime()
    {
        using O = ImportSheet::DateOrder;
        const QTimeZone ny("America/New_York");
        const auto at = [&](int y, int mo, int d, int h, int mi) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi), ny).toSecsSinceEpoch();
        };
        QCOMPARE(*ImportSheet::when(QStringLiteral("31/01/2027"), O::DayFirst, ny, DateMeaning::StartOfDay)
                      .value(),
                 at(2027, 1, 31, 0, 0));
        QCOMPARE(
            *ImportSheet::when(QStringLiteral("1/31/2027"), O::MonthFirst, ny, DateMeaning::EndOfDay).value(),
            at(2027, 2, 1, 0, 0));
        QCOMPARE(
            *ImportSheet::when(QStringLiteral("7/4/27 6:30 PM"), O::MonthFirst, ny, DateMeaning::StartOfDay)
                 .value(),
            at(2027, 7, 4, 18, 30));
        QCOMPARE(
            *ImportSheet::when(QStringLiteral("04.07.2027 18:30"), O::DayFirst, ny, DateMeaning::StartOfDay)
                 .value(),
            at(2027, 7, 4, 18, 30));
        QCOMPARE(
            *ImportSheet::when(QStringLiteral("2027-07-04 18:30"), O::DayFirst, ny, DateMeaning::StartOfDay)
                 .value(),
            at(2027, 7, 4, 18, 30));
        QVERIFY(!ImportSheet::when(QStringLiteral("  "), O::DayFirst, ny, DateMeaning::StartOfDay)
                     .value()
                     .has_value());
        for (const char *bad :
             {"31/02/2027", "13/13/2027", "next Tuesday", "1/31/2027 13:00 PM", "2027-01-31 25:00"}) {
            auto r = ImportSheet::when(QString::fromUtf8(bad), O::DayFirst, ny, DateMeaning::StartOfDay);
            QVERIFY2(!r.ok(), bad);
            QCOMPARE(r.error().code, ErrorCode::InvalidInput);
        }
    }

    void yesNoMethodLanguage()
    {
        for (const char *y : {"yes", "Y", "TRUE", "1", "x", "sí", "Si", "oui", "Vrai"})
            QCOMPARE(ImportSheet::yesNo(QString::fromUtf8(y)).value(), std::optional<bool>(true));
        for (const char *n : {"no", "N", "false", "0", "non", "Faux", "falso"})
            QCOMPARE(ImportSheet::yesNo(QString::fromUtf8(n)).value(), std::optional<bool>(false));
        QCOMPARE(ImportSheet::yesNo(QString()).value(), std::optional<bool>());
        QVERIFY(!ImportSheet::yesNo(QStringLiteral("maybe")).ok());

        QCOMPARE(ImportSheet::method(QStringLiteral("App")).value(),
                 std::optional<AccessMethod>(AccessMethod::App));
        QCOMPARE(ImportSheet::method(QStringLiteral("aplicación")).value(),
                 std::optional<AccessMethod>(AccessMethod::App));
        QCOMPARE(ImportSheet::method(QStringLiteral("Doorcode")).value(),
                 std::optional<AccessMethod>(AccessMethod::Doorcode));
        QCOMPARE(ImportSheet::method(QStringLiteral("Code de porte")).value(),
                 std::optional<AccessMethod>(AccessMethod::Doorcode));
        QCOMPARE(ImportSheet::method(QStringLiteral("código")).value(),
                 std::optional<AccessMethod>(AccessMethod::Doorcode));
        QVERIFY(!ImportSheet::method(QStringLiteral("fob")).ok());

        QCOMPARE(ImportSheet::language(QStringLiteral("Español")).value(), QStringLiteral("es"));
        QCOMPARE(ImportSheet::language(QStringLiteral("fr")).value(), QStringLiteral("fr"));
        QCOMPARE(ImportSheet::language(QStringLiteral("Anglais")).value(), QStringLiteral("en"));
        QCOMPARE(ImportSheet::language(QString()).value(), QString());
        QVERIFY(!ImportSheet::language(QStringLiteral("Deutsch")).ok());
    }

    // Key names: by name, whatever the case and accents; a comma separates names only when every piece
    // is a key, since a key's own name may hold one.
    void keysByName()
    {
        const QList<Key> keys{key(1, "Lobby"), key(2, "Gym"), key(3, "Building, east wing"),
                              key(4, "Salle de sport")};
        QStringList unknown;
        QCOMPARE(ImportSheet::keys(QStringLiteral("Lobby, Gym"), keys, &unknown), (QList<Id>{1, 2}));
        QVERIFY(unknown.isEmpty());
        QCOMPARE(ImportSheet::keys(QStringLiteral("building, EAST wing; gym"), keys, &unknown),
                 (QList<Id>{3, 2}));
        QVERIFY(unknown.isEmpty());
        QCOMPARE(ImportSheet::keys(QStringLiteral("SALLE DE SPORT\nLobby|lobby"), keys, &unknown),
                 (QList<Id>{4, 1}));
        QVERIFY(unknown.isEmpty());
        QCOMPARE(ImportSheet::keys(QStringLiteral("Lobby, Pool"), keys, &unknown), (QList<Id>{1}));
        QCOMPARE(unknown, QStringList{QStringLiteral("Pool")});
        unknown.clear();
        QCOMPARE(ImportSheet::keys(QStringLiteral("Roof"), keys, &unknown), QList<Id>());
        QCOMPARE(unknown, QStringList{QStringLiteral("Roof")});
    }
};

QTEST_GUILESS_MAIN(TestImportSheet)
#include "tst_importsheet.moc"
