#include "scheduleeditor.h"

#include "theme.h"
#include "viewmodels/keysmodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace porter::ui {

namespace {

constexpr int kDayMinutes = 1440;
const ScheduleEditor::Period kAllDay{0, kDayMinutes};

// "8", "08", "8:30", "0830", "24:00" as minutes of the day, or -1.
int parseMinute(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d{1,2})(?::?(\\d{2}))?\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return -1;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    if (min > 59 || h > 24 || (h == 24 && min > 0))
        return -1;
    return h * 60 + min;
}

QString dayName(int day) // 0 = Monday
{
    QString name = QLocale().dayName(day + 1, QLocale::LongFormat);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

QList<ScheduleEditor::Period> merged(QList<ScheduleEditor::Period> periods)
{
    std::sort(periods.begin(), periods.end());
    QList<ScheduleEditor::Period> out;
    for (const auto &p : periods) {
        if (!out.isEmpty() && p.first <= out.last().second)
            out.last().second = std::max(out.last().second, p.second);
        else
            out.append(p);
    }
    return out;
}

// Whether two schedules open at exactly the same hours of every weekday.
bool sameHours(const Schedule &a, const Schedule &b)
{
    for (int day = 0; day < 7; ++day)
        if (KeysModel::hoursOn(a, day) != KeysModel::hoursOn(b, day))
            return false;
    return true;
}

} // namespace

// --- MinuteSpinBox ---

MinuteSpinBox::MinuteSpinBox(bool endOfPeriod, QWidget *parent)
    : QSpinBox(parent)
{
    setRange(endOfPeriod ? 1 : 0, endOfPeriod ? kDayMinutes : kDayMinutes - 1);
    setSingleStep(30);
    setAccelerated(true);
    setKeyboardTracking(false);
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setToolTip(endOfPeriod
                   ? tr("Until this time (24:00 is the end of the day). Type it as 17:30, or step "
                        "by half hours with the arrow keys.")
                   : tr("From this time. Type it as 08:15, or step by half hours with the arrow keys."));
}

QString MinuteSpinBox::textFromValue(int value) const
{
    return KeysModel::minuteText(value);
}

int MinuteSpinBox::valueFromText(const QString &text) const
{
    const int v = parseMinute(text);
    return v < 0 ? value() : v;
}

QValidator::State MinuteSpinBox::validate(QString &input, int &pos) const
{
    Q_UNUSED(pos)
    static const QRegularExpression partial(QStringLiteral("^\\s*\\d{0,2}:?\\d{0,2}\\s*$"));
    const int v = parseMinute(input);
    if (v >= minimum() && v <= maximum())
        return QValidator::Acceptable;
    return partial.match(input).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
}

// --- ScheduleEditor ---

