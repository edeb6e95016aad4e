#include "importwizard.h"

#include "statusstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

namespace porter::ui {
namespace {

std::function<QString()> &openFileHook()
{
    static std::function<QString()> hook;
    return hook;
}

// A page whose Next button waits for `complete`.
class Page : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }
    void changed()
    {
        Q_EMIT completeChanged();
        // Qt 6.4's wizard does not always follow completeChanged of the current page (seen offscreen):
        // its Next button is set here too, so it never offers a step the page refuses.
        if (wizard() && wizard()->currentPage() == this)
            wizard()->button(QWizard::NextButton)->setEnabled(isComplete());
    }
};

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, statusTextColor(PersonStatus::Revoked, label->palette()));
    label->setPalette(p);
    label->setVisible(!text.isEmpty());
}

QString outcomeText(ImportOutcome o)
{
    switch (o) {
    case ImportOutcome::Invite:
        return ImportWizard::tr("New invitation");
    case ImportOutcome::Update:
        return ImportWizard::tr("Update");
    case ImportOutcome::Unchanged:
        return ImportWizard::tr("Unchanged");
    case ImportOutcome::Revoked:
        return ImportWizard::tr("Revoked: left as is");
    case ImportOutcome::Error:
        return ImportWizard::tr("Error");
    }
    return {};
}

// The colour of an outcome, as the People list colours the statuses they lead to.
std::optional<PersonStatus> outcomeStatus(ImportOutcome o)
{
    switch (o) {
    case ImportOutcome::Invite:
        return PersonStatus::Invited;
    case ImportOutcome::Update:
        return PersonStatus::Active;
    case ImportOutcome::Revoked:
    case ImportOutcome::Error:
        return PersonStatus::Revoked;
    case ImportOutcome::Unchanged:
        break;
    }
    return std::nullopt;
}

enum RowColumn
{
    RowNumber,
    RowName,
    RowEmail,
    RowOutcome,
    RowDetails,
    RowColumnCount
};

enum Filter
{
    AllRows,
    ChangedRows,
    ErrorRows
};

} // namespace

ImportWizard::ImportWizard(const Services &services, const Manager &manager, const Property &property,
                           QWidget *parent)
    : QWizard(parent)
    , m_services(services)
    , m_manager(manager)
    , m_property(property)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import People — %1").arg(property.name));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(FilePage, makeFilePage());
    setPage(ColumnsPage, makeColumnsPage());
    setPage(PreviewPage, makePreviewPage());
    setPage(ResultPage, makeResultPage());
    setStartId(FilePage);
    resize(860, 600);
}

void ImportWizard::setOpenFileHook(std::function<QString()> hook)
{
    openFileHook() = std::move(hook);
}

QWizardPage *ImportWizard::makeFilePage()
{
    auto *page = new Page(this);
    page->setTitle(tr("Choose the people list"));
    page->setSubTitle(
        tr("A spreadsheet saved as CSV from Excel, LibreOffice or Numbers, with a header row: first name, "
           "last name, email, phone, access method, keys, resident, may share, start, expiration. People "
           "already at %1 are matched by email and updated; nothing is written before the preview.")
            .arg(m_property.name));
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("No file chosen"));
    m_file->setReadOnly(true);
    auto *browse = new QPushButton(tr("&Choose File…"), page);
    browse->setObjectName(QStringLiteral("importChoose"));
    connect(browse, &QPushButton::clicked, this, &ImportWizard::chooseFile);
    m_fileMessage = messageLabel(page);
    m_fileMessage->setObjectName(QStringLiteral("importFileMessage"));
    m_fileMessage->hide();
    auto *hint = messageLabel(page);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setText(tr("Headers may be in English, Spanish or French. Dates are in the property's time "
                     "(%1), as YYYY-MM-DD or your spreadsheet's short date. Several keys go in one cell, "
                     "separated by semicolons. Up to 20,000 people per file.")
                      .arg(m_property.timeZone));
    auto *row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_fileMessage);
    layout->addSpacing(8);
    layout->addWidget(hint);
    layout->addStretch(1);
    page->complete = [this] { return !m_table.header.isEmpty(); };
    return page;
}

