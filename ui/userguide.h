#pragma once

#include <QDialog>

class QTextBrowser;

namespace porter::ui {

// Help ▸ User Guide (F1): docs/user-guide.md, compiled into Porter, so the guide always matches the
// version in use and opens the same way on Debian, Windows and macOS, offline (docs/ui.md, "Settings and
// help").
class UserGuideWindow : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideWindow(QWidget *parent = nullptr);

    QTextBrowser *browser() const { return m_browser; }

private:
    QTextBrowser *m_browser;
};

// The guide's Markdown text.
QString userGuideText();

} // namespace porter::ui
