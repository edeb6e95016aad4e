#include "util/csvreader.h"

#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QStringDecoder>
#include <csv.h>
#include <memory>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

namespace porter {
namespace {

Error invalid(const QString &message)
{
    return makeError(ErrorCode::InvalidInput, message);
}

Error tooBig(qint64 size)
{
    return invalid(CsvReader::tr("The file is %1 MB; Porter reads spreadsheets of up to %2 MB. Split it and "
                                 "import the parts one after another.")
                       .arg(double(size) / (1024 * 1024), 0, 'f', 1)
                       .arg(CsvReader::kMaxBytes / (1024 * 1024)));
}

// A legacy code page through ICU (Qt 6.4 decodes only the Unicode encodings and Latin-1 itself).
std::optional<QString> fromCodePage(const QByteArray &bytes, const char *name)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, decltype(&ucnv_close)> conv(ucnv_open(name, &status), &ucnv_close);
    if (U_FAILURE(status))
        return std::nullopt;
    QString out(bytes.size() * 2 + 1, Qt::Uninitialized);
    const int32_t n = ucnv_toUChars(conv.get(), reinterpret_cast<UChar *>(out.data()), int32_t(out.size()),
                                    bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    out.truncate(n);
    return out;
}

// ICU's best guess among the single-byte code pages a spreadsheet of a Western European locale is
// saved in; Windows-1252 when it has none (what Excel writes for "CSV (comma delimited)" there).
QByteArray guessCodePage(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> det(ucsdet_open(&status), &ucsdet_close);
    if (U_FAILURE(status))
        return QByteArrayLiteral("windows-1252");
    ucsdet_setText(det.get(), bytes.constData(), int32_t(std::min<qsizetype>(bytes.size(), 1 << 20)),
                   &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(det.get(), &found, &status);
    if (U_FAILURE(status))
        return QByteArrayLiteral("windows-1252");
    // The people lists Porter reads come from English, Spanish and French spreadsheets: when ICU finds
    // Western European text at all, it is Windows-1252 (Latin-1 is 1252 without the printable 0x80-0x9F
    // such as €, œ and curly quotes). Otherwise its best single-byte code page.
    QByteArray other;
    for (int32_t i = 0; i < found; ++i) {
        const QByteArray name = ucsdet_getName(matches[i], &status);
        if (U_FAILURE(status))
            break;
        if (name == "ISO-8859-1" || name == "windows-1252")
            return QByteArrayLiteral("windows-1252");
        if (other.isEmpty() && (name.startsWith("windows-125") || name.startsWith("ISO-8859-")))
            other = name;
    }
    if (!other.isEmpty())
        return other;
    return QByteArrayLiteral("windows-1252");
}

// The separator of the file: the one of comma, semicolon and tab that appears most often outside
// quotes on its first line (Excel writes semicolons where the decimal mark is a comma, as in Spanish and
// French). A comma when none does (one column).
char separatorOf(const QString &text)
{
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++comma;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolon;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tab;
    }
    if (tab > comma && tab > semicolon)
        return '\t';
    return semicolon > comma ? ';' : ',';
}

// What libcsv hands back, record by record.
struct Collector
{
    QList<QStringList> records; // every record, blank ones included, so numbers match the spreadsheet's
    QStringList current;
    int lastTerminator = 0;
    bool tooMany = false;

