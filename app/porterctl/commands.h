#pragma once

// What the commands_*.cpp files share: the session, the registry, the output formats, and a few
// helpers more than one file's commands use.

#include "cliutil.h"
#include "jsonformat.h"
#include "link/transport.h"
#include "link/transportfactory.h"
#include "registry.h"
#include "session.h"
#include "tableformat.h"

#include <QCoreApplication>
#include <QDate>

namespace porter::cli {

// The property's current doorcode secret epoch (nullopt before its first commissioning), and how a
// door stands against it: "epoch 2 (current)", "epoch 1 (old: sync this door)", "-".
Result<std::optional<qint64>> doorcodeEpochOf(Session &s, Id propertyId);
QString doorcodeSecretText(const Door &d, std::optional<qint64> currentEpoch);
bool holdsOldDoorcodeSecret(const Door &d, std::optional<qint64> currentEpoch);

// --date YYYY-MM-DD, or an invalid QDate (today) when it is not given.
Result<QDate> localDayOption(Session &s);

// A door's sync task as text: one line, and with `withChanges` the table of its pending changes.
QStringList syncTaskLines(const DoorSyncTask &t, const QTimeZone &zone, bool withChanges);

// --tcp HOST:PORT [--payload N]: where porter-door serve listens.
Result<sync::DoorAddress> doorTcpAddress(Session &s);

// The link's end: why it closed before it opened ("out of range", "connection refused") and the payload
// it announced, for the error line and the JSON.
struct LinkWatch
{
    bool opened = false;
    int payload = 0;
    QString closedReason;
    void watch(sync::Transport *transport)
    {
        QObject::connect(transport, &sync::Transport::opened, transport, [this](int size) {
            opened = true;
            payload = size;
        });
        QObject::connect(transport, &sync::Transport::closed, transport,
                         [this](const QString &reason) { closedReason = reason; });
    }
    // The transport's reason when the link never opened (a commissioning reports only "link lost").
    Error explain(const Error &error, const QString &hint) const
    {
        if (opened || closedReason.isEmpty() || error.code != ErrorCode::LinkLost)
            return error;
        QString why = closedReason.trimmed();
        if (!why.endsWith(QLatin1Char('.')))
            why += QLatin1Char('.');
        return makeError(ErrorCode::LinkLost, hint.isEmpty() ? why : why + QLatin1Char(' ') + hint);
    }
};

} // namespace porter::cli
