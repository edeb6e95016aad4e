// The application shell (issue 9): the keyboard shortcuts list made from the real actions, F1's user
// guide, the About box, the first window sized to the screen and its layout remembered, the person
// panel out of the way while nobody is selected, F6 between panes, the dark palette, the first run's
// country list.
#include "aboutdialog.h"
#include "firstrundialog.h"
#include "fixture.h"
#include "mainwindow.h"
#include "peoplepage.h"
#include "personpanel.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "theme.h"
#include "userguide.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimeZone>

using namespace porter;
using namespace porter::ui;
using porter::test::Fixture;

class TestAppShell : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shortcutsListIsMadeFromTheActions();
    void f1OpensTheUserGuide();
    void userGuideInTheWindowsLanguage();
    void aboutShowsVersionAndLicence();
    void firstWindowFitsTheScreen();
    void geometryFromALargerScreenIsNotRestored();
    void columnsAndSplittersAreRemembered();
    void personPanelHidesWhileNobodyIsSelected();
    void f6MovesBetweenPanes();
    void stylesheetFollowsTheDarkPalette();
    void iconsAreSharpAndFollowThePalette();
    void firstRunOffersCountriesByName();
    void firstRunStoresTheChosenCountry();

private:
    std::unique_ptr<MainWindow> window();
    std::unique_ptr<Fixture> m_f;
    Person m_alice;
};

void TestAppShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PorterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_appshell"));
    applyAppearance(*qApp);
}

void TestAppShell::init()
{
    QSettings().clear();
    m_f = std::make_unique<Fixture>();
    m_alice = m_f->invite(QStringLiteral("alice@example.test"), {m_f->residentKey.id});
}

void TestAppShell::cleanup()
{
    MainWindow::setDialogHook({});
    m_f.reset();
}

std::unique_ptr<MainWindow> TestAppShell::window()
{
    auto w = std::make_unique<MainWindow>(Services::of(*m_f->backend), m_f->owner);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        qWarning("window not exposed");
    return w;
}

void TestAppShell::shortcutsListIsMadeFromTheActions()
{
    auto w = window();
    auto *open = w->findChild<QAction *>(QStringLiteral("shortcutsAction"));
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Slash));
    // A shortcut changed at run time shows in the list: it is read from the actions, not kept by hand.
    w->refreshAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5));

    QStringList texts;
    QMap<QString, QString> shown;
    MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<ShortcutsDialog *>(d);
        QVERIFY(dialog);
        for (int row = 0; row < dialog->table()->rowCount(); ++row)
            shown.insert(dialog->table()->item(row, 0)->text(), dialog->table()->item(row, 1)->text());
        dialog->reject();
    });
    open->trigger();
    QVERIFY(!shown.isEmpty());
    const auto native = [](QAction *a) { return a->shortcut().toString(QKeySequence::NativeText); };
    QCOMPARE(shown.value(QStringLiteral("Invite")), native(w->inviteAction()));
    QCOMPARE(shown.value(QStringLiteral("Revoke All Keys")), native(w->revokeAction()));
    QCOMPARE(shown.value(QStringLiteral("Refresh")),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F5).toString(QKeySequence::NativeText));
    QCOMPARE(shown.value(QStringLiteral("Settings")),
             QKeySequence(Qt::CTRL | Qt::Key_Comma).toString(QKeySequence::NativeText));
    QCOMPARE(shown.value(QStringLiteral("Keyboard Shortcuts")), native(open));
    QCOMPARE(shown.value(QStringLiteral("Porter User Guide")),
             QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText));
    // Every action with a shortcut is listed, and nothing else.
    QSet<QString> expected;
    for (QAction *a : w->shortcutActions())
        expected.insert(ShortcutsDialog::plainText(a->text()));
    QCOMPARE(QSet<QString>(shown.keyBegin(), shown.keyEnd()), expected);
    // "Every action": each QAction of the window with a shortcut, wherever it lives (a page's own
    // actions too: the Keys page's F2 and Delete), is one of them.
    const QList<QAction *> listed = w->shortcutActions();
    for (QAction *a : w->findChildren<QAction *>()) {
        if (!a->shortcuts().isEmpty())
            QVERIFY2(listed.contains(a), qPrintable(a->text()));
    }
    QCOMPARE(shown.value(QStringLiteral("Edit Key")),
             QKeySequence(Qt::Key_F2).toString(QKeySequence::NativeText));
    QCOMPARE(shown.value(QStringLiteral("Delete Key")),
             QKeySequence(QKeySequence::Delete).toString(QKeySequence::NativeText));
    QCOMPARE(shown.value(QStringLiteral("New Key")),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K).toString(QKeySequence::NativeText));
    // A page's own action says which page it works on; a menu's, its menu.
    ShortcutsDialog dialog(w->shortcutActions());
    QCOMPARE(dialog.placeOf(QStringLiteral("Edit Key")), QStringLiteral("Keys page"));
    QCOMPARE(dialog.placeOf(QStringLiteral("Delete Key")), QStringLiteral("Keys page"));
    QCOMPARE(dialog.placeOf(QStringLiteral("Invite")), QStringLiteral("People"));
}