QWizardPage *ImportWizard::makeColumnsPage()
{
    auto *page = new Page(this);
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(tr("Porter recognized the columns below by their headers. Pick the field of any "
                         "column it did not recognize, or leave it ignored."));
    m_columns = new QTableWidget(0, 3, page);
    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Imported as")});
    m_columns->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_columns->verticalHeader()->hide();
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columnsMessage = messageLabel(page);
    m_columnsMessage->setObjectName(QStringLiteral("importColumnsMessage"));
    m_columnsMessage->hide();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_columnsMessage);
    page->complete = [this] { return !m_columnsMessage->isVisible(); };
    return page;
}

QWizardPage *ImportWizard::makePreviewPage()
{
    auto *page = new Page(this);
    page->setTitle(tr("Check what will happen"));
    page->setSubTitle(tr("Nothing has been written yet. Each row shows what the import will do."));
    m_summary = messageLabel(page);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_filter = new QComboBox(page);
    m_filter->setObjectName(QStringLiteral("importFilter"));
    m_filter->addItem(tr("All rows"), AllRows);
    m_filter->addItem(tr("Rows that change something"), ChangedRows);
    m_filter->addItem(tr("Rows with errors"), ErrorRows);
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ImportWizard::applyFilter);
    m_rows = new QTableWidget(0, RowColumnCount, page);
    m_rows->setObjectName(QStringLiteral("importRows"));
    m_rows->setHorizontalHeaderLabels({tr("Row"), tr("Name"), tr("Email"), tr("Result"), tr("Details")});
    m_rows->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_rows->horizontalHeader()->setSectionResizeMode(RowDetails, QHeaderView::Stretch);
    m_rows->verticalHeader()->hide();
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setWordWrap(true);
    m_rows->setAlternatingRowColors(true);
    m_validOnly = new QCheckBox(tr("Import the &valid rows only (skip the rows with errors)"), page);
    m_validOnly->setObjectName(QStringLiteral("importValidOnly"));
    m_giveAgain = new QCheckBox(tr("&Give revoked people in the file their keys again"), page);
    m_giveAgain->setObjectName(QStringLiteral("importGiveAgain"));
    for (QCheckBox *box : {m_validOnly, m_giveAgain})
        connect(box, &QCheckBox::toggled, this, [this] { runPreview(); });
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(new QLabel(tr("Show:"), page));
    top->addWidget(m_filter);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_rows, 1);
    layout->addWidget(m_validOnly);
    layout->addWidget(m_giveAgain);
    page->complete = [this] {
        return m_previewReady && m_preview.fileProblems.isEmpty() &&
               (m_preview.errors == 0 || m_validOnly->isChecked()) &&
               m_preview.invited + m_preview.updated > 0;
    };
    return page;
}

QWizardPage *ImportWizard::makeResultPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Import finished"));
    m_resultText = messageLabel(page);
    m_resultText->setObjectName(QStringLiteral("importResult"));
    m_resultText->setTextFormat(Qt::RichText);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_resultText);
    layout->addStretch(1);
    page->setFinalPage(true);
    return page;
}

