// Bulk work (issue 11): importing a people list, exporting people and activity to CSV or XLSX.
#include "access/importservice.h"
#include "commands.h"
#include "util/csvreader.h"
#include "util/tablefile.h"
#include "viewmodels/activitymodel.h"
#include "viewmodels/peopleexport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <algorithm>

namespace porter::cli {
namespace {

QString outcomeName(ImportOutcome o)
{
    switch (o) {
    case ImportOutcome::Invite:
        return QStringLiteral("invite");
    case ImportOutcome::Update:
        return QStringLiteral("update");
    case ImportOutcome::Unchanged:
        return QStringLiteral("unchanged");
    case ImportOutcome::Revoked:
        return QStringLiteral("revoked");
    case ImportOutcome::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString outcomeText(const ImportRow &row)
{
    switch (row.outcome) {
    case ImportOutcome::Invite:
        return QCoreApplication::translate("porterctl", "new invitation");
    case ImportOutcome::Update:
        return row.changes.join(QStringLiteral("; "));
    case ImportOutcome::Unchanged:
        return QCoreApplication::translate("porterctl", "unchanged");
    case ImportOutcome::Revoked:
        return QCoreApplication::translate("porterctl", "revoked: left as they are (--give-access-again)");
    case ImportOutcome::Error:
        break;
    }
    QStringList problems;
    for (const ImportProblem &p : row.problems)
        problems << (p.column.isEmpty() ? p.message : QStringLiteral("%1: %2").arg(p.column, p.message));
    return problems.join(QStringLiteral(" "));
}

QJsonObject reportJson(const ImportReport &r, const QString &file, bool dryRun)
{
    QJsonArray rows;
    for (const ImportRow &row : r.rows) {
        QJsonArray problems;
        for (const ImportProblem &p : row.problems)
            problems.append(
                QJsonObject{{QStringLiteral("column"), p.column}, {QStringLiteral("message"), p.message}});
        rows.append(
            QJsonObject{{QStringLiteral("row"), row.row},
                        {QStringLiteral("outcome"), outcomeName(row.outcome)},
                        {QStringLiteral("name"), row.name},
                        {QStringLiteral("email"), row.email},
                        {QStringLiteral("personId"), row.personId ? QJsonValue(*row.personId) : QJsonValue()},
                        {QStringLiteral("changes"), QJsonArray::fromStringList(row.changes)},
                        {QStringLiteral("problems"), problems},
                        {QStringLiteral("warnings"), QJsonArray::fromStringList(row.warnings)}});
    }
    QJsonArray doors;
    for (Id d : r.doorsToSync)
        doors.append(d);
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("dryRun"), dryRun},
                       {QStringLiteral("applied"), r.applied},
                       {QStringLiteral("summary"), r.summary()},
                       {QStringLiteral("invited"), r.invited},
                       {QStringLiteral("updated"), r.updated},
                       {QStringLiteral("unchanged"), r.unchanged},
                       {QStringLiteral("revoked"), r.revoked},
                       {QStringLiteral("errors"), r.errors},
                       {QStringLiteral("welcomeMails"), r.welcomeMails},
                       {QStringLiteral("doorsToSync"), doors},
                       {QStringLiteral("fileProblems"), QJsonArray::fromStringList(r.fileProblems)},
                       {QStringLiteral("rows"), rows}};
}

// --map HEADER=FIELD (repeatable): the field of a column whose header Porter does not know, or
// "ignore" for one it should not read.
Status applyMapOptions(Session &s, const QStringList &header, ImportMapping &mapping)
{
    static const QList<QPair<QString, std::optional<ImportField>>> names{
        {QStringLiteral("first-name"), ImportField::FirstName},
        {QStringLiteral("last-name"), ImportField::LastName},
        {QStringLiteral("email"), ImportField::Email},
        {QStringLiteral("phone"), ImportField::Phone},
        {QStringLiteral("method"), ImportField::Method},
        {QStringLiteral("keys"), ImportField::Keys},
        {QStringLiteral("resident"), ImportField::Resident},
        {QStringLiteral("may-share"), ImportField::MayShare},
        {QStringLiteral("start"), ImportField::Start},
        {QStringLiteral("expiration"), ImportField::Expiration},
        {QStringLiteral("language"), ImportField::Language},
        {QStringLiteral("ignore"), std::nullopt}};
    for (const QString &given : s.args.values(QStringLiteral("map"))) {
        const qsizetype eq = given.lastIndexOf(QLatin1Char('='));
        const QString column = eq > 0 ? given.left(eq).trimmed() : QString();
        const QString fieldName = eq > 0 ? given.mid(eq + 1).trimmed().toLower() : QString();
        const auto field =
            std::find_if(names.begin(), names.end(), [&](const auto &n) { return n.first == fieldName; });
        if (column.isEmpty() || field == names.end()) {
            QStringList all;
            for (const auto &n : names)
                all << n.first;
            return usageError(QCoreApplication::translate(
                                  "porterctl", "--map needs HEADER=FIELD, FIELD one of: %1 (got \"%2\").")
                                  .arg(all.join(QStringLiteral(", ")), given));
        }
        qsizetype found = -1;
        for (qsizetype c = 0; c < header.size() && found < 0; ++c) {
            if (header.at(c).compare(column, Qt::CaseInsensitive) == 0)
                found = c;
        }
        if (found < 0)
            return usageError(
                QCoreApplication::translate("porterctl", "The file has no column \"%1\". Its columns: %2.")
                    .arg(column, header.join(QStringLiteral(", "))));
        mapping[found] = field->second;
    }
    return {};
}

Result<Reply> cmdImportPeople(Session &s)
{
    PORTER_TRY_ASSIGN(const Id propertyId, s.id(QStringLiteral("property")));
    const QStringList pos = s.args.positionalArguments();
    if (pos.isEmpty())
        return usageError(
            QCoreApplication::translate("porterctl", "import people needs the FILE to import."));
    const QString path = pos.constFirst();
    PORTER_TRY_ASSIGN(const CsvReader::Table table, CsvReader::readFile(path));
    ImportMapping mapping = ImportService::suggestMapping(table.header);
    PORTER_TRY(applyMapOptions(s, table.header, mapping));
    const QStringList mapOptions = s.args.values(QStringLiteral("map"));
    QStringList ignored;
    for (int c = 0; c < mapping.size(); ++c) {
        const bool named = std::any_of(mapOptions.begin(), mapOptions.end(), [&](const QString &m) {
            return m.section(QLatin1Char('='), 0, -2)
                       .trimmed()
                       .compare(table.header.at(c), Qt::CaseInsensitive) == 0;
        });
        if (!mapping.at(c) && !named && !ImportService::isIgnoredHeader(table.header.at(c)))
            ignored << table.header.at(c);
    }
    ImportOptions options;
    options.validRowsOnly = s.has(QStringLiteral("valid-rows-only"));
    options.giveAccessAgain = s.has(QStringLiteral("give-access-again"));
    options.fileName = QFileInfo(path).fileName();
    const bool dryRun = s.has(QStringLiteral("dry-run"));
    PORTER_TRY_ASSIGN(const ImportReport report,
                      dryRun ? s.imports().preview(s.me(), propertyId, table, mapping, options)
                             : s.imports().apply(s.me(), propertyId, table, mapping, options));
    Reply reply;
    reply.json = reportJson(report, path, dryRun);
    if (!ignored.isEmpty())
        reply.warnings << QCoreApplication::translate(
                              "porterctl",
                              "Columns not imported (not a field Porter knows; name one with --map): %1.")
                              .arg(ignored.join(QStringLiteral(", ")));
    for (const QString &problem : report.fileProblems)
        reply.text << problem;
    Table rows(
        {QStringLiteral("ROW"), QStringLiteral("EMAIL"), QStringLiteral("NAME"), QStringLiteral("RESULT")});
    for (const ImportRow &row : report.rows) {
        if (row.outcome == ImportOutcome::Unchanged && report.rows.size() > 50)
            continue; // a long re-upload lists what changes, and counts the rest
        rows.add({QString::number(row.row), row.email, row.name, outcomeText(row)});
    }
    if (!report.rows.isEmpty())
        reply.text << rows.lines();
    const QString summary = report.summary();
    if (report.applied)
        reply.text << QCoreApplication::translate("porterctl", "Imported: %1.").arg(summary);
    else if (dryRun && !report.hasErrors())
        reply.text << QCoreApplication::translate("porterctl", "Preview (nothing written): %1.").arg(summary);
    else if (dryRun)
        reply.text << QCoreApplication::translate(
                          "porterctl", "Preview (nothing written): %1. Fix the rows with errors, or add "
                                       "--valid-rows-only to import the others.")
                          .arg(summary);
    if (report.applied && report.welcomeMails > 0)
        reply.text << QCoreApplication::translate("porterctl", "Welcome emails queued: %n.", nullptr,
                                                  report.welcomeMails);
    if (report.applied && !report.doorsToSync.isEmpty())
        reply.text << QCoreApplication::translate("porterctl", "Offline doors to sync, one change each: %n.",
                                                  nullptr, int(report.doorsToSync.size()));
    if (!report.applied && !dryRun)
        reply.failure =
            makeError(ErrorCode::InvalidInput,
                      report.fileProblems.isEmpty()
                          ? QCoreApplication::translate(
                                "porterctl", "Nothing was imported: %1. Fix the rows with errors, or "
                                             "add --valid-rows-only to import the others.")
                                .arg(summary)
                          : QCoreApplication::translate("porterctl", "Nothing was imported: %1")
                                .arg(report.fileProblems.first()));
    else if (dryRun && !report.fileProblems.isEmpty())
        reply.failure = makeError(ErrorCode::InvalidInput, report.fileProblems.first());
    return reply;
}

const Registration kImportPeople{
    Section::People,
    {.name = "import people",
     .synopsis = "FILE --property ID [--map HEADER=FIELD].. [--dry-run] [--valid-rows-only] "
                 "[--give-access-again]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Invite and update people from a spreadsheet (CSV)."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Reads a CSV file saved by Excel or LibreOffice (any of their encodings and separators) whose "
         "header names the columns: first name, last name, email, phone, access method, keys (by name, "
         "several per cell), resident, may share, start, expiration, language - in English, Spanish or "
         "French. Each row invites a new person, or updates the person of the property with that email "
         "(keys added or removed to match the row, expiration moved, details); a blank cell leaves a "
         "listed person's value as it is. Dates are the property's local time. Nothing is written when "
         "any row has an error, unless --valid-rows-only; either way the import is all or nothing. "
         "Importing the same file again changes nothing. Revoked people are reported, not given access "
         "again, unless --give-access-again. Offline doors get one change for the whole import."),
     .options =
         {{.name = "property",
           .value = "ID",
           .help = QT_TRANSLATE_NOOP("porterctl", "Property."),
           .required = true},
          {.name = "map",
           .value = "HEADER=FIELD",
           .help = QT_TRANSLATE_NOOP(
               "porterctl", "The field of a column Porter does not recognize (repeatable): first-name, "
                            "last-name, email, phone, method, keys, resident, may-share, start, "
                            "expiration, language or ignore.")},
          {.name = "dry-run",
           .help = QT_TRANSLATE_NOOP("porterctl", "Show what would happen; write nothing.")},
          {.name = "valid-rows-only",
           .help = QT_TRANSLATE_NOOP("porterctl", "Import the rows without errors, skip the others.")},
          {.name = "give-access-again",
           .help = QT_TRANSLATE_NOOP("porterctl", "Give revoked people in the file the row's keys again.")}},
     .argument = "FILE",
     .handler = cmdImportPeople}};

// The options every export starts with: the property and the file.
QList<Option> exportOptions()
{
    return {{.name = "property",
             .value = "ID",
             .help = QT_TRANSLATE_NOOP("porterctl", "Property."),
             .required = true},
            {.name = "output",
             .value = "FILE",
             .help = QT_TRANSLATE_NOOP("porterctl", "The file to write (.csv or .xlsx)."),
             .required = true}};
}

// --output FILE: .xlsx writes an Excel workbook, anything else CSV.
Result<QString> outputPath(Session &s)
{
    const QString path = s.value(QStringLiteral("output"));
    if (path.isEmpty())
        return usageError(QCoreApplication::translate("porterctl", "%1 needs --output FILE (.csv or .xlsx).")
                              .arg(s.command.nameText()));
    return path;
}

Reply exported(const QString &path, int count, const QString &what)
{
    Reply reply;
    reply.json =
        QJsonObject{{QStringLiteral("file"), QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())},
                    {QStringLiteral("format"), TableFile::formatOf(path) == TableFile::Format::Xlsx
                                                   ? QStringLiteral("xlsx")
                                                   : QStringLiteral("csv")},
                    {QStringLiteral("rows"), count}};
    reply.text << what.arg(count).arg(QDir::toNativeSeparators(path));
    return reply;
}

