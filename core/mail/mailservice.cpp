#include "mail/mailservice.h"

#include "access/permissions.h"
#include "access/validation.h"
#include "door/doorcode.h"
#include "mail/messages.h"
#include "secrets/secretstore.h"
#include "store/mailrepository.h"
#include "store/repositories.h"
#include "util/localtime.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace porter {

namespace {

// How long a claimed message is reserved for the sender that claimed it. A crash between sending and
// recording leaves it due again after this (and the receiver sees the same Message-ID twice at most).
constexpr qint64 kLeaseSecs = 15 * 60;
// Transient failures retry after 1, 2, 4 ... minutes, at most an hour apart, for three days; then the
// message is failed with the last reason (and can be retried from the Outbox).
constexpr qint64 kMaxBackoffSecs = 60 * 60;
constexpr qint64 kGiveUpAfterSecs = 3 * 24 * 60 * 60;
// An activation code works for 30 days after the later of its mail and the person's start.
constexpr qint64 kActivationLifetimeSecs = 30 * 24 * 60 * 60;

QString smtpSecretName(Id portfolioId)
{
    return QStringLiteral("portfolio/%1/smtp").arg(portfolioId);
}

QString outboxSealLabel(const QString &localId)
{
    return QStringLiteral("outbox/") + localId;
}

// A Message-ID's left part: 128 random bits, so ids never collide across installations.
QString newLocalId()
{
    quint64 words[2];
    QRandomGenerator::system()->fillRange(words);
    return QStringLiteral("porter.%1%2")
        .arg(words[0], 16, 16, QLatin1Char('0'))
        .arg(words[1], 16, 16, QLatin1Char('0'));
}

QString domainOf(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    const QString d = at < 0 ? QString() : address.mid(at + 1).trimmed().toLower();
    return d.isEmpty() ? QStringLiteral("porter.invalid") : d;
}

// Crockford's base 32 (no I, L, O, U): read aloud and typed without confusion. 12 characters: 60 bits.
QString newActivationCode()
{
    static const char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    QString code;
    for (int i = 0; i < 12; ++i) {
        if (i && i % 4 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kAlphabet[QRandomGenerator::system()->bounded(32)]);
    }
    return code;
}

qint64 backoffSecs(int attempts)
{
    const int n = std::clamp(attempts - 1, 0, 20);
    return std::min<qint64>(qint64(60) << n, kMaxBackoffSecs);
}

mail::SmtpSettings fromRow(const MailRepository::Settings &r)
{
    mail::SmtpSettings s;
    s.host = r.host;
    s.port = r.port;
    s.security = mail::securityFromString(r.security).value_or(mail::Security::StartTls);
    s.user = r.user;
    s.fromAddress = r.fromAddress;
    s.fromName = r.fromName;
    s.timeoutSecs = r.timeoutSecs;
    s.verifyPeer = r.verifyPeer;
    s.caFile = r.caFile;
    s.doorcodeTime = r.doorcodeTime;
    return s;
}

} // namespace

// What the messages of one claim share, read once per claim rather than once per message: a property,
// its doors' names, a key, the doorcode secret (a claim of 1,000 daily doorcodes reads each once).
struct MailRenderCache
{
    QHash<Id, Property> properties;
    QHash<Id, QHash<Id, QString>> doorNames; // property -> door -> name
    QHash<Id, mail::KeyFacts> keys;
    QHash<Id, QByteArray> doorcodeSecrets;
    QString doorcodeTime; // the claim's portfolio's (every message of a claim is of one portfolio)
};

MailService::MailService(Database &db, const Clock &clock, SecretStore &secrets)
    : ServiceBase(db, clock)
    , m_secrets(secrets)
{}

Result<mail::SmtpSettings> MailService::serverSettings(Id portfolioId) const
{
    auto row = MailRepository(m_db).settings(portfolioId);
    if (!row.ok())
        return row.error();
    return *row ? fromRow(**row) : mail::SmtpSettings{};
}

