#pragma once

// porterctl's plain-text output: tables with aligned columns, times and id lists.

#include "model/types.h"

#include <QList>
#include <QStringList>
#include <QTimeZone>
#include <optional>

namespace porter::cli {

// A local time of the property ("2026-03-07 12:00 EST"), or `none`.
QString timeText(std::optional<qint64> utc, const QTimeZone &zone, const QString &none = QStringLiteral("-"));
// "1,2,3"
QString idsText(const QList<Id> &ids);

// A plain-text table with a header row and columns as wide as their widest cell.
class Table
{
public:
    explicit Table(QStringList header)
        : m_rows{std::move(header)}
    {}
    void add(QStringList row) { m_rows.append(std::move(row)); }
    QStringList lines() const;

private:
    QList<QStringList> m_rows;
};

} // namespace porter::cli