Result<Reply> cmdExportPeople(Session &s)
{
    PORTER_TRY_ASSIGN(const Id propertyId, s.id(QStringLiteral("property")));
    PORTER_TRY_ASSIGN(const QString path, outputPath(s));
    PORTER_TRY_ASSIGN(const QTimeZone zone, s.zoneOf(propertyId));
    PORTER_TRY_ASSIGN(
        const int count,
        TableFile::write(path, QCoreApplication::translate("porterctl", "People"), [&](TableFile &file) {
            return PeopleExport::write(s.queries(), s.me(), propertyId, zone, file);
        }));
    return exported(path, count, QCoreApplication::translate("porterctl", "Exported %1 people to %2."));
}

const Registration kExportPeople{
    Section::People,
    {.name = "export people",
     .synopsis = "--property ID --output FILE",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Export a property's people to CSV or Excel."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Writes everyone listed at the property (guests with their host) with their keys, status, start, "
         "expiration, guests and keycards, in the import's columns: the file imports back unchanged. "
         "FILE ending in .xlsx is an Excel workbook, anything else CSV (UTF-8). No cell is ever a formula."),
     .options = exportOptions(),
     .handler = cmdExportPeople}};

Result<ActivityKinds> kindsOption(Session &s)
{
    ActivityKinds kinds;
    if (!s.has(QStringLiteral("kinds")))
        return kinds;
    for (const QString &word : s.value(QStringLiteral("kinds")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString w = word.trimmed().toLower();
        if (w == QLatin1String("doors"))
            kinds |= ActivityKind::DoorEvents;
        else if (w == QLatin1String("changes"))
            kinds |= ActivityKind::AccessChanges;
        else if (w == QLatin1String("denials"))
            kinds |= ActivityKind::Denials;
        else if (w == QLatin1String("devices"))
            kinds |= ActivityKind::DeviceEvents;
        else
            return usageError(QCoreApplication::translate(
                                  "porterctl", "Unknown kind \"%1\": use doors, changes, denials or devices.")
                                  .arg(word));
    }
    return kinds;
}

Result<Reply> cmdExportActivity(Session &s)
{
    PORTER_TRY_ASSIGN(const Id propertyId, s.id(QStringLiteral("property")));
    PORTER_TRY_ASSIGN(const QString path, outputPath(s));
    PORTER_TRY_ASSIGN(const Property p, s.directory().property(s.me(), propertyId));
    PORTER_TRY_ASSIGN(const QTimeZone zone, timeZoneNamed(p.timeZone));
    ActivityFilter f;
    PORTER_TRY_ASSIGN(f.from, s.time(QStringLiteral("from"), zone, DateMeaning::StartOfDay));
    PORTER_TRY_ASSIGN(f.to, s.time(QStringLiteral("to"), zone, DateMeaning::EndOfDay));
    PORTER_TRY_ASSIGN(f.kinds, kindsOption(s));
    f.search = s.value(QStringLiteral("search"));
    // The Activity page's model: the same rows, columns, privacy and time zone as the window's export.
    ActivityModel model(s.queries());
    model.setManager(s.me());
    model.setProperty(p);
    model.setFilter(f);
    if (!model.lastError().isEmpty())
        return makeError(ErrorCode::InvalidInput, model.lastError());
    PORTER_TRY_ASSIGN(const int count,
                      TableFile::write(path, QCoreApplication::translate("porterctl", "Activity"),
                                       [&](TableFile &file) { return model.exportTo(file); }));
    return exported(path, count, QCoreApplication::translate("porterctl", "Exported %1 events to %2."));
}

const Registration kExportActivity{
    Section::Reports,
    {.name = "export activity",
     .synopsis = "--property ID --output FILE [--from T] [--to T] [--kinds K,..] [--search TEXT]",
     .summary = QT_TRANSLATE_NOOP("porterctl", "Export a property's activity to CSV or Excel."),
     .help = QT_TRANSLATE_NOOP(
         "porterctl",
         "Writes the activity the Activity page shows with the same filters: --from and --to, --kinds "
         "(doors, changes, denials, devices) and --search (a person, door or manager). Times are the "
         "property's local time. Residents' events at Residence doors carry no identity. FILE ending in "
         ".xlsx is an Excel workbook, anything else CSV (UTF-8)."),
     .timesHelp = true,
     .options = exportOptions()
                << QList<Option>{{.name = "from",
                                  .value = "T",
                                  .help = QT_TRANSLATE_NOOP("porterctl", "From (inclusive).")},
                                 {.name = "to",
                                  .value = "T",
                                  .help = QT_TRANSLATE_NOOP("porterctl", "To (a date includes that day).")},
                                 {.name = "kinds",
                                  .value = "K,..",
                                  .help = QT_TRANSLATE_NOOP(
                                      "porterctl", "doors, changes, denials, devices (default all).")},
                                 {.name = "search",
                                  .value = "TEXT",
                                  .help = QT_TRANSLATE_NOOP("porterctl", "A person, door or manager.")}},
     .handler = cmdExportActivity}};

} // namespace
} // namespace porter::cli
