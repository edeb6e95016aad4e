#include "statusstyle.h"

#include "theme.h"
#include "viewmodels/displaytext.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QIconEngine>
#include <QLabel>
#include <QPainter>
#include <cmath>

namespace porter::ui {

QColor statusColor(PersonStatus s)
{
    switch (s) {
    case PersonStatus::Invited:
        return QColor(0x25, 0x63, 0xeb); // blue: access starts later
    case PersonStatus::Active:
        return QColor(0x16, 0x80, 0x3d); // green
    case PersonStatus::Expired:
        return QColor(0xb4, 0x5f, 0x06); // amber
    case PersonStatus::Revoked:
        return QColor(0xc0, 0x26, 0x26); // red
    case PersonStatus::Deleted:
    case PersonStatus::NoAccess:
        return QColor(0x6b, 0x72, 0x80); // grey
    }
    return Qt::gray;
}

namespace {

class DotEngine : public QIconEngine
{
public:
    explicit DotEngine(QColor c)
        : m_color(c)
    {}
    void paint(QPainter *p, const QRect &rect, QIcon::Mode, QIcon::State) override
    {
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(m_color);
        const qreal r = qMin(rect.width(), rect.height()) * 0.3;
        p->drawEllipse(QRectF(rect).center(), r, r);
        p->restore();
    }
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        return scaledPixmap(size, mode, state, 1.0);
    }
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override
    {
        QPixmap pm(size * scale);
        pm.fill(Qt::transparent);
        pm.setDevicePixelRatio(scale);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }
    QIconEngine *clone() const override { return new DotEngine(m_color); }

private:
    QColor m_color;
};

} // namespace

QIcon statusIcon(PersonStatus s)
{
    return QIcon(new DotEngine(statusColor(s)));
}

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

QColor mix(const QColor &a, const QColor &b, double t) // t = 0: a, t = 1: b
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// The status hue, moved towards the palette's text colour (darker on a light palette, lighter on a
// dark one) just until it reads on `background`; a small margin keeps rounding off the threshold.
QColor readableOn(const QColor &hue, const QColor &background, const QColor &text)
{
    for (int step = 0; step <= 20; ++step) {
        const QColor c = mix(hue, text, step / 20.0);
        if (contrastRatio(c, background) >= kPillContrast + 0.2)
            return c;
    }
    return text;
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

PillColors statusPillColors(PersonStatus s, const QPalette &palette)
{
    const QColor hue = statusColor(s);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    PillColors out;
    // A faint tint on a light base; a stronger one on a dark base, where a faint tint disappears.
    out.background = mix(base, hue, isDark(palette) ? 0.22 : 0.11);
    out.dot = isDark(palette) ? mix(hue, text, 0.25) : hue;
    out.text = readableOn(isDark(palette) ? hue : hue.darker(125), out.background, text);
    return out;
}

QColor statusTextColor(PersonStatus s, const QPalette &palette)
{
    return readableOn(statusColor(s), palette.color(QPalette::Active, QPalette::Window),
                      palette.color(QPalette::Active, QPalette::WindowText));
}

StatusDelegate::StatusDelegate(int statusRole, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_statusRole(statusRole)
{}

void StatusDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                           const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const auto status = PersonStatus(index.data(m_statusRole).toInt());
    const PillColors colors = statusPillColors(status, opt.palette);
    const QFontMetrics fm(opt.font);
    const int pad = fm.height() / 2;
    const int dot = fm.height() / 2;
    const int pillHeight = fm.height() + 4;
    const int pillWidth = pad + dot + pad / 2 + fm.horizontalAdvance(text) + pad;
    QRect pill(opt.rect.left() + 4, opt.rect.center().y() - pillHeight / 2 + 1, pillWidth, pillHeight);
    pill = pill.intersected(opt.rect.adjusted(2, 1, -2, -1));

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    // The pill is opaque, so it looks the same on any row, and a blue (Invited) pill never melts into
    // the blue selection; its word keeps its contrast on light and dark palettes (statusPillColors).
    painter->setPen(Qt::NoPen);
    painter->setBrush(colors.background);
    painter->drawRoundedRect(pill, pillHeight / 2.0, pillHeight / 2.0);
    painter->setBrush(colors.dot);
    painter->drawEllipse(QRectF(pill.left() + pad, pill.center().y() - dot / 2.0 + 0.5, dot, dot));
    painter->setPen(colors.text);
    QFont f = opt.font;
    f.setWeight(QFont::DemiBold);
    painter->setFont(f);
    painter->drawText(pill.adjusted(pad + dot + pad / 2, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    painter->restore();
}

QSize StatusDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    s.setWidth(s.width() + fm.height() * 2);
    return s;
}

StatusLegend::StatusLegend(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    const int size = fontMetrics().height();
    setObjectName(QStringLiteral("statusLegend"));
    for (PersonStatus s : {PersonStatus::Invited, PersonStatus::Active, PersonStatus::Expired,
                           PersonStatus::Revoked, PersonStatus::NoAccess}) {
        auto *dot = new QLabel(this);
        dot->setPixmap(statusIcon(s).pixmap(QSize(size, size)));
        auto *word = new QLabel(DisplayText::status(s), this);
        word->setObjectName(QStringLiteral("legendWord"));
        word->setForegroundRole(QPalette::PlaceholderText);
        auto *pair = new QHBoxLayout;
        pair->setSpacing(2);
        pair->addWidget(dot);
        pair->addWidget(word);
        layout->addLayout(pair);
    }
    setToolTip(
        tr("Invited: access starts later. Active: can open doors now. Expired: every key has "
           "passed its expiration. Revoked: all keys were revoked; can be given keys again. No access: "
           "holds no key (every key was removed); can be given keys again."));
}

} // namespace porter::ui
