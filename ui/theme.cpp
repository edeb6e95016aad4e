#include "theme.h"

#include <QApplication>
#include <QLabel>
#include <QStyleFactory>

namespace porter::ui {

QIcon icon(const QString &name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

void makeHeading(QLabel *label, qreal scale)
{
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * scale);
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
}

void makeHint(QLabel *label)
{
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
}

QString appStyleSheet()
{
    return QStringLiteral(
        "QLabel#errorLabel { color: #b91c1c; }"
        "QLabel#warningLabel { color: #92400e; background: #fef3c7; border: 1px solid #fcd34d;"
        "  border-radius: 4px; padding: 6px 8px; }"
        "QLabel#infoLabel { color: #1e3a8a; background: #dbeafe; border: 1px solid #93c5fd;"
        "  border-radius: 4px; padding: 6px 8px; }"
        "QLabel#syncLabel[pending=\"true\"] { color: #92400e; font-weight: 600; }"
        "QFrame#sidePanel { background: palette(base); }"
        "QTableView { gridline-color: transparent; }"
        "QTableView::item { padding: 0 6px; }"
        "QListView#propertyList::item { padding: 6px 4px; }"
        "QToolBar { spacing: 6px; padding: 3px; }");
}

void applyAppearance(QApplication &app)
{
#ifdef Q_OS_LINUX
    // Fusion looks the same on every desktop and renders the status colours faithfully.
    if (qEnvironmentVariableIsEmpty("QT_STYLE_OVERRIDE"))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
#endif
    QApplication::setWindowIcon(icon(QStringLiteral("porter")));
    app.setStyleSheet(appStyleSheet());
}

} // namespace porter::ui
