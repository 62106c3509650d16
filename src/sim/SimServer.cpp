#include "SimServer.h"

#include "SimCallLogsApi.h"
#include "SimDirectoryApi.h"
#include "SimHttp.h"
#include "SimRandom.h"
#include "SimRateLimiter.h"
#include "SimTcpServer.h"
#include "Simulator.h"
#include "core/time/Clock.h"

#include <QCryptographicHash>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QMetaEnum>
#include <QPointer>
#include <QTimer>

#include <map>
#include <memory>

namespace callboard::sim {

namespace {

constexpr quint64 FaultStream = 0xFA17;
const QByteArray JsonType = QByteArrayLiteral("application/json; charset=utf-8");
const QByteArray GatewayPage = QByteArrayLiteral("<html><body>502 Bad Gateway</body></html>");
const QLatin1String RecordingsPath("/recordings/");

QString bearerToken(const QHttpServerRequest &request)
{
    const QByteArray auth = request.value(QByteArrayLiteral("Authorization")).trimmed();
    if (!auth.toLower().startsWith("bearer "))
        return {};
    return QString::fromUtf8(auth.mid(7)).trimmed();
}

// If-None-Match holds one or more entity tags ("a", W/"b") or *.
bool etagMatches(const QByteArray &ifNoneMatch, const QByteArray &etag)
{
    for (QByteArray tag : ifNoneMatch.split(',')) {
        tag = tag.trimmed();
        if (tag.startsWith("W/"))
            tag = tag.mid(2);
        if (tag == etag || tag == "*")
            return true;
    }
    return false;
}

} // namespace

struct SimServer::Private
{
    Private(SimServer *q, Simulator *sim)
        : q(q), api(sim), directory(sim), faultRng(SimRandom::mix(sim->config().seed, FaultStream))
    {
    }
    ~Private()
    {
        // Answers held on the latency clock go before the server, as the timers under
        // `deferred` do.
        for (const auto &[id, clock] : clockHeld)
            if (clock)
                clock->cancel(id);
    }

    SimResponse answer(const QHttpServerRequest &request);
    SimResponse recording(const QHttpServerRequest &request);
    SimResponse answerAuthorized(const QHttpServerRequest &request, const FaultConfig &faults);
    void finish(QHttpServerResponder &&responder, const SimResponse &response, int latencyMs);
    void count(const SimResponse &response);
    bool roll(double ratio) { return ratio > 0 && (ratio >= 1 || faultRng.chance(ratio)); }

    SimServer *q;
    QHttpServer http;
    SimTcpServer *tcp = nullptr; // owned by http
    SimCallLogsApi api;
    SimDirectoryApi directory;
    SimRateLimiter limiter;
    SimRandom faultRng; // faults draw here, never from the workspace's streams
    QPointer<Clock> latencyClock; // null: the latency fault waits on real timers
    std::map<Clock::TimerId, QPointer<Clock>> clockHeld; // answers held on a latency clock
    int held = 0;                                       // answers held, on either kind of timer
    // Parent of the latency timers; declared last so pending replies go before the server.
    QObject deferred;
};

SimServer::SimServer(Simulator *sim, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this, sim)), m_sim(sim)
{
    installSimRequestHandler(
        &d->http, this,
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            const SimResponse response = d->answer(request);
            d->count(response);
            d->finish(std::move(responder), response, m_sim->config().faults.latencyMs);
        });
}

SimServer::~SimServer() = default;

bool SimServer::listen(quint16 port)
{
    if (d->tcp)
        return false;
    auto *tcp = new SimTcpServer(&d->http);
    tcp->setResetDecider([this] { return d->roll(m_sim->config().faults.resetRatio); });
    connect(tcp, &SimTcpServer::connectionReset, this, [this] { ++m_stats.connectionsReset; });
    if (!tcp->listen(QHostAddress::LocalHost, port) || !bindSimTcpServer(&d->http, tcp)) {
        delete tcp;
        return false;
    }
    d->tcp = tcp;
    if (m_sim->config().localRecordings)
        m_sim->setRecordingBase(
            QUrl(QStringLiteral("http://127.0.0.1:%1/recordings/").arg(tcp->serverPort())));
    return true;
}

quint16 SimServer::port() const
{
    return d->tcp ? d->tcp->serverPort() : 0;
}

QUrl SimServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port()));
}

