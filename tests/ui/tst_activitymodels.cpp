// The Activity, Door sync tasks and Outbox item models without widgets: QAbstractItemModelTester over
// each, paging (fetchMore), and the export of every record of the filter, not only the loaded ones.
#include "access/outboxservice.h"
#include "fixture.h"
#include "store/repositories.h"
#include "viewmodels/activitymodel.h"
#include "viewmodels/outboxmodel.h"
#include "viewmodels/synctasksmodel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QTest>

using namespace porter;
using porter::test::Fixture;

namespace {

void doorEvents(Fixture &f, const Door &door, Id personId, int n)
{
    JournalRepository journal(*f.db);
    for (int i = 0; i < n; ++i) {
        ActivityEvent e;
        e.at = f.clock.nowSecs() + i;
        e.propertyId = door.propertyId;
        e.actor = QStringLiteral("Someone");
        e.action = QStringLiteral("door-unlock");
        e.personId = personId;
        e.doorId = door.id;
        e.credential = QStringLiteral("app");
        e.result = QStringLiteral("granted");
        e.reason = QStringLiteral("granted");
        QVERIFY(journal.insertActivity(e).ok());
    }
}

} // namespace

class TestActivityModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void activityModelPagesAndPassesTester()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        ActivityFilter all;
        all.propertyId = f.property.id;
        const int before = f.queries->activityCount(f.owner, all).value(); // the fixture's set-up, the invite
        doorEvents(f, f.lobby, ana.id, 450);
        ActivityModel model(*f.queries);
        model.setManager(f.owner);
        model.setProperty(f.property);
        QCOMPARE(model.totalCount(), before + 450);
        QCOMPARE(model.rowCount(), ActivityModel::kPageSize); // one page until the view asks for more
        QVERIFY(model.canFetchMore({}));
        // The tester asks for more itself, as a view does, and checks every change from here on.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), before + 450);
        QCOMPARE(model.index(449, ActivityModel::Action).data().toString(), QStringLiteral("Door used"));
        QCOMPARE(model.index(450, ActivityModel::Action).data().toString(),
                 QStringLiteral("Invited")); // the newest record before the door events
        QCOMPARE(model.index(0, ActivityModel::Person).data().toString(), QStringLiteral("ana Tester"));
        QCOMPARE(model.index(0, ActivityModel::Door).data().toString(), QStringLiteral("Lobby"));
        model.sort(ActivityModel::When, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ActivityModel::Action).data().toString(), QStringLiteral("Property added"));
        ActivityFilter f1;
        f1.kinds = ActivityKind::DoorEvents;
        model.setFilter(f1);
        QCOMPARE(model.totalCount(), 450);
    }

    void exportHasEveryRowNotOnlyLoadedOnes()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        doorEvents(f, f.gym, ana.id, 300);
        ActivityModel model(*f.queries);
        model.setManager(f.owner);
        model.setProperty(f.property);
        const int total = model.totalCount();
        QVERIFY(total > 300);
        QCOMPARE(model.rowCount(), ActivityModel::kPageSize);
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(model.exportCsv(buffer).ok());
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = bytes.mid(3).split('\n');
        QCOMPARE(lines.size(), 1 + total + 1); // header, the records, the empty rest after the last CRLF
        QVERIFY(lines.first().startsWith("When (America/New_York),By,Action,Person,Door,Result,Details"));
        // Local time of the property (EDT in May), as a spreadsheet reads a date.
        QVERIFY2(lines.last().isEmpty(), lines.last().constData());
        QVERIFY(lines.at(lines.size() - 2).startsWith("2026-05-28 16:26:40,"));
    }

    void syncTasksModelListsDoorsAfterInvite()
    {
        Fixture f;
        SyncTasksModel model(*f.queries);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setManager(f.owner);
        model.setProperty(f.property);
        QCOMPARE(model.rowCount(), 0);
        f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        model.refresh();
        QStringList doors;
        for (int r = 0; r < model.rowCount(); ++r)
            doors << model.index(r, SyncTasksModel::Door).data().toString();
        doors.sort();
        QCOMPARE(doors, (QStringList{QStringLiteral("Lobby"), QStringLiteral("Unit 101")}));
        QCOMPARE(model.index(0, SyncTasksModel::Due).data().toString(), QStringLiteral("Due today"));
        QCOMPARE(model.dueTodayCount(), 2);
        QVERIFY(model.pendingChangesTotal() >= 2);
        QVERIFY(!model.index(0, SyncTasksModel::DueSince).data().toString().isEmpty());
    }

    void outboxModelListsWelcomeMails()
    {
        Fixture f;
        OutboxModel model(f.backend->outbox());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setManager(f.owner);
        model.setProperty(f.property);
        QCOMPARE(model.rowCount(), 0);
        f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        f.clock.advance(60);
        f.invite(QStringLiteral("ben@example.com"), {f.gymKey.id});
        model.refresh();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, OutboxModel::Recipient).data().toString(),
                 QStringLiteral("ben Tester <ben@example.com>")); // newest first
        QCOMPARE(model.index(0, OutboxModel::Subject).data().toString(),
                 QStringLiteral("Welcome to Maple Court"));
        QCOMPARE(model.index(0, OutboxModel::State).data().toString(), QStringLiteral("Queued"));
        model.setPersonFilter(QStringLiteral("ANA"));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, OutboxModel::Recipient).data().toString(),
                 QStringLiteral("ana Tester <ana@example.com>"));
        // Delivery columns of a message never tried yet.
        QCOMPARE(model.index(0, OutboxModel::Kind).data().toString(), QStringLiteral("Welcome"));
        QCOMPARE(model.index(0, OutboxModel::Attempts).data().toInt(), 0);
        QCOMPARE(model.index(0, OutboxModel::NextAttempt).data().toString(), QString());
        QCOMPARE(model.index(0, OutboxModel::Reason).data().toString(), QString());
        QCOMPARE(model.index(0, OutboxModel::State).data(OutboxModel::StatusRole).toString(),
                 QStringLiteral("queued"));
        // The state filter is core's.
        model.setPersonFilter(QString());
        model.setStatusFilter(QStringLiteral("failed"));
        QCOMPARE(model.rowCount(), 0);
        model.setStatusFilter(QStringLiteral("queued"));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(model.index(1, 0).data(OutboxModel::MessageIdRole).toLongLong()), 1);
    }

    void outboxModelWordsForDeliveryStates()
    {
        const QTimeZone zone("America/New_York");
        OutboxMessage m;
        m.status = QStringLiteral("sent");
        m.sentAt = 1'780'000'000; // 2026-05-28 16:26 EDT
        QCOMPARE(OutboxModel::stateText(m, zone), QStringLiteral("Sent 2026-05-28 16:26 EDT"));
        m.status = QStringLiteral("queued");
        m.sentAt.reset();
        QCOMPARE(OutboxModel::nextAttemptText(m, zone), QString()); // never tried: nothing to wait for
        m.attempts = 2;
        m.nextAttemptAt = 1'780'000'600;
        QCOMPARE(OutboxModel::nextAttemptText(m, zone), QStringLiteral("Retrying at 2026-05-28 16:36 EDT"));
        m.status = QStringLiteral("failed");
        QCOMPARE(OutboxModel::stateText(m, zone), QStringLiteral("Failed"));
        QCOMPARE(OutboxModel::nextAttemptText(m, zone), QString());
        QCOMPARE(OutboxModel::shortReason(QStringLiteral("550 5.1.1 Unknown user\nmore")),
                 QStringLiteral("550 5.1.1 Unknown user …"));
        QCOMPARE(OutboxModel::kindText(QStringLiteral("doorcode")), QStringLiteral("Daily doorcode"));
        QCOMPARE(OutboxModel::kindText(QStringLiteral("test")), QStringLiteral("Test"));
    }
};

QTEST_GUILESS_MAIN(TestActivityModels)
#include "tst_activitymodels.moc"
