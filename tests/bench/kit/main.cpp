// porter_bench_kit: issue 13's field kit figure as JSON lines with a baseline measured in the same run
// (docs/benchmarks.md, "Field kits"). A program run by scripts/bench, never a ctest: figures are printed,
// not asserted.
//  - kit_build_200_doors: KitService::build for a property of 200 commissioned reference doors (in
//    memory), each synced once and changed since: per door a signed delta, a signed full list of its
//    holders and a certificate. Target: 10 s.
//  - baseline: the same for one of those doors alone (a kit's cost per door).
// --postgresql runs it on a PostgreSQL server the program starts (the tests' PgServer), else SQLite.
#include "access/accessservice.h"
#include "devices/deviceservice.h"
#include "door/door.h"
#include "fixture.h"
#include "kits/kitservice.h"
#include "link/loopbacktransport.h"
#include "sync/blocking.h"
#include "sync/syncengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>
#include <map>

using namespace porter;

namespace {

constexpr int kDoors = 200;
constexpr int kPeople = 300;
constexpr int kRuns = 3;

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

Person inviteTo(test::Fixture &f, Id propertyId, Id keyId, int i)
{
    InviteRequest r = f.inviteRequest(QStringLiteral("p%1@bench.test").arg(i), {keyId});
    r.propertyId = propertyId;
    r.method = AccessMethod::Doorcode;
    auto res = f.access->invite(f.owner, r);
    if (!res.ok())
        qFatal("invite: %s", qPrintable(res.error().message));
    return res->person;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_LOGGING_RULES", "porter.*.info=false"); // one JSON line on stdout, no sync chatter on stderr
    QCoreApplication app(argc, argv);
    const bool pg = app.arguments().contains(QStringLiteral("--postgresql"));
    if (pg)
        qputenv("PORTER_TEST_DB", "postgresql");
    test::Fixture f;
    const Property p = f.addProperty(QStringLiteral("Bench Towers"));
    QList<Id> doorIds;
    for (int i = 0; i < kDoors; ++i)
        doorIds << f.addDoor(p.id, QStringLiteral("Door %1").arg(i + 1)).id;
    const Key key = f.addKey(p.id, QStringLiteral("Everyone"), doorIds);
    for (int i = 0; i < kPeople; ++i)
        inviteTo(f, p.id, key.id, i);
    // Every door commissioned (in memory) and synced once: the kit then carries deltas.
    std::map<Id, std::unique_ptr<door::MemoryStorage>> storages;
    std::map<Id, std::unique_ptr<door::Door>> doors;
    for (const Id id : doorIds) {
        storages[id] = std::make_unique<door::MemoryStorage>();
        doors[id] = std::make_unique<door::Door>(*storages[id]);
        doors[id]->load();
        if (auto st = f.backend->devices().commission(f.owner, id, *doors[id]); !st.ok())
            qFatal("commission: %s", qPrintable(st.error().message));
        sync::LoopbackTransport link(*doors[id], [&f]() { return f.clock.nowSecs(); });
        sync::SyncEngine engine(*f.backend);
        if (auto synced = sync::syncBlocking(engine, f.owner, id, link); !synced.ok())
            qFatal("sync: %s", qPrintable(synced.error().message));
    }
    for (int i = 0; i < 5; ++i)
        inviteTo(f, p.id, key.id, kPeople + i); // changes since the doors' sync

    kits::KitService &kits = f.backend->kits();
    const auto time = [&](const kits::KitRequest &request, int *doorsBuilt, qint64 *bytes) {
        QElapsedTimer t;
        t.start();
        auto kit = kits.build(f.owner, request);
        const double ms = double(t.nsecsElapsed()) / 1e6;
        if (!kit.ok())
            qFatal("kit build: %s", qPrintable(kit.error().message));
        *doorsBuilt = int(kit->doors.size());
        *bytes = kits::KitFile::encode(*kit).size();
        return ms;
    };
    QList<double> one, all;
    int doorsBuilt = 0, oneDoor = 0;
    qint64 bytes = 0, oneBytes = 0;
    kits::KitRequest single;
    single.doorIds = {doorIds.first()};
    kits::KitRequest whole;
    whole.propertyIds = {p.id};
    for (int run = 0; run < kRuns; ++run) {
        one << time(single, &oneDoor, &oneBytes);
        all << time(whole, &doorsBuilt, &bytes);
    }
    const double value = median(all), baseline = median(one);
    const QJsonObject o{
        {QStringLiteral("name"), QStringLiteral("kit_build_200_doors")},
        {QStringLiteral("value"), qRound(value * 10) / 10.0},
        {QStringLiteral("unit"), QStringLiteral("ms")},
        {QStringLiteral("baseline"), qRound(baseline * 10) / 10.0},
        {QStringLiteral("ratio"), qRound(value / baseline * 1000) / 1000.0},
        {QStringLiteral("runs"), kRuns},
        {QStringLiteral("doors"), doorsBuilt},
        {QStringLiteral("holdersPerDoor"), kPeople + 5},
        {QStringLiteral("kitBytes"), bytes},
        {QStringLiteral("database"), pg ? QStringLiteral("postgresql") : QStringLiteral("sqlite")},
        {QStringLiteral("target_ms"), 10000}};
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}
