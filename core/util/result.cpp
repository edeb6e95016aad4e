#include "util/result.h"

namespace porter {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid-input");
    case ErrorCode::NotFound:
        return QStringLiteral("not-found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::PermissionDenied:
        return QStringLiteral("permission-denied");
    case ErrorCode::AuthenticationFailed:
        return QStringLiteral("authentication-failed");
    case ErrorCode::PasswordNeeded:
        return QStringLiteral("password-needed");
    case ErrorCode::Storage:
        return QStringLiteral("storage");
    case ErrorCode::Crypto:
        return QStringLiteral("crypto");
    case ErrorCode::Protocol:
        return QStringLiteral("protocol");
    case ErrorCode::LinkLost:
        return QStringLiteral("link-lost");
    case ErrorCode::DoorRejected:
        return QStringLiteral("door-rejected");
    case ErrorCode::Cancelled:
        return QStringLiteral("cancelled");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    case ErrorCode::Usage:
        return QStringLiteral("usage");
    }
    return QStringLiteral("internal");
}

} // namespace porter
