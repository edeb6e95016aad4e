#include "access/unitofwork.h"
#include "bulkkeydialog.h"
#include "fixture.h"
#include "invitedialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "peoplepage.h"
#include "personpanel.h"
#include "statusstyle.h"
#include "theme.h"
#include "viewmodels/displaytext.h"
#include "zonenames.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace porter;
using namespace porter::ui;
using porter::test::Fixture;
using porter::test::zoneAbbreviation;

// The People page, its bulk actions, the Invite dialog and the Revoke/Delete confirmations (issue 9):
// each defect listed in the issue has a test here that failed on the main of its day.
class TestPeoplePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // Invite dialog
    void inviteNameMnemonicReachesTheName();
    void inviteKeyColumnsFit();
    void inviteShowsEveryErrorBesideItsField();
    void inviteStartsNowByDefault();
    void inviteExpiryNoteNamesTheZoneOfTheChosenDate();

    // People page
    void searchResultsOpenAtTheTop();
    void inviteScrollsTheNewPersonIntoView();
    void showExpiredKeepsTheSelection();
    void ctrlEWorksInTheSearchField();
    void escapeClearsTheSearch();
    void ctrlEndReachesTheTrueLastRow();
    void legendListsNoAccess();
    void statusPillsReadOnLightAndDarkPalettes();
    void emptyStateInviteExplainsItself();
    void selectedRowKeepsTheInvitedPill();
    void expiredAndRevokedRowsShowTheirEnd();
    void columnsFitAt1024x640();
    void headerSortsEveryColumn();
    void rowMenuAndDoubleClick();

    // Confirmations and bulk actions
    void revokeConfirmationNamesTheGuests();
    void deleteConfirmationSaysTimedGuestsKeepTheirPasses();
    void bulkRevoke();
    void bulkRevokeIsAllOrNothing();
    void bulkAddKey();
    void bulkRemoveKey();

private:
    std::unique_ptr<Fixture> m_f;
    std::unique_ptr<MainWindow> m_w;
    Person m_alice, m_bob, m_gina, m_tom;

    Services services() const { return Services::of(*m_f->backend); }
    PeoplePage *page() const { return m_w->peoplePage(); }
    PeopleModel *model() const { return page()->model(); }
    QTableView *table() const { return page()->table(); }
    void addPeople(int n);
    void openWindow();
    PersonDetail detail(Id person) const
    {
        auto d = m_f->queries->person(m_f->owner, person);
        return d.ok() ? *d : PersonDetail{};
    }
};

void TestPeoplePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("PorterTest"));
    QApplication::setApplicationName(QStringLiteral("tst_peoplepage"));
}

void TestPeoplePage::init()
{
    MessageBox::clearAnswers();
    QSettings().clear();
    m_f = std::make_unique<Fixture>();
    // Alice: open-ended keys, may share; her guests Gina (permanent) and Tom (until next month).
    InviteRequest alice =
        m_f->inviteRequest(QStringLiteral("alice@example.test"), {m_f->residentKey.id, m_f->gymKey.id});
    alice.expiresAt.reset();
    alice.mayShare = true;
    auto invited = m_f->access->invite(m_f->owner, alice);
    QVERIFY2(invited.ok(), why(invited));
    m_alice = invited->person;
    m_bob = m_f->invite(QStringLiteral("bob@example.test"), {m_f->gymKey.id});
    for (const auto &[first, last, timed] :
         {std::tuple{"Gina", "Guest", false}, std::tuple{"Tom", "Lee", true}}) {
        ShareRequest share;
        share.hostPersonId = m_alice.id;
        share.guest.firstName = QString::fromLatin1(first);
        share.guest.lastName = QString::fromLatin1(last);
        share.guest.email = QString::fromLatin1(first).toLower() + QStringLiteral("@example.test");
        share.keyIds = {m_f->residentKey.id};
        if (timed)
            share.expiresAt = m_f->clock.nowSecs() + 30 * 86400;
        auto shared = m_f->access->share(m_f->owner, share);
        QVERIFY2(shared.ok(), why(shared));
        (timed ? m_tom : m_gina) = shared->guest;
    }
}

void TestPeoplePage::openWindow()
{
    m_w = std::make_unique<MainWindow>(services(), m_f->owner);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    QApplication::setActiveWindow(m_w.get());
    QVERIFY(QTest::qWaitForWindowActive(m_w.get()));
}

