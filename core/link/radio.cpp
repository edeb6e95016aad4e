#include "link/radio.h"

#include <QMutex>
#include <QMutexLocker>

namespace porter::sync {

namespace {
QMutex g_radioMutex;
std::shared_ptr<Radio> g_radio; // NOLINT(cppcoreguidelines-avoid-non-const-global-variables)
} // namespace

void Radio::install(std::shared_ptr<Radio> radio)
{
    const QMutexLocker lock(&g_radioMutex);
    g_radio = std::move(radio);
}

std::shared_ptr<Radio> Radio::installed()
{
    const QMutexLocker lock(&g_radioMutex);
    return g_radio;
}

Result<std::shared_ptr<Radio>> Radio::require()
{
    if (auto radio = installed())
        return radio;
    return makeError(
        ErrorCode::Unavailable,
        tr("This copy of Porter was built without Bluetooth, so it cannot reach doors over the air. "
           "Install a build with Bluetooth, or reach the door through its emulator over TCP."));
}

} // namespace porter::sync
