#pragma once

#include "services.h"

#include <QHash>
#include <QObject>
#include <QThread>
#include <functional>
#include <memory>

class QTimer;

namespace porter::ui {

// Runs `work` on a thread of its own and then `done(result)` on `context`'s thread (the UI's), unless
// `context` is gone by then. For the network half of mail (SMTP), which must never block the window.
// The thread deletes itself when it ends; nothing waits for it.
template<typename T>
void runInBackground(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    auto result = std::make_shared<T>();
    QThread *thread = QThread::create([work = std::move(work), result] { *result = work(); });
    QObject::connect(thread, &QThread::finished, context,
                     [done = std::move(done), result] { done(std::move(*result)); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

// Delivers the outbox while Porter is open (issue 10): every minute, right after an invitation or a
// resend, and on demand (Send Now), it claims the due messages (MailService::claim, on the UI thread:
// the database is the UI thread's), sends them on a worker thread (SmtpSender, one batch at a time)
// and records what the server said (MailService::record, UI thread again). Nothing when the mail
// server is not set up. Each morning, once the property's local time reaches the daily doorcode send
// time, it queues that day's doorcode emails (MailService::queueDailyDoorcodes). The window shows
// statusText() in its status bar.
class MailDelivery : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,          // nothing to say: all sent, or nothing yet
        NotConfigured, // no mail server in Settings
        Sending,       // a batch is on its way
        Failed,        // some emails failed for good
    };

    MailDelivery(const Services &services, const Manager &manager, QObject *parent = nullptr);
    ~MailDelivery() override;

    // Starts the minute timer and runs a first round soon after (the window is on screen by then).
    void start();
    State state() const;
    // "Sending 3 emails…", "Email: 2 failed", "Email not set up — Settings", or empty.
    QString statusText() const;
    QString statusToolTip() const;
    bool busy() const { return m_busy; }
    // Every property's failed emails, by property (the status bar opens the first one's Outbox).
    QList<Id> propertiesWithFailures() const { return m_failedProperties; }

    // Test seam: the round's period (default one minute; 0: no rounds of its own, only on demand).
    static void setIntervalForTests(int milliseconds);

public Q_SLOTS:
    // Delivers what is due now (Send Now, after an invitation). Runs again once the running batch
    // has ended when a batch is on its way.
    void deliverNow();
    // Queues today's doorcode emails where the send time has come and they are not queued yet.
    void queueDueDoorcodes();
    // The settings or the outbox changed elsewhere (Settings saved, a retry): look again.
    void updateStatus();

Q_SIGNALS:
    // The outbox changed (emails sent, failed, queued): pages that show it reload.
    void outboxChanged();
    void statusChanged();
    // A batch has been recorded (for tests): sent, deferred (retried later), failed for good.
    void roundFinished(int sent, int deferred, int failed);

private:
    void tick();
    void finishRound(const QList<mail::Outcome> &outcomes);

    Services m_services;
    Manager m_manager;
    QTimer *m_timer;
    bool m_busy = false;
    bool m_again = false;
    bool m_configured = false;
    int m_sending = 0;
    int m_failed = 0;
    int m_deferred = 0;
    QString m_lastProblem;
    QList<Id> m_failedProperties;
    // Per property, the local day whose doorcode emails have been queued while open.
    QHash<Id, QDate> m_doorcodesQueued;
};

} // namespace porter::ui