void TestPeoplePage::cleanup()
{
    MainWindow::setDialogHook({});
    m_w.reset();
    m_f.reset();
}

void TestPeoplePage::addPeople(int n)
{
    // Straight through core, one unit of work: a "large property".
    UnitOfWork unit(*m_f->db);
    const Status st = unit.apply([&]() -> Status {
        for (int i = 0; i < n; ++i) {
            InviteRequest r = m_f->inviteRequest(
                QStringLiteral("m%1@example.test").arg(i, 3, 10, QLatin1Char('0')), {m_f->gymKey.id});
            r.contact.lastName = QStringLiteral("Many");
            PORTER_TRY(m_f->access->invite(m_f->owner, r));
        }
        return {};
    });
    QVERIFY2(st.ok(), why(st));
}

// ---- Invite dialog ----

void TestPeoplePage::inviteNameMnemonicReachesTheName()
{
    InviteDialog dialog(services(), m_f->owner, m_f->property);
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    // The label shows "Name" with M as its mnemonic (no literal "&"), bound to the first-name field.
    QCOMPARE(dialog.nameLabel()->buddy(), dialog.firstNameEdit());
    QVERIFY(!dialog.nameLabel()->text().contains(QStringLiteral("&&")));
    // Every mnemonic letter of the dialog is used once, so Alt+letter is never ambiguous.
    QMap<QChar, QString> used;
    const auto mnemonic = [](const QString &text) -> QChar {
        for (int i = 0; i + 1 < text.size(); ++i) {
            if (text.at(i) == QLatin1Char('&') && text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            if (text.at(i) == QLatin1Char('&'))
                ++i;
        }
        return {};
    };
    QStringList texts;
    for (const QLabel *l : dialog.findChildren<QLabel *>())
        if (l->buddy())
            texts << l->text();
    for (const QAbstractButton *b : dialog.findChildren<QAbstractButton *>())
        if (b->isVisible())
            texts << b->text();
    for (const QString &text : texts) {
        const QChar c = mnemonic(text);
        if (c.isNull())
            continue;
        QVERIFY2(!used.contains(c),
                 qPrintable(QStringLiteral("Alt+%1 is both “%2” and “%3”").arg(c, used.value(c), text)));
        used.insert(c, text);
    }
    dialog.phoneEdit()->setFocus();
    QTest::keyClick(&dialog, Qt::Key_M, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), dialog.firstNameEdit());
}

void TestPeoplePage::inviteKeyColumnsFit()
{
    // A key with many doors: its Doors cell is long.
    QList<Id> doors;
    for (int i = 0; i < 6; ++i)
        doors << m_f->addDoor(m_f->property.id, QStringLiteral("Storage room %1 east wing").arg(i)).id;
    m_f->addKey(m_f->property.id, QStringLiteral("Storage"), doors);
    InviteDialog dialog(services(), m_f->owner, m_f->property);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTreeWidget *keys = dialog.keysTree();
    QCoreApplication::processEvents();
    // No horizontal scrolling: the Schedule column ends inside the list.
    QCOMPARE(keys->horizontalScrollBar()->maximum(), 0);
    QHeaderView *h = keys->header();
    QVERIFY2(h->sectionViewportPosition(2) + h->sectionSize(2) <= keys->viewport()->width(),
             qPrintable(QStringLiteral("schedule ends at %1, list is %2 wide")
                            .arg(h->sectionViewportPosition(2) + h->sectionSize(2))
                            .arg(keys->viewport()->width())));
    // The schedule shows whole; a cut doors list shows whole in the tooltip.
    for (int i = 0; i < keys->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = keys->topLevelItem(i);
        QVERIFY(h->sectionSize(2) >= keys->fontMetrics().horizontalAdvance(item->text(2)));
        QVERIFY(item->toolTip(1).contains(item->text(1)));
    }
}

