#pragma once

#include "access/importservice.h"
#include "services.h"
#include "util/csvreader.h"

#include <QWizard>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace porter::ui {

// Import People (issue 11): a spreadsheet of residents invited and updated in one go. Four steps: the
// file (read and checked at once), its columns (each header matched to a field, or ignored), the
// preview (what every row will do, every error with its row and column; nothing written yet), and the
// result. The import itself is ImportService's: one unit of work, all of it or none of it.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        FilePage,
        ColumnsPage,
        PreviewPage,
        ResultPage
    };

    ImportWizard(const Services &services, const Manager &manager, const Property &property,
                 QWidget *parent = nullptr);

    // Tests choose the file instead of the file dialog.
    static void setOpenFileHook(std::function<QString()> hook);

    // Reads the file; false (and the reason shown under it) when it cannot be imported.
    bool loadFile(const QString &path);
    ImportMapping mapping() const;
    // Runs the preview with the options ticked; false when the file as mapped has a problem.
    bool runPreview();
    const ImportReport &preview() const { return m_preview; }
    // The import itself; its report, or the error shown on the result page.
    const ImportReport &result() const { return m_result; }
    bool imported() const { return m_result.applied; }

    QLineEdit *fileEdit() const { return m_file; }
    QLabel *fileMessage() const { return m_fileMessage; }
    QTableWidget *columnsTable() const { return m_columns; }
    QComboBox *columnCombo(int column) const;
    QLabel *columnsMessage() const { return m_columnsMessage; }
    QTableWidget *previewTable() const { return m_rows; }
    QLabel *previewSummary() const { return m_summary; }
    QComboBox *previewFilter() const { return m_filter; }
    QCheckBox *validRowsOnlyCheck() const { return m_validOnly; }
    QCheckBox *giveAccessAgainCheck() const { return m_giveAgain; }
    QLabel *resultLabel() const { return m_resultText; }

    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage *makeFilePage();
    QWizardPage *makeColumnsPage();
    QWizardPage *makePreviewPage();
    QWizardPage *makeResultPage();
    void chooseFile();
    void fillColumns();
    bool checkColumns();
    void fillPreview();
    void applyFilter();
    void runImport();
    ImportOptions options() const;

    Services m_services;
    Manager m_manager;
    Property m_property;
    CsvReader::Table m_table;
    QString m_path;
    ImportReport m_preview;
    ImportReport m_result;
    bool m_previewReady = false;

    QLineEdit *m_file = nullptr;
    QLabel *m_fileMessage = nullptr;
    QTableWidget *m_columns = nullptr;
    QLabel *m_columnsMessage = nullptr;
    QLabel *m_summary = nullptr;
    QComboBox *m_filter = nullptr;
    QTableWidget *m_rows = nullptr;
    QCheckBox *m_validOnly = nullptr;
    QCheckBox *m_giveAgain = nullptr;
    QLabel *m_resultText = nullptr;
};

} // namespace porter::ui
