#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTableWidget;

namespace porter::ui {

// Help ▸ Keyboard Shortcuts (Ctrl+/): every shortcut of the window, read from its QActions when the
// dialog opens, so the list never drifts from what the keys do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QList<QAction *> &actions, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // The shortcut shown for an action, by its text without mnemonics or "…"; empty when not listed.
    QString shortcutFor(const QString &actionText) const;
    // Where an action is, as listed ("People", "Keys page"); empty when not listed.
    QString placeOf(const QString &actionText) const;

    // "&Revoke All Keys…" → "Revoke All Keys"
    static QString plainText(const QString &actionText);

private:
    QTableWidget *m_table;
};

} // namespace porter::ui