void TestPeoplePage::inviteShowsEveryErrorBesideItsField()
{
    InviteDialog dialog(services(), m_f->owner, m_f->property);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.emailEdit()->setText(QStringLiteral("not an email"));
    dialog.phoneEdit()->setText(QStringLiteral("12"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    // Every mistake at once, each beside its field, the field marked.
    for (QWidget *field :
         {static_cast<QWidget *>(dialog.firstNameEdit()), static_cast<QWidget *>(dialog.emailEdit()),
          static_cast<QWidget *>(dialog.phoneEdit()), static_cast<QWidget *>(dialog.keysTree())}) {
        QLabel *error = dialog.fieldError(field);
        QVERIFY2(error && error->isVisible(), qPrintable(field->objectName()));
        QVERIFY(!error->text().isEmpty());
        QVERIFY(field->property("invalid").toBool());
        QCOMPARE(field->accessibleDescription(), error->text());
    }
    QVERIFY(dialog.errorText().count(QLatin1Char('\n')) >= 3);
    // Fixing a field clears its error at once; the others stay.
    QTest::keyClicks(dialog.firstNameEdit(), QStringLiteral("Eve"));
    QVERIFY(dialog.fieldError(dialog.firstNameEdit())->isHidden());
    QVERIFY(!dialog.firstNameEdit()->property("invalid").toBool());
    QVERIFY(dialog.fieldError(dialog.emailEdit())->isVisible());
    dialog.emailEdit()->setText(QStringLiteral("eve@example.test"));
    QVERIFY(dialog.fieldError(dialog.emailEdit())->isHidden());
    dialog.phoneEdit()->clear();
    QVERIFY(dialog.fieldError(dialog.phoneEdit())->isHidden());
    QVERIFY(dialog.checkKey(QStringLiteral("Gym")));
    QVERIFY(dialog.fieldError(dialog.keysTree())->isHidden());
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestPeoplePage::inviteStartsNowByDefault()
{
    InviteDialog dialog(services(), m_f->owner, m_f->property);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.startNowRadio()->isChecked());
    QVERIFY(dialog.startEdit()->isHidden()); // no date-time to read as "this minute"
    QVERIFY(!dialog.request().startsAt.has_value());
    dialog.startLaterRadio()->click();
    QVERIFY(dialog.startEdit()->isVisible());
    QVERIFY(dialog.request().startsAt.has_value());
    QVERIFY(*dialog.request().startsAt > m_f->clock.nowSecs());
}

void TestPeoplePage::inviteExpiryNoteNamesTheZoneOfTheChosenDate()
{
    // Today (the fixture's clock) is in May: New York is on EDT. An expiration in January is in EST.
    InviteDialog dialog(services(), m_f->owner, m_f->property);
    dialog.expiresCheck()->setChecked(true);
    dialog.expiryEdit()->setDateTime(QDateTime(QDate(2027, 1, 15), QTime(23, 59)));
    const QString winterTime = zoneAbbreviation("America/New_York", QDate(2027, 1, 16), QTime(4, 59));
    const QString summerTime = zoneAbbreviation("America/New_York", QDate(2027, 7, 16), QTime(3, 59));
    QVERIFY(winterTime != summerTime);
    QVERIFY2(dialog.expiryHint()->text().contains(winterTime), qPrintable(dialog.expiryHint()->text()));
    QVERIFY(!dialog.expiryHint()->text().contains(summerTime));
    dialog.expiryEdit()->setDateTime(QDateTime(QDate(2027, 7, 15), QTime(23, 59)));
    QVERIFY2(dialog.expiryHint()->text().contains(summerTime), qPrintable(dialog.expiryHint()->text()));
}

// ---- People page ----

void TestPeoplePage::searchResultsOpenAtTheTop()
{
    addPeople(260);
    openWindow();
    // Scrolled to the very bottom of everybody first.
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY(table()->verticalScrollBar()->value() > 0);
    QTest::keyClicks(page()->searchEdit(), QStringLiteral("Many"));
    QTest::keyClick(page()->searchEdit(), Qt::Key_Return);
    QCOMPARE(model()->totalCount(), 260);
    QCoreApplication::processEvents();
    QCOMPARE(table()->verticalScrollBar()->value(), 0);
    QCOMPARE(table()->rowAt(0), 0);
}

void TestPeoplePage::inviteScrollsTheNewPersonIntoView()
{
    addPeople(260);
    openWindow();
    MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<InviteDialog *>(d);
        QVERIFY(dialog);
        dialog->firstNameEdit()->setText(QStringLiteral("Zoe"));
        dialog->lastNameEdit()->setText(QStringLiteral("Zimmer")); // last in name order
        dialog->emailEdit()->setText(QStringLiteral("zoe@example.test"));
        QVERIFY(dialog->checkKey(QStringLiteral("Gym")));
        dialog->accept();
    });
    m_w->inviteAction()->trigger();
    const Id zoe = page()->selectedPersonId();
    QVERIFY(zoe != 0);
    QCOMPARE(model()->rowAt(model()->rowOf(zoe))->person.lastName, QStringLiteral("Zimmer"));
    const auto rect = [&] {
        return table()->visualRect(model()->index(model()->rowOf(zoe), PeopleModel::Name));
    };
    QTRY_VERIFY2(table()->viewport()->rect().contains(rect()),
                 qPrintable(QStringLiteral("row at y=%1, viewport %2 high")
                                .arg(rect().y())
                                .arg(table()->viewport()->height())));
}

