// porter_bench_import: issue 11's figures, as JSON lines with a baseline measured in the same run
// (docs/benchmarks.md). A program run by scripts/bench, never a ctest: figures are printed, not asserted.
// On a copy of the store benchmark's portfolio (20 properties of 5,000 people, generated if missing):
//  - import_preview_10k: ImportService::preview of a 10,000-row people list (new residents with two keys
//    by name, an expiration date, a phone), read by CsvReader from the file each run.
//  - import_apply_10k: ImportService::apply of such a list (10,000 invitations, welcome emails, one
//    change per offline door), a new list each run.
//  - import_reupload_10k: the list just applied, applied again: 10,000 unchanged rows.
//  - export_people_100k_csv / _xlsx: PeopleExport of all 20 properties (100,000 people) to files.
// Baselines: the same number of single AccessService::invite calls, each its own transaction, as the
// manager without an import would make them (10,000 for the import figures, 100,000 for the export).
#include "access/accessservice.h"
#include "access/importservice.h"
#include "access/queryservice.h"
#include "benchlog.h"
#include "dataset.h"
#include "store/database.h"
#include "store/directoryrepository.h"
#include "util/clock.h"
#include "util/csvreader.h"
#include "util/tablefile.h"
#include "viewmodels/peopleexport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <algorithm>
#include <cstdio>

using namespace porter;
using namespace porter::bench;

namespace {

constexpr qint64 kDay = 86400;
constexpr int kRows = 10000;

void line(const QString &name, double value, double baseline, int runs, const QJsonObject &extra = {})
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("value"), qRound(value * 10) / 10.0},
                  {QStringLiteral("unit"), QStringLiteral("ms")},
                  {QStringLiteral("baseline"), qRound(baseline * 10) / 10.0},
                  {QStringLiteral("ratio"), qRound(value / baseline * 1000) / 1000.0},
                  {QStringLiteral("runs"), runs}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

QList<Id> ids(const Database &db, const QString &sql)
{
    auto q = db.exec(sql);
    if (!q.ok())
        die(q.error().message);
    QList<Id> out;
    while (q->next())
        out << q->value(0).toLongLong();
    return out;
}

