#include "util/tablefile.h"

#include "util/csv.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>
#include <filesystem>
#include <xlsxwriter.h>

namespace porter {
namespace {

Error writeFailed(const QString &path, const QString &why)
{
    return makeError(ErrorCode::Storage,
                     TableFile::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), why));
}

// Excel's limits: a sheet name of 31 characters without []:*?/\, cells of 32,767 characters.
QByteArray sheetNameOf(const QString &name)
{
    QString n = name;
    for (QChar &c : n) {
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char(' ');
    }
    return n.left(31).toUtf8();
}

constexpr qsizetype kMaxCell = 32767;

} // namespace

struct TableFile::Csv
{
    explicit Csv(const QString &path)
        : file(path)
        , writer(file)
    {}
    QSaveFile file;
    CsvWriter writer;
};

struct TableFile::Xlsx
{
    // The workbook is written beside the destination, then renamed over it.
    QString partPath;
    lxw_workbook *book = nullptr;
    lxw_worksheet *sheet = nullptr;
    lxw_format *bold = nullptr;
    ~Xlsx()
    {
        if (book)
            workbook_close(book); // abandoned: finish the temporary file, then remove it
        if (!partPath.isEmpty())
            QFile::remove(partPath);
    }
};

TableFile::Format TableFile::formatOf(const QString &path)
{
    return path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) ? Format::Xlsx : Format::Csv;
}

QString TableFile::withFilterSuffix(const QString &path, const QString &selectedFilter)
{
    if (selectedFilter.isEmpty() || path.isEmpty())
        return path;
    const bool xlsx = selectedFilter.contains(QLatin1String("*.xlsx"));
    const QString wanted = xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    const QString other = xlsx ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    if (path.endsWith(wanted, Qt::CaseInsensitive))
        return path;
    if (path.endsWith(other, Qt::CaseInsensitive))
        return path.left(path.size() - other.size()) + wanted;
    return path + wanted;
}

TableFile::TableFile(const QString &path, const QString &sheetName)
    : m_path(path)
    , m_sheetName(sheetName)
    , m_format(formatOf(path))
{}

TableFile::~TableFile() = default;

Result<int> TableFile::write(const QString &path, const QString &sheetName,
                             const std::function<Result<int>(TableFile &)> &rows)
{
    TableFile file(path, sheetName);
    PORTER_TRY(file.open());
    auto written = rows(file);
    if (!written.ok())
        return written.error();
    PORTER_TRY(file.commit());
    return written;
}

Status TableFile::open()
{
    if (m_format == Format::Csv) {
        m_csv = std::make_unique<Csv>(m_path);
        if (!m_csv->file.open(QIODevice::WriteOnly))
            return writeFailed(m_path, m_csv->file.errorString());
        return {};
    }
    const QFileInfo info(m_path);
    if (!info.absoluteDir().exists())
        return writeFailed(m_path, tr("the folder does not exist"));
    QTemporaryFile reserve(
        info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
    reserve.setAutoRemove(false);
    if (!reserve.open())
        return writeFailed(m_path, reserve.errorString());
    m_xlsx = std::make_unique<Xlsx>();
    m_xlsx->partPath = reserve.fileName();
    reserve.close();
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go straight to the file: 100,000 people in little memory
    const QByteArray tmpdir = QDir::tempPath().toUtf8();
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    m_xlsx->book = workbook_new_opt(QFile::encodeName(m_xlsx->partPath).constData(), &options);
    if (!m_xlsx->book)
        return writeFailed(m_path, tr("the workbook could not be created"));
    m_xlsx->sheet = workbook_add_worksheet(m_xlsx->book, sheetNameOf(m_sheetName).constData());
    m_xlsx->bold = workbook_add_format(m_xlsx->book);
    if (!m_xlsx->sheet || !m_xlsx->bold)
        return writeFailed(m_path, tr("the workbook could not be created"));
    format_set_bold(m_xlsx->bold);
    return {};
}

Status TableFile::writeRecord(const QStringList &fields)
{
    if (m_csv) {
        PORTER_TRY(m_csv->writer.writeRecord(fields));
        ++m_records;
        return {};
    }
    if (!m_xlsx || !m_xlsx->sheet)
        return writeFailed(m_path, tr("the file is not open"));
    const lxw_row_t row = lxw_row_t(m_records);
    if (row >= LXW_ROW_MAX)
        return makeError(ErrorCode::InvalidInput,
                         tr("An Excel sheet holds at most %1 rows. Export to CSV instead.").arg(LXW_ROW_MAX));
    if (m_records == 0) {
        // The header: bold, frozen above the rows, and its columns wide enough to read.
        for (int c = 0; c < fields.size(); ++c)
            worksheet_set_column(m_xlsx->sheet, lxw_col_t(c), lxw_col_t(c),
                                 qBound(12.0, fields.at(c).size() * 1.2, 40.0), nullptr);
        worksheet_freeze_panes(m_xlsx->sheet, 1, 0);
    }
    for (int c = 0; c < fields.size(); ++c) {
        if (fields.at(c).isEmpty())
            continue;
        // A text cell: libxlsxwriter never turns a string into a formula, whatever it starts with.
        const QByteArray text = fields.at(c).left(kMaxCell).toUtf8();
        if (worksheet_write_string(m_xlsx->sheet, row, lxw_col_t(c), text.constData(),
                                   m_records == 0 ? m_xlsx->bold : nullptr) != LXW_NO_ERROR)
            return writeFailed(m_path, tr("a cell could not be written"));
    }
    ++m_records;
    return {};
}

Status TableFile::commit()
{
    if (m_csv) {
        if (!m_csv->file.commit())
            return writeFailed(m_path, m_csv->file.errorString());
        m_csv.reset();
        return {};
    }
    if (!m_xlsx || !m_xlsx->book)
        return writeFailed(m_path, tr("the file is not open"));
    const lxw_error closed = workbook_close(m_xlsx->book);
    m_xlsx->book = nullptr;
    if (closed != LXW_NO_ERROR)
        return writeFailed(m_path, QString::fromUtf8(lxw_strerror(closed)));
    std::error_code ec;
    // The workbook gets the permissions of the file it replaces, or a new file's usual ones (the
    // temporary file was created owner-only).
    QFile::setPermissions(m_xlsx->partPath, QFile::exists(m_path) ? QFile::permissions(m_path)
                                                                  : QFile::ReadOwner | QFile::WriteOwner |
                                                                        QFile::ReadGroup | QFile::ReadOther);
    // Replaces the destination in one step (POSIX rename; MoveFileEx with replace on Windows).
    std::filesystem::rename(std::filesystem::path(m_xlsx->partPath.toStdU16String()),
                            std::filesystem::path(m_path.toStdU16String()), ec);
    if (ec)
        return writeFailed(m_path, QString::fromLocal8Bit(ec.message().c_str()));
    m_xlsx->partPath.clear();
    m_xlsx.reset();
    return {};
}

} // namespace porter
