#include "messagebox.h"

#include <QPushButton>
#include <QQueue>

namespace porter::ui {
namespace {

QQueue<bool> &answers()
{
    static QQueue<bool> q;
    return q;
}

QString &lastTextRef()
{
    static QString s;
    return s;
}

QString &lastDetailsRef()
{
    static QString s;
    return s;
}

std::function<void(QMessageBox *)> &showHook()
{
    static std::function<void(QMessageBox *)> h;
    return h;
}

int exec(QMessageBox &box)
{
    if (showHook()) {
        showHook()(&box);
        return -1;
    }
    return box.exec();
}

} // namespace

bool MessageBox::confirm(QWidget *parent, const QString &title, const QString &text, const QString &details,
                         const QString &acceptLabel, bool destructive)
{
    lastTextRef() = text;
    lastDetailsRef() = details;
    if (!answers().isEmpty())
        return answers().dequeue();
    QMessageBox box(destructive ? QMessageBox::Warning : QMessageBox::Question, title, text,
                    QMessageBox::NoButton, parent);
    box.setInformativeText(details);
    QPushButton *accept =
        box.addButton(acceptLabel, destructive ? QMessageBox::DestructiveRole : QMessageBox::AcceptRole);
    QPushButton *cancel = box.addButton(QMessageBox::Cancel);
    // The safe choice is the default: Enter never destroys anything.
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    exec(box);
    return box.clickedButton() == accept;
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text,
                             const QString &details)
{
    lastTextRef() = text;
    lastDetailsRef() = details;
    if (!answers().isEmpty()) {
        answers().dequeue();
        return;
    }
    QMessageBox box(QMessageBox::Information, title, text, QMessageBox::Ok, parent);
    box.setInformativeText(details);
    exec(box);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text, const QString &details)
{
    lastTextRef() = text;
    lastDetailsRef() = details;
    if (!answers().isEmpty()) {
        answers().dequeue();
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box.setInformativeText(details);
    exec(box);
}

void MessageBox::setNextAnswer(bool accept)
{
    answers().enqueue(accept);
}

void MessageBox::clearAnswers()
{
    answers().clear();
}

QString MessageBox::lastText()
{
    return lastTextRef();
}

QString MessageBox::lastDetails()
{
    return lastDetailsRef();
}

void MessageBox::setShowHook(std::function<void(QMessageBox *)> hook)
{
    showHook() = std::move(hook);
}

} // namespace porter::ui
