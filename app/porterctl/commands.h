#pragma once

// What the commands_*.cpp files share: the session, the registry, the output formats, and a few
// helpers more than one file's commands use.

#include "cliutil.h"
#include "jsonformat.h"
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

} // namespace porter::cli
