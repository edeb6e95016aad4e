#include "fixture.h"

#include <QTest>

using namespace porter;
using namespace porter::test;

class TestAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inviteWritesPersonGrantsMailActivityAndDoorTasks()
    {
        Fixture f;
        const int activityBefore = f.countRows(QStringLiteral("activity"));
        auto r =
            f.access->invite(f.owner, f.inviteRequest(QStringLiteral("ana@example.com"), {f.residentKey.id}));
        QVERIFY2(r.ok(), why(r));
        QCOMPARE(r->grants.size(), 1);
        QCOMPARE(r->person.phone, QStringLiteral("+12125550142"));
        QVERIFY(r->warnings.isEmpty());
        QCOMPARE(f.countRows(QStringLiteral("outbox")), 1);
        QCOMPARE(f.countRows(QStringLiteral("activity")), activityBefore + 1);
        QCOMPARE(r->doorsToSync, (QList<Id>{f.lobby.id, f.unit101.id}));
        QCOMPARE(f.pendingChanges(f.lobby.id), 1);
        QCOMPARE(f.pendingChanges(f.gym.id), 0);
    }
};

QTEST_GUILESS_MAIN(TestAccess)
#include "tst_access.moc"
