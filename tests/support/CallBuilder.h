// CallBuilder: one CallLog for a test, field by field, the way the readers would fill it (a
// wire string sets its text and its enum together). What a test does not set keeps CallLog's
// defaults, so a test states exactly the fields its assertions depend on:
//
//     const CallLog c = CallBuilder(QStringLiteral("c1")).status(QStringLiteral("completed"))
//                           .createdAt(kNow.addSecs(-60)).duration(60);
#pragma once

#include "core/model/CallLog.h"

#include <QDateTime>
#include <QString>
#include <QVariant>

namespace callboard::test {

class CallBuilder
{
public:
    explicit CallBuilder(const QString &id);

    CallBuilder &callId(const QString &callId);
    // The status as the API spells it: statusText and status.
    CallBuilder &status(const QString &wire);
    // Only the enum, statusText left empty, for code that reads nothing but the enum.
    CallBuilder &status(CallStatus status);
    // The sentiment as the API spells it (empty: null): sentimentText and sentiment.
    CallBuilder &sentiment(const QString &wire);
    CallBuilder &createdAt(qint64 msSinceEpoch);
    CallBuilder &createdAt(const QDateTime &at);
    CallBuilder &duration(int seconds); // -1: null
    // The end reason as the API spells it (empty: null): endReasonText and endReason.
    CallBuilder &endReason(const QString &wire);
    CallBuilder &agent(const QString &agentId);
    CallBuilder &campaign(const QString &campaignId);
    CallBuilder &batch(const QString &batchCallId);
    CallBuilder &toNumber(const QString &number);
    CallBuilder &direction(const QString &callDirection);
    // Appends one analysis field (keep keys in order: CallLog holds them sorted).
    CallBuilder &analysis(const QString &key, const AnalysisValue &value = {});
    CallBuilder &analysis(const QString &key, const QString &text); // a String value

    CallLog build() const { return m_call; }
    operator CallLog() const { return m_call; } // NOLINT(google-explicit-constructor)

private:
    CallLog m_call;
};

} // namespace callboard::test
