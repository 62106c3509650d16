// DialNexaClient: the call-logs API over one QNetworkAccessManager. Bearer auth, a timeout on
// every request, If-None-Match per distinct query, X-RateLimit-* and Retry-After read, and
// every failure turned into a typed ApiError. The key never appears in a URL, a log line or
// an error text; plain http is refused unless the host is loopback; TLS errors are never
// ignored.
//
// Behind a caching proxy (packaging/proxy): a keyless client sends no Authorization header
// (the proxy adds the key); a private CA can be trusted for this client's requests only; an
// answer's age (the Age header of a standard cache) is reported, and an answer the proxy
// serves from its cache because it cannot reach the API (nginx's X-Cache-Status: STALE) is an
// error like the API's own outage, never fresh data.
#pragma once

#include "ApiError.h"
#include "ListQuery.h"
#include "RateLimit.h"
#include "core/api/DirectoryReader.h"
#include "core/api/json/CallLogReader.h"

#include <QHash>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QSslCertificate;
class QSslConfiguration;

namespace callboard {

class Clock;

struct ReplyInfo
{
    ApiError error;
    int httpStatus = 0;
    bool notModified = false; // 304: what we had is still current
    RateLimit rateLimit;
    qint64 bytes = 0;         // body bytes received
    qint64 ageMs = 0;         // how old a cache in front of the API says the answer is (Age)
};
struct ListResult
{
    ReplyInfo info;
    CallPage page;
};
struct CallResult
{
    ReplyInfo info;
    CallLog call;
};
struct DetailsResult
{
    ReplyInfo info;
    CallDetails details;
};
struct AgentsResult
{
    ReplyInfo info;
    AgentList list; // empty on 304 or an error
};
struct BatchesResult
{
    ReplyInfo info;
    BatchPage page; // empty on 304 or an error
};

class DialNexaClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DialNexaClient)
public:
    static QUrl defaultBaseUrl() { return QUrl(QStringLiteral("https://api.dialnexa.com/v1")); }
    // https anywhere; http only on loopback (the simulator). Sets *error when refused.
    static bool isAcceptableBaseUrl(const QUrl &url, QString *error);

    explicit DialNexaClient(Clock *clock = nullptr, QObject *parent = nullptr);
    ~DialNexaClient() override;

    bool setBaseUrl(const QUrl &url, QString *error = nullptr);
    QUrl baseUrl() const { return m_baseUrl; }
    void setApiKey(const QString &key);
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    // Keyless: no Authorization header at all, for a proxy that adds the key itself.
    void setKeyless(bool keyless);
    bool isKeyless() const { return m_keyless; }
    // Trusts the CA certificates of a PEM file, besides the system's, for this client's
    // requests only (they all go to the base URL's host: redirects are refused). Verification
    // stays on. Empty path: the system's CAs alone. False with *error when the file holds no
    // certificate; the previous trust is then kept.
    bool setCaFile(const QString &path, QString *error = nullptr);
    static bool readCaFile(const QString &path, QList<QSslCertificate> *certificates,
                           QString *error);
    QString caFile() const { return m_caFile; }
    // The oldest moment the answers received since markAnswers() speak for: their arrival
    // less the age a cache gave them. -1 when no answer arrived since the mark.
    void markAnswers() { m_answersAsOfMs = -1; }
    qint64 answersAsOfMs() const { return m_answersAsOfMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // Off only for the benchmark's naive client.
    void setConditionalRequests(bool on) { m_conditional = on; }
    void forgetETags() { m_etags.clear(); }

    template <typename R>
    using Callback = std::function<void(const R &)>;

    // conditional: send If-None-Match with the ETag last seen for this exact query.
    void listCalls(const ListQuery &query, bool conditional, QObject *context,
                   Callback<ListResult> done);
    void listCampaignCalls(const QString &campaignId, const ListQuery &query, bool conditional,
                           QObject *context, Callback<ListResult> done);
    void getCall(const QString &id, QObject *context, Callback<CallResult> done);
    void getCallDetails(const QString &id, QObject *context, Callback<DetailsResult> done);
    // The directory: /v1/agents, and one page of /v1/batch-calls (status: comma-separated, or
    // empty for every status). conditional as for listCalls.
    void listAgents(bool conditional, QObject *context, Callback<AgentsResult> done);
    void listBatches(int page, int limit, const QString &status, bool conditional,
                     QObject *context, Callback<BatchesResult> done);

    // Aborts the requests asked for with this context that have not finished: their callbacks
    // are never called and their bodies never read (a restarted session, a stopped engine).
    // Returns how many were aborted.
    int abortRequests(QObject *context);

    RateLimit rateLimit() const { return m_rateLimit; }
    int requestsSent() const { return m_requestsSent; }
    int requestsAborted() const { return m_requestsAborted; }
    qint64 bytesReceived() const { return m_bytesReceived; }
    int inFlight() const { return m_inFlight; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

signals:
    void rateLimitChanged(const callboard::RateLimit &rateLimit);

private:
    using RawHandler = std::function<void(QNetworkReply *reply, const QByteArray &body,
                                          ReplyInfo &info, bool *storeETag)>;
    void send(const QString &path, const QUrlQuery &query, bool conditional, QObject *context,
              RawHandler handler);
    void finish(QNetworkReply *reply, const QString &etagKey, QObject *context, bool hasContext,
                const RawHandler &handler);
    qint64 nowMs() const;
    void readCacheHeaders(QNetworkReply *reply, ReplyInfo &info);
    static RawHandler listHandler(Callback<ListResult> done);

    QNetworkAccessManager *m_nam;
    Clock *m_clock;
    QUrl m_baseUrl;
    QString m_apiKey;
    bool m_keyless = false;
    QString m_caFile;
    std::unique_ptr<QSslConfiguration> m_tls; // null: Qt's default configuration
    qint64 m_answersAsOfMs = -1;
    int m_timeoutMs = 15000;
    bool m_conditional = true;
    QHash<QString, QByteArray> m_etags; // path?query -> ETag
    QHash<QNetworkReply *, const QObject *> m_pending; // unfinished reply -> its context
    RateLimit m_rateLimit;
    int m_requestsSent = 0;
    int m_requestsAborted = 0;
    qint64 m_bytesReceived = 0;
    int m_inFlight = 0;
};

} // namespace callboard