Result<mail::SmtpSettings> MailService::settings(const Manager &actor) const
{
    auto server = serverSettings(actor.portfolioId);
    if (!server.ok())
        return server.error();
    mail::SmtpSettings s = *server;
    auto has = m_secrets.has(smtpSecretName(actor.portfolioId));
    if (!has.ok())
        return has.error();
    s.hasPassword = *has;
    // Where it is only informs the settings page: a locked keychain does not stop it from opening.
    if (s.hasPassword)
        if (auto inKeychain = m_secrets.inKeychain(smtpSecretName(actor.portfolioId)); inKeychain.ok())
            s.passwordInKeychain = *inKeychain;
    return s;
}

QList<MailService::SettingsProblem> MailService::settingsProblems(const mail::SmtpSettings &s) const
{
    QList<SettingsProblem> problems;
    const auto add = [&](SettingsField field, const QString &message) { problems.append({field, message}); };
    const QString host = s.host.trimmed();
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9.:\\[\\]-]+$"));
    if (host.isEmpty())
        add(SettingsField::Host, tr("Enter the mail server's name, such as smtp.example.com."));
    else if (!hostPattern.match(host).hasMatch())
        add(SettingsField::Host,
            tr("\"%1\" is not a server name: use letters, digits, dots and hyphens, such as "
               "smtp.example.com.")
                .arg(host));
    if (s.port < 1 || s.port > 65535)
        add(SettingsField::Port, tr("The port must be from 1 to 65535 (usually 587 or 465)."));
    if (auto from = validateEmail(s.fromAddress); !from.ok())
        add(SettingsField::FromAddress, tr("The From address is not valid: %1").arg(from.error().message));
    if (auto st = checkValidText(s.fromName, tr("The From name")); !st.ok())
        add(SettingsField::FromName, st.error().message);
    else if (s.fromName.contains(QLatin1Char('\n')) || s.fromName.contains(QLatin1Char('\r')))
        add(SettingsField::FromName, tr("The From name must be one line."));
    if (auto st = checkValidText(s.user, tr("The user name")); !st.ok())
        add(SettingsField::User, st.error().message);
    if (s.timeoutSecs < 1 || s.timeoutSecs > 600)
        add(SettingsField::Timeout, tr("The timeout must be from 1 to 600 seconds."));
    if (!QTime::fromString(s.doorcodeTime, QStringLiteral("HH:mm")).isValid())
        add(SettingsField::DoorcodeTime,
            tr("The time daily doorcodes are sent must be HH:MM, such as 06:00."));
    return problems;
}

Status MailService::checkSettings(const mail::SmtpSettings &s) const
{
    const QList<SettingsProblem> problems = settingsProblems(s);
    if (!problems.isEmpty())
        return makeError(ErrorCode::InvalidInput, problems.first().message);
    return {};
}

Status MailService::saveSettings(const Manager &actor, const mail::SmtpSettings &s,
                                 std::optional<QString> password)
{
    if (auto st = permissions::canManageMail(actor, actor.portfolioId); !st.ok())
        return denied(actor, std::nullopt, QStringLiteral("mail-settings"), st.error());
    PORTER_TRY(checkSettings(s));
    MailRepository::Settings row;
    row.host = s.host.trimmed();
    row.port = s.port;
    row.security = mail::toString(s.security);
    row.user = s.user.trimmed();
    row.fromAddress = *validateEmail(s.fromAddress);
    row.fromName = s.fromName.trimmed();
    row.timeoutSecs = s.timeoutSecs;
    row.verifyPeer = s.verifyPeer;
    row.caFile = s.caFile.trimmed();
    row.doorcodeTime = s.doorcodeTime;
    if (password) {
        for (const QChar c : *password)
            if (c.category() == QChar::Other_Control)
                return makeError(ErrorCode::InvalidInput,
                                 tr("The password contains a control character. Type it again."));
    }
    // The password goes to the OS keychain where one answers (sealed here otherwise): written before the
    // transaction, the entry no longer used dropped after it (SecretStore::stage).
    const QString secretName = smtpSecretName(actor.portfolioId);
    Q_ASSERT(!m_db.inTransaction()); // the keychain's part runs after the real commit (SecretStore::finish)
    std::optional<SecretStore::Staged> staged;
    if (password) {
        auto st = password->isEmpty() ? m_secrets.stageRemoval(secretName)
                                      : m_secrets.stage(secretName, password->toUtf8());
        if (!st.ok())
            return st.error();
        staged = *st;
    }
    const Status saved = m_db.transaction([&]() -> Status {
        PORTER_TRY(MailRepository(m_db).saveSettings(actor.portfolioId, row));
        if (password) {
            if (password->isEmpty())
                PORTER_TRY(m_secrets.remove(secretName));
            else
                PORTER_TRY(m_secrets.put(secretName, staged->stored));
        }
        return log(actor, std::nullopt, QStringLiteral("mail-settings"), std::nullopt,
                   QStringLiteral("Set the mail server to %1:%2 (%3)%4")
                       .arg(row.host)
                       .arg(row.port)
                       .arg(row.security, password
                                              ? (password->isEmpty() ? QStringLiteral(", password removed")
                                                                     : QStringLiteral(", password changed"))
                                              : QString()),
                   QVariantMap{{QStringLiteral("host"), row.host},
                               {QStringLiteral("port"), row.port},
                               {QStringLiteral("security"), row.security}});
    });
    if (staged)
        m_secrets.finish(*staged, saved.ok());
    return saved;
}

