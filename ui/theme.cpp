#include "theme.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QHBoxLayout>
#include <QIconEngine>
#include <QImage>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QPointer>
#include <QStyleFactory>
#include <QSvgRenderer>
#include <QVBoxLayout>

namespace porter::ui {

namespace {

// The line icons (resources/icons, drawn in one ink, #37474f) rendered at the size asked, so they stay
// sharp at any scale factor, and in the ink of the palette of the moment: dark grey on a light window,
// the window's text colour on a dark one, dimmed when disabled. The palette is read at paint time, so
// a switch between light and dark repaints them right.
class LineIconEngine : public QIconEngine
{
public:
    explicit LineIconEngine(const QString &path)
        : m_path(path)
    {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QGuiApplication::palette();
        QColor ink = isDark(palette) ? palette.color(QPalette::WindowText) : QColor(0x37, 0x47, 0x4f);
        if (mode == QIcon::Disabled)
            ink.setAlphaF(0.4f);
        QByteArray svg = m_svg;
        const QByteArray stroke = QByteArray("stroke=\"") + ink.name(QColor::HexRgb).toLatin1() +
                                  QByteArray("\" stroke-opacity=\"") + QByteArray::number(ink.alphaF()) +
                                  QByteArray("\"");
        svg.replace(QByteArrayView("stroke=\"#37474f\""), stroke);
        QSvgRenderer renderer(svg);
        renderer.render(painter, rect);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        painter.end();
        return QPixmap::fromImage(image);
    }

    QIconEngine *clone() const override { return new LineIconEngine(*this); }
    QString key() const override { return QStringLiteral("porter-line"); }

private:
    QString m_path;
    QByteArray m_svg;
};

} // namespace

QIcon icon(const QString &name)
{
    const QString path = QStringLiteral(":/icons/%1.svg").arg(name);
    if (name == QLatin1StringView("porter")) // the logo keeps its colours
        return QIcon(path);
    return QIcon(new LineIconEngine(path));
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

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QString appStyleSheet(const QPalette &palette)
{
    const QString common = QStringLiteral("QFrame#sidePanel { background: palette(base); }"
                                          "QTableView { gridline-color: transparent; }"
                                          "QTableView::item { padding: 0 6px; }"
                                          "QListView#propertyList::item { padding: 6px 4px; }"
                                          "QToolBar { spacing: 6px; padding: 3px; }");
    if (isDark(palette))
        // The same meanings on a dark window: light text on deep backgrounds, never dark on dark.
        return common +
               QStringLiteral(
                   "QLabel#errorLabel { color: #fca5a5; }"
                   "QLabel#warningLabel { color: #fde68a; background: #422006; border: 1px solid #a16207;"
                   "  border-radius: 4px; padding: 6px 8px; }"
                   "QLabel#infoLabel { color: #bfdbfe; background: #172554; border: 1px solid #1d4ed8;"
                   "  border-radius: 4px; padding: 6px 8px; }"
                   "QLabel#syncLabel[pending=\"true\"], QLabel#serverLabel { color: #fcd34d; font-weight: "
                   "600; }");
    return common +
           QStringLiteral(
               "QLabel#errorLabel { color: #b91c1c; }"
               "QLabel#warningLabel { color: #92400e; background: #fef3c7; border: 1px solid #fcd34d;"
               "  border-radius: 4px; padding: 6px 8px; }"
               "QLabel#infoLabel { color: #1e3a8a; background: #dbeafe; border: 1px solid #93c5fd;"
               "  border-radius: 4px; padding: 6px 8px; }"
               "QLabel#syncLabel[pending=\"true\"], QLabel#serverLabel { color: #92400e; font-weight: 600; "
               "}");
}

namespace {

// Chooses the stylesheet again when the palette changes (the desktop switched to dark mode, or a
// test set a palette). QApplication::setStyleSheet itself sends a palette change, so only a change
// of lightness is acted on.
class PaletteWatcher : public QObject
{
public:
    using QObject::QObject;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            const bool dark = isDark(QGuiApplication::palette());
            if (dark != m_dark) {
                m_dark = dark;
                qApp->setStyleSheet(appStyleSheet(QGuiApplication::palette()));
            }
        }
        return QObject::eventFilter(watched, event);
    }

    bool m_dark = false;
};

} // namespace

void applyAppearance(QApplication &app)
{
#ifdef Q_OS_LINUX
    // Fusion looks the same on every desktop and renders the status colours faithfully.
    if (qEnvironmentVariableIsEmpty("QT_STYLE_OVERRIDE"))
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
#endif
    QApplication::setWindowIcon(icon(QStringLiteral("porter")));
    // One watcher per application, even when called again.
    static QPointer<PaletteWatcher> watcher;
    if (!watcher || watcher->parent() != &app) {
        watcher = new PaletteWatcher(&app);
        app.installEventFilter(watcher);
    }
    watcher->m_dark = isDark(QGuiApplication::palette());
    app.setStyleSheet(appStyleSheet(QGuiApplication::palette()));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe8, 0xe8, 0xea);
    const QColor disabled(0x80, 0x82, 0x88), highlight(0x2f, 0x6f, 0xd0);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa2, 0xa8));
    p.setColor(QPalette::Mid, QColor(0x3c, 0x3f, 0x44));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Light, QColor(0x4a, 0x4d, 0x53));
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace porter::ui

namespace porter::ui {

QHBoxLayout *signInHeader(QWidget *owner, const QString &heading, const QString &where)
{
    auto *logo = new QLabel(owner);
    logo->setPixmap(icon(QStringLiteral("porter")).pixmap(QSize(48, 48)));
    auto *title = new QLabel(heading, owner);
    makeHeading(title, 1.6);
    auto *line = new QLabel(where, owner);
    makeHint(line);
    line->setWordWrap(true);
    line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *top = new QHBoxLayout;
    top->addWidget(logo, 0, Qt::AlignTop);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(line);
    top->addLayout(titles, 1);
    return top;
}

} // namespace porter::ui
