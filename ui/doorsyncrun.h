#pragma once

#include "services.h"
#include "sync/syncengine.h"

#include <QObject>
#include <QPointer>
#include <memory>

namespace porter::ui {

// One walk of door syncs over the air: the doors in the order given, one after another, each through
// TransportFactory (DoorAddress::bluetooth) and its own sync::SyncEngine on the event loop — nothing
// here waits. cancel() stops the door being synced (the engine records nothing the door did not
// acknowledge) and skips the rest. Every door ends with a sentence for people: what changed on it, or
// what went wrong and what to do next.
class DoorSyncRun : public QObject
{
    Q_OBJECT

public:
    struct Item
    {
        Id doorId = 0;
        QString doorName;
        QString address; // SeenDoor::address, where it was heard just now
    };
    enum class Outcome
    {
        Waiting,
        Running,
        Synced,
        Failed,
        Cancelled, // stopped midway, or never started because the walk was cancelled
    };

    DoorSyncRun(const Services &services, const Manager &manager, QList<Item> items,
                QObject *parent = nullptr);
    ~DoorSyncRun() override;

    void start();
    bool running() const { return m_running; }
    int count() const { return int(m_items.size()); }
    const Item &item(int i) const { return m_items.at(i); }
    Outcome outcome(int i) const { return m_outcomes.at(i); }
    QString resultText(int i) const { return m_texts.at(i); }
    int current() const { return m_current; }
    // A sync that has not finished after this long ends as a lost link (SyncEngine's default otherwise).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    // What a finished sync changed on the door, for people (pendingChanges: the door's changes before
    // the sync, to tell people given access from people whose access was removed).
    static QString describe(const sync::SyncReport &report, const QList<DoorChange> &pendingChanges);
    // What went wrong and what to do next.
    static QString describe(const Error &error, const QString &doorName);

public Q_SLOTS:
    void cancel();

Q_SIGNALS:
    void doorStarted(int index);
    void progress(int index, const porter::sync::DoorProgress &progress);
    void doorFinished(int index, bool ok);
    void finished();

private:
    void next();
    void finishDoor(const Result<sync::SyncReport> &result);

    Services m_services;
    Manager m_manager;
    QList<Item> m_items;
    QList<Outcome> m_outcomes;
    QStringList m_texts;
    QList<DoorChange> m_changes; // the current door's pending changes when its sync started
    int m_current = -1;
    bool m_running = false;
    bool m_cancelled = false;
    int m_timeoutMs = 0;
    std::unique_ptr<sync::Transport> m_transport;
    std::unique_ptr<sync::SyncEngine> m_engine;
};

} // namespace porter::ui
