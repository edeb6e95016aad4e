// Reading people lists as Excel and LibreOffice save them in English, Spanish and French (issue 11):
// the bytes below are what those programs write (encodings, separators, quoting, line ends), and every
// bad file gets a clear message. Nothing here touches a database.
#include "util/csvreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace porter;

namespace {

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

QString why(const Result<CsvReader::Table> &r)
{
    return r.ok() ? QString() : r.error().message;
}

} // namespace

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Excel (English), "CSV UTF-8 (Comma delimited)": a byte order mark, commas, CRLF, quotes only where
    // needed, US short dates.
    void excelEnglishUtf8()
    {
        const QByteArray file = "\xEF\xBB\xBF" + crlf("First name,Last name,Email,Keys,Expiration\n"
                                                      "Ana,Garc\xC3\xAD"
                                                      "a,ana@example.com,\"Lobby, Gym\",1/31/2027\n"
                                                      "Bo,\"O\"\"Neil\",bo@example.com,Lobby,\n");
        auto t = CsvReader::read(file);
        QVERIFY2(t.ok(), qPrintable(why(t)));
        QCOMPARE(t->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(t->separator, QLatin1Char(','));
        QCOMPARE(t->header, (QStringList{QStringLiteral("First name"), QStringLiteral("Last name"),
                                         QStringLiteral("Email"), QStringLiteral("Keys"),
                                         QStringLiteral("Expiration")}));
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->rows.at(0).number, 2);
        QCOMPARE(t->rows.at(0).cells.at(1), QStringLiteral("García"));
        QCOMPARE(t->rows.at(0).cells.at(3), QStringLiteral("Lobby, Gym"));
        QCOMPARE(t->rows.at(1).cells.at(1), QStringLiteral("O\"Neil"));
        QCOMPARE(t->rows.at(1).cells.size(), 5); // the empty last cell is a cell
        QCOMPARE(t->rows.at(1).cells.at(4), QString());
    }

    // Excel (French and Spanish), "CSV (séparateur : point-virgule)" / "CSV (delimitado por comas)":
    // Windows-1252, semicolons (the decimal mark is a comma there), CRLF, day-first dates.
    void excelFrenchAndSpanishWindows1252()
    {
        const QByteArray fr = crlf("Pr\xE9nom;Nom;E-mail;Cl\xE9s;R\xE9sident\n"
                                   "H\xE9l\xE8ne;Lef\xE8vre;helene@example.fr;Hall d'entr\xE9\x65;oui\n"
                                   "Fran\xE7ois;C\x9Cur;francois@example.fr;\"Salle; sport\";non\n");
        auto t = CsvReader::read(fr);
        QVERIFY2(t.ok(), qPrintable(why(t)));
        QCOMPARE(t->encoding, QStringLiteral("windows-1252"));
        QCOMPARE(t->separator, QLatin1Char(';'));
        QCOMPARE(t->header.at(0), QStringLiteral("Prénom"));
        QCOMPARE(t->header.at(3), QStringLiteral("Clés"));
        QCOMPARE(t->rows.at(0).cells.at(0), QStringLiteral("Hélène"));
        QCOMPARE(t->rows.at(0).cells.at(3), QStringLiteral("Hall d'entrée"));
        QCOMPARE(t->rows.at(1).cells.at(1), QStringLiteral("Cœur")); // 0x9C: œ exists in 1252 only
        QCOMPARE(t->rows.at(1).cells.at(3), QStringLiteral("Salle; sport"));

        const QByteArray es = crlf("Nombre;Apellidos;Correo;Llaves;Vencimiento\n"
                                   "Jos\xE9;N\xFA\xF1\x65z;jose@example.es;Portal;31/01/2027\n");
        auto e = CsvReader::read(es);
        QVERIFY2(e.ok(), qPrintable(why(e)));
        QCOMPARE(e->encoding, QStringLiteral("windows-1252"));
        QCOMPARE(e->rows.at(0).cells.at(1), QStringLiteral("Núñez"));
        QCOMPARE(e->rows.at(0).cells.at(4), QStringLiteral("31/01/2027"));
    }

    // LibreOffice "Text CSV" with its defaults: UTF-8 without a byte order mark, commas, LF, every text
    // quoted; a cell with a line break inside stays one cell and one row.
    void libreOfficeUtf8QuotedWithLineBreaks()
    {
        const QByteArray file = "\"First name\",\"Last name\",\"Email\",\"Notes\"\n"
                                "\"Zo\xC3\xAB\",\"L\xC3\xA9vy\",\"zoe@example.com\",\"Flat 3\nback door\"\n"
                                "\"Max\",\"M\xC3\xBCller\",\"max@example.com\",\"\"\n";
        auto t = CsvReader::read(file);
        QVERIFY2(t.ok(), qPrintable(why(t)));
        QCOMPARE(t->encoding, QStringLiteral("UTF-8"));
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->rows.at(0).cells.at(3), QStringLiteral("Flat 3\nback door"));
        QCOMPARE(t->rows.at(1).number, 3); // the line break inside a cell does not make a row
        QCOMPARE(t->rows.at(1).cells.at(1), QStringLiteral("Müller"));
    }

    // Excel "Unicode Text": UTF-16 little-endian with a byte order mark, tab-separated.
    void excelUnicodeTextUtf16Tabs()
    {
        const QString text = QStringLiteral("First name\tEmail\r\nÅsa\tasa@example.se\r\n");
        QByteArray file("\xFF\xFE", 2);
        file += QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        auto t = CsvReader::read(file);
        QVERIFY2(t.ok(), qPrintable(why(t)));
        QCOMPARE(t->encoding, QStringLiteral("UTF-16LE"));
        QCOMPARE(t->separator, QLatin1Char('\t'));
        QCOMPARE(t->rows.at(0).cells, (QStringList{QStringLiteral("Åsa"), QStringLiteral("asa@example.se")}));
    }

    // Blank lines are skipped, and rows keep the number the spreadsheet shows (so an error names the row
    // a manager finds); a blank line before the header too.
    void blankLinesKeepSpreadsheetRowNumbers()
    {
        const QByteArray file = crlf("\nName,Email\nAna,ana@example.com\n,\n\nBo,bo@example.com\n");
        auto t = CsvReader::read(file);
        QVERIFY2(t.ok(), qPrintable(why(t)));
        QCOMPARE(t->header, (QStringList{QStringLiteral("Name"), QStringLiteral("Email")}));
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->rows.at(0).number, 3);
        QCOMPARE(t->rows.at(1).number, 6);
        // LF line ends number the same way.
        auto lf = CsvReader::read("\nName,Email\nAna,ana@example.com\n,\n\nBo,bo@example.com\n");
        QVERIFY2(lf.ok(), qPrintable(why(lf)));
        QCOMPARE(lf->rows.at(1).number, 6);
    }

    // Every bad file is refused with a message that says what to do.
    void badFilesSayWhatToDo_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("The file is empty.");
        QTest::newRow("only blank lines")
            << QByteArray("\r\n\r\n , \r\n") << QStringLiteral("only empty lines");
        QTest::newRow("header only") << QByteArray("First name,Email\r\n")
                                     << QStringLiteral("no people under it");
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) << QStringLiteral("CSV UTF-8");
        QTest::newRow("xls") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
                             << QStringLiteral("workbook");
        QByteArray garbage;
        for (int i = 0; i < 4096; ++i)
            garbage += char((i * 7919 + 13) % 256);
        QTest::newRow("binary garbage") << garbage << QStringLiteral("binary data");
        QTest::newRow("NUL in text") << QByteArray("Name,Email\nA\0na,a@example.com\n", 30)
                                     << QStringLiteral("binary data");
        QTest::newRow("bad UTF-8 after a BOM")
            << QByteArray("\xEF\xBB\xBFName\nA\xFFna\n") << QStringLiteral("UTF-8");
    }
    void badFilesSayWhatToDo()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, says);
        auto t = CsvReader::read(bytes);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, ErrorCode::InvalidInput);
        QVERIFY2(t.error().message.contains(says), qPrintable(t.error().message));
    }

    // Limits: a 50 MB file is refused before it is read into memory, and a list longer than kMaxRows is
    // refused as a whole (not cut short).
    void limits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.csv"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(50LL * 1024 * 1024));
        }
        auto big = CsvReader::readFile(path);
        QVERIFY(!big.ok());
        QVERIFY2(big.error().message.contains(QStringLiteral("50.0 MB")), qPrintable(big.error().message));

        QByteArray many = "Name,Email\n";
        for (int i = 0; i < 100000; ++i)
            many += "P" + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.com\n";
        auto t = CsvReader::read(many);
        QVERIFY(!t.ok());
        QVERIFY2(t.error().message.contains(QStringLiteral("more than 20000 rows")),
                 qPrintable(t.error().message));

        QByteArray most = "Name,Email\n";
        for (int i = 0; i < CsvReader::kMaxRows; ++i)
            most += "P" + QByteArray::number(i) + ",p" + QByteArray::number(i) + "@example.com\n";
        auto ok = CsvReader::read(most);
        QVERIFY2(ok.ok(), qPrintable(why(ok)));
        QCOMPARE(ok->rows.size(), CsvReader::kMaxRows);
        QCOMPARE(ok->rows.constLast().number, CsvReader::kMaxRows + 1);

        auto missing = CsvReader::readFile(dir.filePath(QStringLiteral("nope.csv")));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().message.contains(QStringLiteral("nope.csv")));
    }

    // Formula-looking cells are read as the text they are (exports guard them; the importer stores text).
    void formulaCellsAreText()
    {
        auto t = CsvReader::read("Name,Email\n\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",a@example.com\n");
        QVERIFY2(t.ok(), qPrintable(why(t)));
        QCOMPARE(t->rows.at(0).cells.at(0), QStringLiteral("=HYPERLINK(\"http://x\",\"y\")"));
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
