#pragma once

// The JSON porterctl prints with --json (docs/cli.md, "JSON"): one function per value type, so every
// command shows a person, a key or a time the same way.

#include "access/queryservice.h"
#include "model/types.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QTimeZone>
#include <optional>

namespace porter::cli {

// {"utc": ..., "unix": ..., "local": ...}, or null.
QJsonValue timeJson(std::optional<qint64> utc, const QTimeZone &zone);
QJsonArray idsJson(const QList<Id> &ids);
// A list version as a JSON integer (Porter's versions never exceed 2^63 - 1: docs/decisions.md,
// "One list version").
QJsonValue versionJson(ListVersion v);
QJsonObject propertyJson(const Property &p);
QJsonObject doorJson(const Door &d);
QJsonObject keyJson(const Key &k);
QJsonObject managerJson(const Manager &m);
// "Their PostgreSQL login is …": said when a command gives a manager their own login.
QString loginLine(const Manager &m);
QJsonObject personJson(const Person &p, const QTimeZone &zone);
QJsonObject grantJson(const Grant &g, const QString &keyName, const QTimeZone &zone);
QJsonObject shareJson(const ShareView &s, const QTimeZone &zone);
QJsonObject keycardJson(const Keycard &k, const QTimeZone &zone);
QJsonObject activityJson(const ActivityEvent &e, const QTimeZone &zone);
QJsonObject syncTaskJson(const DoorSyncTask &t, const QTimeZone &zone);

} // namespace porter::cli
