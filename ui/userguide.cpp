#include "userguide.h"

#include "settings.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace porter::ui {

QString userGuideText(const QLocale &locale)
{
    // "es", "fr": the guide's translations are named by language only, as the window's are chosen.
    const QString language = locale.name().section(QLatin1Char('_'), 0, 0);
    for (const QString &path : {QStringLiteral(":/about/user-guide.%1.md").arg(language),
                                QStringLiteral(":/about/user-guide.md")}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return {};
}

QString userGuideText()
{
    return userGuideText(settings::uiLocale());
}

UserGuideWindow::UserGuideWindow(QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("userGuideWindow"));
    setWindowTitle(tr("Porter User Guide"));
    // A window of its own beside the main one (not modal): one reads it while working.
    setWindowFlag(Qt::Window);
    setModal(false);
    m_browser->setObjectName(QStringLiteral("userGuideBrowser"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setMarkdown(userGuideText());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &UserGuideWindow::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(720, 640);
}

} // namespace porter::ui
