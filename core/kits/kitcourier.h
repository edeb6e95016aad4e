#pragma once

// Delivering a field kit to one door at the site (docs/design/shared-portfolio.md, section 7), with no
// database: a protocol v3 session over a Transport (Bluetooth, or TCP to porter-door serve), opened with
// the kit's key and certificate for that door. It sends the kit's delta when the door holds exactly the
// version the kit was built from, else the full list (none when the door holds the kit's version
// already), reads the door's status and activity, and sets its clock within the kit's validity. The
// door's authenticated answer goes into the kit (KitDoor::answer), for kits/kitservice.h to upload.

#include "kits/fieldkit.h"
#include "sync/dooroperation.h"
#include "util/clock.h"
#include "util/result.h"

#include <QObject>
#include <memory>

namespace porter::sync {
class Transport;
}

namespace porter::kits {

class KitCourier : public QObject
{
    Q_OBJECT

public:
    explicit KitCourier(const Clock &clock, QObject *parent = nullptr);
    ~KitCourier() override;

    // A delivery that has not finished after this long ends as a lost link (default 60 s).
    void setTimeout(int milliseconds);

    // Delivers kit's part for doorId over transport (not owned, not open yet; it must outlive the
    // delivery). finished() ends every started delivery exactly once, asynchronously, with the door's
    // answer (also when the door refused the update: KitAnswer::updateError says so); an error only
    // when the door was never reached or could not be authenticated. The kit is not saved here.
    void start(const FieldKit &kit, Id doorId, sync::Transport *transport);
    bool running() const;

Q_SIGNALS:
    void progress(const porter::sync::DoorProgress &progress);
    void finished(const porter::Result<porter::kits::KitAnswer> &answer);

private:
    class Private;
    std::unique_ptr<Private> d;
};

// Keeps an answer in the kit: the latest status, and every activity entry once (answers of several
// visits to the same door add up; the door keeps its activity until Porter syncs it).
void recordAnswer(KitDoor &door, KitAnswer answer);

} // namespace porter::kits
