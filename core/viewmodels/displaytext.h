#pragma once

#include "model/queries.h"
#include "model/types.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTimeZone>

namespace porter {

// Translated names of domain values for people (the enums' toString() is the stable machine spelling).
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(DisplayText)

public:
    static QString status(PersonStatus s);
    static QString accessMethod(AccessMethod m);
    static QString role(ManagerRole r);
    static QString keyManagement(KeyManagement k);
    static QString doorType(DoorType t);
    static QString endReason(EndReason r);
    // A stored E.164 number for reading: national format when it belongs to `region` (the property's
    // country), international otherwise, e.g. "(718) 555-0101" or "+33 1 42 68 53 00".
    static QString phone(const QString &e164, const QString &region);
    // An activity action ("invite", "revoke", ...) as a short label.
    static QString action(const QString &action);
    // Activity records are stored with stable codes (docs/decisions.md, "Activity is stored in codes,
    // shown in the reader's language"); these render them in the reader's language.
    static QString activityKind(ActivityKind k);
    static QString activityResult(const QString &result); // granted, denied, ok, failed, alarm
    // Every known action (result) code, in the order of its label in the reader's language: the
    // Activity page sorts by them in SQL (ActivityFilter::valueOrder).
    static QStringList actionsByLabel();
    static QStringList resultsByLabel();
    static QString activityCredential(const QString &code); // app, doorcode, card
    static QString activityReason(const QString &reason);   // a door's reason or alarm, or a refused action
    // The Details column: door events and alarms from their codes alone; a manager action from its
    // stored sentence (kept as written: see docs/decisions.md).
    static QString activityDetail(const ActivityEvent &e);
    // The same for a row of the Activity page: a manager action whose values were kept (ActivityRow::
    // params) is said in the reader's language, its times in `zone`.
    static QString activityDetail(const ActivityRow &row, const QTimeZone &zone);
    // A door's pending change (a line of a sync task) in the reader's language, from its kind and kept
    // values; one written before they were kept (schema 14) as stored.
    static QString doorChange(const DoorChange &c);
    // A door alarm as a sentence in the reader's language, from its kind and detail (the stored English
    // message is what an alarm of a kind this version does not know says).
    static QString doorAlarm(const DoorAlarm &a);
    // Who acted: "Door" and "Porter" and the private resident in the reader's language; a manager's
    // "Name <email>" shortened to the name.
    static QString activityActor(const ActivityEvent &e);
    // A UTC instant as the property's wall-clock time, e.g. "2027-06-30 23:59 EDT" (or in the format set
    // below, always followed by the zone's abbreviation).
    static QString localTime(qint64 utc, const QTimeZone &zone);
    // The window's date and time preference (ui/settings.h): a QDateTime format written in `locale`;
    // an empty format restores the default above. Set from the GUI thread only.
    static void setDateTimeFormat(const QString &format, const QLocale &locale = QLocale());
    // The zone as a label for forms, e.g. "America/New_York (EDT, UTC−04:00)".
    static QString zoneLabel(const QTimeZone &zone, qint64 atUtc);

private:
    static QString personChange(const QString &code);      // "name", "may share", ... of a person's edit
    static QString doorCount(const QVariantMap &params);   // "3 doors" from params["doors"]
    static QString peopleNamed(const QVariantMap &params); // "Ann Lee, Bo Chan" or "12 people"
    static QString syncDetail(const QVariantMap &params);  // a door sync's values as a sentence
};

} // namespace porter
