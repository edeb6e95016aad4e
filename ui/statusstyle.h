#pragma once

#include "model/types.h"

#include <QColor>
#include <QIcon>
#include <QStyledItemDelegate>

namespace porter::ui {

// How a person's status looks everywhere: a coloured dot and the status word, so the colour is never
// the only signal (colour-blind managers read the word).
QColor statusColor(PersonStatus s);
// A round dot of the status colour, drawn for every device pixel ratio.
QIcon statusIcon(PersonStatus s);

// Paints the Status column as a tinted pill with a dot and the word.
class StatusDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    StatusDelegate(int statusRole, QObject *parent = nullptr);
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_statusRole;
};

// A small widget listing the status colours: the legend under the People table.
class StatusLegend : public QWidget
{
    Q_OBJECT

public:
    explicit StatusLegend(QWidget *parent = nullptr);
};

} // namespace porter::ui
