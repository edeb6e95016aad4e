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

// The WCAG contrast ratio of two opaque colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);
// How a status pill is painted on `palette`: an opaque tint of the status colour over the palette's
// base, its dot, and its word in a colour of the same hue that keeps a contrast of at least
// kPillContrast with the tint, on a light palette (darker) and on a dark one (lighter).
struct PillColors
{
    QColor background;
    QColor dot;
    QColor text;
};
inline constexpr double kPillContrast = 4.5; // WCAG AA for normal text
PillColors statusPillColors(PersonStatus s, const QPalette &palette);
// The status word's colour on the palette's window (the person panel's heading), same rule.
QColor statusTextColor(PersonStatus s, const QPalette &palette);

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
