#include "maildelivery.h"

#include "mail/mailservice.h"

#include <QLoggingCategory>
#include <QTime>
#include <QTimeZone>
#include <QTimer>

Q_LOGGING_CATEGORY(lcMailUi, "porter.ui.mail")

namespace porter::ui {
namespace {

int &interval()
{
    static int ms = 60 * 1000;
    return ms;
}

constexpr int kBatch = 50; // messages per claim

} // namespace

void MailDelivery::setIntervalForTests(int milliseconds)
{
    interval() = milliseconds;
}

MailDelivery::MailDelivery(const Services &services, const Manager &manager, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_manager(manager)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &MailDelivery::tick);
}

// A batch on its way is left to finish on its thread: its messages were counted as an attempt when
// claimed, so the next round (or porterctl mail send) sends them again, with the same Message-ID.
MailDelivery::~MailDelivery() = default;

void MailDelivery::start()
{
    // The status and the first round once the window is up, not inside its constructor.
    QTimer::singleShot(0, this, &MailDelivery::updateStatus);
    if (interval() <= 0)
        return; // tests: only on demand
    m_timer->start(interval());
    QTimer::singleShot(0, this, &MailDelivery::tick);
}

void MailDelivery::tick()
{
    queueDueDoorcodes();
    deliverNow();
}

MailDelivery::State MailDelivery::state() const
{
    if (m_busy)
        return State::Sending;
    if (!m_configured)
        return State::NotConfigured;
    if (m_failed > 0)
        return State::Failed;
    return State::Idle;
}

QString MailDelivery::statusText() const
{
    switch (state()) {
    case State::Sending:
        return m_sending == 1 ? tr("Sending 1 email…") : tr("Sending %n emails…", nullptr, m_sending);
    case State::NotConfigured:
        //: Status bar; clicking it opens Settings
        return tr("Email not set up — Settings");
    case State::Failed:
        //: Status bar; clicking it shows the failed emails in the Outbox
        return tr("Email: %1 failed").arg(m_failed);
    case State::Idle:
        if (m_deferred > 0)
            return m_deferred == 1 ? tr("Email: 1 waiting to be sent again")
                                   : tr("Email: %n waiting to be sent again", nullptr, m_deferred);
        return {};
    }
    return {};
}

QString MailDelivery::statusToolTip() const
{
    switch (state()) {
    case State::NotConfigured:
        return tr("Porter cannot send welcome emails and daily doorcodes until a mail server is set "
                  "up. Click to open File ▸ Settings ▸ Email.");
    case State::Failed:
        return tr("The mail server refused some emails for good. Click to see them and the server's reason "
                  "in the Outbox.");
    case State::Sending:
        return tr("Porter sends the emails in the background; you can keep working.");
    case State::Idle:
        return m_lastProblem;
    }
    return {};
}

void MailDelivery::updateStatus()
{
    if (!m_services.mail)
        return;
    auto settings = m_services.mail->serverSettings(m_manager.portfolioId);
    m_configured = settings.ok() && settings->configured();
    OutboxFilter failed;
    failed.status = QStringLiteral("failed");
    auto mail = m_services.outbox ? m_services.outbox->messages(m_manager, failed)
                                  : Result<QList<OutboxMessage>>(QList<OutboxMessage>());
    m_failed = mail.ok() ? int(mail->size()) : 0;
    m_failedProperties.clear();
    if (mail.ok()) {
        for (const OutboxMessage &m : *mail) {
            if (m.propertyId && !m_failedProperties.contains(*m.propertyId))
                m_failedProperties << *m.propertyId;
        }
    }
    Q_EMIT statusChanged();
}

