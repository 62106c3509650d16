#include "DialNexaClient.h"

#include "core/time/Clock.h"

#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>

namespace callboard {

bool DialNexaClient::isAcceptableBaseUrl(const QUrl &url, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    if (!url.isValid() || url.host().isEmpty())
        return refuse(tr("The base URL is not a valid URL."));
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment())
        return refuse(tr("The base URL must not carry credentials, a query or a fragment."));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return true;
    if (scheme != QLatin1String("http"))
        return refuse(tr("The base URL must start with https://."));
    const QString host = url.host();
    const QHostAddress address(host);
    const bool loopback = host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0
                          || (!address.isNull() && address.isLoopback());
    if (!loopback)
        return refuse(tr("Plain http:// is refused except on this computer (loopback): "
                         "the API key would travel unencrypted."));
    return true;
}

DialNexaClient::DialNexaClient(Clock *clock, QObject *parent)
    : QObject(parent), m_nam(new QNetworkAccessManager(this)), m_clock(clock),
      m_baseUrl(defaultBaseUrl())
{
    // Redirects could carry the Authorization header to another host: treat them as errors.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

DialNexaClient::~DialNexaClient() = default;

bool DialNexaClient::setBaseUrl(const QUrl &url, QString *error)
{
    if (!isAcceptableBaseUrl(url, error))
        return false;
    QUrl clean = url.adjusted(QUrl::StripTrailingSlash);
    if (clean != m_baseUrl)
        m_etags.clear();
    m_baseUrl = clean;
    return true;
}

void DialNexaClient::setApiKey(const QString &key)
{
    if (key != m_apiKey)
        m_etags.clear();
    m_apiKey = key.trimmed();
}

void DialNexaClient::setKeyless(bool keyless)
{
    if (keyless != m_keyless)
        m_etags.clear();
    m_keyless = keyless;
}

bool DialNexaClient::readCaFile(const QString &path, QList<QSslCertificate> *certificates,
                                QString *error)
{
    const QList<QSslCertificate> read =
        QSslCertificate::fromPath(path, QSsl::Pem, QSslCertificate::PatternSyntax::FixedString);
    if (read.isEmpty()) {
        if (error)
            *error = tr("the CA file %1 cannot be read or holds no PEM certificate").arg(path);
        return false;
    }
    if (certificates)
        *certificates = read;
    return true;
}

bool DialNexaClient::setCaFile(const QString &path, QString *error)
{
    if (path.isEmpty()) {
        m_tls.reset();
        m_caFile.clear();
        return true;
    }
    QList<QSslCertificate> certificates;
    if (!readCaFile(path, &certificates, error))
        return false;
    auto tls = std::make_unique<QSslConfiguration>(QSslConfiguration::defaultConfiguration());
    tls->addCaCertificates(certificates);
    m_tls = std::move(tls);
    m_caFile = path;
    return true;
}

qint64 DialNexaClient::nowMs() const
{
    return m_clock ? m_clock->nowMs() : QDateTime::currentMSecsSinceEpoch();
}

void DialNexaClient::send(const QString &path, const QUrlQuery &query, bool conditional,
                          QObject *context, RawHandler handler)
{
    QUrl url = m_baseUrl;
    url.setPath(m_baseUrl.path() + path);
    url.setQuery(query);
    const QString etagKey = url.toString(QUrl::FullyEncoded);

    QNetworkRequest request(url);
    if (!m_keyless)
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    if (m_tls)
        request.setSslConfiguration(*m_tls);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray("Callboard/" CALLBOARD_VERSION));
    request.setTransferTimeout(m_timeoutMs);
    const bool useETag = conditional && m_conditional;
    if (useETag) {
        const QByteArray etag = m_etags.value(etagKey);
        if (!etag.isEmpty())
            request.setRawHeader("If-None-Match", etag);
    }
    ++m_requestsSent;
    ++m_inFlight;
    QNetworkReply *reply = m_nam->get(request);
    m_pending.insert(reply, context);
    const bool hasContext = context != nullptr;
    QPointer<QObject> guard(context);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, etagKey = m_conditional ? etagKey : QString(), guard, hasContext,
             handler = std::move(handler)] {
                finish(reply, etagKey, guard, hasContext, handler);
            });
}

