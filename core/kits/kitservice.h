#pragma once

// Field kits on the portfolio's side (docs/design/shared-portfolio.md, section 7): building a kit while
// online, checking it against the changes made since, and uploading what the doors answered at the
// site. Delivering a kit needs no database: kits/kitcourier.h.

#include "kits/fieldkit.h"
#include "model/types.h"
#include "util/clock.h"
#include "util/result.h"

#include <QCoreApplication>
#include <memory>

namespace porter {
class Database;
class KeyProvider;
class SecretStore;
} // namespace porter

namespace porter::kits {

struct KitRequest
{
    QList<Id> propertyIds;      // every commissioned door of these properties
    QList<Id> doorIds;          // and these doors
    int days = kDefaultKitDays; // validity, 1..kMaxKitDays
};

// What an upload stored, door by door.
struct UploadedDoor
{
    Id doorId = 0;
    QString doorName;
    QString propertyName;
    bool versionRecorded = false; // the door's acknowledgement of the kit's version was stored now
    ListVersion version = 0;      // what Porter now records as acknowledged
    int pendingChangesCleared = 0;
    int activityImported = 0; // new entries (an upload of the same answer again stores none)
    int alarmsImported = 0;
    int stillPending = 0; // changes the door still needs (made after the kit was built, or refused)
    QString note;         // why something was not stored, for people ("" when all of it was)
    bool skipped = false; // nothing of this door's answer was stored (note says why)
};

struct UploadReport
{
    QList<UploadedDoor> doors;
    int activityImported = 0;
    int versionsRecorded = 0;
};

class KitService
{
    Q_DECLARE_TR_FUNCTIONS(KitService)

public:
    KitService(Database &db, const Clock &clock, SecretStore &secrets, KeyProvider &keys);
    ~KitService();
    KitService(const KitService &) = delete;
    KitService &operator=(const KitService &) = delete;

    // A kit for the commissioned doors asked for: Device Management on each of their properties, as
    // for a sync. Doors not commissioned are listed in the kit as needing a visit with Porter online.
    // Recorded in the activity log; the kit is returned, not saved (save()).
    Result<FieldKit> build(const Manager &actor, const KitRequest &request);

    Status save(const QString &path, const FieldKit &kit);
    Result<FieldKit> load(const QString &path);

    // Online: how many changes were made to each door after the kit was built (changes the kit will
    // not bring it); stored in kit (save it to keep them for the site).
    Status check(const Manager &actor, FieldKit &kit);

    // Back online: stores the doors' answers through the sync's own path (activity once per entry,
    // the acknowledgement only when the door still had the version the kit started from), marks them
    // uploaded in kit (save it afterwards). Uploading the same answers again stores nothing twice.
    Result<UploadReport> upload(const Manager &actor, FieldKit &kit);

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace porter::kits
