#include "aboutdialog.h"

#include "theme.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace porter::ui {

QString licenceText()
{
    QFile file(QStringLiteral(":/about/LICENSE.txt"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

AboutDialog::AboutDialog(const QString &databasePath, QWidget *parent)
    : QDialog(parent)
    , m_licence(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Porter"));

    auto *logo = new QLabel(this);
    logo->setPixmap(icon(QStringLiteral("porter")).pixmap(QSize(64, 64)));
    auto *title = new QLabel(versionText(), this);
    title->setObjectName(QStringLiteral("versionLabel"));
    makeHeading(title, 1.6);
    auto *summary = new QLabel(tr("Building access for property managers: invite people, give and revoke "
                                  "keys, and sync doors that have no internet connection."),
                               this);
    summary->setWordWrap(true);
    const QString homepage = QStringLiteral(PORTER_HOMEPAGE);
    auto *links = new QLabel(tr("Website: <a href=\"%1\">%1</a><br>Built with Qt %2.")
                                 .arg(homepage, QString::fromLatin1(qVersion())),
                             this);
    links->setObjectName(QStringLiteral("linksLabel"));
    links->setOpenExternalLinks(true);
    links->setTextInteractionFlags(Qt::TextBrowserInteraction);
    auto *database = new QLabel(tr("Database: %1").arg(QDir::toNativeSeparators(databasePath)), this);
    database->setObjectName(QStringLiteral("databaseLabel"));
    makeHint(database);
    database->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *heading = new QHBoxLayout;
    heading->addWidget(logo, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(summary);
    heading->addLayout(titles, 1);

    auto *licenceTitle = new QLabel(tr("&Licence"), this);
    licenceTitle->setBuddy(m_licence);
    m_licence->setObjectName(QStringLiteral("licenceView"));
    m_licence->setPlainText(licenceText());
    m_licence->setAccessibleName(tr("Licence"));
    m_licence->setMinimumHeight(110);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *guide = buttons->addButton(tr("&User Guide"), QDialogButtonBox::HelpRole);
    guide->setObjectName(QStringLiteral("userGuideButton"));
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    connect(guide, &QPushButton::clicked, this, &AboutDialog::userGuideRequested);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    layout->addLayout(heading);
    layout->addWidget(links);
    layout->addWidget(database);
    layout->addWidget(licenceTitle);
    layout->addWidget(m_licence, 1);
    layout->addWidget(buttons);
    resize(540, 420);
}

QString AboutDialog::versionText() const
{
    return tr("Porter %1").arg(QStringLiteral(PORTER_VERSION));
}

} // namespace porter::ui
