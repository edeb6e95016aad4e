#pragma once

#include <QDialog>

class QTextBrowser;

namespace porter::ui {

// Help ▸ About Porter: the version, the licence Porter is distributed under (packaging/LICENSE.txt,
// compiled in), where to read more, and the database in use.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const QString &databasePath, QWidget *parent = nullptr);

    QString versionText() const;
    QTextBrowser *licenceView() const { return m_licence; }

Q_SIGNALS:
    // "User Guide" was clicked.
    void userGuideRequested();

private:
    QTextBrowser *m_licence;
};

// The licence text as shipped (packaging/LICENSE.txt, compiled in).
QString licenceText();

} // namespace porter::ui