void ImportWizard::chooseFile()
{
    const QString start = m_path.isEmpty()
                              ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                              : QFileInfo(m_path).absolutePath();
    const QString path = openFileHook()
                             ? openFileHook()()
                             : QFileDialog::getOpenFileName(this, tr("Import People"), start,
                                                            tr("Spreadsheets saved as CSV (*.csv *.txt);;"
                                                               "All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool ImportWizard::loadFile(const QString &path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    m_previewReady = false;
    auto table = CsvReader::readFile(path);
    if (!table.ok()) {
        m_table = {};
        showProblem(m_fileMessage, table.error().message);
    } else {
        m_table = *table;
        m_fileMessage->setPalette(palette());
        m_fileMessage->setText(
            tr("Rows: %n. Columns: %1 (%2, separated by “%3”).", nullptr, int(m_table.rows.size()))
                .arg(m_table.header.size())
                .arg(m_table.encoding,
                     m_table.separator == QLatin1Char('\t') ? tr("tab") : QString(m_table.separator)));
        m_fileMessage->show();
        fillColumns();
    }
    static_cast<Page *>(page(FilePage))->changed();
    return table.ok();
}

void ImportWizard::fillColumns()
{
    const ImportMapping suggested = ImportService::suggestMapping(m_table.header);
    m_columns->setRowCount(int(m_table.header.size()));
    for (int c = 0; c < m_table.header.size(); ++c) {
        m_columns->setItem(c, 0, new QTableWidgetItem(m_table.header.at(c)));
        QString sample;
        for (const CsvReader::Row &r : m_table.rows) {
            sample = r.cells.value(c).trimmed();
            if (!sample.isEmpty())
                break;
        }
        m_columns->setItem(c, 1,
                           new QTableWidgetItem(sample.replace(QLatin1Char('\n'), QStringLiteral(" · "))));
        auto *combo = new QComboBox(m_columns);
        combo->setObjectName(QStringLiteral("importField%1").arg(c));
        combo->addItem(tr("Ignored"), -1);
        for (ImportField f : ImportSheet::allFields())
            combo->addItem(ImportSheet::fieldName(f), int(f));
        if (suggested.at(c))
            combo->setCurrentIndex(combo->findData(int(*suggested.at(c))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            m_previewReady = false;
            checkColumns();
        });
        m_columns->setCellWidget(c, 2, combo);
    }
    checkColumns();
}

QComboBox *ImportWizard::columnCombo(int column) const
{
    return qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2));
}

ImportMapping ImportWizard::mapping() const
{
    ImportMapping mapping;
    for (int c = 0; c < m_columns->rowCount(); ++c) {
        const int field = columnCombo(c) ? columnCombo(c)->currentData().toInt() : -1;
        mapping << (field < 0 ? std::nullopt : std::optional<ImportField>(ImportField(field)));
    }
    return mapping;
}

bool ImportWizard::checkColumns()
{
    const ImportMapping m = mapping();
    QString problem;
    QSet<int> seen;
    for (int c = 0; c < m.size() && problem.isEmpty(); ++c) {
        if (!m.at(c))
            continue;
        if (seen.contains(int(*m.at(c))))
            problem = tr("Two columns are imported as %1. Set one of them to Ignored.")
                          .arg(ImportSheet::fieldName(*m.at(c)));
        seen.insert(int(*m.at(c)));
    }
    if (problem.isEmpty() && !seen.contains(int(ImportField::Email)))
        problem = tr("Choose the column that holds the email: people are found and invited by it.");
    showProblem(m_columnsMessage, problem);
    static_cast<Page *>(page(ColumnsPage))->changed();
    return problem.isEmpty();
}

ImportOptions ImportWizard::options() const
{
    ImportOptions o;
    o.validRowsOnly = m_validOnly->isChecked();
    o.giveAccessAgain = m_giveAgain->isChecked();
    o.fileName = QFileInfo(m_path).fileName();
    return o;
}

bool ImportWizard::runPreview()
{
    auto report =
        m_services.backend->imports().preview(m_manager, m_property.id, m_table, mapping(), options());
    m_previewReady = report.ok();
    if (!report.ok()) {
        m_preview = {};
        m_preview.fileProblems << report.error().message;
    } else {
        m_preview = *report;
    }
    fillPreview();
    static_cast<Page *>(page(PreviewPage))->changed();
    return m_previewReady && m_preview.fileProblems.isEmpty();
}