    static void field(void *data, size_t len, void *self)
    {
        auto *c = static_cast<Collector *>(self);
        c->current << QString::fromUtf8(static_cast<const char *>(data), qsizetype(len));
    }
    static void record(int terminator, void *self)
    {
        auto *c = static_cast<Collector *>(self);
        // With CSV_REPALL_NL every line end is reported: the LF of a CRLF is not a blank line.
        if (c->current.isEmpty() && terminator == '\n' && c->lastTerminator == '\r') {
            c->lastTerminator = 0;
            return;
        }
        c->lastTerminator = terminator;
        if (c->records.size() > CsvReader::kMaxRows + 1) {
            c->tooMany = true;
            c->current.clear();
            return;
        }
        c->records << c->current;
        c->current.clear();
    }
};

bool blank(const QStringList &cells)
{
    for (const QString &c : cells)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

int onlySpace(unsigned char c)
{
    return c == ' ' ? 1 : 0;
}

} // namespace

Result<QString> CsvReader::decode(const QByteArray &bytes, QString *encoding)
{
    const auto say = [&](const char *name) {
        if (encoding)
            *encoding = QLatin1String(name);
    };
    const auto unicode = [&](QStringConverter::Encoding e, qsizetype skip,
                             const char *name) -> Result<QString> {
        QStringDecoder decoder(e, QStringConverter::Flag::Stateless);
        QString text = decoder.decode(QByteArrayView(bytes).sliced(skip));
        if (decoder.hasError())
            return invalid(tr("The file says it is %1 but holds bytes that are not: it may be damaged. Save "
                              "it again as “CSV UTF-8” and try once more.")
                               .arg(QLatin1String(name)));
        say(name);
        return text;
    };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return unicode(QStringConverter::Utf8, 3, "UTF-8");
    if (bytes.startsWith("\xFF\xFE"))
        return unicode(QStringConverter::Utf16LE, 2, "UTF-16LE");
    if (bytes.startsWith("\xFE\xFF"))
        return unicode(QStringConverter::Utf16BE, 2, "UTF-16BE");
    {
        QStringDecoder utf8(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
        QString text = utf8.decode(bytes);
        if (!utf8.hasError()) {
            say("UTF-8");
            return text;
        }
    }
    const QByteArray codePage = guessCodePage(bytes);
    std::optional<QString> text = fromCodePage(bytes, codePage.constData());
    if (!text)
        return invalid(tr("Porter cannot tell how the file's text is encoded. Save it as “CSV UTF-8” and try "
                          "again."));
    if (encoding)
        *encoding = QString::fromLatin1(codePage);
    return *text;
}

Result<CsvReader::Table> CsvReader::read(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return invalid(tr("The file is empty."));
    if (bytes.size() > kMaxBytes)
        return tooBig(bytes.size());
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("\xD0\xCF\x11\xE0"))
        return invalid(tr("This is a workbook (.xlsx, .xls or .ods), not a CSV file. Save it as “CSV UTF-8 "
                          "(comma delimited)” in Excel or “Text CSV” in LibreOffice, and choose that file."));

    QString encoding;
    auto text = decode(bytes, &encoding);
    if (!text.ok())
        return text.error();
    // Text a spreadsheet writes has no control characters but tab and line ends.
    for (const QChar c : *text) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\t') && c != QLatin1Char('\n') && c != QLatin1Char('\r'))
            return invalid(tr("This file is not a spreadsheet saved as CSV: it holds binary data. Save the "
                              "list as “CSV UTF-8” and choose that file."));
    }

    Table table;
    table.encoding = encoding;
    table.separator = QLatin1Char(separatorOf(*text));
    const QByteArray utf8 = text->toUtf8();

    csv_parser parser;
    if (csv_init(&parser, CSV_REPALL_NL) != 0)
        return makeError(ErrorCode::Internal, tr("Out of memory while reading the file."));
    const auto freeParser = qScopeGuard([&] { csv_free(&parser); });
    csv_set_delim(&parser, static_cast<unsigned char>(table.separator.toLatin1()));
    csv_set_space_func(&parser, onlySpace); // a tab is data (or the separator), never trimmed away
    Collector collected;
    if (csv_parse(&parser, utf8.constData(), size_t(utf8.size()), Collector::field, Collector::record,
                  &collected) != size_t(utf8.size()) ||
        csv_fini(&parser, Collector::field, Collector::record, &collected) != 0)
        return invalid(tr("The file could not be read as CSV (%1).")
                           .arg(QString::fromUtf8(csv_strerror(csv_error(&parser)))));
    if (collected.tooMany)
        return invalid(tr("The file has more than %1 rows. Split it into files of at most %1 people and "
                          "import them one after another.")
                           .arg(kMaxRows));

    // The header is the first row with something in it.
    int i = 0;
    while (i < collected.records.size() && blank(collected.records.at(i)))
        ++i;
    if (i == collected.records.size())
        return invalid(tr("The file has no rows, only empty lines."));
    for (const QString &h : collected.records.at(i))
        table.header << h.trimmed();
    while (!table.header.isEmpty() && table.header.constLast().isEmpty())
        table.header.removeLast();
    for (int r = i + 1; r < collected.records.size(); ++r) {
        const QStringList &cells = collected.records.at(r);
        if (blank(cells))
            continue;
        table.rows << Row{r + 1, cells};
    }
    if (table.rows.isEmpty())
        return invalid(tr("The file has a header row but no people under it."));
    return table;
}

Result<CsvReader::Table> CsvReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(tr("Cannot open %1: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    if (file.size() > kMaxBytes)
        return tooBig(file.size()); // before reading 50 MB into memory
    return read(file.readAll());
}

} // namespace porter
