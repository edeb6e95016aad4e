#pragma once

#include <QFont>
#include <QIcon>
#include <QString>

class QApplication;
class QLabel;
class QWidget;

namespace porter::ui {

// Small shared look helpers, so pages agree on headings and hints.
QIcon icon(const QString &name); // ":/icons/<name>.svg"
void makeHeading(QLabel *label, qreal scale = 1.45);
void makeHint(QLabel *label); // secondary, wrapped text
// The stylesheet the application uses on top of the platform style (Fusion on Linux).
QString appStyleSheet();
// Style, stylesheet and icon for the whole application (porter and the screenshot tool).
void applyAppearance(QApplication &app);

} // namespace porter::ui
