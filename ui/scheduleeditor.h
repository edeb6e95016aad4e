#pragma once

#include "model/schedule.h"

#include <QPair>
#include <QSpinBox>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QToolButton;

namespace porter::ui {

// A time of day as minutes, typed or stepped as "HH:mm"; the end of a period may be 24:00 (the end of
// the day, which a schedule stores as minute 1440 and QTimeEdit cannot show).
class MinuteSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    MinuteSpinBox(bool endOfPeriod, QWidget *parent = nullptr);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString &text) const override;
    QValidator::State validate(QString &input, int &pos) const override;
};

// The weekly schedule of a key: one row per weekday, each open all day, closed, or open during one or
// more periods "from–to" (minute precision, ending at 24:00 at the latest), and presets. It expresses
// exactly what a porter::Schedule holds: the hours each weekday opens. Windows that overlap or touch
// on a day read as one period; a schedule read and not changed is given back unchanged (same text).
// A schedule open all day every day is "always" (an empty Schedule). Nothing open at all cannot be
// stored (an empty schedule means always), so it is refused with a message.
class ScheduleEditor : public QWidget
{
    Q_OBJECT

public:
    enum class DayMode
    {
        AllDay,
        Closed,
        Hours
    };
    using Period = QPair<int, int>; // [start, end) minutes

    explicit ScheduleEditor(QWidget *parent = nullptr);

    void setSchedule(const Schedule &schedule);
    // The schedule shown, or why it cannot be stored (a period ending before it starts, nothing open).
    Result<Schedule> schedule() const;

    // One weekday (0 = Monday .. 6 = Sunday).
    DayMode dayMode(int day) const;
    QList<Period> periods(int day) const; // Hours only
    void setDay(int day, DayMode mode, const QList<Period> &periods = {});
    QComboBox *modeCombo(int day) const;
    QToolButton *addPeriodButton(int day) const;
    QPushButton *alwaysButton() const { return m_always; }
    QPushButton *weekdaysButton() const { return m_weekdays; }
    QLabel *summaryLabel() const { return m_summary; }

public Q_SLOTS:
    void applyAlways();
    void applyWeekdays(); // Monday to Friday 08:00–18:00, closed at the weekend

Q_SIGNALS:
    void changed();

private:
    struct PeriodEdit
    {
        QWidget *box = nullptr;
        MinuteSpinBox *from = nullptr;
        MinuteSpinBox *to = nullptr;
        QToolButton *remove = nullptr;
    };
    struct DayRow
    {
        QLabel *label = nullptr;
        QComboBox *mode = nullptr;
        QWidget *periodsBox = nullptr;
        QHBoxLayout *periodsLayout = nullptr;
        QToolButton *add = nullptr;
        QList<PeriodEdit> periods;
    };

    void addPeriod(int day, Period period);
    void removePeriod(int day, QWidget *box);
    void clearPeriods(int day);
    void onModeChanged(int day);
    void updateRow(int day);
    // Periods are added at any time: keep Tab going day by day, left to right.
    void updateTabOrder();
    void emitChanged();

    QList<DayRow> m_days;
    QPushButton *m_always;
    QPushButton *m_weekdays;
    QLabel *m_summary;
    Schedule m_original;
    bool m_loading = false;
};

} // namespace porter::ui
