#include "app/changefeed.h"

#include "store/database.h"
#include "util/logging.h"

namespace porter {

namespace {
constexpr int MaxDelaySeconds = 30;
}

ChangeFeed::ChangeFeed(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ChangeFeed::retry);
    if (!db.isShared())
        return;
    Database::ChangeListener listener;
    listener.changed = [this](const QString &table, Id propertyId) { Q_EMIT changed(table, propertyId); };
    listener.connection = [this](bool connected) {
        if (connected == m_connected)
            return;
        m_connected = connected;
        if (connected) {
            m_retry.stop();
            m_delaySeconds = 1;
        } else {
            m_retry.start(m_delaySeconds * 1000);
        }
        Q_EMIT connectionChanged(connected);
        if (connected)
            Q_EMIT changed(QString(), 0);
    };
    const Status listening = db.listen(std::move(listener));
    if (!listening.ok())
        qCWarning(lcStore) << "other managers' changes will not show live:" << listening.error().message;
    m_live = listening.ok();
}

ChangeFeed::~ChangeFeed()
{
    if (m_live)
        m_db.unlisten();
}

void ChangeFeed::retry()
{
    if (m_connected)
        return;
    // Success calls the listener (connection back), which stops the retries.
    if (!m_db.reconnect().ok() && !m_connected) {
        m_delaySeconds = qMin(m_delaySeconds * 2, MaxDelaySeconds);
        m_retry.start(m_delaySeconds * 1000);
    }
}

} // namespace porter
