#pragma once

#include <QDialog>
#include <QLocale>

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

// The guide's Markdown text in the language of `locale` (docs/user-guide.<language>.md), or in English
// (docs/user-guide.md) when there is none in that language.
QString userGuideText(const QLocale &locale);
// The same in the window's language (Settings ▸ Language, or the system's).
QString userGuideText();

} // namespace porter::ui