SimResponse SimServer::Private::answer(const QHttpServerRequest &request)
{
    ++q->m_stats.requests;
    if (request.url().path().startsWith(RecordingsPath))
        return recording(request);
    const FaultConfig faults = q->m_sim->config().faults; // read per request: tests flip them
    const SimConfig &config = q->m_sim->config();
    const QString token = bearerToken(request);
    // Every request spends its key's budget, whatever it is answered.
    const SimRateLimiter::Decision budget =
        limiter.hit(token, q->m_sim->clock()->nowMs(), config.rateLimit, config.rateWindowSec);

    SimResponse r;
    int remaining = budget.remaining;
    if (!q->m_available) {
        r = SimCallLogsApi::error(503, QStringLiteral("Service Unavailable"));
    } else if (faults.rateLimitBurst) {
        r = SimCallLogsApi::error(429, QStringLiteral("Too Many Requests"));
        r.addHeader(QByteArrayLiteral("Retry-After"),
                    QByteArray::number(faults.burstRetryAfterSec));
        remaining = 0;
    } else if (token.startsWith(QLatin1String("forbidden_"))) {
        r = SimCallLogsApi::error(403,
                                  QStringLiteral("This API key is not allowed to read call logs"));
    } else if (token.isEmpty() || token != config.apiKey) {
        r = SimCallLogsApi::error(401, QStringLiteral("Invalid API key"));
    } else if (!budget.allowed) {
        r = SimCallLogsApi::error(429, QStringLiteral("Too Many Requests"));
        r.addHeader(QByteArrayLiteral("Retry-After"), QByteArray::number(budget.retryAfterSec));
    } else {
        r = answerAuthorized(request, faults);
    }
    if (r.contentType == "application/json")
        r.contentType = JsonType;
    r.addHeader(QByteArrayLiteral("X-RateLimit-Limit"), QByteArray::number(budget.limit));
    r.addHeader(QByteArrayLiteral("X-RateLimit-Remaining"), QByteArray::number(remaining));
    r.addHeader(QByteArrayLiteral("X-RateLimit-Reset"), QByteArray::number(budget.resetUnixSec));
    if (faults.ageSec > 0)
        r.addHeader(QByteArrayLiteral("Age"), QByteArray::number(faults.ageSec));
    // Keep-alive would let one connection carry every request past the reset fault;
    // closing after each answer makes the client dial again, and the fault bites.
    if (faults.resetRatio > 0)
        r.addHeader(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));
    return r;
}

// /recordings/<call id>.wav: what a recording_url points at under SimConfig::localRecordings.
// Like the storage links DialNexa hands out, it needs no API key and spends no rate budget
// (a player cannot send the key, and must not); an outage answers 503 here too.
SimResponse SimServer::Private::recording(const QHttpServerRequest &request)
{
    const QString name = request.url().path().mid(RecordingsPath.size());
    if (!q->m_available)
        return SimCallLogsApi::error(503, QStringLiteral("Service Unavailable"));
    if (request.method() != QHttpServerRequest::Method::Get || !name.endsWith(QLatin1String(".wav")))
        return SimCallLogsApi::error(404, QStringLiteral("Recording not found"));
    SimResponse r;
    r.body = q->m_sim->recordingWav(name.chopped(4));
    if (r.body.isEmpty())
        return SimCallLogsApi::error(404, QStringLiteral("Recording not found"));
    r.contentType = QByteArrayLiteral("audio/wav");
    r.addHeader(QByteArrayLiteral("Accept-Ranges"), QByteArrayLiteral("bytes"));
    // A player seeks by asking for a byte range (GStreamer's souphttpsrc refuses to seek a
    // server that does not answer one): "bytes=FROM-" or "bytes=FROM-TO", one range.
    const QByteArray range = request.value(QByteArrayLiteral("Range")).trimmed();
    if (!range.startsWith("bytes="))
        return r;
    const QList<QByteArray> ends = range.mid(6).split('-');
    const qsizetype total = r.body.size();
    bool fromOk = false;
    bool toOk = true;
    const qsizetype from = ends.value(0).trimmed().toLongLong(&fromOk);
    qsizetype to = total - 1;
    if (ends.size() == 2 && !ends[1].trimmed().isEmpty())
        to = qMin(total - 1, qsizetype(ends[1].trimmed().toLongLong(&toOk)));
    const QByteArray size = QByteArray::number(total);
    if (ends.size() != 2 || !fromOk || !toOk || from >= total || to < from) {
        SimResponse unsatisfiable = SimCallLogsApi::error(416, QStringLiteral("Range Not Satisfiable"));
        unsatisfiable.addHeader(QByteArrayLiteral("Content-Range"), "bytes */" + size);
        return unsatisfiable;
    }
    r.status = 206;
    r.body = r.body.mid(from, to - from + 1);
    r.addHeader(QByteArrayLiteral("Content-Range"), "bytes " + QByteArray::number(from) + '-' +
                                                        QByteArray::number(to) + '/' + size);
    return r;
}