ScheduleEditor::ScheduleEditor(QWidget *parent)
    : QWidget(parent)
    , m_always(new QPushButton(tr("Al&ways"), this))
    , m_weekdays(new QPushButton(tr("&Weekdays 08:00–18:00"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("scheduleEditor"));
    m_always->setObjectName(QStringLiteral("alwaysPreset"));
    m_weekdays->setObjectName(QStringLiteral("weekdaysPreset"));
    m_always->setToolTip(tr("Open every day, all day."));
    m_weekdays->setToolTip(tr("Monday to Friday from 08:00 to 18:00; closed on Saturday and Sunday."));
    m_always->setAutoDefault(false);
    m_weekdays->setAutoDefault(false);
    connect(m_always, &QPushButton::clicked, this, &ScheduleEditor::applyAlways);
    connect(m_weekdays, &QPushButton::clicked, this, &ScheduleEditor::applyWeekdays);
    auto *presets = new QHBoxLayout;
    auto *presetsLabel = new QLabel(tr("Presets:"), this);
    presets->addWidget(presetsLabel);
    presets->addWidget(m_always);
    presets->addWidget(m_weekdays);
    presets->addStretch();

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(4);
    for (int day = 0; day < 7; ++day) {
        DayRow row;
        row.label = new QLabel(dayName(day), this);
        row.mode = new QComboBox(this);
        row.mode->setObjectName(QStringLiteral("dayMode%1").arg(day));
        row.mode->addItem(tr("All day"), int(DayMode::AllDay));
        row.mode->addItem(tr("Closed"), int(DayMode::Closed));
        row.mode->addItem(tr("Hours"), int(DayMode::Hours));
        //: Accessible name of a weekday's schedule choice, e.g. "Monday: when the key opens"
        row.mode->setAccessibleName(tr("%1: when the key opens").arg(dayName(day)));
        row.label->setBuddy(row.mode);
        row.periodsBox = new QWidget(this);
        row.periodsLayout = new QHBoxLayout(row.periodsBox);
        row.periodsLayout->setContentsMargins(0, 0, 0, 0);
        row.periodsLayout->setSpacing(6);
        row.add = new QToolButton(this);
        row.add->setObjectName(QStringLiteral("addPeriod%1").arg(day));
        row.add->setText(tr("Add hours"));
        //: Tooltip of the button that adds a period on one weekday, e.g. "Add opening hours on Monday"
        row.add->setToolTip(tr("Add opening hours on %1").arg(dayName(day)));
        row.add->setAccessibleName(row.add->toolTip());
        row.periodsLayout->addWidget(row.add);
        row.periodsLayout->addStretch();
        grid->addWidget(row.label, day, 0);
        grid->addWidget(row.mode, day, 1);
        grid->addWidget(row.periodsBox, day, 2);
        m_days.append(row);
        connect(row.mode, &QComboBox::currentIndexChanged, this, [this, day] { onModeChanged(day); });
        connect(row.add, &QToolButton::clicked, this, [this, day] {
            // After the last period of the day, or the usual office hours on an empty day.
            const QList<Period> existing = periods(day);
            const int start =
                existing.isEmpty() ? 9 * 60 : std::min(existing.last().second + 60, kDayMinutes - 60);
            addPeriod(day, {start, std::min(start + 60 * (existing.isEmpty() ? 8 : 2), kDayMinutes)});
            m_days[day].periods.last().from->setFocus();
            emitChanged();
        });
    }
    grid->setColumnStretch(2, 1);

    m_summary->setObjectName(QStringLiteral("scheduleSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(presets);
    layout->addLayout(grid);
    layout->addWidget(m_summary);
    setSchedule(Schedule());
}

void ScheduleEditor::setSchedule(const Schedule &schedule)
{
    m_loading = true;
    for (int day = 0; day < 7; ++day) {
        const QList<Period> hours = KeysModel::hoursOn(schedule, day);
        if (hours.isEmpty())
            setDay(day, DayMode::Closed);
        else if (hours == QList<Period>{kAllDay})
            setDay(day, DayMode::AllDay);
        else
            setDay(day, DayMode::Hours, hours);
    }
    m_original = schedule;
    m_loading = false;
    emitChanged();
}

void ScheduleEditor::setDay(int day, DayMode mode, const QList<Period> &periods)
{
    DayRow &row = m_days[day];
    const bool wasLoading = m_loading;
    m_loading = true;
    row.mode->setCurrentIndex(row.mode->findData(int(mode)));
    clearPeriods(day);
    if (mode == DayMode::Hours) {
        for (const Period &p : periods.isEmpty() ? QList<Period>{{9 * 60, 17 * 60}} : periods)
            addPeriod(day, p);
    }
    updateRow(day);
    m_loading = wasLoading;
    emitChanged();
}

ScheduleEditor::DayMode ScheduleEditor::dayMode(int day) const
{
    return DayMode(m_days.at(day).mode->currentData().toInt());
}

QList<ScheduleEditor::Period> ScheduleEditor::periods(int day) const
{
    QList<Period> out;
    for (const PeriodEdit &p : m_days.at(day).periods)
        out.append({p.from->value(), p.to->value()});
    return out;
}

QComboBox *ScheduleEditor::modeCombo(int day) const
{
    return m_days.at(day).mode;
}

QToolButton *ScheduleEditor::addPeriodButton(int day) const
{
    return m_days.at(day).add;
}

void ScheduleEditor::applyAlways()
{
    m_loading = true;
    for (int day = 0; day < 7; ++day)
        setDay(day, DayMode::AllDay);
    m_loading = false;
    emitChanged();
}

void ScheduleEditor::applyWeekdays()
{
    m_loading = true;
    for (int day = 0; day < 7; ++day) {
        if (day < 5)
            setDay(day, DayMode::Hours, {{8 * 60, 18 * 60}});
        else
            setDay(day, DayMode::Closed);
    }
    m_loading = false;
    emitChanged();
}

void ScheduleEditor::addPeriod(int day, Period period)
{
    DayRow &row = m_days[day];
    PeriodEdit edit;
    edit.box = new QWidget(row.periodsBox);
    auto *layout = new QHBoxLayout(edit.box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    edit.from = new MinuteSpinBox(false, edit.box);
    edit.to = new MinuteSpinBox(true, edit.box);
    const int n = int(row.periods.size()) + 1;
    //: Accessible names of a period's times, e.g. "Monday, hours 1: from"
    edit.from->setAccessibleName(tr("%1, hours %2: from").arg(dayName(day)).arg(n));
    edit.to->setAccessibleName(tr("%1, hours %2: until").arg(dayName(day)).arg(n));
    edit.from->setValue(period.first);
    edit.to->setValue(period.second);
    auto *dash = new QLabel(tr("–"), edit.box);
    auto *remove = new QToolButton(edit.box);
    remove->setText(QStringLiteral("✕"));
    remove->setAutoRaise(true);
    remove->setToolTip(tr("Remove these hours"));
    remove->setAccessibleName(tr("Remove hours %1 on %2").arg(n).arg(dayName(day)));
    layout->addWidget(edit.from);
    layout->addWidget(dash);
    layout->addWidget(edit.to);
    layout->addWidget(remove);
    row.periodsLayout->insertWidget(int(row.periods.size()), edit.box);
    edit.remove = remove;
    row.periods.append(edit);
    QWidget *box = edit.box;
    connect(remove, &QToolButton::clicked, this, [this, day, box] { removePeriod(day, box); });
    connect(edit.from, &QSpinBox::valueChanged, this, &ScheduleEditor::emitChanged);
    connect(edit.to, &QSpinBox::valueChanged, this, &ScheduleEditor::emitChanged);
    updateTabOrder();
}

void ScheduleEditor::updateTabOrder()
{
    QList<QWidget *> chain = {m_always, m_weekdays};
    for (const DayRow &row : std::as_const(m_days)) {
        chain << row.mode;
        for (const PeriodEdit &p : row.periods)
            chain << p.from << p.to << p.remove;
        chain << row.add;
    }
    for (int i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain.at(i - 1), chain.at(i));
}

void ScheduleEditor::removePeriod(int day, QWidget *box)
{
    DayRow &row = m_days[day];
    for (int i = 0; i < row.periods.size(); ++i) {
        if (row.periods.at(i).box == box) {
            row.periods.removeAt(i);
            box->deleteLater();
            break;
        }
    }
    // No hours left on the day: it is closed.
    if (row.periods.isEmpty()) {
        const bool wasLoading = m_loading;
        m_loading = true;
        row.mode->setCurrentIndex(row.mode->findData(int(DayMode::Closed)));
        m_loading = wasLoading;
        row.mode->setFocus();
    }
    updateRow(day);
    emitChanged();
}

void ScheduleEditor::clearPeriods(int day)
{
    DayRow &row = m_days[day];
    for (const PeriodEdit &p : std::as_const(row.periods)) {
        p.box->hide();
        p.box->deleteLater();
    }
    row.periods.clear();
}

void ScheduleEditor::onModeChanged(int day)
{
    if (m_loading)
        return;
    clearPeriods(day);
    if (dayMode(day) == DayMode::Hours)
        addPeriod(day, {9 * 60, 17 * 60});
    updateRow(day);
    emitChanged();
}

void ScheduleEditor::updateRow(int day)
{
    DayRow &row = m_days[day];
    row.periodsBox->setVisible(dayMode(day) == DayMode::Hours);
}

void ScheduleEditor::emitChanged()
{
    if (m_loading)
        return;
    const auto s = schedule();
    if (s.ok()) {
        m_summary->setObjectName(QStringLiteral("scheduleSummary"));
        //: Under the schedule editor: what the key's schedule is, e.g. "Opens: Mon–Fri 08:00–18:00"
        m_summary->setText(tr("Opens: %1").arg(KeysModel::scheduleSummary(*s)));
    } else {
        m_summary->setObjectName(QStringLiteral("errorLabel"));
        m_summary->setText(s.error().message);
    }
    m_summary->style()->unpolish(m_summary);
    m_summary->style()->polish(m_summary);
    Q_EMIT changed();
}

Result<Schedule> ScheduleEditor::schedule() const
{
    QList<QList<Period>> hours;
    bool always = true;
    bool anyOpen = false;
    for (int day = 0; day < 7; ++day) {
        QList<Period> open;
        switch (dayMode(day)) {
        case DayMode::AllDay:
            open = {kAllDay};
            break;
        case DayMode::Closed:
            break;
        case DayMode::Hours:
            for (const Period &p : periods(day)) {
                if (p.second <= p.first)
                    return makeError(
                        ErrorCode::InvalidInput,
                        //: %1 a weekday, %2–%3 the hours, e.g. "On Monday, the hours 18:00–08:00 end..."
                        tr("On %1, the hours %2–%3 end before they start. For hours past midnight, end the "
                           "day at 24:00 and start the next day at 00:00.")
                            .arg(dayName(day), KeysModel::minuteText(p.first),
                                 KeysModel::minuteText(p.second)));
                open.append(p);
            }
            open = merged(open);
            break;
        }
        always = always && open == QList<Period>{kAllDay};
        anyOpen = anyOpen || !open.isEmpty();
        hours.append(open);
    }
    if (!anyOpen)
        return makeError(ErrorCode::InvalidInput,
                         tr("The key would open on no day. Choose the days and hours it opens, or Always."));
    Schedule built;
    if (!always) {
        // One window per distinct period, on every day that has it: Mon–Fri 08:00–18:00 is one window.
        QMap<Period, int> daysOf;
        for (int day = 0; day < 7; ++day)
            for (const Period &p : hours.at(day))
                daysOf[p] |= 1 << day;
        for (auto it = daysOf.cbegin(); it != daysOf.cend(); ++it)
            built.windows.append(ScheduleWindow{it.value(), it.key().first, it.key().second});
        // By first day, then start: "Mon–Fri 08:00–18:00; Sat 10:00–14:00".
        std::stable_sort(built.windows.begin(), built.windows.end(),
                         [](const ScheduleWindow &a, const ScheduleWindow &b) {
                             const int fa = a.days & -a.days, fb = b.days & -b.days;
                             return fa != fb ? fa < fb : a.startMinute < b.startMinute;
                         });
    }
    // Unchanged hours keep the schedule as it was written (same windows, same text).
    if (sameHours(built, m_original))
        return m_original;
    return built;
}

} // namespace porter::ui
