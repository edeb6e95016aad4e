#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace porter::ui {
namespace {

// Where an action lives, as the user reads it: its menu ("People"), or for a page's own action (Keys:
// F2, Delete) the tab of that page ("Keys"); empty when neither.
QString menuOf(const QAction *action)
{
    for (QObject *w : action->associatedObjects())
        if (auto *menu = qobject_cast<QMenu *>(w))
            return ShortcutsDialog::plainText(menu->title());
    for (QObject *o = action->parent(); o; o = o->parent()) {
        auto *page = qobject_cast<QWidget *>(o);
        auto *stack = page ? qobject_cast<QStackedWidget *>(page->parentWidget()) : nullptr;
        auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr;
        if (tabs && tabs->indexOf(page) >= 0)
            //: Keyboard Shortcuts, the Menu column of a page's own action: "Keys page"
            return ShortcutsDialog::tr("%1 page").arg(
                ShortcutsDialog::plainText(tabs->tabText(tabs->indexOf(page))));
    }
    return {};
}

} // namespace

QString ShortcutsDialog::plainText(const QString &actionText)
{
    QString text = actionText;
    // "&&" is a literal ampersand; a single '&' marks the mnemonic.
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text.trimmed();
}

ShortcutsDialog::ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setColumnCount(3);
    //: Column of the Keyboard Shortcuts list: the menu or the page the action belongs to
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Where")});
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    QSet<QString> seen;
    for (QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->isSeparator())
            continue;
        const QString text = plainText(action->text());
        QStringList keys;
        for (const QKeySequence &k : action->shortcuts())
            keys << k.toString(QKeySequence::NativeText);
        const QString shortcut = keys.join(tr(", "));
        // One row per action, even when a menu and a toolbar share it. The list is made from the window's
        // actions, so a shortcut added anywhere (a page's own action included) is listed without a hand-kept
        // list to drift.
        if (seen.contains(text + shortcut))
            continue;
        seen.insert(text + shortcut);
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(text));
        m_table->setItem(row, 1, new QTableWidgetItem(shortcut));
        m_table->setItem(row, 2, new QTableWidgetItem(menuOf(action)));
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(2, Qt::AscendingOrder);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->resizeColumnToContents(1);
    m_table->resizeColumnToContents(2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &ShortcutsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 640);
}

QString ShortcutsDialog::placeOf(const QString &actionText) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->text() == actionText)
            return m_table->item(row, 2)->text();
    return {};
}

QString ShortcutsDialog::shortcutFor(const QString &actionText) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0)->text() == actionText)
            return m_table->item(row, 1)->text();
    return {};
}

} // namespace porter::ui