SimResponse SimServer::Private::answerAuthorized(const QHttpServerRequest &request,
                                                 const FaultConfig &faults)
{
    const QString path = request.url().path();
    if (request.method() != QHttpServerRequest::Method::Get)
        return SimCallLogsApi::error(
            404, QStringLiteral("Cannot %1 %2")
                     .arg(QString::fromLatin1(QMetaEnum::fromType<QHttpServerRequest::Method>()
                                                  .valueToKey(int(request.method())))
                              .toUpper(),
                          path));
    if (roll(faults.serverErrorRatio)) {
        static const int codes[] = {500, 502, 503};
        const int status = codes[faultRng.range(0, 2)];
        return SimCallLogsApi::error(status,
                                     QString::fromLatin1(SimCallLogsApi::reasonPhrase(status)));
    }

    const bool directoryPath = SimDirectoryApi::serves(path);
    if (directoryPath && faults.directoryForbidden)
        return SimCallLogsApi::error(
            403, QStringLiteral("This API key is not allowed to read agents or batch calls"));
    SimResponse r = directoryPath ? directory.get(path, request.query())
                                  : api.get(path, request.query());
    if (r.status != 200)
        return r;
    const QByteArray etag =
        '"' + QCryptographicHash::hash(r.body, QCryptographicHash::Sha1).toHex() + '"';
    const QByteArray ifNoneMatch = request.value(QByteArrayLiteral("If-None-Match"));
    if (!ifNoneMatch.isEmpty() && etagMatches(ifNoneMatch, etag)) {
        SimResponse notModified;
        notModified.status = 304;
        notModified.contentType.clear();
        notModified.addHeader(QByteArrayLiteral("ETag"), etag);
        return notModified;
    }
    if (roll(faults.malformedRatio)) {
        // What a proxy in front of the API sends when the upstream falls over: 200, HTML.
        SimResponse html;
        html.contentType = "text/html";
        html.body = GatewayPage;
        return html;
    }
    r.addHeader(QByteArrayLiteral("ETag"), etag);
    if (roll(faults.truncatedRatio))
        r.body.truncate(r.body.size() / 2); // Content-Length follows: a complete, broken body
    return r;
}

void SimServer::Private::count(const SimResponse &r)
{
    SimStats &s = q->m_stats;
    if (r.status == 200)
        ++s.ok200;
    else if (r.status == 304)
        ++s.notModified304;
    else if (r.status >= 400 && r.status < 500)
        ++s.errors4xx; // 429 included; rateLimited429 counts those apart
    else if (r.status >= 500)
        ++s.errors5xx;
    if (r.status == 429)
        ++s.rateLimited429;
    qint64 bytes = r.body.size() + r.contentType.size() + 64; // status line, Content-*
    for (const auto &[name, value] : r.headers)
        bytes += name.size() + value.size() + 4;
    s.bytesSent += bytes;
}

void SimServer::Private::finish(QHttpServerResponder &&responder, const SimResponse &response,
                                int latencyMs)
{
    if (latencyMs <= 0) {
        sendSimResponse(responder, response);
        return;
    }
    // The answer is decided now (the clock at arrival); only its delivery waits.
    auto heldResponder = std::make_shared<SimDeferredResponder>(std::move(responder));
    ++held;
    if (latencyClock) {
        auto id = std::make_shared<Clock::TimerId>(0);
        *id = latencyClock->callAfter(latencyMs, &deferred, [this, id, heldResponder, response] {
            clockHeld.erase(*id);
            --held;
            heldResponder->send(response);
        });
        clockHeld.emplace(*id, latencyClock);
        return;
    }
    auto *timer = new QTimer(&deferred);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    QObject::connect(timer, &QTimer::timeout, timer, [this, timer, heldResponder, response] {
        --held;
        heldResponder->send(response);
        timer->deleteLater();
    });
    timer->start(latencyMs);
}

void SimServer::setLatencyClock(Clock *clock)
{
    d->latencyClock = clock;
}

int SimServer::heldAnswers() const
{
    return d->held;
}

} // namespace callboard::sim