Result<QString> MailService::password(Id portfolioId)
{
    auto secret = m_secrets.get(smtpSecretName(portfolioId));
    if (secret.ok())
        return QString::fromUtf8(*secret);
    if (secret.error().code == ErrorCode::NotFound)
        return QString();                              // no password: the server asks for none
    if (secret.error().code == ErrorCode::Unavailable) // in the keychain, which does not answer
        return makeError(ErrorCode::Unavailable,
                         tr("The mail server's password is in the system keychain, which does not answer "
                            "or no longer has it. Unlock the keychain and try again, or enter the "
                            "password again in Settings ▸ Email."));
    return secret.error();
}

Result<std::unique_ptr<mail::SmtpSender>> MailService::sender(const Manager &actor)
{
    auto s = serverSettings(actor.portfolioId);
    if (!s.ok())
        return s.error();
    if (!s->configured())
        return makeError(ErrorCode::InvalidInput,
                         tr("Email is not set up yet: enter the mail server and the From address first."));
    auto pw = password(actor.portfolioId);
    if (!pw.ok())
        return pw.error();
    return std::make_unique<mail::SmtpSender>(*s, *pw);
}

Result<MailService::TestRun> MailService::prepareTest(const Manager &actor, const QString &to,
                                                      std::optional<mail::SmtpSettings> trial,
                                                      std::optional<QString> trialPassword)
{
    if (auto st = permissions::canManageMail(actor, actor.portfolioId); !st.ok())
        return denied(actor, std::nullopt, QStringLiteral("mail-test"), st.error());
    auto address = validateEmail(to);
    if (!address.ok())
        return address.error();
    mail::SmtpSettings s;
    if (trial) {
        PORTER_TRY(checkSettings(*trial));
        s = *trial;
    } else {
        auto saved = serverSettings(actor.portfolioId);
        if (!saved.ok())
            return saved.error();
        s = *saved;
    }
    if (!s.configured())
        return makeError(ErrorCode::InvalidInput,
                         tr("Email is not set up yet: enter the mail server and the From address first."));
    QString pw;
    if (trialPassword) {
        pw = *trialPassword;
    } else {
        auto stored = password(actor.portfolioId);
        if (!stored.ok())
            return stored.error();
        pw = *stored;
    }
    const mail::Content content = mail::testMail(QString(), s.host);
    const QString localId = newLocalId();
    TestRun run;
    run.message.to = *address;
    run.message.messageId = (localId + QLatin1Char('@') + domainOf(s.fromAddress)).toUtf8();
    run.message.bytes =
        mail::headers(s.fromName.isEmpty() ? QStringLiteral("Porter") : s.fromName, s.fromAddress, QString(),
                      *address, content.subject, now(), run.message.messageId) +
        mail::mimeEntity(content, localId.toUtf8());
    run.sender = std::make_unique<mail::SmtpSender>(s, pw);
    return run;
}

