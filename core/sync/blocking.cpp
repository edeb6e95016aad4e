#include "sync/blocking.h"

#include <QEventLoop>

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

} // namespace porter::sync