void TestPeoplePage::showExpiredKeepsTheSelection()
{
    openWindow();
    page()->selectPeople({m_bob.id, m_alice.id});
    QCOMPARE(page()->selectedPersonId(), m_bob.id);
    page()->showExpiredCheck()->click();
    QVERIFY(model()->showExpired());
    QCOMPARE(page()->selectedPersonId(), m_bob.id);
    QList<Id> selected = page()->selectedPersonIds();
    std::sort(selected.begin(), selected.end());
    QList<Id> expected{m_alice.id, m_bob.id};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(selected, expected);
    QCOMPARE(m_w->personPanel()->personId(), m_bob.id);
    page()->showExpiredCheck()->click();
    QCOMPARE(page()->selectedPersonId(), m_bob.id);
}

// On a Linux desktop (the X11 key scheme) the line edit takes Ctrl+E as "end of line" for itself; the
// offscreen platform's generic theme has no such binding, so here this checks that the shortcut reaches
// the window through the page's filter, not that the filter is what makes it work.
void TestPeoplePage::ctrlEWorksInTheSearchField()
{
    openWindow();
    page()->focusSearch();
    QTRY_VERIFY(page()->searchEdit()->hasFocus());
    const bool before = page()->showExpiredCheck()->isChecked();
    QTest::keyClick(page()->searchEdit(), Qt::Key_E, Qt::ControlModifier);
    QCOMPARE(page()->showExpiredCheck()->isChecked(), !before);
}

void TestPeoplePage::escapeClearsTheSearch()
{
    openWindow();
    QTest::keyClicks(page()->searchEdit(), QStringLiteral("alice"));
    QTest::keyClick(page()->searchEdit(), Qt::Key_Return);
    QCOMPARE(model()->rowCount(), 1);
    QTest::keyClick(page()->searchEdit(), Qt::Key_Escape);
    QVERIFY(page()->searchEdit()->text().isEmpty());
    QCOMPARE(model()->search(), QString());
    QCOMPARE(model()->rowCount(), 4);
    QVERIFY(m_w->isVisible()); // the window stayed
}

void TestPeoplePage::ctrlEndReachesTheTrueLastRow()
{
    addPeople(260);
    openWindow();
    QCOMPARE(model()->pagesRead(), 1); // only the first page is read
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_End, Qt::ControlModifier);
    QCOMPARE(model()->rowCount(), model()->totalCount());
    QCOMPARE(table()->currentIndex().row(), model()->totalCount() - 1);
    QCOMPARE(model()->rowAt(model()->totalCount() - 1)->person.lastName,
             QStringLiteral("Tester")); // tom, last
    QVERIFY(model()->pagesRead() <= 3); // the pages on screen, not every page in between
    QCOMPARE(page()->selectedPersonId(), model()->rowAt(model()->totalCount() - 1)->person.id);
}

void TestPeoplePage::legendListsNoAccess()
{
    openWindow();
    QStringList words;
    for (const QLabel *l : page()->findChildren<QLabel *>(QStringLiteral("legendWord")))
        words << l->text();
    QVERIFY2(words.contains(QStringLiteral("No access")), qPrintable(words.join(QLatin1Char(','))));
    QVERIFY(words.contains(QStringLiteral("Invited")));
}