Result<QString> MailService::sendTest(const Manager &actor, const QString &to,
                                      std::optional<mail::SmtpSettings> trial,
                                      std::optional<QString> trialPassword)
{
    auto run = prepareTest(actor, to, std::move(trial), std::move(trialPassword));
    if (!run.ok())
        return run.error();
    const QList<mail::Outcome> outcome = run->sender->send({run->message});
    if (outcome.isEmpty() || outcome.first().verdict != mail::Verdict::Sent)
        return makeError(ErrorCode::Unavailable,
                         outcome.isEmpty() ? tr("The test email was not sent.") : outcome.first().reason);
    return run->sender->lastReply().isEmpty() ? tr("The server accepted the message.")
                                              : run->sender->lastReply();
}

Result<std::optional<mail::Content>> MailService::render(const OutboxDue &m, MailRenderCache &cache,
                                                         QString *refusal)
{
    if (!m.propertyId || !m.personId) {
        *refusal = tr("This message belongs to nobody in People and cannot be written again.");
        return std::optional<mail::Content>();
    }
    if (!cache.properties.contains(*m.propertyId)) {
        auto loaded = m_dir.property(*m.propertyId);
        if (!loaded.ok())
            return loaded.error();
        cache.properties.insert(*m.propertyId, *loaded);
    }
    const Property *property = &cache.properties[*m.propertyId];
    auto person = m_people.person(*m.personId);
    if (!person.ok())
        return person.error();
    if (person->deletedAt) {
        *refusal = tr("Not sent: %1 was deleted before the email left.").arg(person->displayName());
        return std::optional<mail::Content>();
    }
    if (person->revokedAt) {
        *refusal = tr("Not sent: %1's keys were revoked before the email left.").arg(person->displayName());
        return std::optional<mail::Content>();
    }
    auto zone = timeZoneNamed(property->timeZone);
    if (!zone.ok())
        return zone.error();
    if (!cache.doorNames.contains(property->id)) {
        auto doors = m_dir.doors(property->id);
        if (!doors.ok())
            return doors.error();
        QHash<Id, QString> names;
        for (const Door &d : *doors)
            names.insert(d.id, d.name);
        cache.doorNames.insert(property->id, names);
    }
    const QHash<Id, QString> &doorNames = cache.doorNames[property->id];
    auto keyFacts = [&](Id keyId) -> Result<mail::KeyFacts> {
        if (auto hit = cache.keys.constFind(keyId); hit != cache.keys.cend())
            return *hit;
        auto key = m_dir.key(keyId);
        if (!key.ok())
            return key.error();
        mail::KeyFacts k;
        k.name = key->name;
        for (Id d : key->doorIds)
            k.doors << doorNames.value(d);
        k.doors.sort(Qt::CaseInsensitive);
        k.schedule = key->schedule;
        cache.keys.insert(keyId, k);
        return k;
    };
    // The person's grants and guest passes open in [from, to).
    auto openKeys = [&](qint64 from, qint64 to, qint64 *firstStart,
                        std::optional<qint64> *lastEnd) -> Result<QList<mail::KeyFacts>> {
        QList<mail::KeyFacts> out;
        QSet<Id> seen;
        bool openEnded = false;
        auto consider = [&](Id keyId, qint64 start, std::optional<qint64> expires,
                            std::optional<qint64> ended) -> Status {
            if (ended || start >= to || (expires && *expires <= from))
                return {};
            if (firstStart)
                *firstStart = std::min(*firstStart, start);
            if (lastEnd) {
                if (!expires)
                    openEnded = true;
                else if (!*lastEnd || *expires > **lastEnd)
                    *lastEnd = expires;
            }
            if (seen.contains(keyId))
                return {};
            seen.insert(keyId);
            auto k = keyFacts(keyId);
            if (!k.ok())
                return k.error();
            out.append(*k);
            return {};
        };
        auto grants = m_people.grants(person->id, false);
        if (!grants.ok())
            return grants.error();
        for (const Grant &g : *grants)
            PORTER_TRY(consider(g.keyId, g.startsAt, g.expiresAt, g.endedAt));
        auto shares = m_people.sharesOfGuest(person->id, false);
        if (!shares.ok())
            return shares.error();
        for (const GuestShare &s : *shares)
            PORTER_TRY(consider(s.keyId, s.startsAt, s.expiresAt, s.endedAt));
        if (openEnded && lastEnd)
            lastEnd->reset();
        return out;
    };

    if (m.kind == QLatin1String("doorcode")) {
        const QDate day = QDate::fromString(m.day, Qt::ISODate);
        if (!day.isValid()) {
            *refusal = tr("This daily doorcode email names no valid day.");
            return std::optional<mail::Content>();
        }
        if (person->accessMethod != AccessMethod::Doorcode) {
            *refusal = tr("Not sent: %1 uses the app now, not daily doorcodes.").arg(person->displayName());
            return std::optional<mail::Content>();
        }
        const qint64 dayStart = startOfLocalDay(day, *zone);
        const qint64 dayEnd = startOfLocalDay(day.addDays(1), *zone);
        if (dayEnd <= now()) {
            *refusal = tr("Not sent: the day of this doorcode (%1) is over.").arg(m.day);
            return std::optional<mail::Content>();
        }
        auto keys = openKeys(std::max(dayStart, now()), dayEnd, nullptr, nullptr);
        if (!keys.ok())
            return keys.error();
        if (keys->isEmpty()) {
            *refusal = tr("Not sent: %1 has no access on %2 any more.").arg(person->displayName(), m.day);
            return std::optional<mail::Content>();
        }
        if (!cache.doorcodeSecrets.contains(property->id)) {
            auto loaded = m_secrets.doorcodeSecret(property->id);
            if (!loaded.ok()) {
                *refusal = tr("Not sent: %1 has no doorcode secret yet (commission a door first).")
                               .arg(property->name);
                return std::optional<mail::Content>();
            }
            cache.doorcodeSecrets.insert(property->id, loaded->secret);
        }
        const QByteArray &secret = cache.doorcodeSecrets[property->id];
        mail::DoorcodeFacts f;
        f.language = person->language;
        f.propertyName = property->name;
        f.firstName = person->firstName;
        f.day = day;
        f.code = QString::fromStdString(door::dailyDoorcode(
            door::ByteView(reinterpret_cast<const std::uint8_t *>(secret.constData()), size_t(secret.size())),
            std::uint32_t(person->id), door::CivilDate{day.year(), day.month(), day.day()},
            property->doorcodeDigits));
        f.keys = *keys;
        return std::optional<mail::Content>(mail::doorcodeMail(f));
    }

    // A welcome email: the access as it is when the mail is first written.
    qint64 firstStart = std::numeric_limits<qint64>::max();
    std::optional<qint64> lastEnd;
    auto keys = openKeys(now(), std::numeric_limits<qint64>::max(), &firstStart, &lastEnd);
    if (!keys.ok())
        return keys.error();
    if (keys->isEmpty()) {
        *refusal = tr("Not sent: %1 holds no current or future key any more.").arg(person->displayName());
        return std::optional<mail::Content>();
    }
    mail::WelcomeFacts f;
    f.language = person->language;
    f.propertyName = property->name;
    f.propertyAddress = property->address;
    f.timeZone = property->timeZone;
    f.firstName = person->firstName;
    f.displayName = person->displayName();
    f.email = person->email;
    f.method = person->accessMethod;
    f.keys = *keys;
    f.startsAt = std::max(firstStart, m.createdAt);
    f.expiresAt = lastEnd;
    f.writtenAt = now(); // a later start is announced as "your access begins on …"
    if (person->accessMethod == AccessMethod::App) {
        // A new code replaces any earlier one: only the newest welcome email's code activates the app.
        f.activationCode = newActivationCode();
        QByteArray salt(16, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), 4);
        const QByteArray hash = QCryptographicHash::hash(QByteArray(salt + f.activationCode.toUtf8()),
                                                         QCryptographicHash::Sha256);
        f.activationExpiresAt = std::max(f.startsAt, now()) + kActivationLifetimeSecs;
        PORTER_TRY(MailRepository(m_db).setActivation(person->id, salt, hash, *f.activationExpiresAt));
        QUrl link;
        link.setScheme(QStringLiteral("porter"));
        link.setHost(QStringLiteral("activate"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("email"), person->email);
        query.addQueryItem(QStringLiteral("code"), f.activationCode);
        link.setQuery(query);
        f.activationLink = link.toString(QUrl::FullyEncoded);
    } else {
        f.doorcodeSendTime = cache.doorcodeTime;
    }
    return std::optional<mail::Content>(mail::welcomeMail(f));
}

