#include "CallBuilder.h"

namespace callboard::test {

CallBuilder::CallBuilder(const QString &id) { m_call.id = id; }

CallBuilder &CallBuilder::callId(const QString &callId)
{
    m_call.callId = callId;
    return *this;
}

CallBuilder &CallBuilder::status(const QString &wire)
{
    m_call.statusText = wire;
    m_call.status = statusFromString(wire);
    return *this;
}

CallBuilder &CallBuilder::status(CallStatus status)
{
    m_call.status = status;
    return *this;
}

CallBuilder &CallBuilder::sentiment(const QString &wire)
{
    m_call.sentimentText = wire;
    m_call.sentiment = sentimentFromString(wire);
    return *this;
}

CallBuilder &CallBuilder::createdAt(qint64 msSinceEpoch)
{
    m_call.createdAtMs = msSinceEpoch;
    return *this;
}

CallBuilder &CallBuilder::createdAt(const QDateTime &at) { return createdAt(at.toMSecsSinceEpoch()); }

CallBuilder &CallBuilder::duration(int seconds)
{
    m_call.durationSeconds = seconds;
    return *this;
}

CallBuilder &CallBuilder::endReason(const QString &wire)
{
    m_call.endReasonText = wire;
    m_call.endReason = endReasonFromString(wire);
    return *this;
}

CallBuilder &CallBuilder::agent(const QString &agentId)
{
    m_call.agentId = agentId;
    return *this;
}

CallBuilder &CallBuilder::campaign(const QString &campaignId)
{
    m_call.campaignId = campaignId;
    return *this;
}

CallBuilder &CallBuilder::batch(const QString &batchCallId)
{
    m_call.batchCallId = batchCallId;
    return *this;
}

CallBuilder &CallBuilder::toNumber(const QString &number)
{
    m_call.toNumber = number;
    return *this;
}

CallBuilder &CallBuilder::direction(const QString &callDirection)
{
    m_call.callDirection = callDirection;
    return *this;
}

CallBuilder &CallBuilder::analysis(const QString &key, const AnalysisValue &value)
{
    m_call.analysis.push_back(AnalysisField{key, value});
    return *this;
}

CallBuilder &CallBuilder::analysis(const QString &key, const QString &text)
{
    return analysis(key, AnalysisValue{AnalysisValue::Type::String, text, text});
}

} // namespace callboard::test