void TestPeoplePage::statusPillsReadOnLightAndDarkPalettes()
{
    const QList<PersonStatus> all = {PersonStatus::Invited, PersonStatus::Active,  PersonStatus::Expired,
                                     PersonStatus::Revoked, PersonStatus::Deleted, PersonStatus::NoAccess};
    // The contrast formula itself (WCAG): black on white is 21:1, a colour on itself 1:1.
    QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white)), 21);
    QCOMPARE(contrastRatio(QColor(0x25, 0x63, 0xeb), QColor(0x25, 0x63, 0xeb)), 1.0);
    const QPalette light = QApplication::style()->standardPalette();
    const QPalette dark = darkPalette();
    QVERIFY(!isDark(light));
    QVERIFY(isDark(dark));
    for (const QPalette &palette : {light, dark}) {
        const QString which = isDark(palette) ? QStringLiteral("dark") : QStringLiteral("light");
        for (PersonStatus s : all) {
            const PillColors c = statusPillColors(s, palette);
            const double pill = contrastRatio(c.text, c.background);
            QVERIFY2(pill >= kPillContrast,
                     qPrintable(QStringLiteral("%1 pill %2: %3 on %4 is %5:1")
                                    .arg(which, DisplayText::status(s), c.text.name(), c.background.name())
                                    .arg(pill, 0, 'f', 2)));
            // The pill is opaque, so its contrast holds on any row background (selected, alternate).
            QCOMPARE(c.background.alpha(), 255);
            const double heading =
                contrastRatio(statusTextColor(s, palette), palette.color(QPalette::Window));
            QVERIFY2(heading >= kPillContrast, qPrintable(QStringLiteral("%1 status word %2: %3:1")
                                                              .arg(which, DisplayText::status(s))
                                                              .arg(heading, 0, 'f', 2)));
        }
    }
    // Painted on the dark palette, the pill's word is the readable colour.
    InviteRequest later = m_f->inviteRequest(QStringLiteral("ivy@example.test"), {m_f->gymKey.id});
    later.startsAt = m_f->clock.nowSecs() + 7 * 86400;
    auto ivy = m_f->access->invite(m_f->owner, later);
    QVERIFY2(ivy.ok(), why(ivy));
    openWindow();
    const QModelIndex index = model()->index(model()->rowOf(ivy->person.id), PeopleModel::Status);
    StatusDelegate delegate(PeopleModel::StatusRole);
    QStyleOptionViewItem opt;
    opt.initFrom(table());
    opt.palette = dark;
    opt.rect = QRect(0, 0, 160, 28);
    opt.state |= QStyle::State_Enabled | QStyle::State_Active;
    opt.widget = table();
    QImage image(opt.rect.size(), QImage::Format_ARGB32);
    image.fill(dark.color(QPalette::Base));
    {
        QPainter p(&image);
        delegate.paint(&p, opt, index);
    }
    const PillColors colors = statusPillColors(PersonStatus::Invited, dark);
    // The lightest pixel of the word is close to its colour, and far lighter than the old dark word.
    QColor lightest = Qt::black;
    for (int x = 0; x < image.width(); ++x)
        for (int y = 0; y < image.height(); ++y)
            if (image.pixelColor(x, y).lightness() > lightest.lightness())
                lightest = image.pixelColor(x, y);
    QVERIFY2(qAbs(lightest.lightness() - colors.text.lightness()) < 40,
             qPrintable(QStringLiteral("%1 vs %2").arg(lightest.name(), colors.text.name())));
    QVERIFY(contrastRatio(lightest, colors.background) >= kPillContrast - 0.5);
}

void TestPeoplePage::emptyStateInviteExplainsItself()
{
    const Property empty = m_f->addProperty(QStringLiteral("Birch Hall"));
    openWindow();
    QVERIFY(m_w->selectProperty(empty.id));
    auto *invite = page()->findChild<QPushButton *>(QStringLiteral("emptyInviteButton"));
    QVERIFY(invite);
    QVERIFY(invite->isVisible());
    QVERIFY(invite->isEnabled());
    QVERIFY2(
        invite->toolTip().startsWith(QStringLiteral("Invite someone to this property and give them keys")),
        qPrintable(invite->toolTip()));
    QVERIFY(invite->toolTip().contains(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
    // Without the right to invite: off, and core's words for the missing right, as the Invite action.
    const Manager none = m_f->makeManager(QStringLiteral("none@example.test"), KeyManagement::None);
    m_w = std::make_unique<MainWindow>(services(), none);
    m_w->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_w.get()));
    invite = page()->findChild<QPushButton *>(QStringLiteral("emptyInviteButton"));
    QVERIFY(!invite->isEnabled());
    QVERIFY2(invite->toolTip().contains(QStringLiteral("Key Management")), qPrintable(invite->toolTip()));
    QCOMPARE(invite->toolTip(), m_w->inviteAction()->toolTip());
}

