// The Activity page's questions (QueryService::activityRows/activityCount: search including deleted
// people, kinds, privacy, paging, order), the CSV writer, and the translated rendering of activity codes.
#include "fixture.h"
#include "oldschema.h"
#include "store/repositories.h"
#include "util/csv.h"
#include "util/tablefile.h"
#include "viewmodels/activitymodel.h"
#include "viewmodels/displaytext.h"
#include "zonenames.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace porter;
using porter::test::Fixture;

namespace {

Id doorEvent(Fixture &f, const Door &door, std::optional<Id> personId, qint64 at, const QString &result,
             bool isPrivate = false)
{
    JournalRepository journal(*f.db);
    ActivityEvent e;
    e.at = at;
    e.propertyId = door.propertyId;
    e.actor = isPrivate ? QStringLiteral("Resident (private)") : QStringLiteral("Someone");
    e.action = QStringLiteral("door-unlock");
    e.personId = isPrivate ? std::nullopt : personId; // as SyncEngine stores a resident at home
    e.doorId = door.id;
    e.credential = QStringLiteral("doorcode");
    e.result = result;
    e.reason = result == QLatin1String("granted") ? QStringLiteral("granted") : QStringLiteral("expired");
    return journal.insertActivity(e, isPrivate).value();
}

QList<Id> ids(const QList<ActivityRow> &rows)
{
    QList<Id> out;
    for (const ActivityRow &r : rows)
        out << r.event.id;
    return out;
}

// RFC 4180 reader for the test: records of fields, quotes undone.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
        } else if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestActivityRows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void deletedPersonIsFoundByName()
    {
        Fixture f;
        const Person dana = f.invite(QStringLiteral("dana@example.com"), {f.residentKey.id});
        const Id opened = doorEvent(f, f.lobby, dana.id, f.clock.nowSecs() + 10, QStringLiteral("granted"));
        f.clock.advance(60);
        auto del = f.access->deletePerson(f.owner, dana.id);
        QVERIFY2(del.ok(), why(del));
        f.invite(QStringLiteral("omar@example.com"), {f.gymKey.id});

        ActivityFilter filter;
        filter.propertyId = f.property.id;
        filter.search = QStringLiteral("DANA");
        auto rows = f.queries->activityRows(f.owner, filter);
        QVERIFY2(rows.ok(), why(rows));
        QStringList actions;
        for (const ActivityRow &r : *rows) {
            QCOMPARE(r.event.personId, std::optional<Id>(dana.id));
            QCOMPARE(r.personName, QStringLiteral("dana Tester"));
            QVERIFY(r.personDeleted);
            actions << r.event.action;
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("delete"), QStringLiteral("door-unlock"),
                                       QStringLiteral("invite")}));
        QVERIFY(ids(*rows).contains(opened));
        QCOMPARE(f.queries->activityCount(f.owner, filter).value(), 3);
        // A door's name finds its events too.
        filter.search = QStringLiteral("lobb");
        filter.kinds = ActivityKind::DoorEvents;
        QCOMPARE(ids(f.queries->activityRows(f.owner, filter).value()), QList<Id>{opened});
        QCOMPARE(f.queries->activityRows(f.owner, filter)->constFirst().doorName, QStringLiteral("Lobby"));
    }

    void kindsSortTheRecords()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        const Id opened = doorEvent(f, f.lobby, ana.id, f.clock.nowSecs() + 1, QStringLiteral("granted"));
        const Id refused = doorEvent(f, f.gym, ana.id, f.clock.nowSecs() + 2, QStringLiteral("denied"));
        const Manager viewer = f.makeManager(QStringLiteral("vic@example.com"), KeyManagement::None);
        QCOMPARE(f.access->invite(viewer, f.inviteRequest(QStringLiteral("x@example.com"), {f.gymKey.id}))
                     .error()
                     .code,
                 ErrorCode::PermissionDenied);
        ActivityFilter filter;
        filter.propertyId = f.property.id;
        auto all = f.queries->activityRows(f.owner, filter).value();
        Id invite = 0;
        Id denial = 0;
        for (const ActivityRow &r : all) {
            if (r.event.action == QLatin1String("invite"))
                invite = r.event.id;
            if (r.event.action == QLatin1String("denied"))
                denial = r.event.id;
        }
        QVERIFY(invite && denial);

        filter.kinds = ActivityKind::DoorEvents;
        QCOMPARE(ids(f.queries->activityRows(f.owner, filter).value()), (QList<Id>{refused, opened}));
        filter.kinds = ActivityKind::Denials;
        QCOMPARE(ids(f.queries->activityRows(f.owner, filter).value()), (QList<Id>{refused, denial}));
        filter.kinds = ActivityKind::AccessChanges;
        const QList<Id> changes = ids(f.queries->activityRows(f.owner, filter).value());
        QVERIFY(changes.contains(invite));
        QVERIFY(!changes.contains(denial) && !changes.contains(opened) && !changes.contains(refused));
        filter.kinds = ActivityKind::DeviceEvents; // the fixture's doors being added
        const auto devices = f.queries->activityRows(f.owner, filter).value();
        QCOMPARE(devices.size(), 4);
        for (const ActivityRow &r : devices)
            QCOMPARE(r.event.action, QStringLiteral("door-add"));
        filter.kinds = ActivityKind::DoorEvents | ActivityKind::AccessChanges;
        QCOMPARE(f.queries->activityCount(f.owner, filter).value(), changes.size() + 2);
    }

    void residentsPrivateEventsAreNeverListed()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        const Id home =
            doorEvent(f, f.unit101, ana.id, f.clock.nowSecs() + 5, QStringLiteral("granted"), true);
        const Id lobby = doorEvent(f, f.lobby, ana.id, f.clock.nowSecs() + 6, QStringLiteral("granted"));
        ActivityFilter filter;
        filter.propertyId = f.property.id;
        filter.includePrivate = true; // a caller's wish; QueryService decides
        const QList<Id> all = ids(f.queries->activityRows(f.owner, filter).value());
        QVERIFY(all.contains(lobby));
        QVERIFY(!all.contains(home));
        QCOMPARE(f.queries->activityCount(f.owner, filter).value(), all.size());
        filter.search = QStringLiteral("resident");
        QVERIFY(!ids(f.queries->activityRows(f.owner, filter).value()).contains(home));
        filter.search.clear();
        filter.doorId = f.unit101.id;
        filter.kinds = ActivityKind::DoorEvents;
        QVERIFY(f.queries->activityRows(f.owner, filter)->isEmpty());
    }

    // Issue 11: the Activity export (window and porterctl export activity) is the page's model, so a
    // resident's own event at their Residence door is not in the file either, in CSV or XLSX.
    void exportsKeepResidentsPrivate()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        doorEvent(f, f.unit101, ana.id, f.clock.nowSecs() + 5, QStringLiteral("granted"), true);
        doorEvent(f, f.lobby, ana.id, f.clock.nowSecs() + 6, QStringLiteral("granted"));
        ActivityModel model(*f.queries);
        model.setManager(f.owner);
        model.setProperty(f.property);
        ActivityFilter filter;
        filter.includePrivate = true; // asked for; never given
        filter.kinds = ActivityKind::DoorEvents;
        model.setFilter(filter);
        const QString path = f.dir.filePath(QStringLiteral("activity.csv"));
        TableFile file(path, QStringLiteral("Activity"));
        QVERIFY(file.open().ok());
        QCOMPARE(*model.exportTo(file), 1);
        QVERIFY(file.commit().ok());
        QFile csv(path);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csv.readAll());
        QVERIFY2(text.contains(QStringLiteral("Lobby")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("Unit 101")), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("private")), qPrintable(text));
        TableFile workbook(f.dir.filePath(QStringLiteral("activity.xlsx")), QStringLiteral("Activity"));
        QVERIFY(workbook.open().ok());
        QCOMPARE(*model.exportTo(workbook), 1);
        QVERIFY(workbook.commit().ok());
    }

    void pagesAndOrder()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        QList<Id> made;
        for (int i = 0; i < 25; ++i)
            made << doorEvent(f, f.lobby, ana.id, f.clock.nowSecs() + 100 + i, QStringLiteral("granted"));
        ActivityFilter filter;
        filter.propertyId = f.property.id;
        filter.doorId = f.lobby.id;
        filter.kinds = ActivityKind::DoorEvents; // not the Lobby being added
        filter.limit = 10;
        filter.offset = 20;
        auto last = f.queries->activityRows(f.owner, filter).value();
        QCOMPARE(ids(last), (QList<Id>{made[4], made[3], made[2], made[1], made[0]}));
        filter.oldestFirst = true;
        filter.offset = 0;
        QCOMPARE(f.queries->activityRows(f.owner, filter)->constFirst().event.id, made[0]);
        QCOMPARE(f.queries->activityCount(f.owner, filter).value(), 25);
        // Another property's manager sees nothing of it.
        const Manager stranger = f.makeManager(QStringLiteral("s@example.com"), KeyManagement::Full);
        filter.doorId.reset();
        const Property birch = f.addProperty(QStringLiteral("Birch Hall"));
        filter.propertyId = birch.id;
        QCOMPARE(f.queries->activityRows(stranger, filter).error().code, ErrorCode::PermissionDenied);
    }

    void csvQuotesGuardsAndMarksUtf8()
    {
        QByteArray bytes;
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter csv(buffer);
        QVERIFY(csv.writeRecord({QStringLiteral("When"), QStringLiteral("Details")}).ok());
        const QStringList tricky{QStringLiteral("Ana \"Nana\" Stone"),
                                 QStringLiteral("Lobby, east"),
                                 QStringLiteral("two\nlines"),
                                 QStringLiteral("=HYPERLINK(\"x\")"),
                                 QStringLiteral("+1 212"),
                                 QStringLiteral("-2"),
                                 QStringLiteral("@sum"),
                                 QStringLiteral("Émile Öztürk"),
                                 QString()};
        QVERIFY(csv.writeRecord(tricky).ok());
        QCOMPARE(csv.records(), 2);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFWhen,Details\r\n"));
        QCOMPARE(bytes.count("\xEF\xBB\xBF"), 1);
        const QString text = QString::fromUtf8(bytes.mid(3));
        const auto records = parseCsv(text);
        QCOMPARE(records.size(), 2);
        QStringList expected = tricky;
        for (int i : {3, 4, 5, 6})
            expected[i].prepend(QLatin1Char('\''));
        QCOMPARE(records[1], expected);
        QCOMPARE(CsvWriter::field(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(CsvWriter::field(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(CsvWriter::field(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
    }

    void codesRenderAsText()
    {
        ActivityEvent e;
        e.action = QStringLiteral("door-unlock");
        e.credential = QStringLiteral("doorcode");
        e.result = QStringLiteral("denied");
        e.reason = QStringLiteral("outside schedule");
        e.detail = QStringLiteral("door clock 2026-05-28T20:26:40Z");
        QCOMPARE(DisplayText::activityDetail(e),
                 QStringLiteral("Refused (Doorcode): outside the key's schedule"));
        e.result = QStringLiteral("granted");
        QCOMPARE(DisplayText::activityDetail(e), QStringLiteral("Opened with: Doorcode"));
        QCOMPARE(DisplayText::activityResult(e.result), QStringLiteral("Opened"));
        e.action = QStringLiteral("denied");
        e.reason = QStringLiteral("grant-add");
        e.detail = QStringLiteral("You may not.");
        QCOMPARE(DisplayText::activityDetail(e), QStringLiteral("Key added refused: You may not."));
        e.managerId = 3;
        e.actor = QStringLiteral("Olive Owner <olive@maple.example>");
        QCOMPARE(DisplayText::activityActor(e), QStringLiteral("Olive Owner"));
        e.managerId.reset();
        e.actor = QStringLiteral("Resident (private)");
        QCOMPARE(DisplayText::activityActor(e), QStringLiteral("Resident (private)"));
        QCOMPARE(DisplayText::action(QStringLiteral("door-sync")), QStringLiteral("Door synced"));
    }

    // New manager actions keep the values of their sentence, so the window says it in the reader's
    // language and time zone; the stored English stays for porterctl and older Porters.
    void managerActionsKeepTheirValues()
    {
        Fixture f;
        const Person ana = f.invite(QStringLiteral("ana@example.com"), {f.residentKey.id});
        auto grants = f.queries->person(f.owner, ana.id).value().grants;
        QCOMPARE(grants.size(), 1);
        f.clock.advance(60);
        QVERIFY(
            f.access->setGrantExpiry(f.owner, grants[0].grant.id, test::utc("2027-01-01T04:59:00Z")).ok());
        ActivityFilter filter;
        filter.propertyId = f.property.id;
        filter.search = QStringLiteral("ana");
        auto rows = f.queries->activityRows(f.owner, filter).value();
        QCOMPARE(rows.size(), 2);
        const QTimeZone zone("America/New_York");
        QCOMPARE(rows[0].params.value(QStringLiteral("key")).toString(), f.residentKey.name);
        QCOMPARE(DisplayText::activityDetail(rows[0], zone),
                 QStringLiteral("Set the expiration of ana Tester's key %1 to 2026-12-31 23:59 %2")
                     .arg(f.residentKey.name, porter::test::zoneAbbreviation(
                                                  "America/New_York", QDate(2027, 1, 1), QTime(4, 59))));
        QCOMPARE(DisplayText::activityDetail(rows[1], zone),
                 QStringLiteral("Invited ana Tester <ana@example.com>: %1 · Porter app · resident")
                     .arg(f.residentKey.name));
        QVERIFY(rows[1].event.detail.startsWith(QStringLiteral("Invited ana Tester <ana@example.com> with")));
    }

    // Records from before migration 12 have no values: they are shown as stored.
    void recordsFromBeforeTheValuesShowAsStored()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("v9.sqlite"));
        const QString written = testsupport::writeOldSchemaFile(
            path, Database::latestSchemaVersion() - 1,
            {QStringLiteral("INSERT INTO portfolio (name, created_at) VALUES ('Old', 1)"),
             QStringLiteral("INSERT INTO property (portfolio_id, name, time_zone, region, created_at) "
                            "VALUES (1, 'Old Property', 'America/New_York', 'US', 1)"),
             QStringLiteral("INSERT INTO activity (at, property_id, actor, action, detail) VALUES "
                            "(5, 1, 'Olive <o@example.com>', 'grant-add', 'Gave Ana the key Gym')")});
        QVERIFY2(written.isEmpty(), qPrintable(written));
        auto db = Database::create(path);
        QVERIFY2(db.ok(), why(db));
        ActivityFilter filter;
        filter.propertyId = 1;
        auto rows = JournalRepository(**db).activityRows(filter);
        QVERIFY2(rows.ok(), why(rows));
        QCOMPARE(rows->size(), 1);
        QVERIFY(rows->at(0).params.isEmpty());
        QCOMPARE(DisplayText::activityDetail(rows->at(0), QTimeZone("America/New_York")),
                 QStringLiteral("Gave Ana the key Gym"));
    }
};

QTEST_GUILESS_MAIN(TestActivityRows)
#include "tst_activityrows.moc"
