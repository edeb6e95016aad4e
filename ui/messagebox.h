#pragma once

#include <QMessageBox>

namespace porter::ui {

// Every message box of the UI goes through here, so tests can script the answers instead of
// blocking on a modal dialog (STYLE.md, "Test seams"; the KeePassXC MessageBox pattern).
class MessageBox
{
public:
    // Asks a question whose main text is `text` and whose consequences are in `details` (shown as
    // the informative text). `acceptLabel` names the action on the accepting button, e.g.
    // "Revoke All Keys"; returns true when the user chose it.
    static bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &details,
                        const QString &acceptLabel, bool destructive = true);
    static void information(QWidget *parent, const QString &title, const QString &text,
                            const QString &details = {});
    static void warning(QWidget *parent, const QString &title, const QString &text,
                        const QString &details = {});

    // Test hook: the next confirm() answers this without showing anything (true = accept); the
    // next information()/warning() is swallowed. Answers are used in order.
    static void setNextAnswer(bool accept);
    static void clearAnswers();
    // The texts of the last box shown or answered (for tests).
    static QString lastText();
    static QString lastDetails();
    // Test hook: when set, the box is shown non-modally and this is called with it (for screenshots).
    static void setShowHook(std::function<void(QMessageBox *)> hook);
};

} // namespace porter::ui
