#include "access/importservice.h"

#include "access/accessservice.h"
#include "access/permissions.h"
#include "access/unitofwork.h"
#include "access/validation.h"
#include "store/database.h"
#include "store/repositories.h"
#include "util/localtime.h"

#include <QDateTime>
#include <QHash>
#include <QScopeGuard>
#include <algorithm>

namespace porter {
namespace {

// The messages a single invitation gives, said here before the row reaches it so they can name their
// column (the invitation checks them again and is the authority).
QString accessText(const char *source)
{
    return QCoreApplication::translate("AccessService", source);
}

bool failsTheWholeImport(const Error &e)
{
    // The database or the machine failed: no row is to blame, and nothing is kept.
    return e.code == ErrorCode::Storage || e.code == ErrorCode::Internal || e.code == ErrorCode::Crypto ||
           e.code == ErrorCode::Unavailable;
}

// A sheet says times to the minute: a stored time with seconds is the same as the minute it is in.
bool sameMinute(std::optional<qint64> a, std::optional<qint64> b)
{
    if (!a || !b)
        return !a && !b;
    return *a / 60 == *b / 60;
}

} // namespace

// The file as the import reads it: which column holds each field, the property's keys and time.
struct ImportService::Sheet
{
    QStringList header;
    QHash<ImportField, int> column;
    QList<Key> keys;
    ImportSheet::KeyIndex keyIndex; // the keys by folded name, built once for every row
    QHash<Id, QString> keyNames;
    QTimeZone zone;
    ImportSheet::DateOrder dateOrder = ImportSheet::DateOrder::MonthFirst;