void TestPeoplePage::selectedRowKeepsTheInvitedPill()
{
    InviteRequest later = m_f->inviteRequest(QStringLiteral("ivy@example.test"), {m_f->gymKey.id});
    later.startsAt = m_f->clock.nowSecs() + 7 * 86400;
    auto ivy = m_f->access->invite(m_f->owner, later);
    QVERIFY2(ivy.ok(), why(ivy));
    openWindow();
    const QModelIndex index = model()->index(model()->rowOf(ivy->person.id), PeopleModel::Status);
    QCOMPARE(index.data(PeopleModel::StatusRole).toInt(), int(PersonStatus::Invited));
    // Paint the cell as a selected row paints it, on the selection colour.
    StatusDelegate delegate(PeopleModel::StatusRole);
    QStyleOptionViewItem opt;
    opt.initFrom(table());
    opt.rect = QRect(0, 0, 140, 28);
    opt.state |= QStyle::State_Selected | QStyle::State_Enabled | QStyle::State_Active;
    opt.widget = table();
    const QColor highlight = opt.palette.color(QPalette::Active, QPalette::Highlight);
    QImage image(opt.rect.size(), QImage::Format_ARGB32);
    image.fill(highlight);
    {
        QPainter p(&image);
        delegate.paint(&p, opt, index);
    }
    // The pill's own background (left of its dot) stands out from the selection colour.
    const QColor pill = image.pixelColor(4 + 4, 14);
    const int distance = qAbs(pill.red() - highlight.red()) + qAbs(pill.green() - highlight.green()) +
                         qAbs(pill.blue() - highlight.blue());
    QVERIFY2(distance > 150,
             qPrintable(QStringLiteral("pill %1 on highlight %2").arg(pill.name(), highlight.name())));
}

void TestPeoplePage::expiredAndRevokedRowsShowTheirEnd()
{
    QVERIFY(m_f->access->revokeAll(m_f->owner, m_bob.id).ok());
    openWindow();
    page()->showExpiredCheck()->click();
    const QString text = model()->index(model()->rowOf(m_bob.id), PeopleModel::AccessUntil).data().toString();
    QVERIFY2(text.contains(QStringLiteral("2026-05-28")), qPrintable(text));
}

void TestPeoplePage::columnsFitAt1024x640()
{
    openWindow();
    m_w->resize(1024, 640);
    QTRY_COMPARE(m_w->size(), QSize(1024, 640));
    QCoreApplication::processEvents();
    QHeaderView *h = table()->horizontalHeader();
    QCOMPARE(table()->horizontalScrollBar()->maximum(), 0);
    QVERIFY(h->length() <= table()->viewport()->width());
    QVERIFY(h->sectionSize(PeopleModel::Name) >=
            table()->fontMetrics().horizontalAdvance(QStringLiteral("Alice Tester")));
    // A long name is elided; its tooltip holds it whole.
    QCOMPARE(model()->index(0, PeopleModel::Name).data(Qt::ToolTipRole).toString().isEmpty(), false);
}

void TestPeoplePage::headerSortsEveryColumn()
{
    openWindow();
    QHeaderView *h = table()->horizontalHeader();
    QVERIFY(h->sectionsClickable());
    for (int column = 0; column < PeopleModel::ColumnCount; ++column) {
        QTest::mouseClick(
            h->viewport(), Qt::LeftButton, {},
            QPoint(h->sectionViewportPosition(column) + h->sectionSize(column) / 2, h->height() / 2));
        QCOMPARE(model()->sortColumn(), column);
        QCOMPARE(model()->rowCount(), 4);
    }
    // Keys, descending: Alice (2 keys) first.
    h->setSortIndicator(PeopleModel::Keys, Qt::DescendingOrder);
    QCOMPARE(model()->rowAt(0)->person.id, m_alice.id);
    h->setSortIndicator(PeopleModel::Email, Qt::DescendingOrder);
    QCOMPARE(model()->rowAt(0)->person.email, QStringLiteral("tom@example.test"));
    h->setSortIndicator(PeopleModel::Email, Qt::AscendingOrder);
    QCOMPARE(model()->rowAt(0)->person.email, QStringLiteral("alice@example.test"));
}