// A people list as a manager's spreadsheet holds it: new residents, the building and their unit key by
// name, the lease end as a date, a phone as typed.
QString writeList(const QString &dir, const QString &prefix)
{
    const QString path = QDir(dir).filePath(prefix + QStringLiteral(".csv"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        die(QStringLiteral("Cannot write %1").arg(path));
    QByteArray out = "First name,Last name,Email,Phone,Keys,Resident,May share,Expiration\r\n";
    for (int i = 0; i < kRows; ++i) {
        out += "Resident,Number " + QByteArray::number(i) + "," + prefix.toUtf8() + "." +
               QByteArray::number(i) + "@bench.porter.test,(212) 639-" + QByteArray::number(2000 + i % 8000) +
               ",\"Building Access; Unit 101 Residents\",yes,no,2027-05-31\r\n";
    }
    f.write(out);
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString dir = qEnvironmentVariable("PORTER_BENCH_DATA_DIR", QStringLiteral("build-bench"));
    const QString path = QFileInfo(QDir(dir).filePath(QStringLiteral("bench.sqlite"))).absoluteFilePath();
    if (!isComplete(path, Scale::full())) {
        note(QStringLiteral("generating the full data set in %1").arg(path));
        check(generate(path, Scale::full()), QStringLiteral("generate"));
    }
    const QString work = path + QStringLiteral(".import");
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(work + suffix);
    if (!QFile::copy(path, work))
        die(QStringLiteral("Cannot copy %1 to %2.").arg(path, work));
    auto db = check(Database::create(work), QStringLiteral("open"));
    FixedClock clock(kNow);
    AccessService access(*db, clock);
    QueryService queries(*db, clock);
    ImportService imports(*db, clock);
    auto manager = DirectoryRepository(*db).managerByEmail(QLatin1String(kManagerEmail));
    if (!manager.ok() || !manager->has_value())
        die(QStringLiteral("The data set has no manager."));
    const Manager me = **manager;
    const QList<Id> properties = ids(*db, QStringLiteral("SELECT id FROM property ORDER BY id"));
    if (properties.size() < 20)
        die(QStringLiteral("The data set has fewer than 20 properties."));
    const QTimeZone zone("America/New_York");

    // PORTER_BENCH_IMPORT_ONLY=1: the import figures alone (for a profiler).
    const bool importOnly = qEnvironmentVariableIntValue("PORTER_BENCH_IMPORT_ONLY") == 1;
    // Export first, on the portfolio as generated: every property, 100,000 people.
    QHash<QString, double> exportMs;
    qint64 exported = 0;
    for (const QString &format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        if (importOnly)
            break;
        QList<double> samples;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer t;
            t.start();
            exported = 0;
            for (Id p : properties) {
                TableFile file(QDir(dir).filePath(QStringLiteral("export-%1.%2").arg(p).arg(format)),
                               QStringLiteral("People"));
                if (!file.open().ok())
                    die(QStringLiteral("open export"));
                exported += check(PeopleExport::write(queries, me, p, zone, file), QStringLiteral("export"));
                if (!file.commit().ok())
                    die(QStringLiteral("commit export"));
            }
            samples << t.nsecsElapsed() / 1e6;
        }
        // 100,000 people; guests are not rows of their own but named in their host's Guests cell.
        if (exported < 80000)
            die(QStringLiteral("exported %1 people rows, expected the 100,000-person portfolio")
                    .arg(exported));
        exportMs.insert(format, median(samples));
        note(QStringLiteral("export %1: %2 ms for %3 people").arg(format).arg(median(samples)).arg(exported));
    }
    // The import figures, on the second property.
    const Id property = properties.at(1);
    const Id building = ids(*db, QStringLiteral("SELECT id FROM access_key WHERE property_id = %1 AND name = "
                                                "'Building Access'")
                                     .arg(property))
                            .value(0);
    const Id unit = ids(*db, QStringLiteral("SELECT id FROM access_key WHERE property_id = %1 AND name = "
                                            "'Unit 101 Residents'")
                                 .arg(property))
                        .value(0);
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < kRows; ++i) {
        InviteRequest r;
        r.propertyId = property;
        r.contact = {QStringLiteral("Single"), QStringLiteral("Number %1").arg(i),
                     QStringLiteral("baseline.%1@bench.porter.test").arg(i),
                     QStringLiteral("(212) 639-2000")};
        r.keyIds = {building, unit};
        r.resident = true;
        r.expiresAt = kNow + 365 * kDay;
        check(access.invite(me, r), QStringLiteral("single invite"));
    }
    const double invites10k = t.nsecsElapsed() / 1e6;
    note(QStringLiteral("10,000 single invites: %1 ms").arg(invites10k));

    QList<double> preview, apply, reupload;
    for (int run = 0; run < 3; ++run) {
        const QString list = writeList(dir, QStringLiteral("import%1").arg(run));
        t.restart();
        auto table = check(CsvReader::readFile(list), QStringLiteral("read"));
        auto previewed =
            check(imports.preview(me, property, table, ImportService::suggestMapping(table.header), {}),
                  QStringLiteral("preview"));
        preview << t.nsecsElapsed() / 1e6;
        if (previewed.invited != kRows)
            die(QStringLiteral("preview: %1").arg(previewed.summary()));
        t.restart();
        table = check(CsvReader::readFile(list), QStringLiteral("read"));
        auto applied =
            check(imports.apply(me, property, table, ImportService::suggestMapping(table.header), {}),
                  QStringLiteral("apply"));
        apply << t.nsecsElapsed() / 1e6;
        if (!applied.applied || applied.invited != kRows)
            die(QStringLiteral("apply: %1").arg(applied.summary()));
        t.restart();
        table = check(CsvReader::readFile(list), QStringLiteral("read"));
        auto again =
            check(imports.apply(me, property, table, ImportService::suggestMapping(table.header), {}),
                  QStringLiteral("re-upload"));
        reupload << t.nsecsElapsed() / 1e6;
        if (again.unchanged != kRows)
            die(QStringLiteral("re-upload: %1").arg(again.summary()));
    }
    const QJsonObject baseline{{QStringLiteral("rows"), kRows},
                               {QStringLiteral("baseline_is"), QStringLiteral("10000 single invites")}};
    line(QStringLiteral("import_preview_10k"), median(preview), invites10k, 3, baseline);
    line(QStringLiteral("import_apply_10k"), median(apply), invites10k, 3, baseline);
    line(QStringLiteral("import_reupload_10k"), median(reupload), invites10k, 3, baseline);
    // Last, so the 100,000 people it adds do not change what the import figures measure (a portfolio
    // past 200,000 people makes every invitation count its doors' holders: ServiceBase::checkDoorLimits).
    // Baseline: 100,000 single invitations, 10,000 in each of ten other properties (each door list's
    // holders stay well inside the format's limits).
    if (importOnly)
        return 0;
    QElapsedTimer single;
    single.start();
    for (int p = 0; p < 10; ++p) {
        const Id other = properties.at(10 + p);
        const Id otherBuilding =
            ids(*db, QStringLiteral("SELECT id FROM access_key WHERE property_id = %1 AND name = "
                                    "'Building Access'")
                         .arg(other))
                .value(0);
        for (int i = 0; i < kRows; ++i) {
            InviteRequest r;
            r.propertyId = other;
            r.contact = {QStringLiteral("Single"), QStringLiteral("Invite %1").arg(i),
                         QStringLiteral("single.%1.%2@bench.porter.test").arg(p).arg(i),
                         QStringLiteral("+1 212 639 2000")}; // some of these properties are in France
            r.keyIds = {otherBuilding};
            r.resident = true;
            r.expiresAt = kNow + 365 * kDay;
            check(access.invite(me, r), QStringLiteral("single invite"));
        }
    }
    const double invites100k = single.nsecsElapsed() / 1e6;
    const QJsonObject exportInfo{{QStringLiteral("rows"), exported},
                                 {QStringLiteral("people"), 100000},
                                 {QStringLiteral("baseline_is"), QStringLiteral("100000 single invites")}};
    line(QStringLiteral("export_people_100k_csv"), exportMs.value(QStringLiteral("csv")), invites100k, 3,
         exportInfo);
    line(QStringLiteral("export_people_100k_xlsx"), exportMs.value(QStringLiteral("xlsx")), invites100k, 3,
         exportInfo);

    return 0;
}
