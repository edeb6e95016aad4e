#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace porter::ui {
class MainWindow;
}

// The application shell's pictures for porter_screenshots (issue 9): Settings, About, Keyboard
// Shortcuts, the user guide, the first run, and the main window and Settings in a dark palette.
// `shoot(window, path)` photographs the screen as the other pictures are.
void shootShell(porter::ui::MainWindow &window, const QString &out,
                const std::function<void(QWidget *, const QString &)> &shoot);
