// The words for wire values that the core itself writes (alert messages) as well as the
// views: one translation context ("Labels") whichever side asks.
#include "CallLog.h"

#include <QCoreApplication>

namespace callboard {

QString endReasonLabel(const QString &raw)
{
    const EndReason r = endReasonFromString(raw);
    switch (r) {
    case EndReason::None:
        return QStringLiteral("—");
    case EndReason::AgentDisconnected:
        return QCoreApplication::translate("Labels", "Agent hung up");
    case EndReason::UserDisconnected:
        return QCoreApplication::translate("Labels", "Caller hung up");
    case EndReason::UserBusy:
        return QCoreApplication::translate("Labels", "Line busy");
    case EndReason::UserDidNotPickUp:
        return QCoreApplication::translate("Labels", "No answer"); // as the statuses did_not_pick and no_answer
    case EndReason::InvalidPhoneNumber:
        return QCoreApplication::translate("Labels", "Invalid number");
    case EndReason::Unknown:
        return QCoreApplication::translate("Labels", "Unknown reason");
    case EndReason::NetworkFailure:
        return QCoreApplication::translate("Labels", "Network failure");
    case EndReason::VoicemailDetected:
        return QCoreApplication::translate("Labels", "Voicemail detected");
    case EndReason::UserUnreachable:
        return QCoreApplication::translate("Labels", "Unreachable");
    case EndReason::DestinationForbidden:
        return QCoreApplication::translate("Labels", "Destination forbidden");
    case EndReason::SystemFailure:
        return QCoreApplication::translate("Labels", "System failure");
    case EndReason::SystemAtCapacity:
        return QCoreApplication::translate("Labels", "System at capacity");
    case EndReason::InsufficientBalance:
        return QCoreApplication::translate("Labels", "Insufficient balance");
    case EndReason::Other:
        break;
    }
    QString human = raw;
    human.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!human.isEmpty())
        human[0] = human[0].toUpper();
    return human;
}

} // namespace callboard
