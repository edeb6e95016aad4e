#include "viewmodels/peopleexport.h"

#include "access/importsheet.h"
#include "access/queryservice.h"
#include "util/tablefile.h"
#include "viewmodels/displaytext.h"

#include <QDateTime>

namespace porter {
namespace {

QString dateText(std::optional<qint64> at, const QTimeZone &zone, DateMeaning meaning)
{
    if (!at)
        return {};
    const QDateTime local = QDateTime::fromSecsSinceEpoch(*at, zone);
    if (local.time() == QTime(0, 0)) {
        // An expiration at midnight is the end of the day before: written as that day, as it was given.
        const QDate day = meaning == DateMeaning::EndOfDay ? local.date().addDays(-1) : local.date();
        return day.toString(Qt::ISODate);
    }
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

} // namespace

QStringList PeopleExport::header()
{
    QStringList h;
    for (ImportField f :
         {ImportField::FirstName, ImportField::LastName, ImportField::Email, ImportField::Phone,
          ImportField::Method, ImportField::Keys, ImportField::Resident, ImportField::MayShare,
          ImportField::Start, ImportField::Expiration, ImportField::Language})
        h << ImportSheet::fieldName(f);
    //: Column of the people export, ignored when the file is imported back
    h << tr("Status");
    //: Column of the people export: the names of the person's current guests
    h << tr("Guests");
    //: Column of the people export: the person's keycard serials
    h << tr("Keycards");
    return h;
}

QStringList PeopleExport::record(const PersonExport &e, const QTimeZone &zone)
{
    const Person &p = e.row.person;
    const auto yesNo = [](bool yes) {
        //: A Yes/No cell of the people export (the import reads yes/no in English, Spanish and French)
        return yes ? tr("Yes") : tr("No");
    };
    return {
        p.firstName, p.lastName, p.email, p.phone,
        //: Access method cell of the people export (the import reads "app" and "doorcode" in three languages)
        p.accessMethod == AccessMethod::App ? tr("App") : tr("Doorcode"), e.keys.join(QStringLiteral("; ")),
        yesNo(p.resident), yesNo(p.mayShare),
        e.keys.isEmpty() ? QString() : dateText(e.startsAt, zone, DateMeaning::StartOfDay),
        e.keys.isEmpty() ? QString() : dateText(e.row.accessUntil, zone, DateMeaning::EndOfDay), p.language,
        DisplayText::status(e.row.status), e.guests.join(QStringLiteral("; ")),
        e.keycards.join(QStringLiteral("; "))};
}

Result<int> PeopleExport::write(const QueryService &queries, const Manager &actor, Id propertyId,
                                const QTimeZone &zone, TableFile &out)
{
    auto people = queries.peopleExport(actor, propertyId);
    if (!people.ok())
        return people.error();
    PORTER_TRY(out.writeRecord(header()));
    for (const PersonExport &e : *people)
        PORTER_TRY(out.writeRecord(record(e, zone)));
    return int(people->size());
}

} // namespace porter