void TestPeoplePage::rowMenuAndDoubleClick()
{
    openWindow();
    QVERIFY(page()->selectPerson(m_bob.id));
    QStringList entries;
    QTimer::singleShot(0, this, [&] {
        auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction *a : menu->actions())
            if (!a->isSeparator())
                entries << a->text();
        menu->close();
    });
    const QRect rect = table()->visualRect(model()->index(model()->rowOf(m_alice.id), PeopleModel::Name));
    Q_EMIT table()->customContextMenuRequested(rect.center());
    // A right-click outside the selection selects that row first.
    QCOMPARE(page()->selectedPersonId(), m_alice.id);
    QCOMPARE(entries, (QStringList{m_w->openPersonAction()->text(), m_w->revokeAction()->text(),
                                   m_w->addKeyAction()->text(), m_w->removeKeyAction()->text(),
                                   m_w->deleteAction()->text()}));
    // Double-click opens the person (the person panel takes the focus).
    const QRect bobRect = table()->visualRect(model()->index(model()->rowOf(m_bob.id), PeopleModel::Email));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, bobRect.center());
    QSignalSpy opened(page(), &PeoplePage::personActivated);
    QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, bobRect.center());
    QVERIFY(opened.count() >= 1);
    QCOMPARE(opened.last().at(0).toLongLong(), m_bob.id);
    QCOMPARE(m_w->personPanel()->personId(), m_bob.id);
}

// ---- Confirmations and bulk actions ----

void TestPeoplePage::revokeConfirmationNamesTheGuests()
{
    openWindow();
    QVERIFY(page()->selectPerson(m_alice.id));
    MessageBox::setNextAnswer(false);
    m_w->revokeAction()->trigger();
    const QString details = MessageBox::lastDetails();
    QVERIFY2(details.contains(QStringLiteral("Their guests Gina Guest and Tom Lee lose access too")),
             qPrintable(details));
    QVERIFY(!details.contains(QStringLiteral("guest shares")));
}

void TestPeoplePage::deleteConfirmationSaysTimedGuestsKeepTheirPasses()
{
    openWindow();
    QVERIFY(page()->selectPerson(m_alice.id));
    MessageBox::setNextAnswer(true);
    m_w->deleteAction()->trigger();
    const QString details = MessageBox::lastDetails();
    QVERIFY2(details.contains(QStringLiteral("Their permanent guest Gina Guest loses access too")),
             qPrintable(details));
    QVERIFY2(
        details.contains(QStringLiteral("Tom Lee has a pass with an end date and keeps it until it ends")),
        qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("history stays")));
    // And core did just that.
    QCOMPARE(int(detail(m_gina.id).status), int(PersonStatus::NoAccess));
    QCOMPARE(int(detail(m_tom.id).status), int(PersonStatus::Active));
}

void TestPeoplePage::bulkRevoke()
{
    openWindow();
    page()->selectPeople({m_alice.id, m_bob.id});
    QCOMPARE(page()->selectedPersonIds().size(), 2);
    QVERIFY(m_w->revokeAction()->isEnabled());
    QVERIFY(!m_w->deleteAction()->isEnabled()); // one at a time
    const qint64 seq = m_f->lastSeq();
    MessageBox::setNextAnswer(true);
    m_w->revokeAction()->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("2 people")), qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastDetails().contains(QStringLiteral("Gina Guest and Tom Lee")),
             qPrintable(MessageBox::lastDetails()));
    // Core: both revoked, their guests' passes ended, each offline door told once.
    QCOMPARE(int(detail(m_alice.id).status), int(PersonStatus::Revoked));
    QCOMPARE(int(detail(m_bob.id).status), int(PersonStatus::Revoked));
    QCOMPARE(int(detail(m_gina.id).status), int(PersonStatus::NoAccess));
    QCOMPARE(int(detail(m_tom.id).status), int(PersonStatus::NoAccess));
    const QList<Id> doors = m_f->changedDoorsSince(seq);
    QCOMPARE(doors, (QList<Id>{m_f->lobby.id, m_f->unit101.id, m_f->gym.id}));
    QVERIFY(m_w->bannerText().contains(QStringLiteral("2 people")));
}