void ImportWizard::fillPreview()
{
    const ImportReport &r = m_preview;
    QString summary = r.fileProblems.isEmpty() ? r.summary() : r.fileProblems.join(QLatin1Char('\n'));
    if (r.fileProblems.isEmpty() && r.errors > 0 && !m_validOnly->isChecked())
        summary +=
            QLatin1Char('\n') + tr("Fix the rows with errors in the spreadsheet and choose the file again, "
                                   "or import the valid rows only.");
    else if (r.fileProblems.isEmpty() && r.invited + r.updated == 0 && r.errors == 0)
        summary += QLatin1Char('\n') +
                   tr("Nothing to import: everyone in the file is already at %1 as the file says.")
                       .arg(m_property.name);
    else if (!r.doorsToSync.isEmpty())
        summary += QLatin1Char('\n') +
                   tr("Offline doors to sync afterwards, once each: %n.", nullptr, int(r.doorsToSync.size()));
    m_summary->setText(summary);
    m_rows->setUpdatesEnabled(false);
    m_rows->setRowCount(int(r.rows.size()));
    for (int i = 0; i < r.rows.size(); ++i) {
        const ImportRow &row = r.rows.at(i);
        QStringList details;
        for (const ImportProblem &p : row.problems)
            details << (p.column.isEmpty() ? p.message : QStringLiteral("%1: %2").arg(p.column, p.message));
        details << row.changes << row.warnings;
        const QString cells[RowColumnCount] = {QString::number(row.row), row.name, row.email,
                                               outcomeText(row.outcome), details.join(QLatin1Char('\n'))};
        for (int c = 0; c < RowColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, int(row.outcome));
            if (c == RowOutcome) {
                if (auto status = outcomeStatus(row.outcome))
                    item->setForeground(statusTextColor(*status, m_rows->palette()));
            }
            if (c == RowDetails)
                item->setToolTip(cells[c]);
            m_rows->setItem(i, c, item);
        }
    }
    m_rows->setUpdatesEnabled(true);
    applyFilter();
    m_giveAgain->setVisible(r.revoked > 0 || m_giveAgain->isChecked());
    page(PreviewPage)->setButtonText(QWizard::NextButton, tr("&Import"));
}

void ImportWizard::applyFilter()
{
    const int filter = m_filter->currentData().toInt();
    for (int i = 0; i < m_rows->rowCount(); ++i) {
        const auto outcome = ImportOutcome(m_rows->item(i, RowNumber)->data(Qt::UserRole).toInt());
        const bool shown = filter == AllRows || (filter == ErrorRows && outcome == ImportOutcome::Error) ||
                           (filter == ChangedRows && outcome != ImportOutcome::Unchanged);
        m_rows->setRowHidden(i, !shown);
    }
    // Sized to the rows shown, so every cell of those reads whole.
    for (int c = RowNumber; c < RowDetails; ++c)
        m_rows->resizeColumnToContents(c);
    m_rows->resizeRowsToContents();
}

void ImportWizard::initializePage(int id)
{
    if (id == PreviewPage) {
        // Errors first when there are any: they are what the manager has to look at.
        runPreview();
        m_filter->setCurrentIndex(m_preview.errors > 0 ? m_filter->findData(ErrorRows)
                                                       : m_filter->findData(AllRows));
    }
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    if (currentId() == ColumnsPage && !checkColumns())
        return false;
    if (currentId() == PreviewPage)
        runImport();
    return QWizard::validateCurrentPage();
}

void ImportWizard::runImport()
{
    auto report =
        m_services.backend->imports().apply(m_manager, m_property.id, m_table, mapping(), options());
    QStringList lines;
    if (!report.ok()) {
        m_result = {};
        lines << tr("Nothing was imported.") << report.error().message.toHtmlEscaped();
    } else if (!report->applied) {
        m_result = *report;
        lines << tr("Nothing was imported: %1.").arg(report->summary().toHtmlEscaped());
    } else {
        m_result = *report;
        lines << QStringLiteral("<b>%1</b>").arg(tr("Imported: %1.").arg(report->summary().toHtmlEscaped()));
        if (report->welcomeMails > 0)
            lines << tr("Welcome emails queued: %n.", nullptr, report->welcomeMails);
        if (!report->doorsToSync.isEmpty()) {
            QStringList names;
            auto doors = m_services.directory->doors(m_manager, m_property.id);
            for (const Door &d : doors.ok() ? *doors : QList<Door>()) {
                if (report->doorsToSync.contains(d.id))
                    names << d.name.toHtmlEscaped();
            }
            lines << tr("Sync these offline doors once: %1.").arg(names.join(QStringLiteral(", ")));
        }
        if (report->errors > 0)
            lines << tr("Rows with errors, skipped: %n.", nullptr, report->errors);
    }
    m_resultText->setText(lines.join(QStringLiteral("<br><br>")));
}

} // namespace porter::ui
