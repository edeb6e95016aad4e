#pragma once

#include "model/types.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace porter {

class Database;

// Other managers' changes to a shared portfolio, as they commit (docs/design/shared-portfolio.md,
// section 4): the server announces them (LISTEN/NOTIFY), nothing polls. A window reloads what it shows
// when the changed property is the one on screen, or when the portfolio's own rows changed. When the
// connection to the server is lost, the feed connects again by itself (after 1, 2, 4 … at most 30
// seconds) and then says that anything may have changed meanwhile. On a file portfolio it never
// speaks: nobody else writes the file while Porter has it open.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    // Listens on `db` (which outlives the feed) when it is a server portfolio.
    explicit ChangeFeed(Database &db, QObject *parent = nullptr);
    ~ChangeFeed() override;

    bool live() const { return m_live; }
    bool connected() const { return m_connected; }

Q_SIGNALS:
    // `table` changed at `propertyId` (0: the portfolio's managers or settings). An empty table:
    // anything may have changed (the feed was cut and is back).
    void changed(const QString &table, qint64 propertyId);
    void connectionChanged(bool connected);

private:
    void retry();

    Database &m_db;
    QTimer m_retry;
    int m_delaySeconds = 1;
    bool m_live = false;
    bool m_connected = true;
};

} // namespace porter
