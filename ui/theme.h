#pragma once

#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QString>

class QApplication;
class QHBoxLayout;
class QLabel;
class QWidget;

namespace porter::ui {

// Small shared look helpers, so pages agree on headings and hints.
QIcon icon(const QString &name); // ":/icons/<name>.svg"
void makeHeading(QLabel *label, qreal scale = 1.45);
void makeHint(QLabel *label); // secondary, wrapped text
// The top of a sign-in dialog: Porter's logo beside a heading and a selectable line under it (which
// database or server), the widgets owned by `owner`.
QHBoxLayout *signInHeader(QWidget *owner, const QString &heading, const QString &where);
// Whether a palette is dark (light text on a dark window), as the system's dark mode sets it.
bool isDark(const QPalette &palette);
// The stylesheet the application uses on top of the platform style (Fusion on Linux): its banner,
// error and status colours in a light and a dark variant, chosen for `palette`.
QString appStyleSheet(const QPalette &palette);
// Style, stylesheet and icon for the whole application (porter and the screenshot tool). The
// stylesheet follows the palette: when the system switches between light and dark, it is chosen again.
void applyAppearance(QApplication &app);
// A dark Fusion palette (the screenshots' dark set, and a test of the dark variant).
QPalette darkPalette();

} // namespace porter::ui