void MailDelivery::queueDueDoorcodes()
{
    if (!m_services.mail || !m_services.directory)
        return;
    auto settings = m_services.mail->serverSettings(m_manager.portfolioId);
    if (!settings.ok() || !settings->configured())
        return;
    const QTime sendTime = QTime::fromString(settings->doorcodeTime, QStringLiteral("HH:mm"));
    if (!sendTime.isValid())
        return;
    auto properties = m_services.directory->properties(m_manager);
    if (!properties.ok())
        return;
    // queueDailyDoorcodes queues each property's own today and never twice: one call when the send time
    // has come in any property not yet done today covers it (an earlier zone's property may get its
    // codes a little early, never late).
    const qint64 now = m_services.clock->nowSecs();
    bool due = false;
    QHash<Id, QDate> reached; // properties whose send time has come: their local today
    for (const Property &p : *properties) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(now, QTimeZone(p.timeZone.toUtf8()));
        if (local.time() < sendTime)
            continue;
        reached.insert(p.id, local.date());
        if (m_doorcodesQueued.value(p.id) != local.date())
            due = true;
    }
    if (!due)
        return;
    auto r = m_services.mail->queueDailyDoorcodes(m_manager);
    if (!r.ok()) {
        qCWarning(lcMailUi) << "daily doorcodes:" << r.error().message;
        m_lastProblem = r.error().message;
        return;
    }
    for (auto it = reached.constBegin(); it != reached.constEnd(); ++it)
        m_doorcodesQueued.insert(it.key(), it.value());
    if (r->queued > 0)
        Q_EMIT outboxChanged();
}

void MailDelivery::deliverNow()
{
    if (!m_services.mail)
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    m_again = false;
    auto settings = m_services.mail->serverSettings(m_manager.portfolioId);
    const bool configured = settings.ok() && settings->configured();
    if (configured != m_configured) {
        m_configured = configured;
        Q_EMIT statusChanged();
    }
    if (!configured)
        return;
    auto claimed = m_services.mail->claim(m_manager, kBatch);
    if (!claimed.ok()) {
        qCWarning(lcMailUi) << "claim:" << claimed.error().message;
        m_lastProblem = claimed.error().message;
        Q_EMIT statusChanged();
        return;
    }
    if (claimed->isEmpty())
        return;
    // The password is unsealed only when something is to leave.
    auto sender = m_services.mail->sender(m_manager);
    if (!sender.ok()) {
        // Nothing left: the claimed messages wait for the next attempt, with the reason.
        QList<mail::Outcome> outcomes;
        for (const mail::Outgoing &o : std::as_const(*claimed))
            outcomes << mail::Outcome{o.id, mail::Verdict::Transient, sender.error().message};
        finishRound(outcomes);
        return;
    }
    m_busy = true;
    m_sending = int(claimed->size());
    Q_EMIT statusChanged();
    std::shared_ptr<mail::SmtpSender> smtp(std::move(*sender));
    const QList<mail::Outgoing> messages = *claimed;
    runInBackground<QList<mail::Outcome>>(
        this, [smtp, messages] { return smtp->send(messages); },
        [this](const QList<mail::Outcome> &outcomes) { finishRound(outcomes); });
}

void MailDelivery::finishRound(const QList<mail::Outcome> &outcomes)
{
    int sent = 0;
    int deferred = 0;
    int failed = 0;
    m_lastProblem.clear();
    for (const mail::Outcome &o : outcomes) {
        switch (o.verdict) {
        case mail::Verdict::Sent:
            ++sent;
            break;
        case mail::Verdict::Transient:
            ++deferred;
            m_lastProblem = o.reason;
            break;
        case mail::Verdict::Permanent:
            ++failed;
            break;
        }
    }
    if (auto st = m_services.mail->record(outcomes); !st.ok()) {
        qCWarning(lcMailUi) << "record:" << st.error().message;
        m_lastProblem = st.error().message;
    }
    m_busy = false;
    m_sending = 0;
    m_deferred = deferred;
    updateStatus();
    Q_EMIT outboxChanged();
    Q_EMIT roundFinished(sent, deferred, failed);
    // More may be due: the rest of a full batch, or what was asked for while this one was on its way.
    // Not after a connection problem: the server gets its backoff.
    if (m_again || (sent == kBatch && deferred == 0))
        QTimer::singleShot(0, this, &MailDelivery::deliverNow);
}

} // namespace porter::ui