Result<QList<mail::Outgoing>> MailService::claim(const Manager &actor, int limit)
{
    auto s = serverSettings(actor.portfolioId);
    if (!s.ok())
        return s.error();
    if (!s->configured())
        return makeError(ErrorCode::InvalidInput,
                         tr("Email is not set up: enter the mail server in Settings > Email (or with "
                            "porterctl mail settings)."));
    const QString fromName = s->fromName.isEmpty() ? QStringLiteral("Porter") : s->fromName;
    QList<mail::Outgoing> out;
    auto st = m_db.transaction([&]() -> Status {
        MailRepository repo(m_db);
        MailRenderCache cache;
        cache.doorcodeTime = s->doorcodeTime;
        auto due = repo.due(actor.portfolioId, now(), std::max(1, limit));
        if (!due.ok())
            return due.error();
        for (const OutboxDue &m : *due) {
            QString localId = m.messageId.section(QLatin1Char('@'), 0, 0);
            if (localId.isEmpty())
                localId = newLocalId();
            const QString messageId = m.messageId.contains(QLatin1Char('@'))
                                          ? m.messageId
                                          : localId + QLatin1Char('@') + domainOf(s->fromAddress);
            QByteArray entity;
            QString subject = m.subject;
            QByteArray sealed = m.sealed;
            if (!sealed.isEmpty()) {
                auto opened = m_secrets.open(outboxSealLabel(localId), m.sealed);
                if (!opened.ok())
                    return opened.error();
                // The subject travels inside the sealed part (first line) with the entity.
                const qsizetype nl = opened->indexOf('\n');
                subject = QString::fromUtf8(opened->left(nl));
                entity = opened->mid(nl + 1);
            } else {
                QString refusal;
                auto content = render(m, cache, &refusal);
                if (!content.ok())
                    return content.error();
                if (!*content) {
                    PORTER_TRY(repo.markFailed(m.id, refusal));
                    continue;
                }
                subject = (*content)->subject;
                entity = mail::mimeEntity(**content, localId.toUtf8());
                auto written = m_secrets.seal(outboxSealLabel(localId), subject.toUtf8() + '\n' + entity);
                if (!written.ok())
                    return written.error();
                sealed = *written;
            }
            PORTER_TRY(repo.claim(m.id, now(), now() + kLeaseSecs, messageId, sealed, subject));
            mail::Outgoing o;
            o.id = m.id;
            o.to = m.to;
            o.messageId = messageId.toUtf8();
            o.bytes =
                mail::headers(fromName, s->fromAddress, QString(), m.to, subject, m.createdAt, o.messageId) +
                entity;
            out.append(o);
        }
        return {};
    });
    if (!st.ok())
        return st.error();
    return out;
}

