#include "sync/blocking.h"

#include <QEventLoop>
#include <algorithm>

namespace porter::sync {
namespace {

// Runs a local event loop until `result` holds a value. The operations end themselves (their own
// timeouts), so the loop always ends.
template<typename T, typename Operation>
Result<T> waitFor(Operation &operation, const std::function<void()> &start)
{
    std::optional<Result<T>> result;
    QEventLoop loop;
    const auto connection =
        QObject::connect(&operation, &Operation::finished, &loop, [&](const Result<T> &r) {
            result = r;
            loop.quit();
        });
    start();
    if (!result)
        loop.exec();
    QObject::disconnect(connection);
    return *result;
}

} // namespace

Result<SyncReport> syncBlocking(SyncEngine &engine, const Manager &actor, Id doorId, Transport &transport)
{
    return waitFor<SyncReport>(engine, [&]() { engine.start(actor, doorId, &transport); });
}

Result<kits::KitAnswer> deliverBlocking(kits::KitCourier &courier, const kits::FieldKit &kit, Id doorId,
                                        Transport &transport)
{
    return waitFor<kits::KitAnswer>(courier, [&]() { courier.start(kit, doorId, &transport); });
}

Result<CommissionReport> commissionBlocking(Commissioner &commissioner, const Manager &actor, Id doorId,
                                            Transport &transport,
                                            const std::function<bool(const QString &)> &confirmCode)
{
    const auto asked = QObject::connect(&commissioner, &Commissioner::pairingCodeReady, &commissioner,
                                        [&](const QString &code) {
                                            if (confirmCode && confirmCode(code))
                                                commissioner.confirm();
                                            else
                                                commissioner.reject();
                                        });
    auto result =
        waitFor<CommissionReport>(commissioner, [&]() { commissioner.start(actor, doorId, &transport); });
    QObject::disconnect(asked);
    return result;
}

Result<QList<SeenDoor>> scanBlocking(DoorScanner &scanner, int seconds,
                                     const std::function<bool(const SeenDoor &)> &enough)
{
    QList<SeenDoor> heard;
    std::optional<Error> error;
    bool done = false;
    QEventLoop loop;
    const auto end = [&]() {
        done = true;
        loop.quit();
    };
    const QList<QMetaObject::Connection> connections{
        QObject::connect(&scanner, &DoorScanner::seen, &loop,
                         [&](const SeenDoor &door) {
                             if (done)
                                 return;
                             auto it = std::find_if(heard.begin(), heard.end(), [&](const SeenDoor &d) {
                                 return d.address == door.address;
                             });
                             if (it == heard.end())
                                 heard << door;
                             else
                                 *it = door;
                             if (enough && enough(door)) {
                                 end();
                                 scanner.stop();
                             }
                         }),
        QObject::connect(&scanner, &DoorScanner::failed, &loop,
                         [&](const Error &e) {
                             error = e;
                             end();
                         }),
        QObject::connect(&scanner, &DoorScanner::finished, &loop, end)};
    scanner.start(seconds);
    if (!done)
        loop.exec();
    for (const auto &c : connections)
        QObject::disconnect(c);
    if (scanner.isScanning())
        scanner.stop();
    if (error)
        return *error;
    return heard;
}

} // namespace porter::sync
