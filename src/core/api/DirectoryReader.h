// Tolerant reading of the directory's JSON: /v1/agents ({"agents": [...]}, or a bare array)
// and /v1/batch-calls ({"items": [...], "total", "page", "limit"}, or {data, meta}, or a bare
// array). As with call logs, a record that cannot be read (not an object, no string id) is
// skipped and counted, unknown fields are ignored, and a body that is not JSON is an error of
// that request.
#pragma once

#include "core/model/DirectoryRecords.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

namespace callboard {

struct AgentList
{
    QList<AgentInfo> agents;
    int skipped = 0;
};

struct BatchPage
{
    QList<BatchInfo> items;
    int total = -1; // -1: the body did not say
    int page = -1;
    int limit = -1;
    int skipped = 0;
};

namespace DirectoryReader {

bool readAgent(const QJsonValue &value, AgentInfo *out);
bool readBatch(const QJsonValue &value, BatchInfo *out);
// Returns false and sets *error when the body is not JSON or holds no list.
bool readAgentsBody(const QByteArray &body, AgentList *out, QString *error);
bool readBatchesBody(const QByteArray &body, BatchPage *out, QString *error);

} // namespace DirectoryReader
} // namespace callboard
