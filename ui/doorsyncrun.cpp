#include "doorsyncrun.h"

#include "link/transportfactory.h"

#include <QSet>
#include <QTimer>

namespace porter::ui {

DoorSyncRun::DoorSyncRun(const Services &services, const Manager &manager, QList<Item> items, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_manager(manager)
    , m_items(std::move(items))
{
    for (int i = 0; i < m_items.size(); ++i) {
        m_outcomes << Outcome::Waiting;
        m_texts << tr("Waiting");
    }
}

DoorSyncRun::~DoorSyncRun()
{
    // The engine before the link it uses.
    m_engine.reset();
    m_transport.reset();
}

void DoorSyncRun::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancelled = false;
    m_current = -1;
    // From the event loop: start() returns before anything happens, like the engines.
    QTimer::singleShot(0, this, &DoorSyncRun::next);
}

void DoorSyncRun::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    if (m_engine && m_engine->running())
        m_engine->cancel(); // finishDoor() follows with Cancelled, then next() ends the walk
}

void DoorSyncRun::next()
{
    ++m_current;
    if (m_cancelled) {
        for (int i = m_current; i < m_items.size(); ++i) {
            m_outcomes[i] = Outcome::Cancelled;
            m_texts[i] = tr("Not synced: the walk was cancelled before this door.");
            Q_EMIT doorFinished(i, false);
        }
        m_current = int(m_items.size());
    }
    if (m_current >= m_items.size()) {
        m_running = false;
        Q_EMIT finished();
        return;
    }
    const Item &item = m_items.at(m_current);
    m_outcomes[m_current] = Outcome::Running;
    m_texts[m_current] = sync::describe(sync::DoorStage::Connecting);
    Q_EMIT doorStarted(m_current);
    if (m_cancelled) { // cancelled by someone watching doorStarted
        finishDoor(
            makeError(ErrorCode::Cancelled, tr("Not synced: the walk was cancelled before this door.")));
        return;
    }

    m_changes.clear();
    if (auto task = m_services.queries->doorSyncTask(m_manager, item.doorId); task.ok())
        m_changes = task->changes;
    auto made = sync::TransportFactory::create(sync::DoorAddress::bluetooth(item.address));
    if (!made.ok()) {
        finishDoor(made.error());
        return;
    }
    m_transport = std::move(made).value();
    m_engine = std::make_unique<sync::SyncEngine>(*m_services.backend);
    if (m_timeoutMs > 0)
        m_engine->setTimeout(m_timeoutMs);
    const int index = m_current;
    connect(m_engine.get(), &sync::SyncEngine::progress, this,
            [this, index](const sync::DoorProgress &p) { Q_EMIT progress(index, p); });
    connect(m_engine.get(), &sync::SyncEngine::finished, this,
            [this](const Result<sync::SyncReport> &r) { finishDoor(r); });
    m_engine->start(m_manager, item.doorId, m_transport.get());
}

void DoorSyncRun::finishDoor(const Result<sync::SyncReport> &result)
{
    const int i = m_current;
    const Item &item = m_items.at(i);
    if (result.ok()) {
        m_outcomes[i] = Outcome::Synced;
        m_texts[i] = describe(*result, m_changes);
    } else {
        m_outcomes[i] = result.error().code == ErrorCode::Cancelled ? Outcome::Cancelled : Outcome::Failed;
        m_texts[i] = describe(result.error(), item.doorName);
    }
    // Not inside the engine's own signal: both go once it has returned.
    if (m_engine)
        m_engine.release()->deleteLater();
    if (m_transport)
        m_transport.release()->deleteLater();
    Q_EMIT doorFinished(i, result.ok());
    QTimer::singleShot(0, this, &DoorSyncRun::next);
}

QString DoorSyncRun::describe(const sync::SyncReport &r, const QList<DoorChange> &pendingChanges)
{
    QStringList parts;
    if (r.updateKind == QLatin1String("none") || !r.versionRecorded) {
        parts << tr("Already up to date: no change to who may open it.");
    } else {
        // Who the sent changes were about: the last change per person says whether they gained or lost.
        QHash<Id, bool> added;
        int other = 0;
        bool firstList = false;
        for (const DoorChange &c : pendingChanges) {
            if (c.kind == QLatin1String("commission")) {
                firstList = true;
                continue;
            }
            if (!c.personId) {
                ++other;
                continue;
            }
            const bool gives = c.kind == QLatin1String("grant-add") || c.kind == QLatin1String("share") ||
                               c.kind == QLatin1String("keycard-on") || c.kind == QLatin1String("app-key");
            added.insert(*c.personId, gives);
        }
        int gained = 0, lost = 0;
        for (bool g : std::as_const(added))
            (g ? gained : lost)++;
        QStringList who;
        if (gained > 0)
            who << (gained == 1 ? tr("1 person given access")
                                : tr("%n people given access", nullptr, gained));
        if (lost > 0)
            who << (lost == 1 ? tr("1 person's access removed")
                              : tr("%n people's access removed", nullptr, lost));
        if (other > 0)
            who << (other == 1 ? tr("1 key change") : tr("%n key changes", nullptr, other));
        if (firstList)
            who << tr("its first full list");
        const QString changes = r.pendingChangesCleared == 1
                                    ? tr("1 change sent")
                                    : tr("%n changes sent", nullptr, r.pendingChangesCleared);
        //: "5 changes sent (2 people given access, 1 person's access removed)"
        parts << (who.isEmpty() ? changes + tr(".") : tr("%1 (%2).").arg(changes, who.join(tr(", "))));
    }
    if (r.clockRefusedBefore)
        parts << tr("The door refused this computer's time, which is earlier than an update it holds: check "
                    "this computer's clock.");
    else if (r.driftSeconds && *r.driftSeconds != 0)
        parts << tr("Clock set (it was %n s off).", nullptr, int(qAbs(*r.driftSeconds)));
    else
        parts << tr("Clock checked.");
    parts << (r.activityImported == 0   ? tr("No new activity.")
              : r.activityImported == 1 ? tr("1 activity entry imported.")
                                        : tr("%n activity entries imported.", nullptr, r.activityImported));
    if (r.alarmsImported > 0 || r.alarmsRaised > 0)
        parts << tr("%n new alarms: see the door's details.", nullptr, r.alarmsImported + r.alarmsRaised);
    if (r.doorcodeSecretRotated)
        parts << tr("New doorcode secret installed.");
    if (r.signingKeyRotated)
        parts << tr("The door now trusts only the new signing key.");
    if (!r.leftOut.isEmpty())
        parts << tr("%n entries left out of its list (the door cannot carry them): see the door's details.",
                    nullptr, int(r.leftOut.size()));
    return parts.join(QLatin1Char(' '));
}

QString DoorSyncRun::describe(const Error &error, const QString &doorName)
{
    // The engine's messages already say what happened to which door and what to do next.
    if (!error.message.isEmpty())
        return error.message;
    return tr("The sync of door ‘%1’ failed. Press Sync again.").arg(doorName);
}

} // namespace porter::ui