void TestAppShell::f1OpensTheUserGuide()
{
    auto w = window();
    QVERIFY(!w->userGuide());
    QTest::keyClick(w.get(), Qt::Key_F1);
    QVERIFY(w->userGuide());
    QVERIFY(w->userGuide()->isVisible());
    const QString text = w->userGuide()->browser()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Inviting someone and giving access")), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("Revoke All Keys")));
}

void TestAppShell::userGuideInTheWindowsLanguage()
{
    // Each translation is the whole guide: the same sections and steps as the English one.
    const QString english = userGuideText(QLocale(QLocale::English));
    const QString spanish = userGuideText(QLocale(QLocale::Spanish, QLocale::Mexico));
    const QString french = userGuideText(QLocale(QLocale::French, QLocale::Canada));
    QVERIFY(english.startsWith(QStringLiteral("# Porter user guide")));
    QVERIFY(spanish.startsWith(QStringLiteral("# Guía del usuario de Porter")));
    QVERIFY(french.startsWith(QStringLiteral("# Guide de l'utilisateur de Porter")));
    const auto outline = [](const QString &text) {
        QStringList out;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            static const QRegularExpression step(QStringLiteral("^(#+|\\d+\\.|-) "));
            const QRegularExpressionMatch m = step.match(line);
            if (m.hasMatch())
                out << m.captured(1);
        }
        return out;
    };
    QCOMPARE(outline(spanish), outline(english));
    QCOMPARE(outline(french), outline(english));
    // The UI's words: the translated action names, as the window shows them.
    QVERIFY(spanish.contains(QStringLiteral("**Revocar todas las llaves…**")));
    QVERIFY(french.contains(QStringLiteral("**Révoquer toutes les clés…**")));
    // No guide in that language: English.
    QCOMPARE(userGuideText(QLocale(QLocale::German)), english);
    QCOMPARE(userGuideText(QLocale::c()), english);

    // F1 opens the one of the language chosen in Settings.
    porter::ui::settings::setLanguage(QStringLiteral("es"));
    auto w = window();
    QTest::keyClick(w.get(), Qt::Key_F1);
    QVERIFY(w->userGuide() && w->userGuide()->isVisible());
    const QString shown = w->userGuide()->browser()->toPlainText();
    porter::ui::settings::setLanguage({});
    QVERIFY2(shown.contains(QStringLiteral("Invitar a alguien y darle acceso")), qPrintable(shown.left(200)));
}

void TestAppShell::aboutShowsVersionAndLicence()
{
    auto w = window();
    QString version, licence, links;
    bool guideAsked = false;
    MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<AboutDialog *>(d);
        QVERIFY(dialog);
        version = dialog->findChild<QLabel *>(QStringLiteral("versionLabel"))->text();
        links = dialog->findChild<QLabel *>(QStringLiteral("linksLabel"))->text();
        licence = dialog->licenceView()->toPlainText();
        connect(dialog, &AboutDialog::userGuideRequested, dialog, [&] { guideAsked = true; });
        dialog->findChild<QPushButton *>(QStringLiteral("userGuideButton"))->click();
        dialog->reject();
    });
    w->findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QCOMPARE(version, QStringLiteral("Porter " PORTER_VERSION));
    QVERIFY2(licence.contains(QStringLiteral("Copyright")), qPrintable(licence));
    QVERIFY(links.contains(QStringLiteral(PORTER_HOMEPAGE)));
    QVERIFY(guideAsked);
    QVERIFY(w->userGuide() && w->userGuide()->isVisible()); // "User Guide" opened it
}