void TestPeoplePage::bulkRevokeIsAllOrNothing()
{
    openWindow();
    page()->selectPeople({m_alice.id, m_bob.id});
    // Bob is deleted elsewhere after the selection was made: the whole revoke is refused.
    QVERIFY(m_f->access->deletePerson(m_f->owner, m_bob.id).ok());
    const auto before = m_f->snapshot();
    MessageBox::setNextAnswer(true);
    MessageBox::setNextAnswer(true); // the warning
    m_w->revokeAction()->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("Nobody")), qPrintable(MessageBox::lastText()));
    QCOMPARE(m_f->snapshot(), before);
    QCOMPARE(int(detail(m_alice.id).status), int(PersonStatus::Active));
}

void TestPeoplePage::bulkAddKey()
{
    openWindow();
    page()->selectPeople({m_alice.id, m_bob.id, m_gina.id});
    const qint64 seq = m_f->lastSeq();
    QString summary;
    MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<BulkKeyDialog *>(d);
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), BulkKeyDialog::Mode::Add);
        summary = dialog->summaryLabel()->text();
        QVERIFY(dialog->selectKey(QStringLiteral("Gym")));
        dialog->accept();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    });
    m_w->addKeyAction()->trigger();
    QVERIFY2(summary.contains(QStringLiteral("Gina Guest")), qPrintable(summary));
    // Alice and Bob already hold the Gym key: only Gina gets it; they are named as unchanged.
    QVERIFY2(m_w->bannerText().contains(QStringLiteral("Already held by")), qPrintable(m_w->bannerText()));
    int gym = 0;
    for (const GrantView &g : detail(m_gina.id).grants)
        gym += g.grant.keyId == m_f->gymKey.id && !g.grant.endedAt ? 1 : 0;
    QCOMPARE(gym, 1);
    QCOMPARE(m_f->changedDoorsSince(seq), QList<Id>{m_f->gym.id});
    // The staff key to Alice and Bob: the doors of the key told once (the garage is online).
    const qint64 seq2 = m_f->lastSeq();
    page()->selectPeople({m_alice.id, m_bob.id});
    MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<BulkKeyDialog *>(d);
        QVERIFY(dialog->selectKey(QStringLiteral("Staff")));
        dialog->accept();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    });
    m_w->addKeyAction()->trigger();
    for (Id id : {m_alice.id, m_bob.id}) {
        bool holds = false;
        for (const GrantView &g : detail(id).grants)
            holds = holds || (g.grant.keyId == m_f->staffKey.id && !g.grant.endedAt && g.grant.expiresAt);
        QVERIFY(holds);
    }
    QList<Id> expected{m_f->lobby.id, m_f->gym.id};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(m_f->changedDoorsSince(seq2), expected);
}

void TestPeoplePage::bulkRemoveKey()
{
    openWindow();
    page()->selectPeople({m_alice.id, m_bob.id});
    const qint64 seq = m_f->lastSeq();
    MainWindow::setDialogHook([&](QDialog *d) {
        auto *dialog = qobject_cast<BulkKeyDialog *>(d);
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), BulkKeyDialog::Mode::Remove);
        QVERIFY(dialog->selectKey(QStringLiteral("Unit 101 resident")));
        dialog->accept();
        QVERIFY2(dialog->errorText().isEmpty(), qPrintable(dialog->errorText()));
    });
    m_w->removeKeyAction()->trigger();
    // Alice loses the resident key (Bob never held it); her permanent guest Gina loses her pass on it,
    // Tom keeps his timed pass.
    for (const GrantView &g : detail(m_alice.id).grants)
        QVERIFY(g.grant.keyId != m_f->residentKey.id || g.grant.endedAt);
    QCOMPARE(int(detail(m_alice.id).status), int(PersonStatus::Active)); // still has the gym key
    QCOMPARE(int(detail(m_gina.id).status), int(PersonStatus::NoAccess));
    QCOMPARE(int(detail(m_tom.id).status), int(PersonStatus::Active));
    QVERIFY2(m_w->bannerText().contains(QStringLiteral("Not held by bob Tester")),
             qPrintable(m_w->bannerText()));
    QList<Id> expected{m_f->lobby.id, m_f->unit101.id};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(m_f->changedDoorsSince(seq), expected);
}

QTEST_MAIN(TestPeoplePage)
#include "tst_peoplepage.moc"
