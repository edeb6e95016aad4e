// The Activity, Door sync tasks and Outbox item models without widgets: QAbstractItemModelTester over
// each, paging (fetchMore), and the export of every record of the filter, not only the loaded ones.
#include "access/bulkservice.h"
#include "access/outboxservice.h"
#include "fixture.h"
#include "store/repositories.h"
#include "translators.h"
#include "util/tablefile.h"
#include "viewmodels/activitymodel.h"
#include "viewmodels/displaytext.h"
#include "viewmodels/outboxmodel.h"
#include "viewmodels/synctasksmodel.h"
#include "zonenames.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QCollator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace porter;
using porter::test::Fixture;
using porter::test::zoneAbbreviation;

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

    void activityModelSortsEveryColumnInTheDatabase()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        const Person bob = f.invite(QStringLiteral("bob@example.com"), {f.gymKey.id});
        // 450 records (more than two pages) mixing every column's values, including none.
        JournalRepository journal(*f.db);
        const QStringList actors = {QStringLiteral("Zed Zimmer <zed@example.com>"), QStringLiteral("Door"),
                                    QStringLiteral("alice Owner <alice@example.com>"),
                                    QStringLiteral("Porter")};
        const QStringList actions = {QStringLiteral("door-unlock"), QStringLiteral("door-sync"),
                                     QStringLiteral("invite"),      QStringLiteral("denied"),
                                     QStringLiteral("key-add"),     QStringLiteral("door-alarm"),
                                     QStringLiteral("revoke")};
        const QStringList results = {QStringLiteral("granted"), QStringLiteral("denied"),
                                     QStringLiteral("ok"), QStringLiteral("failed"), QStringLiteral("alarm")};
        const QList<std::optional<Id>> people = {ana.id, bob.id, std::nullopt};
        const QList<std::optional<Id>> doors = {f.lobby.id, f.gym.id, std::nullopt, f.unit101.id};
        for (int i = 0; i < 450; ++i) {
            ActivityEvent e;
            e.at = f.clock.nowSecs() + (i % 37); // many ties: the tie-break must keep paging exact
            e.propertyId = f.property.id;
            e.actor = actors.at(i % actors.size());
            e.action = actions.at(i % actions.size());
            e.personId = people.at(i % people.size());
            e.doorId = doors.at(i % doors.size());
            e.result = results.at(i % results.size());
            QVERIFY(journal.insertActivity(e).ok());
        }
        ActivityModel model(*f.queries);
        model.setManager(f.owner);
        model.setProperty(f.property);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int total = model.totalCount();
        QVERIFY(total > 2 * ActivityModel::kPageSize);
        QCOMPARE(model.sortColumn(), int(ActivityModel::When));
        QCOMPARE(model.sortOrder(), Qt::DescendingOrder);

        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        // What each column is ordered by: the label shown (Action, Result, Person, Door), the stored
        // actor (the tooltip), the time.
        const auto key = [&](int row, int column) -> QVariant {
            const QModelIndex index = model.index(row, column);
            if (column == ActivityModel::When)
                return model.rowAt(row)->event.at;
            if (column == ActivityModel::Who)
                return index.data(Qt::ToolTipRole);
            return index.data();
        };
        const auto compare = [&](int column, const QVariant &a, const QVariant &b) {
            if (column == ActivityModel::When)
                return a.toLongLong() < b.toLongLong() ? -1 : a.toLongLong() > b.toLongLong() ? 1 : 0;
            if (column == ActivityModel::Action || column == ActivityModel::Result)
                return collator.compare(a.toString(), b.toString());
            return QString::compare(a.toString(), b.toString(), Qt::CaseInsensitive);
        };
        for (int column : {ActivityModel::Who, ActivityModel::Action, ActivityModel::Person,
                           ActivityModel::Door, ActivityModel::Result, ActivityModel::When}) {
            for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                model.sort(column, order);
                QCOMPARE(model.sortColumn(), column);
                QCOMPARE(model.sortOrder(), order);
                QCOMPARE(model.rowCount(), ActivityModel::kPageSize); // paged still
                while (model.canFetchMore({}))
                    model.fetchMore({});
                QCOMPARE(model.rowCount(), total);
                QSet<Id> seen;
                for (int r = 0; r < total; ++r) {
                    seen.insert(model.rowAt(r)->event.id);
                    if (r == 0)
                        continue;
                    const int c = compare(column, key(r - 1, column), key(r, column));
                    QVERIFY2(order == Qt::AscendingOrder ? c <= 0 : c >= 0,
                             qPrintable(QStringLiteral("column %1, row %2: %3 then %4")
                                            .arg(column)
                                            .arg(r)
                                            .arg(key(r - 1, column).toString(), key(r, column).toString())));
                    // Ties newest first, so pages neither repeat nor skip a record.
                    if (c == 0 && column != ActivityModel::When)
                        QVERIFY(model.rowAt(r - 1)->event.at >= model.rowAt(r)->event.at);
                }
                QCOMPARE(seen.size(), total);
            }
        }
        // The first of each order is what the order says.
        model.sort(ActivityModel::Door, Qt::DescendingOrder);
        QCOMPARE(model.index(0, ActivityModel::Door).data().toString(), QStringLiteral("Unit 101"));
        model.sort(ActivityModel::Action, Qt::AscendingOrder);
        QCOMPARE(model.index(0, ActivityModel::Action).data().toString(), QStringLiteral("All keys revoked"));
        // Details has no database order: the order stays.
        model.sort(ActivityModel::Details, Qt::AscendingOrder);
        QCOMPARE(model.sortColumn(), int(ActivityModel::Action));
        // A filter keeps the order.
        ActivityFilter refused;
        refused.kinds = ActivityKind::Denials;
        model.setFilter(refused);
        QCOMPARE(model.sortColumn(), int(ActivityModel::Action));
        QVERIFY(model.totalCount() > 0);
    }

    void recordsKeepTheValuesOfTheirSentence()
    {
        // Actions that used to store only an English sentence now keep their values, and the reader's
        // sentence is made from them (DisplayText::activityDetail; docs/decisions.md).
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        const Person bob = f.invite(QStringLiteral("bob@example.com"), {f.residentKey.id});
        QVERIFY(f.backend->bulk().revokeAll(f.owner, {ana.id, bob.id}).ok());
        QVERIFY(f.directory->deleteKey(f.owner, f.staffKey.id).ok());
        QVERIFY(f.directory->setDoorcodeDigits(f.owner, f.property.id, 8).ok());
        const QTimeZone zone(f.property.timeZone.toUtf8());
        ActivityFilter all;
        all.propertyId = f.property.id;
        all.limit = 500;
        QMap<QString, QStringList> details; // action -> sentences
        for (const ActivityRow &r : f.queries->activityRows(f.owner, all).value()) {
            if (r.event.action == QLatin1String("revoke") || r.event.action == QLatin1String("key-delete") ||
                r.event.action == QLatin1String("key-add") || r.event.action == QLatin1String("door-add") ||
                r.event.action == QLatin1String("property-doorcode-digits")) {
                QVERIFY2(!r.params.isEmpty(), qPrintable(r.event.action));
                details[r.event.action] << DisplayText::activityDetail(r, zone);
            }
        }
        QVERIFY2(
            details.value(QStringLiteral("revoke"))
                .contains(QStringLiteral("Revoked all keys of ana Tester: 1 keys and 0 guest passes ended "
                                         "(one of 2 people revoked together)")),
            qPrintable(details.value(QStringLiteral("revoke")).join(QLatin1Char('\n'))));
        QCOMPARE(details.value(QStringLiteral("key-delete")),
                 QStringList{QStringLiteral("Deleted key Staff")});
        QVERIFY2(details.value(QStringLiteral("door-add"))
                     .contains(QStringLiteral("Added door Gym (Communal, offline)")),
                 qPrintable(details.value(QStringLiteral("door-add")).join(QLatin1Char('\n'))));
        QVERIFY(!details.value(QStringLiteral("key-add")).isEmpty());
        QVERIFY2(
            details.value(QStringLiteral("property-doorcode-digits"))
                .value(0)
                .startsWith(QStringLiteral("Doorcodes of Maple Court now have 8 digits (were ")),
            qPrintable(details.value(QStringLiteral("property-doorcode-digits")).join(QLatin1Char('\n'))));

        // Managers added, changed and removed (portfolio records, without a property).
        ManagerRequest mr;
        mr.name = QStringLiteral("Pat Lee");
        mr.email = QStringLiteral("pat@example.com");
        mr.password = QStringLiteral("a long enough password 1");
        mr.keyManagement = KeyManagement::Limited;
        mr.deviceManagement = true;
        mr.propertyIds = {f.property.id};
        auto pat = f.directory->addManager(f.owner, mr);
        QVERIFY2(pat.ok(), pat.ok() ? "" : qPrintable(pat.error().message));
        mr.keyManagement = KeyManagement::Full;
        mr.deviceManagement = false;
        QVERIFY(f.directory->editManager(f.owner, pat->id, mr).ok());
        QVERIFY(f.directory->removeManager(f.owner, pat->id).ok());
        QStringList managerLines;
        auto q =
            f.db->exec(QStringLiteral("SELECT action, params FROM activity WHERE action LIKE 'manager-%' "
                                      "ORDER BY id"));
        QVERIFY(q.ok());
        while (q->next()) {
            ActivityRow r;
            r.event.action = q->value(0).toString();
            r.params = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object().toVariantMap();
            QVERIFY2(!r.params.isEmpty(), qPrintable(r.event.action));
            managerLines << DisplayText::activityDetail(r, zone);
        }
        QCOMPARE(
            managerLines,
            (QStringList{QStringLiteral("Added manager Pat Lee <pat@example.com>: Property Manager · limited "
                                        "Key Management · Device Management"),
                         QStringLiteral("Changed manager Pat Lee <pat@example.com>: Property Manager · full "
                                        "Key Management · password reset"),
                         QStringLiteral("Removed manager Pat Lee <pat@example.com>")}));

        // A door sync's values, as SyncEngine keeps them.
        ActivityRow sync;
        sync.event.action = QStringLiteral("door-sync-failed");
        sync.params = QVariantMap{{QStringLiteral("door"), QStringLiteral("Lobby")},
                                  {QStringLiteral("from"), 3},
                                  {QStringLiteral("to"), 5},
                                  {QStringLiteral("kind"), QStringLiteral("delta")},
                                  {QStringLiteral("bytes"), 812},
                                  {QStringLiteral("imported"), 1},
                                  {QStringLiteral("error"), QStringLiteral("Link lost")},
                                  {QStringLiteral("clockRefused"), true}};
        QCOMPARE(DisplayText::activityDetail(sync, zone),
                 QStringLiteral(
                     "Door Lobby: version 3 → 5 (changes only, 812 bytes), 1 event imported; Link lost; "
                     "the door refused this computer's clock"));
    }

    // A door's pending changes keep their values (schema 14), so the sync task list says them in the
    // reader's language; a change written before says what it stored.
    void doorChangesAreSaidInTheReadersLanguage()
    {
        Fixture f;
        const qint64 from = f.lastSeq();
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        const Person bob = f.invite(QStringLiteral("bob@example.com"), {f.residentKey.id});
        auto gym = f.access->addKey(f.owner, ana.id, f.gymKey.id, std::nullopt, std::nullopt);
        QVERIFY(gym.ok());
        QVERIFY(f.access->setGrantExpiry(f.owner, gym->id, f.clock.nowSecs() + 86400 * 30).ok());
        QVERIFY(f.access->removeKey(f.owner, gym->id).ok());
        QVERIFY(f.access->enrollKeycard(f.owner, ana.id, QStringLiteral("04A1B2C3"), true).ok());
        QVERIFY(f.backend->bulk().revokeAll(f.owner, {ana.id, bob.id}).ok());
        QVERIFY(f.directory->deleteKey(f.owner, f.gymKey.id).ok());

        // An English reader (the window sets the default locale to its language).
        const QLocale readerBefore = QLocale();
        const auto restore = qScopeGuard([&] {
            QLocale::setDefault(readerBefore);
            porter::installTranslators(QLocale(QLocale::English));
        });
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        // Every change of the Lobby and the Gym since, as the task list reads them.
        QList<DoorChange> changes;
        for (const Door &door : {f.lobby, f.gym}) {
            auto task = f.queries->doorSyncTask(f.owner, door.id);
            QVERIFY(task.ok());
            for (const DoorChange &c : task->changes)
                if (c.seq > from)
                    changes << c;
        }
        QMap<QString, QStringList> english; // kind -> lines
        QStringList allEnglish;
        for (const DoorChange &c : changes) {
            QVERIFY2(!c.params.isEmpty(), qPrintable(c.kind));
            english[c.kind] << DisplayText::doorChange(c);
            allEnglish << DisplayText::doorChange(c);
        }
        const auto has = [&](const char *kind, const QString &line) {
            const QStringList lines = english.value(QLatin1String(kind));
            if (!lines.contains(line))
                qWarning("%s: %s", kind, qPrintable(lines.join(QStringLiteral(" | "))));
            return lines.contains(line);
        };
        QVERIFY(has("grant-add", QStringLiteral("Add Unit 101 resident to ana Tester")));
        QVERIFY(has("grant-add", QStringLiteral("Add Gym to ana Tester")));
        QVERIFY(has("grant-expiry", QStringLiteral("New expiration of Gym for ana Tester")));
        QVERIFY(has("grant-remove", QStringLiteral("Remove Gym from ana Tester")));
        QVERIFY(has("keycard-on", QStringLiteral("Keycard 04A1B2C3 of ana Tester activated")));
        QVERIFY(has("revoke", QStringLiteral("Revoke all keys of ana Tester and bob Tester")));
        QVERIFY(has("key-delete", QStringLiteral("Key Gym deleted")));

        // In Spanish, from the same rows: every line is the Spanish sentence with the same values.
        QVERIFY(porter::installTranslators(QLocale(QLocale::Spanish, QLocale::Spain)));
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::Spain));
        const auto es = [](const char *source) { return QCoreApplication::translate("DisplayText", source); };
        QVERIFY(es("Add %1 to %2") != QLatin1String("Add %1 to %2"));
        QStringList spanish;
        for (const DoorChange &c : changes)
            spanish << DisplayText::doorChange(c);
        QVERIFY2(
            spanish.contains(es("Add %1 to %2").arg(QStringLiteral("Gym"), QStringLiteral("ana Tester"))),
            qPrintable(spanish.join(QLatin1Char('\n'))));
        QVERIFY(spanish.contains(es("Revoke all keys of %1").arg(QStringLiteral("ana Tester y bob Tester"))));
        QVERIFY(spanish.contains(es("Key %1 deleted").arg(QStringLiteral("Gym"))));
        for (const QString &line : spanish)
            QVERIFY2(!allEnglish.contains(line), qPrintable(line));
        // The task list shows them.
        SyncTasksModel model(*f.queries);
        model.setManager(f.owner);
        model.setProperty(f.property);
        bool shown = false;
        for (int r = 0; r < model.rowCount(); ++r)
            shown = shown || model.index(r, SyncTasksModel::Changes)
                                 .data(Qt::ToolTipRole)
                                 .toString()
                                 .contains(es("Revoke all keys of %1").section(QStringLiteral("%1"), 0, 0));
        QVERIFY(shown);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        porter::installTranslators(QLocale(QLocale::English));

        // Many people at once: named by how many.
        QList<Id> many;
        for (int i = 0; i < 5; ++i)
            many << f.invite(QStringLiteral("m%1@example.com").arg(i), {f.staffKey.id}).id;
        const qint64 before = f.lastSeq();
        QVERIFY(f.backend->bulk().addKey(f.owner, many, f.residentKey.id, std::nullopt, std::nullopt).ok());
        auto lobby = f.queries->doorSyncTask(f.owner, f.lobby.id);
        QVERIFY(lobby.ok());
        QVERIFY(!lobby->changes.isEmpty());
        QCOMPARE(DisplayText::doorChange(lobby->changes.constLast()),
                 QStringLiteral("Add Unit 101 resident to 5 people"));
        QVERIFY(lobby->changes.constLast().seq > before);

        // A change written before schema 14: its words as stored.
        DoorChange old;
        old.kind = QStringLiteral("grant-add");
        old.summary = QStringLiteral("Add Ann (Resident)");
        QCOMPARE(DisplayText::doorChange(old), old.summary);
        old.kind = QStringLiteral("commission");
        QCOMPARE(DisplayText::doorChange(old),
                 QStringLiteral("Commissioned: the first sync sends the whole access list"));
    }

    // Door alarms are said from their kind and detail, in the reader's language (the Doors page's Alarms
    // tab, porterctl door show); an alarm of an unknown kind says its stored message.
    void doorAlarmsAreSaidInTheReadersLanguage()
    {
        const auto alarm = [](const char *kind, qint64 detail) {
            DoorAlarm a;
            a.kind = QLatin1String(kind);
            a.detail = detail;
            a.message = QStringLiteral("stored English");
            return a;
        };
        const QList<DoorAlarm> alarms{
            alarm("keypad-lockout", 60),          alarm("failure-budget-exhausted", 2),
            alarm("failure-budget-exhausted", 1), alarm("activity-lost", 12),
            alarm("clock-moved-back", 3600),      alarm("update-refused", 1)};
        QStringList english;
        for (const DoorAlarm &a : alarms)
            english << DisplayText::doorAlarm(a);
        QCOMPARE(english.at(0),
                 QStringLiteral("The keypad locked itself for 60 s after repeated wrong codes."));
        QVERIFY(english.at(1).contains(QLatin1String("daily budget")));
        QVERIFY(english.at(2).contains(QLatin1String("hourly budget")));
        QCOMPARE(english.at(3), QStringLiteral("The door dropped 12 activity entries (its log was full)."));
        QVERIFY(english.at(4).startsWith(QLatin1String("The door's clock was set back by 3600 s")));
        QVERIFY(english.at(5).startsWith(QLatin1String("The door refused an update (")));
        QCOMPARE(DisplayText::doorAlarm(alarm("from-a-newer-door", 0)), QStringLiteral("stored English"));

        QVERIFY(porter::installTranslators(QLocale(QLocale::Spanish, QLocale::Spain)));
        const auto restore = qScopeGuard([] { porter::installTranslators(QLocale(QLocale::English)); });
        for (int i = 0; i < alarms.size(); ++i) {
            const QString spanish = DisplayText::doorAlarm(alarms.at(i));
            QVERIFY2(spanish != english.at(i) && !spanish.isEmpty(), qPrintable(spanish));
            if (alarms.at(i).kind != QLatin1String("failure-budget-exhausted") &&
                alarms.at(i).kind != QLatin1String("update-refused"))
                QVERIFY2(spanish.contains(QString::number(alarms.at(i).detail)), qPrintable(spanish));
        }
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
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("activity.csv"));
        TableFile file(path, QStringLiteral("Activity"));
        QVERIFY(file.open().ok());
        QCOMPARE(*model.exportTo(file), total);
        QVERIFY(file.commit().ok());
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
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
        QCOMPARE(
            OutboxModel::stateText(m, zone),
            QStringLiteral("Sent 2026-05-28 16:26 %1").arg(zoneAbbreviation("America/New_York", *m.sentAt)));
        m.status = QStringLiteral("queued");
        m.sentAt.reset();
        QCOMPARE(OutboxModel::nextAttemptText(m, zone), QString()); // never tried: nothing to wait for
        m.attempts = 2;
        m.nextAttemptAt = 1'780'000'600;
        QCOMPARE(OutboxModel::nextAttemptText(m, zone),
                 QStringLiteral("Retrying at 2026-05-28 16:36 %1")
                     .arg(zoneAbbreviation("America/New_York", m.nextAttemptAt)));
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
