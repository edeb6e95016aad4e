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

// The question in bold, the consequences as separate paragraphs (one per line of `details`).
QString heading(const QString &text)
{
    return QStringLiteral("<p style=\"font-size:large; font-weight:600\">%1</p>").arg(text.toHtmlEscaped());
}

QString paragraphs(const QString &details)
{
    if (details.isEmpty())
        return {};
    QString html;
    for (const QString &line : details.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        html += QStringLiteral("<p>%1</p>").arg(line.toHtmlEscaped());
    return html;
}

// Qt sizes message boxes for one short line; consequences read better in a wider box.
void widen(QMessageBox &box)
{
    box.setStyleSheet(QStringLiteral("QLabel#qt_msgbox_informativelabel, QLabel#qt_msgbox_label "
                                     "{ min-width: 440px; }"));
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
    QMessageBox box(destructive ? QMessageBox::Warning : QMessageBox::Question, title, QString(),
                    QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::RichText);
    box.setText(heading(text));
    box.setInformativeText(paragraphs(details));
    widen(box);
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
    QMessageBox box(QMessageBox::Information, title, QString(), QMessageBox::Ok, parent);
    box.setText(heading(text));
    box.setInformativeText(paragraphs(details));
    widen(box);
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
    QMessageBox box(QMessageBox::Warning, title, QString(), QMessageBox::Ok, parent);
    box.setText(heading(text));
    box.setInformativeText(paragraphs(details));
    widen(box);
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