Status MailService::record(const QList<mail::Outcome> &outcomes)
{
    return m_db.transaction([&]() -> Status {
        MailRepository repo(m_db);
        for (const mail::Outcome &o : outcomes) {
            switch (o.verdict) {
            case mail::Verdict::Sent:
                PORTER_TRY(repo.markSent(o.id, now()));
                break;
            case mail::Verdict::Permanent:
                PORTER_TRY(repo.markFailed(o.id, o.reason));
                break;
            case mail::Verdict::Transient: {
                auto m = repo.message(o.id);
                if (!m.ok())
                    return m.error();
                if (now() - m->createdAt > kGiveUpAfterSecs)
                    PORTER_TRY(repo.markFailed(
                        o.id, tr("Not delivered after %1 attempts over three days. The last problem: %2")
                                  .arg(m->attempts)
                                  .arg(o.reason)));
                else
                    PORTER_TRY(repo.markDeferred(o.id, now() + backoffSecs(m->attempts), o.reason));
                break;
            }
            }
        }
        return {};
    });
}

Result<MailService::Report> MailService::deliver(const Manager &actor, int batch)
{
    auto s = serverSettings(actor.portfolioId);
    if (!s.ok())
        return s.error();
    auto pw = password(actor.portfolioId);
    if (!pw.ok())
        return pw.error();
    mail::SmtpSender sender(*s, *pw);
    Report report;
    for (;;) {
        auto claimed = claim(actor, batch);
        if (!claimed.ok())
            return claimed.error();
        if (claimed->isEmpty())
            break;
        const QList<mail::Outcome> outcomes = sender.send(*claimed);
        PORTER_TRY(record(outcomes));
        for (const mail::Outcome &o : outcomes) {
            if (o.verdict == mail::Verdict::Sent) {
                ++report.sent;
                continue;
            }
            (o.verdict == mail::Verdict::Permanent ? report.failed : report.deferred) += 1;
            const mail::Outgoing *m = nullptr;
            for (const mail::Outgoing &c : *claimed)
                if (c.id == o.id)
                    m = &c;
            report.problems << tr("Message %1 to <%2>: %3").arg(o.id).arg(m ? m->to : QString(), o.reason);
        }
    }
    auto remaining = MailRepository(m_db).queuedCount(actor.portfolioId);
    if (!remaining.ok())
        return remaining.error();
    report.remaining = *remaining;
    return report;
}