    bool has(ImportField f) const { return column.contains(f); }
    QString headerOf(ImportField f) const { return has(f) ? header.value(column.value(f)) : QString(); }
    // The cell, trimmed; none when the column is not in the file or the cell is blank.
    std::optional<QString> cell(const CsvReader::Row &row, ImportField f) const
    {
        if (!has(f))
            return std::nullopt;
        QString text = row.cells.value(column.value(f)).trimmed();
        // The apostrophe CsvWriter puts before = + - @ so no spreadsheet runs the cell (a phone
        // "'+13125550101" of Porter's own export) is not part of the value.
        if (text.size() > 1 && text.front() == QLatin1Char('\'') &&
            QStringLiteral("=+-@").contains(text.at(1)))
            text.remove(0, 1);
        if (text.isEmpty())
            return std::nullopt;
        return text;
    }
    QStringList namesOf(const QList<Id> &ids) const
    {
        QStringList names;
        for (Id id : ids)
            names << keyNames.value(id);
        return names;
    }
};

// One row, read: each given cell as a value, or a problem naming its column.
struct ImportService::Parsed
{
    int row = 0;
    QString email;          // normalized, for matching
    QString emailAsWritten; // validated, as the file writes it (what an invitation stores)
    std::optional<QString> firstName, lastName, phone, language;
    std::optional<AccessMethod> method;
    std::optional<QList<Id>> keys;
    std::optional<bool> resident, mayShare;
    std::optional<qint64> start, expiration;
    QList<ImportProblem> problems;
    QString name;
};

ImportService::ImportService(Database &db, const Clock &clock)
    : ServiceBase(db, clock)
    , m_access(std::make_unique<AccessService>(db, clock))
{}

ImportService::~ImportService() = default;

bool ImportService::isIgnoredHeader(const QString &header)
{
    // Porter's export (PeopleExport) writes these beside the fields; every language it speaks.
    static const QStringList ignored{
        QStringLiteral("status"),    QStringLiteral("estado"),    QStringLiteral("statut"),
        QStringLiteral("guests"),    QStringLiteral("invitados"), QStringLiteral("invités"),
        QStringLiteral("invites"),   QStringLiteral("keycards"),  QStringLiteral("tarjetas"),
        QStringLiteral("badges"),    QStringLiteral("guest of"),  QStringLiteral("invitado de"),
        QStringLiteral("invité de"), QStringLiteral("person id"), QStringLiteral("id")};
    return ignored.contains(header.trimmed().toLower());
}

ImportMapping ImportService::suggestMapping(const QStringList &header)
{
    ImportMapping mapping;
    QSet<ImportField> taken;
    for (const QString &h : header) {
        auto field = ImportSheet::fieldOfHeader(h);
        if (field && taken.contains(*field))
            field.reset(); // the second column of one field: the manager says which is meant
        if (field)
            taken.insert(*field);
        mapping << field;
    }
    return mapping;
}

QString ImportReport::summary() const
{
    QStringList parts;
    const auto say = [&](int n, const char *text) {
        if (n > 0)
            parts << QCoreApplication::translate("ImportService", text, nullptr, n);
    };
    // Counts before their verb, so the sentence reads the same for one person and for many.
    if (applied) {
        say(invited, QT_TRANSLATE_N_NOOP("ImportService", "%n invited"));
        say(updated, QT_TRANSLATE_N_NOOP("ImportService", "%n updated"));
    } else {
        say(invited, QT_TRANSLATE_N_NOOP("ImportService", "%n to invite"));
        say(updated, QT_TRANSLATE_N_NOOP("ImportService", "%n to update"));
    }
    say(unchanged, QT_TRANSLATE_N_NOOP("ImportService", "%n unchanged"));
    say(revoked, QT_TRANSLATE_N_NOOP("ImportService", "%n revoked (left as they are)"));
    say(errors, QT_TRANSLATE_N_NOOP("ImportService", "%n with errors"));
    if (parts.isEmpty())
        return QCoreApplication::translate("ImportService", "No people in the file.");
    return parts.join(QStringLiteral(", "));
}

Result<ImportReport> ImportService::preview(const Manager &actor, Id propertyId,
                                            const CsvReader::Table &table, const ImportMapping &mapping,
                                            const ImportOptions &options)
{
    return run(actor, propertyId, table, mapping, options, false);
}

Result<ImportReport> ImportService::apply(const Manager &actor, Id propertyId, const CsvReader::Table &table,
                                          const ImportMapping &mapping, const ImportOptions &options)
{
    return run(actor, propertyId, table, mapping, options, true);
}

Result<ImportReport> ImportService::run(const Manager &actor, Id propertyId, const CsvReader::Table &table,
                                        const ImportMapping &mapping, const ImportOptions &options,
                                        bool applying)
{
    const QString action = QStringLiteral("import");
    auto property = propertyFor(actor, propertyId);
    if (!property.ok())
        return property.error();
    const Property &p = *property;
    if (auto allowed = permissions::canManagePeople(actor, p); !allowed.ok())
        return applying ? denied(actor, p.id, action, allowed.error()) : allowed.error();

    ImportReport report;
    Sheet sheet;
    sheet.header = table.header;
    if (mapping.size() != table.header.size())
        return makeError(ErrorCode::InvalidInput,
                         tr("The column mapping does not match the file's %n columns.", nullptr,
                            int(table.header.size())));
    for (int c = 0; c < mapping.size(); ++c) {
        if (!mapping.at(c))
            continue;
        if (sheet.column.contains(*mapping.at(c))) {
            report.fileProblems << tr("Columns \"%1\" and \"%2\" are both %3. Ignore one of them.")
                                       .arg(sheet.header.value(sheet.column.value(*mapping.at(c))),
                                            sheet.header.value(c), ImportSheet::fieldName(*mapping.at(c)));
            continue;
        }
        sheet.column.insert(*mapping.at(c), c);
    }
    if (!sheet.has(ImportField::Email))
        report.fileProblems << tr("No column holds the email. Every person is found and invited by their "
                                  "email: map one column to %1.")
                                   .arg(ImportSheet::fieldName(ImportField::Email));
    if (table.rows.isEmpty())
        report.fileProblems << tr("The file has a header row but no people under it.");
    auto keys = m_dir.keys(p.id);
    if (!keys.ok())
        return keys.error();
    sheet.keys = *keys;
    for (const Key &k : sheet.keys)
        sheet.keyNames.insert(k.id, k.name);
    sheet.keyIndex = ImportSheet::keyIndex(sheet.keys);
    auto zone = timeZoneNamed(p.timeZone);
    if (!zone.ok())
        return zone.error();
    sheet.zone = *zone;
    QStringList dates;
    for (const CsvReader::Row &r : table.rows) {
        for (ImportField f : {ImportField::Start, ImportField::Expiration}) {
            if (auto c = sheet.cell(r, f))
                dates << *c;
        }
    }
    auto order = ImportSheet::dateOrder(dates, ImportSheet::localeDateOrder(QLocale()));
    if (!order.ok())
        report.fileProblems << order.error().message;
    else
        sheet.dateOrder = *order;
    if (!report.fileProblems.isEmpty())
        return report;

    // Each row read on its own, before anything is asked of the database.
    QList<Parsed> parsed;
    QHash<QString, int> rowOfEmail;
    for (const CsvReader::Row &r : table.rows) {
        Parsed row;
        row.row = r.number;
        const auto problem = [&](ImportField f, const QString &message) {
            row.problems << ImportProblem{sheet.headerOf(f), message};
        };
        const auto name = [&](ImportField f, const QString &what) -> std::optional<QString> {
            auto text = sheet.cell(r, f);
            if (!text)
                return std::nullopt;
            auto valid = validateName(*text, what);
            if (!valid.ok()) {
                problem(f, valid.error().message);
                return std::nullopt;
            }
            return *valid;
        };
        row.firstName = name(ImportField::FirstName, accessText("first name"));
        row.lastName = name(ImportField::LastName, accessText("last name"));
        row.name = QStringList{row.firstName.value_or(QString()), row.lastName.value_or(QString())}
                       .join(QLatin1Char(' '))
                       .trimmed();
        auto email = validateEmail(sheet.cell(r, ImportField::Email).value_or(QString()));
        if (!email.ok()) {
            row.email = sheet.cell(r, ImportField::Email).value_or(QString()); // shown as written
            problem(ImportField::Email, email.error().message);
        } else {
            row.emailAsWritten = *email;
            row.email = email->toLower();
            if (rowOfEmail.contains(row.email))
                problem(ImportField::Email,
                        tr("Row %1 has the same email. Each person can appear once in the "
                           "file: keep one of the rows.")
                            .arg(rowOfEmail.value(row.email)));
            else
                rowOfEmail.insert(row.email, row.row);
        }
        if (auto phone = sheet.cell(r, ImportField::Phone)) {
            auto e164 = normalizePhone(*phone, p.region);
            if (e164.ok())
                row.phone = *e164;
            else
                problem(ImportField::Phone, e164.error().message);
        }
        if (auto cell = sheet.cell(r, ImportField::Method)) {
            auto method = ImportSheet::method(*cell);
            if (method.ok())
                row.method = *method;
            else
                problem(ImportField::Method, method.error().message);
        }
        if (auto cell = sheet.cell(r, ImportField::Keys)) {
            QStringList unknown;
            const QList<Id> ids = ImportSheet::keys(*cell, sheet.keyIndex, &unknown);
            if (!unknown.isEmpty()) {
                QStringList names;
                for (const Key &k : sheet.keys)
                    names << k.name;
                problem(ImportField::Keys,
                        tr("%1 has no key named %2. Its keys are: %3.", nullptr, int(unknown.size()))
                            .arg(p.name, QStringLiteral("\"%1\"").arg(unknown.join(QStringLiteral("\", \""))),
                                 names.join(QStringLiteral(", "))));
            } else if (ids.isEmpty()) {
                problem(ImportField::Keys, tr("The cell names no key. Write the key names, or leave the cell "
                                              "empty to keep a listed person's keys."));
            } else {
                row.keys = ids;
            }
        }
        for (ImportField f : {ImportField::Resident, ImportField::MayShare}) {
            if (auto cell = sheet.cell(r, f)) {
                auto yes = ImportSheet::yesNo(*cell);
                if (!yes.ok())
                    problem(f, yes.error().message);
                else
                    (f == ImportField::Resident ? row.resident : row.mayShare) = *yes;
            }
        }
        const auto when = [&](ImportField f, DateMeaning meaning) -> std::optional<qint64> {
            auto cell = sheet.cell(r, f);
            if (!cell)
                return std::nullopt;
            auto t = ImportSheet::when(*cell, sheet.dateOrder, sheet.zone, meaning);
            if (!t.ok()) {
                problem(f, t.error().message);
                return std::nullopt;
            }
            return *t;
        };
        row.start = when(ImportField::Start, DateMeaning::StartOfDay);
        row.expiration = when(ImportField::Expiration, DateMeaning::EndOfDay);
        if (row.expiration && *row.expiration <= row.start.value_or(now()))
            problem(ImportField::Expiration,
                    row.start && *row.start > now()
                        ? accessText("The expiration must be after the start.")
                        : accessText("The expiration is in the past. Pick a later date, or remove the key "
                                     "instead."));
        if (auto cell = sheet.cell(r, ImportField::Language)) {
            auto language = ImportSheet::language(*cell);
            if (language.ok())
                row.language = *language;
            else
                problem(ImportField::Language, language.error().message);
        }
        parsed << row;
    }

    // Every row through the single operations, in one unit of work; the doors' change records are
    // gathered and written once at the end.
    DoorChangeBatch batch;
    m_access->gatherDoorChanges(&batch);
    auto stopGathering = qScopeGuard([&] { m_access->gatherDoorChanges(nullptr); });
    bool rowsRefused = false;
    // On PostgreSQL the unit of work may be run again after a conflict with another manager
    // (store/database.h): each attempt starts from the report and the batch as they were.
    const ImportReport initial = report;
    const auto work = [&]() -> Status {
        report = initial;
        rowsRefused = false;
        batch = DoorChangeBatch();
        m_access->gatherDoorChanges(&batch);
        for (const Parsed &row : parsed) {
            ImportRow out;
            out.row = row.row;
            out.name = row.name;
            out.email = row.email;
            out.problems = row.problems;
            if (out.problems.isEmpty()) {
                // A failed row's writes are undone by its operation's savepoint; its doors, here.
                const QSet<Id> doorsBefore = batch.doors;
                const bool dueBefore = batch.dueNow;
                const std::optional<qint64> startBefore = batch.earliestStart;
                const int mailsBefore = report.welcomeMails;
                auto st = importRow(actor, p, sheet, row, options, out, report);
                if (!st.ok()) {
                    if (failsTheWholeImport(st.error()))
                        return st.error();
                    batch.doors = doorsBefore;
                    batch.dueNow = dueBefore;
                    batch.earliestStart = startBefore;
                    report.welcomeMails = mailsBefore;
                    out.changes.clear();
                    out.personId.reset();
                    // The operation's own message; it names a key when a key is the reason.
                    const QStringList rowKeys = sheet.namesOf(row.keys.value_or(QList<Id>()));
                    const bool aboutKeys =
                        !rowKeys.isEmpty() &&
                        (st.error().code == ErrorCode::PermissionDenied ||
                         std::any_of(rowKeys.begin(), rowKeys.end(),
                                     [&](const QString &key) { return st.error().message.contains(key); }));
                    QString column = aboutKeys ? sheet.headerOf(ImportField::Keys) : QString();
                    if (column.isEmpty() && st.error().code == ErrorCode::Conflict)
                        column = sheet.headerOf(ImportField::Email);
                    if (!st.error().message.isEmpty())
                        out.problems << ImportProblem{column, st.error().message};
                }
            }
            if (!out.problems.isEmpty())
                out.outcome = ImportOutcome::Error;
            switch (out.outcome) {
            case ImportOutcome::Invite:
                ++report.invited;
                break;
            case ImportOutcome::Update:
                ++report.updated;
                break;
            case ImportOutcome::Unchanged:
                ++report.unchanged;
                break;
            case ImportOutcome::Revoked:
                ++report.revoked;
                break;
            case ImportOutcome::Error:
                ++report.errors;
                break;
            }
            report.rows << out;
        }
        // With errors, nothing is written unless the manager chose the valid rows; and never when no
        // row is valid (an import that imports nothing has not succeeded).
        if (report.errors > 0 && (!options.validRowsOnly || report.errors == report.rows.size())) {
            rowsRefused = true;
            return makeError(ErrorCode::InvalidInput, report.summary());
        }
        m_access->gatherDoorChanges(nullptr);
        if (report.invited + report.updated == 0)
            return {};
        const QVariantMap params{{QStringLiteral("file"), options.fileName},
                                 {QStringLiteral("invited"), report.invited},
                                 {QStringLiteral("updated"), report.updated},
                                 {QStringLiteral("unchanged"), report.unchanged},
                                 {QStringLiteral("count"), report.invited + report.updated}};
        PORTER_TRY(markDoors(batch.doors, action, std::nullopt,
                             QStringLiteral("Import of %1 people").arg(report.invited + report.updated),
                             params, batch.effectiveAt()));
        return log(actor, p.id, action, std::nullopt,
                   QStringLiteral("Imported people from %1: %2 invited, %3 updated, %4 unchanged")
                       .arg(options.fileName.isEmpty() ? QStringLiteral("a file") : options.fileName)
                       .arg(report.invited)
                       .arg(report.updated)
                       .arg(report.unchanged),
                   params);
    };
    UnitOfWork unit(m_db);
    const Status st = applying ? unit.apply(work) : unit.preview(work);
    if (!st.ok() && !rowsRefused)
        return st.error();
    report.applied = applying && st.ok();
    if (report.invited + report.updated > 0) {
        report.doorsToSync = QList<Id>(batch.doors.begin(), batch.doors.end());
        std::sort(report.doorsToSync.begin(), report.doorsToSync.end());
    }
    if (!report.applied) {
        for (ImportRow &row : report.rows) {
            if (row.outcome == ImportOutcome::Invite)
                row.personId.reset(); // rolled back
        }
    }
    return report;
}

Status ImportService::importRow(const Manager &actor, const Property &p, const Sheet &sheet,
                                const Parsed &row, const ImportOptions &options, ImportRow &out,
                                ImportReport &report)
{
    auto listed = m_people.liveByEmail(p.id, row.email);
    if (!listed.ok())
        return listed.error();
    for (const Person &person : *listed) {
        if (person.hostPersonId)
            continue; // a guest pass is not an invitation (as for a single invitation)
        out.personId = person.id;
        if (out.name.isEmpty())
            out.name = person.displayName();
        if (person.revokedAt && !options.giveAccessAgain) {
            out.outcome = ImportOutcome::Revoked;
            out.warnings
                << tr("%1's keys were revoked. Tick \"Give access again\" to give them the row's keys.")
                       .arg(person.displayName());
            return {};
        }
        // Several operations for one row: in a savepoint of their own, so a failing one undoes the
        // others (an invitation is one operation, atomic by itself).
        return m_db.transaction([&] { return updateRow(actor, sheet, person, row, out); });
    }

    InviteRequest request;
    request.propertyId = p.id;
    request.method = row.method.value_or(AccessMethod::App);
    request.contact.firstName = row.firstName.value_or(QString());
    request.contact.lastName = row.lastName.value_or(QString());
    request.contact.email = row.emailAsWritten;
    request.contact.phone = row.phone.value_or(QString());
    request.keyIds = row.keys.value_or(QList<Id>());
    request.resident = row.resident.value_or(false);
    request.mayShare = row.mayShare.value_or(false);
    request.startsAt = row.start;
    request.expiresAt = row.expiration;
    request.language = row.language.value_or(QString());
    if (!row.firstName) {
        // Said here, where its column is known; the empty error below only rolls the row back.
        out.problems << ImportProblem{sheet.headerOf(ImportField::FirstName),
                                      validateName(QString(), accessText("first name")).error().message};
        return makeError(ErrorCode::InvalidInput, QString());
    }
    auto invited = m_access->invite(actor, request);
    if (!invited.ok())
        return invited.error();
    out.outcome = ImportOutcome::Invite;
    out.personId = invited->person.id;
    out.warnings << invited->warnings;
    if (invited->welcomeMailId)
        ++report.welcomeMails;
    return {};
}

Status ImportService::updateRow(const Manager &actor, const Sheet &sheet, const Person &person,
                                const Parsed &row, ImportRow &out)
{
    if (row.method && *row.method != person.accessMethod)
        return makeError(ErrorCode::InvalidInput,
                         tr("%1 opens doors with %2; an import does not change that. Remove the cell, or "
                            "delete and invite them again.")
                             .arg(person.displayName(), person.accessMethod == AccessMethod::App
                                                            ? tr("the app")
                                                            : tr("a daily doorcode")));

    // Details: a blank cell keeps what is there.
    PersonEdit edit;
    edit.contact.firstName = row.firstName.value_or(person.firstName);
    edit.contact.lastName = row.lastName.value_or(person.lastName);
    edit.contact.email = person.email;
    edit.contact.phone = row.phone.value_or(person.phone);
    edit.resident = row.resident.value_or(person.resident);
    edit.mayShare = row.mayShare.value_or(person.mayShare);
    if (row.language && *row.language != person.language)
        edit.language = row.language;
    QStringList details;
    if (edit.contact.firstName != person.firstName || edit.contact.lastName != person.lastName)
        details << tr("name");
    if (edit.contact.phone != person.phone)
        details << tr("phone");
    if (edit.resident != person.resident)
        details << (edit.resident ? tr("resident") : tr("not a resident"));
    if (edit.mayShare != person.mayShare)
        details << (edit.mayShare ? tr("may share") : tr("may not share"));
    if (edit.language)
        details << tr("language");
    if (!details.isEmpty()) {
        auto edited = m_access->editPerson(actor, person.id, edit);
        if (!edited.ok())
            return edited.error();
        out.changes << tr("details: %1").arg(details.join(QStringLiteral(", ")));
    }

    // Keys: what they hold now (current or future) against the row's.
    auto grants = m_people.grants(person.id, false);
    if (!grants.ok())
        return grants.error();
    QList<Grant> held;
    QSet<Id> heldKeys;
    for (const Grant &g : *grants) {
        if (g.isCurrentOrFuture(now())) {
            held << g;
            heldKeys.insert(g.keyId);
        }
    }
    if (person.revokedAt && !row.keys)
        return makeError(ErrorCode::InvalidInput,
                         tr("To give %1 access again, the row needs their keys.").arg(person.displayName()));

    QList<Id> added, removed;
    if (row.keys) {
        for (Id k : *row.keys) {
            if (!heldKeys.contains(k) && !added.contains(k))
                added << k;
        }
        for (const Grant &g : held) {
            if (!row.keys->contains(g.keyId))
                removed << g.keyId;
        }
    }
    // The expiration of the keys they keep, as the People list shows it: none when one has none.
    std::optional<qint64> until;
    bool kept = false;
    bool openEnded = false;
    for (const Grant &g : held) {
        if (removed.contains(g.keyId))
            continue;
        kept = true;
        if (!g.expiresAt)
            openEnded = true;
        else if (!until || *g.expiresAt > *until)
            until = g.expiresAt;
    }
    if (openEnded)
        until.reset();
    for (const Grant &g : held) {
        if (!removed.contains(g.keyId))
            continue;
        PORTER_TRY(m_access->removeKey(actor, g.id));
    }
    if (row.expiration && !sameMinute(row.expiration, until)) {
        bool moved = false;
        for (const Grant &g : held) {
            if (removed.contains(g.keyId) || sameMinute(g.expiresAt, row.expiration))
                continue;
            auto set = m_access->setGrantExpiry(actor, g.id, row.expiration);
            if (!set.ok())
                return set.error();
            moved = true;
        }
        if (moved) {
            // Said as the file says it: a date alone is the last day access works.
            const QDateTime local = QDateTime::fromSecsSinceEpoch(*row.expiration, sheet.zone);
            out.changes << (local.time() == QTime(0, 0)
                                ? tr("expiration moved to the end of %1")
                                      .arg(local.date().addDays(-1).toString(Qt::ISODate))
                                : tr("expiration moved to %1").arg(formatLocal(*row.expiration, sheet.zone)));
        }
    }
    const std::optional<qint64> start = row.start && *row.start > now() ? row.start : std::nullopt;
    const std::optional<qint64> expiry = row.expiration ? row.expiration : until;
    for (Id k : added) {
        auto grant = m_access->addKey(actor, person.id, k, start, expiry);
        if (!grant.ok())
            return grant.error();
    }
    if (!added.isEmpty() && !expiry && !kept)
        out.warnings
            << tr("No expiration was set: %1's access will not end by itself. Setting one (such as the "
                  "lease end) is recommended.")
                   .arg(person.displayName());
    if (!added.isEmpty())
        out.changes << (person.revokedAt ? tr("access given again: %1") : tr("keys added: %1"))
                           .arg(sheet.namesOf(added).join(QStringLiteral(", ")));
    if (!removed.isEmpty())
        out.changes << tr("keys removed: %1").arg(sheet.namesOf(removed).join(QStringLiteral(", ")));
    out.outcome = out.changes.isEmpty() ? ImportOutcome::Unchanged : ImportOutcome::Update;
    return {};
}

} // namespace porter