void TestAppShell::firstWindowFitsTheScreen()
{
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    auto w = window();
    // When it does not fit, say which page asks for the width (each page's minimum).
    QStringList minimums;
    for (int i = 0; i < w->pages()->count(); ++i)
        minimums << QStringLiteral("%1 %2")
                        .arg(w->pages()->tabText(i))
                        .arg(w->pages()->widget(i)->minimumSizeHint().width());
    QVERIFY2(available.contains(w->geometry()), qPrintable(QStringLiteral("%1x%2 on %3x%4; pages: %5")
                                                               .arg(w->width())
                                                               .arg(w->height())
                                                               .arg(available.width())
                                                               .arg(available.height())
                                                               .arg(minimums.join(QStringLiteral(", ")))));
    QVERIFY(w->width() >= available.width() * 8 / 10);
}

void TestAppShell::geometryFromALargerScreenIsNotRestored()
{
    // Saved on a large monitor that is no longer attached.
    {
        auto w = window();
        w->setGeometry(2600, 1500, 1900, 1100);
        w->close();
    }
    QVERIFY(QSettings().contains(QStringLiteral("mainWindow/geometry")));
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    auto w = window();
    QVERIFY2(
        available.contains(w->geometry()),
        qPrintable(QStringLiteral("%1,%2 %3x%4").arg(w->x()).arg(w->y()).arg(w->width()).arg(w->height())));
}

void TestAppShell::columnsAndSplittersAreRemembered()
{
    // The People page fits the column widths to the table (PeoplePage::fitColumns); their order and
    // the splitters are the manager's and come back.
    QList<int> sizes;
    {
        auto w = window();
        QHeaderView *header = w->peoplePage()->table()->horizontalHeader();
        header->moveSection(2, 0);
        auto *splitter = qobject_cast<QSplitter *>(w->centralWidget());
        QVERIFY(splitter);
        sizes = splitter->sizes();
        sizes[0] += 40;
        sizes[1] -= 40;
        splitter->setSizes(sizes);
        sizes = splitter->sizes();
    }
    auto w = window();
    QHeaderView *header = w->peoplePage()->table()->horizontalHeader();
    QCOMPARE(header->logicalIndex(0), 2);
    QCOMPARE(qobject_cast<QSplitter *>(w->centralWidget())->sizes(), sizes);
}

void TestAppShell::personPanelHidesWhileNobodyIsSelected()
{
    auto w = window();
    w->resize(1024, 640);
    QTest::qWait(50);
    QVERIFY(!w->personPanel()->isVisible());
    // The list has the room: most of the page's height.
    QVERIFY2(w->peoplePage()->height() > w->pages()->height() * 8 / 10,
             qPrintable(QStringLiteral("%1 of %2").arg(w->peoplePage()->height()).arg(w->pages()->height())));
    QVERIFY(w->peoplePage()->selectPerson(m_alice.id));
    QVERIFY(w->personPanel()->isVisible());
    QCOMPARE(w->personPanel()->personId(), m_alice.id);
}

void TestAppShell::f6MovesBetweenPanes()
{
    auto w = window();
    QVERIFY(w->peoplePage()->selectPerson(m_alice.id));
    QApplication::setActiveWindow(w.get());
    w->propertyList()->setFocus();
    QVERIFY(QTest::qWaitFor([&] { return w->propertyList()->hasFocus(); }, 1000));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), w->peoplePage()->table());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QVERIFY(w->personPanel()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QCOMPARE(QApplication::focusWidget(), w->propertyList());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
    QVERIFY(w->personPanel()->isAncestorOf(QApplication::focusWidget()));
}

void TestAppShell::stylesheetFollowsTheDarkPalette()
{
    const QPalette light = QApplication::palette();
    QVERIFY(!isDark(light));
    QVERIFY(qApp->styleSheet().contains(QStringLiteral("#dbeafe")));
    QApplication::setPalette(darkPalette());
    QVERIFY(isDark(QApplication::palette()));
    QVERIFY2(qApp->styleSheet().contains(QStringLiteral("#172554")), qPrintable(qApp->styleSheet()));
    QVERIFY(!qApp->styleSheet().contains(QStringLiteral("#dbeafe")));
    QApplication::setPalette(light);
    QVERIFY(qApp->styleSheet().contains(QStringLiteral("#dbeafe")));
}