Status MailService::retry(const Manager &actor, Id messageId)
{
    auto m = MailRepository(m_db).message(messageId);
    if (!m.ok())
        return m.error();
    if (!m->propertyId)
        return makeError(ErrorCode::NotFound,
                         tr("There is no message with id %1 in the outbox.").arg(messageId));
    auto p = propertyFor(actor, *m->propertyId);
    if (!p.ok())
        return makeError(ErrorCode::NotFound,
                         tr("There is no message with id %1 in the outbox.").arg(messageId));
    if (auto st = permissions::canManagePeople(actor, *p); !st.ok())
        return denied(actor, p->id, QStringLiteral("mail-retry"), st.error(), m->personId);
    if (m->status != QLatin1String("failed"))
        return makeError(
            ErrorCode::Conflict,
            m->status == QLatin1String("sent")
                ? tr("Message %1 was sent already; use Resend Welcome Email for a new one.").arg(messageId)
                : tr("Message %1 is still queued; it is sent at the next attempt.").arg(messageId));
    return m_db.transaction([&]() -> Status {
        auto back = MailRepository(m_db).requeue(messageId, now());
        if (!back.ok())
            return back.error();
        return log(actor, p->id, QStringLiteral("mail-retry"), m->personId,
                   QStringLiteral("Queued message %1 to <%2> again").arg(messageId).arg(m->to),
                   QVariantMap{{QStringLiteral("message"), messageId}, {QStringLiteral("email"), m->to}});
    });
}

Result<MailService::DailyReport> MailService::queueDailyDoorcodes(const Manager &actor,
                                                                  std::optional<QDate> day)
{
    auto all = m_dir.properties(actor.portfolioId);
    if (!all.ok())
        return all.error();
    DailyReport report;
    auto st = m_db.transaction([&]() -> Status {
        MailRepository repo(m_db);
        for (const Property &p : *all) {
            if (!permissions::canViewProperty(actor, p).ok())
                continue;
            auto zone = timeZoneNamed(p.timeZone);
            if (!zone.ok())
                return zone.error();
            const QDate d = day.value_or(localDate(now(), *zone));
            const qint64 dayStart = startOfLocalDay(d, *zone);
            const qint64 dayEnd = startOfLocalDay(d.addDays(1), *zone);
            if (dayEnd <= now())
                continue; // a day that is over has no code worth sending
            auto people = repo.doorcodeRecipients(p.id, std::max(dayStart, now()), dayEnd);
            if (!people.ok())
                return people.error();
            if (people->isEmpty())
                continue;
            auto epoch = m_dir.doorcodeEpoch(p.id);
            if (!epoch.ok())
                return epoch.error();
            if (!*epoch) {
                report.noSecret << p.name;
                continue;
            }
            const QString dayText = d.toString(Qt::ISODate);
            for (const auto &[personId, email] : *people) {
                auto queued = repo.queueDaily(p.id, personId, email, tr("Your doorcode for %1").arg(dayText),
                                              dayText, newLocalId(), now());
                if (!queued.ok())
                    return queued.error();
                (*queued ? report.queued : report.alreadyQueued) += 1;
            }
        }
        return {};
    });
    if (!st.ok())
        return st.error();
    return report;
}

} // namespace porter
