#pragma once

// The mail Porter writes (issue 10): what a welcome email and a daily doorcode email say, in the
// person's language, and how they are encoded as MIME. Pure functions of their facts: no database,
// no clock, no network. MailService (core/mail/mailservice.h) renders a message once, when it is
// first claimed for sending, and seals the result (it holds an activation code or a doorcode); the
// SMTP sender only adds the envelope.

#include "model/schedule.h"
#include "model/types.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace porter::mail {

// The languages a message can be written in. Anything else (or empty) is English.
QStringList supportedLanguages(); // {"en", "es", "fr"}

struct InlineImage
{
    QByteArray contentId; // without angle brackets, e.g. "qr@porter"
    QByteArray mimeType;  // "image/png"
    QByteArray data;
};

// A message before encoding. `html` may be empty (plain text only).
struct Content
{
    QString subject;
    QString text;
    QString html;
    QList<InlineImage> images; // referenced from html as cid:<contentId>
};

struct KeyFacts
{
    QString name;
    QStringList doors;
    Schedule schedule; // in the property's local time
};

struct WelcomeFacts
{
    QString language; // "en", "es", "fr"; empty: English
    QString propertyName;
    QString propertyAddress;
    QString timeZone; // IANA, the property's
    QString firstName;
    QString displayName;
    QString email; // the account email (app) / where doorcodes arrive (doorcode)
    AccessMethod method = AccessMethod::App;
    QList<KeyFacts> keys;
    qint64 startsAt = 0;             // UTC seconds, shown in the property's local time
    std::optional<qint64> expiresAt; // none: no expiration
    // App access only: the one-time activation code and the link the app opens (also the QR code).
    QString activationCode;
    QString activationLink;
    std::optional<qint64> activationExpiresAt; // UTC seconds: the code stops working then
    // Doorcode access only: when the daily code arrives, local time of the property ("06:00").
    QString doorcodeSendTime;
    // When the mail is written (UTC seconds): a later startsAt is announced as "your access begins
    // on ...". None: the start is only listed.
    std::optional<qint64> writtenAt;
};

// The welcome email: property, keys and doors, start and expiration in the property's local time
// (with the zone's abbreviation on that date), and the app login details (account email, activation
// code, QR code as an inline PNG) or how daily doorcodes work and when they arrive.
Content welcomeMail(const WelcomeFacts &facts);

struct DoorcodeFacts
{
    QString language;
    QString propertyName;
    QString firstName;
    QDate day; // the property's local date the code is for
    QString code;
    QList<KeyFacts> keys; // the keys active that day and the doors they open
};

// The daily doorcode email: the code, the day it works (midnight to midnight, local), the doors.
Content doorcodeMail(const DoorcodeFacts &facts);

// "Send test email" in Settings and `porterctl mail test`.
Content testMail(const QString &language, const QString &server);

// The MIME entity of the content: its Content-Type (and related) headers, a blank line and the body;
// multipart/alternative (text, then html; html in multipart/related with its images) when there is
// html. UTF-8, quoted-printable or base64, CRLF line ends, no line over 998 octets. Deterministic:
// the boundaries derive from `seed`.
QByteArray mimeEntity(const Content &content, const QByteArray &seed);

// The message headers Porter sends before the entity: Date (RFC 5322, UTC), From, To, Subject
// (RFC 2047 encoded when not ASCII), Message-ID, MIME-Version, Auto-Submitted. Names are encoded
// too. Each line ends in CRLF; the result ends with one CRLF (no blank line).
QByteArray headers(const QString &fromName, const QString &fromAddress, const QString &toName,
                   const QString &toAddress, const QString &subject, qint64 dateUtc,
                   const QByteArray &messageId);

// A QR code of `text` (libqrencode, error correction M) as a PNG, `scale` pixels per module, with the
// 4-module quiet zone.
QByteArray qrPng(const QByteArray &text, int scale = 6);

} // namespace porter::mail
