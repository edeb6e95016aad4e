#pragma once

// Door alarms: events a door raises about itself (not about a credential) that must reach Porter
// at the next sync and must not be displaced from the activity ring by a flood of failed
// attempts. They travel in the activity ring as entries of kind CredentialKind::Alarm
// (docs/door-protocol.md, "Alarms"); Porter imports them into its door alarm table and also
// raises some itself (UpdateRefused, ActivityLost seen in the door's status).

#include <cstdint>

namespace porter::door {

// Values are stored on the door and sent to Porter: never reuse a value.
enum class AlarmKind : std::uint8_t
{
    KeypadLockout = 1,          // detail: lockout length in seconds
    FailureBudgetExhausted = 2, // detail: 1 hourly budget, 2 daily budget
    ActivityLost = 3,           // detail: entries lost (Porter raises it from the door's status)
    ClockMovedBack = 4,         // detail: seconds moved back
    UpdateRefused = 5,          // detail: the door's UpdateError value
};

constexpr std::uint8_t kMaxAlarmKind = 5;

inline bool validAlarmKind(std::uint8_t v)
{
    return v >= 1 && v <= kMaxAlarmKind;
}

inline const char *describe(AlarmKind k)
{
    switch (k) {
    case AlarmKind::KeypadLockout:
        return "keypad lockout";
    case AlarmKind::FailureBudgetExhausted:
        return "keypad failure budget exhausted";
    case AlarmKind::ActivityLost:
        return "activity lost";
    case AlarmKind::ClockMovedBack:
        return "clock moved back";
    case AlarmKind::UpdateRefused:
        return "update refused";
    }
    return "invalid";
}

// A stable machine name (porterctl JSON, the database).
inline const char *alarmName(AlarmKind k)
{
    switch (k) {
    case AlarmKind::KeypadLockout:
        return "keypad-lockout";
    case AlarmKind::FailureBudgetExhausted:
        return "failure-budget-exhausted";
    case AlarmKind::ActivityLost:
        return "activity-lost";
    case AlarmKind::ClockMovedBack:
        return "clock-moved-back";
    case AlarmKind::UpdateRefused:
        return "update-refused";
    }
    return "invalid";
}

} // namespace porter::door
