// Importing a people list (issue 11) through ImportService, in process: what the preview says row by
// row, that apply writes all of it or none of it, re-uploads that change nothing, updates by email,
// revoked rows, permissions per row, one change per offline door, welcome mails once, and the round
// trip through Porter's own export. The real porterctl runs the same in tests/e2e/tst_import_cli.cpp.
#include "access/accessservice.h"
#include "access/importservice.h"
#include "access/validation.h"
#include "fixture.h"
#include "store/repositories.h"
#include "translators.h"
#include "util/csvreader.h"
#include "util/tablefile.h"
#include "viewmodels/peopleexport.h"

#include <QFile>
#include <QScopeGuard>
#include <QTest>

using namespace porter;
using namespace porter::test;

namespace {

CsvReader::Table sheet(const QByteArray &text)
{
    auto t = CsvReader::read(text);
    if (!t.ok())
        qFatal("fixture sheet: %s", qPrintable(t.error().message));
    return *t;
}

const QByteArray kHeader =
    "First name,Last name,Email,Access method,Keys,Resident,May share,Start,Expiration\n";

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

    struct Run
    {
        Fixture f;
        ImportService &imports() { return f.backend->imports(); }
        Result<ImportReport> preview(const QByteArray &csv, ImportOptions o = {}, const Manager *as = nullptr)
        {
            const auto t = sheet(csv);
            return imports().preview(as ? *as : f.owner, f.property.id, t,
                                     ImportService::suggestMapping(t.header), o);
        }
        Result<ImportReport> apply(const QByteArray &csv, ImportOptions o = {}, const Manager *as = nullptr)
        {
            const auto t = sheet(csv);
            return imports().apply(as ? *as : f.owner, f.property.id, t,
                                   ImportService::suggestMapping(t.header), o);
        }
        int mails() const { return f.countRows(QStringLiteral("outbox")); }
    };