void DialNexaClient::finish(QNetworkReply *reply, const QString &etagKey, QObject *context,
                            bool hasContext, const RawHandler &handler)
{
    reply->deleteLater();
    --m_inFlight;
    m_pending.remove(reply);
    ReplyInfo info;
    info.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    info.rateLimit = RateLimit::fromReply(reply);
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    info.bytes = body.size();
    m_bytesReceived += body.size() + 200; // plus a typical header block

    if (info.rateLimit.isKnown()) {
        m_rateLimit = info.rateLimit;
        emit rateLimitChanged(m_rateLimit);
    }

    if (info.httpStatus == 304) {
        info.notModified = true;
    } else if (info.httpStatus >= 400) {
        info.error.kind = ApiError::kindForHttpStatus(info.httpStatus);
        info.error.httpStatus = info.httpStatus;
        info.error.message = ApiError::messageFromEnvelope(body);
        if (m_keyless && info.httpStatus == 401)
            info.error.message = tr("this board sends no API key and %1 asks for one: point the "
                                    "base URL at the proxy that adds the key")
                                     .arg(m_baseUrl.host());
        if (info.httpStatus == 429 || info.httpStatus == 503)
            info.error.retryAfterSec = parseRetryAfter(reply->rawHeader("Retry-After"), nowMs());
    } else if (reply->error() != QNetworkReply::NoError) {
        const auto e = reply->error();
        info.error.kind = (e == QNetworkReply::TimeoutError
                           || e == QNetworkReply::OperationCanceledError)
                              ? ApiError::Kind::Timeout
                              : ApiError::Kind::Network;
        info.error.message = reply->errorString();
    } else if (info.httpStatus >= 300) {
        info.error.kind = ApiError::Kind::BadRequest;
        info.error.httpStatus = info.httpStatus;
        info.error.message = tr("unexpected redirect");
    }

    if (!info.error.isError())
        readCacheHeaders(reply, info);
    if (hasContext && !context)
        return; // the asker is gone
    bool storeETag = false;
    handler(reply, body, info, &storeETag);
    if (storeETag && !etagKey.isEmpty()) {
        const QByteArray etag = reply->rawHeader("ETag");
        if (etag.isEmpty())
            m_etags.remove(etagKey);
        else
            m_etags.insert(etagKey, etag);
    }
}

int DialNexaClient::abortRequests(QObject *context)
{
    if (!context)
        return 0; // requests without a context belong to no one to stop
    QList<QNetworkReply *> aborted;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        if (it.value() == context)
            aborted.append(it.key());
    int count = 0;
    for (QNetworkReply *reply : std::as_const(aborted)) {
        if (!m_pending.remove(reply))
            continue; // finished meanwhile: finish() has handled it
        ++count;
        disconnect(reply, &QNetworkReply::finished, this, nullptr); // abort() emits finished
        reply->abort();
        reply->deleteLater();
        --m_inFlight;
        ++m_requestsAborted;
    }
    return count;
}

void DialNexaClient::readCacheHeaders(QNetworkReply *reply, ReplyInfo &info)
{
    // nginx answers from its cache when the API fails (proxy_cache_use_stale) and says so
    // only in the header our proxy configuration adds: that is the API's outage, not news.
    if (reply->rawHeader("X-Cache-Status").trimmed().compare("STALE", Qt::CaseInsensitive) == 0) {
        info.error.kind = ApiError::Kind::Server;
        info.error.message = tr("the proxy %1 answers from its cache: it cannot reach DialNexa")
                                 .arg(m_baseUrl.host());
        return;
    }
    // Age (RFC 9111 5.1): whole seconds a cache held the answer. Anything else is ignored.
    bool ok = false;
    const qint64 ageSec = reply->rawHeader("Age").trimmed().toLongLong(&ok);
    if (ok && ageSec > 0)
        info.ageMs = qMin(ageSec, qint64(365) * 24 * 3600) * 1000;
    const qint64 asOf = nowMs() - info.ageMs;
    if (m_answersAsOfMs < 0 || asOf < m_answersAsOfMs)
        m_answersAsOfMs = asOf;
}