// The lightness of the most opaque pixel of an icon drawn at 24 px on a 2x screen.
static int inkLightness(const QIcon &icon, QSize *size)
{
    const QImage image = icon.pixmap(QSize(24, 24), 2.0).toImage().convertToFormat(QImage::Format_ARGB32);
    *size = image.size();
    QColor ink(0, 0, 0, 0);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y).alpha() > ink.alpha())
                ink = image.pixelColor(x, y);
    return ink.alpha() > 200 ? ink.lightness() : -1;
}

void TestAppShell::iconsAreSharpAndFollowThePalette()
{
    const QPalette light = QApplication::palette();
    const QIcon invite = icon(QStringLiteral("invite"));
    QSize size;
    const int onLight = inkLightness(invite, &size);
    QCOMPARE(size, QSize(48, 48)); // drawn for the screen's scale, not blown up from 24 px
    QVERIFY2(onLight >= 0 && onLight < 100, qPrintable(QString::number(onLight)));
    QApplication::setPalette(darkPalette());
    const int onDark = inkLightness(invite, &size); // the same icon, repainted
    QApplication::setPalette(light);
    QVERIFY2(onDark > 180, qPrintable(QString::number(onDark)));
}

void TestAppShell::firstRunOffersCountriesByName()
{
    QVERIFY(FirstRunDialog::countryName(QLocale::Germany, QLocale(QLocale::Spanish)) ==
            QStringLiteral("Alemania"));
    QCOMPARE(FirstRunDialog::countryName(QLocale::Germany, QLocale(QLocale::French)),
             QStringLiteral("Allemagne"));
    QCOMPARE(FirstRunDialog::countryName(QLocale::Germany, QLocale::c()), QStringLiteral("Germany"));

    Fixture empty; // a database, any: the dialog is only looked at
    FirstRunDialog dialog(empty.backend->directory(), empty.db->path());
    QComboBox *countries = dialog.countryCombo();
    QVERIFY2(countries->count() > 200, qPrintable(QString::number(countries->count())));
    QCOMPARE(countries->itemText(countries->findData(QStringLiteral("US"))), QStringLiteral("United States"));
    // No machine country (C locale): the United States, as before.
    QCOMPARE(countries->currentData().toString(), QStringLiteral("US"));
    // In alphabetical order, each country once.
    QSet<QString> codes;
    for (int i = 0; i < countries->count(); ++i) {
        QVERIFY(!codes.contains(countries->itemData(i).toString()));
        codes.insert(countries->itemData(i).toString());
        if (i > 0)
            QVERIFY2(QString::localeAwareCompare(countries->itemText(i - 1), countries->itemText(i)) <= 0,
                     qPrintable(countries->itemText(i - 1) + QStringLiteral(" / ") + countries->itemText(i)));
    }
    // Words for a building manager, no developer commands.
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        QVERIFY2(!label->text().contains(QStringLiteral("scripts/")), qPrintable(label->text()));
        QVERIFY2(!label->text().contains(QStringLiteral("porterctl")), qPrintable(label->text()));
    }
}

void TestAppShell::firstRunStoresTheChosenCountry()
{
    QTemporaryDir dir;
    auto backend = Backend::open(dir.filePath(QStringLiteral("fresh.sqlite")), Backend::Open::Create);
    QVERIFY2(backend.ok(), backend.ok() ? "" : qPrintable(backend.error().message));
    FirstRunDialog d((*backend)->directory(), (*backend)->path());
    d.portfolioEdit()->setText(QStringLiteral("Harbor Homes"));
    d.nameEdit()->setText(QStringLiteral("Pat Manager"));
    d.emailEdit()->setText(QStringLiteral("pat@harbor.test"));
    d.passwordEdit()->setText(QStringLiteral("a long enough password"));
    d.confirmEdit()->setText(QStringLiteral("a long enough password"));
    d.propertyEdit()->setText(QStringLiteral("Rue de Rivoli"));
    d.timeZoneCombo()->setCurrentText(QStringLiteral("Europe/Paris"));
    d.countryCombo()->setCurrentIndex(d.countryCombo()->findData(QStringLiteral("FR")));
    d.accept();
    QVERIFY2(d.errorText().isEmpty(), qPrintable(d.errorText()));
    auto properties = (*backend)->directory().properties(d.manager());
    QVERIFY(properties.ok());
    QCOMPARE(properties->size(), 1);
    QCOMPARE(properties->first().region, QStringLiteral("FR"));
}

QTEST_MAIN(TestAppShell)
#include "tst_appshell.moc"