    static QString problems(const ImportReport &r)
    {
        QStringList out;
        for (const ImportRow &row : r.rows)
            for (const ImportProblem &p : row.problems)
                out << QStringLiteral("row %1 [%2] %3").arg(row.row).arg(p.column, p.message);
        return (out + r.fileProblems).join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void previewWritesNothingAndApplyDoesWhatItSaid()
    {
        Run run;
        const QByteArray csv =
            kHeader + "Ana,García,ana@example.com,app,\"Unit 101 resident, Gym\",yes,yes,,2027-01-31\n"
                      "Bo,Lee,bo@example.com,doorcode,Unit 101 resident,no,no,2027-01-02,2027-06-30\n";
        const auto before = run.f.snapshot();
        auto preview = run.preview(csv);
        QVERIFY2(preview.ok(), why(preview));
        QCOMPARE(run.f.snapshot(), before); // nothing written, not even an activity record
        QCOMPARE(preview->invited, 2);
        QVERIFY(!preview->applied);
        QCOMPARE(preview->rows.size(), 2);
        QCOMPARE(preview->rows.at(0).row, 2);
        QCOMPARE(preview->rows.at(1).row, 3);
        QCOMPARE(int(preview->rows.at(0).outcome), int(ImportOutcome::Invite));
        const QList<Id> previewDoors = preview->doorsToSync;

        const qint64 seq = run.f.lastSeq();
        const Id activity = run.f.lastActivityId();
        auto applied = run.apply(csv, ImportOptions{.validRowsOnly = false,
                                                    .giveAccessAgain = false,
                                                    .fileName = QStringLiteral("residents.csv")});
        QVERIFY2(applied.ok(), why(applied));
        QVERIFY(applied->applied);
        QCOMPARE(applied->invited, 2);
        QCOMPARE(applied->welcomeMails, 2);
        QCOMPARE(run.mails(), 2);
        QCOMPARE(applied->doorsToSync, previewDoors);
        // Lobby, Unit 101 and Gym are offline (the garage is online): one change each for the import.
        QCOMPARE(run.f.changedDoorsSince(seq), (QList<Id>{run.f.lobby.id, run.f.unit101.id, run.f.gym.id}));
        QCOMPARE(applied->doorsToSync, (QList<Id>{run.f.lobby.id, run.f.unit101.id, run.f.gym.id}));
        // Each invitation has its own record, and the import one more.
        const QList<ActivityEvent> events = run.f.activitySince(activity);
        QStringList actions;
        for (const ActivityEvent &e : events)
            actions << e.action;
        QCOMPARE(actions,
                 (QStringList{QStringLiteral("invite"), QStringLiteral("invite"), QStringLiteral("import")}));
        QVERIFY(events.last().detail.contains(QStringLiteral("residents.csv")));

        // What the rows said is what the people hold.
        auto ana = run.f.queries->people(run.f.owner,
                                         {.propertyId = run.f.property.id, .search = QStringLiteral("ana@")});
        QVERIFY(ana.ok() && ana->size() == 1);
        QCOMPARE(ana->first().keyCount, 2);
        QVERIFY(ana->first().person.resident && ana->first().person.mayShare);
        // 2027-01-31 is the last day: access ends at the start of Feb 1 in New York (EST).
        QCOMPARE(*ana->first().accessUntil, utc("2027-02-01T05:00:00Z"));
        auto bo = run.f.queries->people(run.f.owner,
                                        {.propertyId = run.f.property.id, .search = QStringLiteral("bo@")});
        QVERIFY(bo.ok() && bo->size() == 1);
        QCOMPARE_ENUM(bo->first().person.accessMethod, AccessMethod::Doorcode);
        QCOMPARE_ENUM(bo->first().status, PersonStatus::Invited);
    }

    void reUploadingTheSameFileChangesNothing()
    {
        Run run;
        const QByteArray csv =
            kHeader + "Ana,García,ana@example.com,app,\"Unit 101 resident, Gym\",yes,yes,,2027-01-31\n"
                      "Bo,Lee,bo@example.com,doorcode,Unit 101 resident,no,no,2027-01-02,2027-06-30\n";
        QVERIFY(run.apply(csv).ok());
        const auto before = run.f.snapshot();
        auto again = run.apply(csv);
        QVERIFY2(again.ok(), why(again));
        QCOMPARE(again->unchanged, 2);
        QCOMPARE(again->invited + again->updated + again->errors, 0);
        QCOMPARE(again->summary(), QStringLiteral("2 unchanged"));
        QVERIFY(again->doorsToSync.isEmpty());
        QCOMPARE(run.f.snapshot(), before); // no mail, no door change, no activity
    }

    void aRowOfAListedPersonUpdatesThem()
    {
        Run run;
        QVERIFY(run.apply(kHeader +
                          "Ana,García,ana@example.com,app,\"Unit 101 resident, Gym\",yes,no,,2027-01-31\n")
                    .ok());
        const int mails = run.mails();
        const qint64 seq = run.f.lastSeq();
        // Gym removed, Staff... not allowed for doorcodes but Ana uses the app: Staff added; expiration
        // moved; May share turned on; the email in another case is the same person.
        auto r = run.apply(kHeader +
                           "Ana,García,ANA@example.com,,\"Unit 101 resident; Staff\",,yes,,2027-03-31\n");
        QVERIFY2(r.ok() && r->applied, qPrintable(r.ok() ? problems(*r) : r.error().message));
        QCOMPARE(r->updated, 1);
        QCOMPARE(r->invited, 0);
        QCOMPARE(run.mails(), mails); // no second welcome
        const ImportRow &row = r->rows.first();
        QCOMPARE(int(row.outcome), int(ImportOutcome::Update));
        const QString changes = row.changes.join(QLatin1Char('|'));
        QVERIFY2(changes.contains(QStringLiteral("keys added: Staff")), qPrintable(changes));
        QVERIFY2(changes.contains(QStringLiteral("keys removed: Gym")), qPrintable(changes));
        QVERIFY2(changes.contains(QStringLiteral("expiration moved to the end of 2027-03-31")),
                 qPrintable(changes));
        QVERIFY2(changes.contains(QStringLiteral("may share")), qPrintable(changes));
        auto people =
            run.f.queries->people(run.f.owner, PeopleFilter{.propertyId = run.f.property.id, .search = {}});
        QVERIFY(people.ok());
        QCOMPARE(people->size(), 1); // updated, not invited twice
        const PersonRow &ana = people->first();
        QVERIFY(ana.person.mayShare);
        QCOMPARE(ana.keyCount, 2);
        QCOMPARE(*ana.accessUntil, utc("2027-04-01T04:00:00Z")); // EDT
        auto detail = run.f.queries->person(run.f.owner, ana.person.id);
        QVERIFY(detail.ok());
        QStringList held;
        for (const GrantView &g : detail->grants) {
            if (!g.grant.endedAt) {
                held << g.keyName;
                QCOMPARE(*g.grant.expiresAt, utc("2027-04-01T04:00:00Z")); // Staff gets the row's date too
            }
        }
        held.sort();
        QCOMPARE(held, (QStringList{QStringLiteral("Staff"), QStringLiteral("Unit 101 resident")}));
        // One change per offline door for the whole import: Gym lost a key and gained Staff, still once.
        const QList<Id> doors = run.f.changedDoorsSince(seq);
        QCOMPARE(doors, (QList<Id>{run.f.lobby.id, run.f.unit101.id, run.f.gym.id}));
    }

    void blankCellsLeaveAListedPersonAsTheyAre()
    {
        Run run;
        QVERIFY(run.apply(kHeader + "Ana,García,ana@example.com,app,Gym,yes,yes,,2027-01-31\n").ok());
        const auto before = run.f.snapshot();
        auto r = run.apply("Email\nana@example.com\n");
        QVERIFY2(r.ok(), why(r));
        QCOMPARE(r->unchanged, 1);
        QCOMPARE(run.f.snapshot(), before);
    }

    void aRevokedPersonIsReportedUnlessGivenAccessAgain()
    {
        Run run;
        const Person ana = run.f.invite(QStringLiteral("ana@example.com"), {run.f.gymKey.id});
        QVERIFY(run.f.access->revokeAll(run.f.owner, ana.id).ok());
        const QByteArray csv = kHeader + "Ana,Smith,ana@example.com,app,Gym,yes,no,,2027-01-31\n";
        const auto before = run.f.snapshot();
        auto r = run.apply(csv);
        QVERIFY2(r.ok() && r->applied, why(r));
        QCOMPARE(r->revoked, 1);
        QCOMPARE(int(r->rows.first().outcome), int(ImportOutcome::Revoked));
        QCOMPARE(*r->rows.first().personId, ana.id);
        QCOMPARE(run.f.snapshot(), before); // not silently given access again

        auto again =
            run.apply(csv, ImportOptions{.validRowsOnly = false, .giveAccessAgain = true, .fileName = {}});
        QVERIFY2(again.ok() && again->applied,
                 qPrintable(again.ok() ? problems(*again) : again.error().message));
        QCOMPARE(again->updated, 1);
        QVERIFY(again->rows.first()
                    .changes.join(QLatin1Char('|'))
                    .contains(QStringLiteral("access given again: Gym")));
        auto status = run.f.queries->person(run.f.owner, ana.id);
        QVERIFY(status.ok());
        QCOMPARE_ENUM(status->status, PersonStatus::Active);
    }

    void rowErrorsNameRowAndColumnAndWriteNothing()
    {
        Run run;
        const QByteArray csv = kHeader + "Ana,García,ana@example.com,app,Gym,yes,no,,2027-01-31\n"
                                         "Bo,Lee,not-an-email,app,Gym,no,no,,2027-01-31\n"
                                         "Cy,Ng,cy@example.com,app,Sauna,no,no,,2027-01-31\n"
                                         "Di,Ox,ANA@example.com,app,Gym,no,no,,2027-01-31\n"
                                         ",Pe,pe@example.com,app,Gym,no,no,,2027-01-31\n"
                                         "Ed,Ra,ed@example.com,doorcode,Staff,no,no,,2027-01-31\n"
                                         "Fi,Su,fi@example.com,app,Gym,maybe,no,,31/31/2027\n";
        const auto before = run.f.snapshot();
        auto r = run.apply(csv);
        QVERIFY2(r.ok(), why(r));
        QVERIFY(!r->applied);
        QCOMPARE(run.f.snapshot(), before); // one bad row: nothing of the file is written
        QCOMPARE(r->errors, 6);
        QCOMPARE(r->invited, 1);
        const auto at = [&](int row) -> const ImportRow & {
            for (const ImportRow &x : r->rows)
                if (x.row == row)
                    return x;
            qFatal("no row %d", row);
        };
        QCOMPARE(at(3).problems.first().column, QStringLiteral("Email"));
        QCOMPARE(at(3).problems.first().message,
                 validateEmail(QStringLiteral("not-an-email")).error().message);
        QCOMPARE(at(4).problems.first().column, QStringLiteral("Keys"));
        QVERIFY(at(4).problems.first().message.contains(QStringLiteral("\"Sauna\"")));
        QCOMPARE(at(5).problems.first().column, QStringLiteral("Email"));
        QVERIFY(at(5).problems.first().message.contains(QStringLiteral("Row 2")));
        QCOMPARE(at(6).problems.first().column, QStringLiteral("First name"));
        // The message a single invitation gives, on the column it is about.
        InviteRequest single = run.f.inviteRequest(QStringLiteral("ed@example.com"), {run.f.staffKey.id});
        single.method = AccessMethod::Doorcode;
        auto invite = run.f.access->validateInvite(run.f.owner, single);
        QVERIFY(!invite.ok());
        QCOMPARE(at(7).problems.first().message, invite.error().message);
        QCOMPARE(at(7).problems.first().column, QStringLiteral("Keys"));
        QCOMPARE(at(8).problems.size(), 2); // every problem of a row, not only the first
        QCOMPARE(at(8).problems.at(0).column, QStringLiteral("Resident"));
        QCOMPARE(at(8).problems.at(1).column, QStringLiteral("Expiration"));

        // The valid rows only, when the manager asks for that: still one unit of work.
        auto valid =
            run.apply(csv, ImportOptions{.validRowsOnly = true, .giveAccessAgain = false, .fileName = {}});
        QVERIFY2(valid.ok() && valid->applied, why(valid));
        QCOMPARE(valid->invited, 1);
        QCOMPARE(valid->errors, 6);
        QCOMPARE(run.mails(), 1);
    }

    void permissionsApplyPerRow()
    {
        Run run;
        // A manager limited to the Gym key: rows with other keys are errors with the single invite's
        // refusal; the Gym rows import.
        const Manager limited = run.f.makeManager(QStringLiteral("gym@example.com"), KeyManagement::Specific,
                                                  false, {run.f.gymKey.id});
        const QByteArray csv = kHeader + "Ana,García,ana@example.com,app,Gym,no,no,,2027-01-31\n"
                                         "Bo,Lee,bo@example.com,app,Unit 101 resident,no,no,,2027-01-31\n";
        auto r = run.preview(csv, {}, &limited);
        QVERIFY2(r.ok(), why(r));
        QCOMPARE(r->invited, 1);
        QCOMPARE(r->errors, 1);
        const ImportProblem &p = r->rows.at(1).problems.first();
        QCOMPARE(p.column, QStringLiteral("Keys"));
        InviteRequest single = run.f.inviteRequest(QStringLiteral("bo@example.com"), {run.f.residentKey.id});
        auto refused = run.f.access->validateInvite(limited, single);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(p.message, refused.error().message);
        // Applied with the valid rows only, the refusal is recorded once, as a single one is.
        const Id activity = run.f.lastActivityId();
        auto applied = run.apply(
            csv, ImportOptions{.validRowsOnly = true, .giveAccessAgain = false, .fileName = {}}, &limited);
        QVERIFY2(applied.ok() && applied->applied, why(applied));
        int denials = 0;
        for (const ActivityEvent &e : run.f.activitySince(activity))
            denials += e.action == QLatin1String("denied");
        QCOMPARE(denials, 1);
        // A manager who cannot manage people at all: the whole import is refused.
        const Manager none = run.f.makeManager(QStringLiteral("none@example.com"), KeyManagement::None);
        auto refusedAll = run.preview(csv, {}, &none);
        QVERIFY(!refusedAll.ok());
        QCOMPARE(refusedAll.error().code, ErrorCode::PermissionDenied);
    }

    void fileProblemsAreSaidBeforeAnyRow()
    {
        Run run;
        auto noEmail = run.preview("First name,Keys\nAna,Gym\n");
        QVERIFY(noEmail.ok());
        QCOMPARE(noEmail->fileProblems.size(), 1);
        QVERIFY(noEmail->rows.isEmpty());
        // The reader refuses a header without rows; a table built another way is refused here too.
        QVERIFY(!CsvReader::read(kHeader).ok());
        CsvReader::Table headerOnly;
        headerOnly.header = QStringList{QStringLiteral("Email")};
        auto empty = run.imports().apply(run.f.owner, run.f.property.id, headerOnly,
                                         ImportService::suggestMapping(headerOnly.header), {});
        QVERIFY(empty.ok() && !empty->applied && empty->hasErrors());
        auto both = run.preview(
            kHeader +
            "Ana,G,ana@example.com,app,Gym,,,13/01/2027,\nBo,L,bo@example.com,app,Gym,,,1/13/2027,\n");
        QVERIFY(both.ok());
        QVERIFY2(both->fileProblems.join(QString()).contains(QStringLiteral("day first")),
                 qPrintable(problems(*both)));
    }

    void exportImportsBackUnchanged()
    {
        Run run;
        const QByteArray csv =
            kHeader + "Ana,García,ana@example.com,app,\"Unit 101 resident, Gym\",yes,yes,,2027-01-31\n"
                      "Bo,\"O\"\"Lee\",bo@example.com,doorcode,Unit 101 resident,no,no,2027-01-02 "
                      "08:30,2027-06-30 18:00\n"
                      "=Cmd,Evil,cmd@example.com,app,Gym,no,no,,\n";
        QVERIFY(run.apply(csv).ok());
        const Person revoked = run.f.invite(QStringLiteral("rev@example.com"), {run.f.gymKey.id});
        QVERIFY(run.f.access->revokeAll(run.f.owner, revoked.id).ok());
        // A guest of Ana: listed in her Guests cell, not as a row of its own.
        ShareRequest share;
        auto listed = run.f.queries->people(
            run.f.owner, {.propertyId = run.f.property.id, .search = QStringLiteral("ana@")});
        share.hostPersonId = listed->first().person.id;
        share.guest = {QStringLiteral("Gus"), QStringLiteral("Guest"), QStringLiteral("gus@example.com"), {}};
        share.keyIds = {run.f.gymKey.id};
        share.expiresAt = utc("2027-01-15T00:00:00Z");
        auto shared = run.f.access->share(run.f.owner, share);
        QVERIFY2(shared.ok(), why(shared));

        for (const QString &name : {QStringLiteral("people.csv"), QStringLiteral("people.xlsx")}) {
            const QString path = run.f.dir.filePath(name);
            TableFile file(path, QStringLiteral("People"));
            QVERIFY(file.open().ok());
            auto written = PeopleExport::write(*run.f.queries, run.f.owner, run.f.property.id,
                                               QTimeZone("America/New_York"), file);
            QVERIFY2(written.ok(), why(written));
            QCOMPARE(*written, 4); // Ana, Bo, =Cmd, the revoked one; not the guest
            QVERIFY(file.commit().ok());
            QVERIFY(QFile::exists(path));
        }
        QFile f(run.f.dir.filePath(QStringLiteral("people.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(bytes.contains("'=Cmd"), bytes.constData()); // no cell a spreadsheet would run
        QVERIFY2(bytes.contains("Gus Guest"), bytes.constData());
        QVERIFY2(bytes.contains("2027-01-02 08:30"), bytes.constData());
        QVERIFY2(bytes.contains("2027-06-30 18:00"), bytes.constData());
        const auto before = run.f.snapshot();
        auto back = run.apply(bytes);
        QVERIFY2(back.ok() && back->applied, qPrintable(back.ok() ? problems(*back) : back.error().message));
        QCOMPARE(back->unchanged, 3);
        QCOMPARE(back->revoked, 1);
        QCOMPARE(back->invited + back->updated + back->errors, 0);
        QCOMPARE(run.f.snapshot(), before);
    }

    // Found in review: the expiration is compared over the keys the row keeps, a cell naming no key is
    // an error (not "remove every key"), keys with no end say so, the email keeps its case, and valid
    // rows only of a file without a valid row imports nothing.
    void edgesOfUpdatesAndErrors()
    {
        Run run;
        QVERIFY(run.apply(kHeader + "Ana,García,Ana.Garcia@Example.com,app,Gym,no,no,,2027-01-31\n").ok());
        auto ana =
            run.f.queries->people(run.f.owner, PeopleFilter{.propertyId = run.f.property.id, .search = {}});
        QCOMPARE(ana->first().person.email,
                 QStringLiteral("Ana.Garcia@example.com")); // as written (domain folded)
        const Id anaId = ana->first().person.id;
        // Gym until Jan 31, Staff until Mar 31; the row keeps Gym until Mar 31.
        QVERIFY(run.f.access->addKey(run.f.owner, anaId, run.f.staffKey.id, {}, utc("2027-04-01T04:00:00Z"))
                    .ok());
        const QByteArray keep = kHeader + "Ana,García,ana.garcia@example.com,,Gym,,,,2027-03-31\n";
        auto r = run.apply(keep);
        QVERIFY2(r.ok() && r->updated == 1, why(r));
        const QString changes = r->rows.first().changes.join(QLatin1Char('|'));
        QVERIFY2(changes.contains(QStringLiteral("expiration moved to the end of 2027-03-31")),
                 qPrintable(changes));
        QVERIFY2(changes.contains(QStringLiteral("keys removed: Staff")), qPrintable(changes));
        auto again = run.apply(keep);
        QVERIFY2(again.ok() && again->unchanged == 1, why(again)); // a second upload is a no-op

        const auto before = run.f.snapshot();
        auto nothing = run.apply(kHeader + "Ana,García,ana.garcia@example.com,,;,,,,\n");
        QVERIFY(nothing.ok() && !nothing->applied);
        QCOMPARE(nothing->rows.first().problems.first().column, QStringLiteral("Keys"));
        QCOMPARE(run.f.snapshot(), before);

        auto allBad =
            run.apply(kHeader + "Bo,Lee,bo@example,app,Gym,,,,\n",
                      ImportOptions{.validRowsOnly = true, .giveAccessAgain = false, .fileName = {}});
        QVERIFY(allBad.ok() && !allBad->applied);
        QCOMPARE(run.f.snapshot(), before);

        QVERIFY(run.f.access->revokeAll(run.f.owner, anaId).ok());
        auto back = run.apply(kHeader + "Ana,García,ana.garcia@example.com,,Gym,,,,\n",
                              ImportOptions{.validRowsOnly = false, .giveAccessAgain = true, .fileName = {}});
        QVERIFY2(back.ok() && back->updated == 1, why(back));
        QVERIFY(
            back->rows.first().warnings.join(QString()).contains(QStringLiteral("No expiration was set")));
    }

    void saveDialogFiltersChooseTheSuffix()
    {
        const QString xlsx = QStringLiteral("Excel workbooks (*.xlsx)");
        const QString csv = QStringLiteral("CSV files (*.csv)");
        QCOMPARE(TableFile::withFilterSuffix(QStringLiteral("/d/People.csv"), xlsx),
                 QStringLiteral("/d/People.xlsx"));
        QCOMPARE(TableFile::withFilterSuffix(QStringLiteral("/d/People"), xlsx),
                 QStringLiteral("/d/People.xlsx"));
        QCOMPARE(TableFile::withFilterSuffix(QStringLiteral("/d/People.xlsx"), csv),
                 QStringLiteral("/d/People.csv"));
        QCOMPARE(TableFile::withFilterSuffix(QStringLiteral("/d/People.CSV"), csv),
                 QStringLiteral("/d/People.CSV"));
        QCOMPARE(TableFile::withFilterSuffix(QStringLiteral("/d/People.xlsx"), QString()),
                 QStringLiteral("/d/People.xlsx"));
        QCOMPARE(TableFile::formatOf(QStringLiteral("/d/a.XLSX")), TableFile::Format::Xlsx);
    }

    // A Spanish or French manager's export has headers, yes/no and methods in their language: the import
    // reads every column back, in any language Porter speaks, and finds nothing to change.
    void exportsInEveryLanguageImportBack()
    {
        Run run;
        QVERIFY(
            run.apply(kHeader +
                      "Ana,García,ana@example.com,doorcode,\"Unit 101 resident, Gym\",yes,yes,,2027-01-31\n"
                      "Bo,Lee,bo@example.com,app,Gym,no,no,2027-01-02,\n")
                .ok());
        const auto restore = qScopeGuard([] { porter::installTranslators(QLocale(QLocale::English)); });
        for (const QLocale &locale :
             {QLocale(QLocale::Spanish, QLocale::Spain), QLocale(QLocale::French, QLocale::France)}) {
            QVERIFY(porter::installTranslators(locale));
            const QString path = run.f.dir.filePath(locale.name() + QStringLiteral(".csv"));
            TableFile file(path, QStringLiteral("People"));
            QVERIFY(file.open().ok());
            QVERIFY(PeopleExport::write(*run.f.queries, run.f.owner, run.f.property.id,
                                        QTimeZone("America/New_York"), file)
                        .ok());
            QVERIFY(file.commit().ok());
            porter::installTranslators(QLocale(QLocale::English));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            auto table = CsvReader::read(bytes);
            QVERIFY2(table.ok(), why(table));
            const ImportMapping mapping = ImportService::suggestMapping(table->header);
            for (int c = 0; c < mapping.size(); ++c)
                QVERIFY2(mapping.at(c) || ImportService::isIgnoredHeader(table->header.at(c)),
                         qPrintable(locale.name() + QStringLiteral(": ") + table->header.at(c)));
            QCOMPARE(int(std::count_if(mapping.begin(), mapping.end(),
                                       [](const auto &m) { return m.has_value(); })),
                     11);
            const auto before = run.f.snapshot();
            auto back = run.apply(bytes);
            QVERIFY2(back.ok() && back->unchanged == 2, qPrintable(locale.name() + QString::fromUtf8(bytes)));
            QCOMPARE(run.f.snapshot(), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
