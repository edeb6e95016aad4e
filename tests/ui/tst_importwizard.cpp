// The Import People wizard (issue 11) offscreen, opened from the real window's People menu: the file,
// its columns (an unknown header mapped by hand), the preview with its errors, the valid rows only,
// the import, and the window's People list and banner after it. Export People writes a file that the
// wizard then finds unchanged.
#include "fixture.h"
#include "importwizard.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "peoplepage.h"
#include "viewmodels/peoplemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>

using namespace porter;
using namespace porter::test;
using namespace porter::ui;

class TestImportWizard : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> m_f;
    std::unique_ptr<MainWindow> m_w;

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_f->dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(bytes);
        return path;
    }
    int peopleShown() const { return m_w->peoplePage()->model()->rowCount(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(QStringLiteral("PorterTest"));
        QApplication::setApplicationName(QStringLiteral("tst_importwizard"));
    }
    void init()
    {
        MessageBox::clearAnswers();
        QSettings().clear();
        m_f = std::make_unique<Fixture>();
        m_w = std::make_unique<MainWindow>(Services::of(*m_f->backend), m_f->owner);
        m_w->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    }
    void cleanup()
    {
        MainWindow::setDialogHook({});
        MainWindow::setSaveFileHook({});
        ImportWizard::setOpenFileHook({});
        m_w.reset();
        m_f.reset();
    }

    void importsASpreadsheetStepByStep()
    {
        // "Apartamento" is a header Porter does not know: the manager maps it to Keys by hand.
        const QString path = write(QStringLiteral("residents.csv"),
                                   "Nombre;Apellidos;Correo;Apartamento;Vencimiento\r\n"
                                   "Ana;García;ana@example.com;Unit 101 resident;31/01/2027\r\n"
                                   "Bo;Lee;bo@example;Gym;31/01/2027\r\n"
                                   "Cy;Ng;cy@example.com;Gym;\r\n");
        ImportWizard::setOpenFileHook([&] { return path; });
        bool shown = false;
        MainWindow::setDialogHook([&](QDialog *d) {
            shown = true;
            auto *w = qobject_cast<ImportWizard *>(d);
            QVERIFY(w);
            w->show(); // as exec() does: the wizard starts at its first page
            QCOMPARE(w->currentId(), int(ImportWizard::FilePage));
            QVERIFY(!w->button(QWizard::NextButton)->isEnabled()); // no file yet
            QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("importChoose")), Qt::LeftButton);
            QVERIFY2(w->fileMessage()->text().contains(QStringLiteral("Rows: 3.")),
                     qPrintable(w->fileMessage()->text()));
            QVERIFY(w->button(QWizard::NextButton)->isEnabled());
            w->next();

            QCOMPARE(w->currentId(), int(ImportWizard::ColumnsPage));
            QCOMPARE(w->columnsTable()->rowCount(), 5);
            QCOMPARE(w->columnCombo(0)->currentText(), QStringLiteral("First name"));
            QCOMPARE(w->columnCombo(2)->currentText(), QStringLiteral("Email"));
            QCOMPARE(w->columnCombo(3)->currentText(), QStringLiteral("Ignored"));
            QCOMPARE(w->columnsTable()->item(3, 1)->text(), QStringLiteral("Unit 101 resident"));
            // Two columns as Email: said at once, and Next waits.
            w->columnCombo(3)->setCurrentIndex(w->columnCombo(3)->findText(QStringLiteral("Email")));
            QVERIFY(w->columnsMessage()->isVisible());
            QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
            w->columnCombo(3)->setCurrentIndex(w->columnCombo(3)->findText(QStringLiteral("Keys")));
            QVERIFY(!w->columnsMessage()->isVisible());
            w->next();

            QCOMPARE(w->currentId(), int(ImportWizard::PreviewPage));
            QCOMPARE(w->preview().invited, 2);
            QCOMPARE(w->preview().errors, 1);
            QVERIFY2(w->previewSummary()->text().contains(QStringLiteral("2 to invite, 1 with errors")),
                     qPrintable(w->previewSummary()->text()));
            // Errors first; the row and its column are said.
            QCOMPARE(w->previewFilter()->currentText(), QStringLiteral("Rows with errors"));
            int visible = 0;
            for (int r = 0; r < w->previewTable()->rowCount(); ++r) {
                if (!w->previewTable()->isRowHidden(r)) {
                    ++visible;
                    QCOMPARE(w->previewTable()->item(r, 0)->text(), QStringLiteral("3"));
                    QVERIFY(w->previewTable()->item(r, 4)->text().startsWith(QStringLiteral("Correo: ")));
                }
            }
            QCOMPARE(visible, 1);
            QVERIFY(!w->button(QWizard::NextButton)->isEnabled()); // an error: not without "valid rows only"
            QCOMPARE(m_f->countRows(QStringLiteral("person")), 0); // the preview wrote nothing
            w->validRowsOnlyCheck()->click();
            QVERIFY(w->button(QWizard::NextButton)->isEnabled());
            QCOMPARE(w->button(QWizard::NextButton)->text(), QStringLiteral("&Import"));
            w->next();

            QCOMPARE(w->currentId(), int(ImportWizard::ResultPage));
            QVERIFY(w->imported());
            QVERIFY2(w->resultLabel()->text().contains(QStringLiteral("2 invited")),
                     qPrintable(w->resultLabel()->text()));
            QVERIFY(w->resultLabel()->text().contains(QStringLiteral("Welcome emails queued: 2.")));
            w->accept();
        });
        QVERIFY(m_w->importAction()->isEnabled());
        m_w->importAction()->trigger();
        QVERIFY(shown);
        QCOMPARE(peopleShown(), 2);
        QVERIFY2(m_w->bannerText().contains(QStringLiteral("Imported: 2 invited, 1 with errors.")),
                 qPrintable(m_w->bannerText()));
        QCOMPARE(m_f->countRows(QStringLiteral("outbox")), 2);
    }

    void exportedPeopleImportBackUnchanged()
    {
        m_f->invite(QStringLiteral("ana@example.com"), {m_f->residentKey.id, m_f->gymKey.id});
        m_f->invite(QStringLiteral("bo@example.com"), {m_f->gymKey.id}, true, true);
        const QString path = m_f->dir.filePath(QStringLiteral("people.xlsx"));
        QString suggestedName;
        MainWindow::setSaveFileHook([&](const QString &suggested) {
            suggestedName = suggested;
            return path;
        });
        m_w->exportPeopleAction()->trigger();
        QVERIFY2(suggestedName.endsWith(QStringLiteral("People Maple Court 2026-05-28.csv")),
                 qPrintable(suggestedName));
        QVERIFY(QFile::exists(path));
        QVERIFY2(m_w->bannerText().contains(QStringLiteral("People exported to")),
                 qPrintable(m_w->bannerText()));
        const QString csv = m_f->dir.filePath(QStringLiteral("people.csv"));
        MainWindow::setSaveFileHook([&](const QString &) { return csv; });
        m_w->exportPeopleAction()->trigger();

        ImportWizard::setOpenFileHook([&] { return csv; });
        const auto before = m_f->snapshot();
        MainWindow::setDialogHook([&](QDialog *d) {
            auto *w = qobject_cast<ImportWizard *>(d);
            QVERIFY(w);
            w->show(); // as exec() does: the wizard starts at its first page
            QTest::mouseClick(w->findChild<QPushButton *>(QStringLiteral("importChoose")), Qt::LeftButton);
            w->next();
            // Status, Guests and Keycards are Porter's own columns: ignored without asking.
            for (int c = 11; c < 14; ++c)
                QCOMPARE(w->columnCombo(c)->currentText(), QStringLiteral("Ignored"));
            w->next();
            QCOMPARE(w->preview().unchanged, 2);
            QVERIFY(w->previewSummary()->text().contains(QStringLiteral("Nothing to import")));
            QVERIFY(!w->button(QWizard::NextButton)->isEnabled());
            w->reject();
        });
        m_w->importAction()->trigger();
        QCOMPARE(m_f->snapshot(), before);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