namespace {
// A 2xx body that could not be read becomes a Malformed error of that request.
void markMalformed(ReplyInfo &info, const QString &why)
{
    info.error.kind = ApiError::Kind::Malformed;
    info.error.httpStatus = info.httpStatus;
    info.error.message = why;
}

// The handler of a conditional GET: a 2xx body is read into the result by `read` (and its ETag
// kept), a body that does not read is a Malformed error, a 304 leaves the result empty.
template <typename Result, typename Read>
std::function<void(QNetworkReply *, const QByteArray &, ReplyInfo &, bool *)>
readInto(std::function<void(const Result &)> done, Read read)
{
    return [done = std::move(done), read](QNetworkReply *, const QByteArray &body, ReplyInfo &info,
                                          bool *storeETag) {
        Result result;
        if (!info.error.isError() && !info.notModified) {
            QString why;
            if (read(body, &result, &why))
                *storeETag = true;
            else
                markMalformed(info, why);
        }
        result.info = info;
        done(result);
    };
}
} // namespace

DialNexaClient::RawHandler DialNexaClient::listHandler(Callback<ListResult> done)
{
    return readInto<ListResult>(std::move(done), [](const QByteArray &body, ListResult *r, QString *why) {
        return CallLogReader::readListBody(body, &r->page, why);
    });
}

void DialNexaClient::listCalls(const ListQuery &query, bool conditional, QObject *context,
                               Callback<ListResult> done)
{
    send(QStringLiteral("/call-logs"), query.toUrlQuery(), conditional, context,
         listHandler(std::move(done)));
}

void DialNexaClient::listCampaignCalls(const QString &campaignId, const ListQuery &query,
                                       bool conditional, QObject *context,
                                       Callback<ListResult> done)
{
    const QString path = QStringLiteral("/call-logs/campaign/")
                         + QString::fromLatin1(QUrl::toPercentEncoding(campaignId));
    send(path, query.toUrlQuery(), conditional, context,
         listHandler(std::move(done)));
}

void DialNexaClient::getCall(const QString &id, QObject *context, Callback<CallResult> done)
{
    const QString path =
        QStringLiteral("/call-logs/") + QString::fromLatin1(QUrl::toPercentEncoding(id));
    send(path, {}, true, context,
         readInto<CallResult>(std::move(done), [](const QByteArray &body, CallResult *r, QString *why) {
             return CallLogReader::readCallBody(body, &r->call, why);
         }));
}

void DialNexaClient::getCallDetails(const QString &id, QObject *context,
                                    Callback<DetailsResult> done)
{
    const QString path = QStringLiteral("/call-logs/")
                         + QString::fromLatin1(QUrl::toPercentEncoding(id))
                         + QStringLiteral("/details");
    send(path, {}, false, context,
         [done = std::move(done)](QNetworkReply *, const QByteArray &body, ReplyInfo &info,
                                  bool *) {
             DetailsResult result;
             if (!info.error.isError()) {
                 QString why;
                 if (!CallLogReader::readDetailsBody(body, &result.details, &why))
                     markMalformed(info, why);
             }
             result.info = info;
             done(result);
         });
}

void DialNexaClient::listAgents(bool conditional, QObject *context, Callback<AgentsResult> done)
{
    send(QStringLiteral("/agents"), {}, conditional, context,
         readInto<AgentsResult>(std::move(done), [](const QByteArray &body, AgentsResult *r, QString *why) {
             return DirectoryReader::readAgentsBody(body, &r->list, why);
         }));
}

void DialNexaClient::listBatches(int page, int limit, const QString &status, bool conditional,
                                 QObject *context, Callback<BatchesResult> done)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!status.isEmpty())
        query.addQueryItem(QStringLiteral("status"), status);
    send(QStringLiteral("/batch-calls"), query, conditional, context,
         readInto<BatchesResult>(std::move(done), [](const QByteArray &body, BatchesResult *r, QString *why) {
             return DirectoryReader::readBatchesBody(body, &r->page, why);
         }));
}

} // namespace callboard
