// SimApiFixture: what the simulator's test files share. A deterministic workspace (seed 42,
// starting 01:30 UTC with three hours of backlog, so it spans two calendar dates) on a
// ManualClock, served over real loopback HTTP, and a plain QNetworkAccessManager to ask it:
// time moves only through ManualClock::advance; the only real-time waits are on socket I/O.
#pragma once

#include "core/time/Clock.h"
#include "sim/SimConfig.h"
#include "sim/SimServer.h"
#include "sim/Simulator.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTimeZone>
#include <QtTest>

#include <functional>
#include <memory>

namespace callboard::simtest {

inline const QDateTime Start(QDate(2026, 11, 28), QTime(1, 30), QTimeZone::utc());

inline const QSet<QString> DocumentedStatuses = {
    QStringLiteral("created"),   QStringLiteral("initiated"),     QStringLiteral("sent"),
    QStringLiteral("received"),  QStringLiteral("completed"),     QStringLiteral("did_not_pick"),
    QStringLiteral("busy"),      QStringLiteral("no_answer"),     QStringLiteral("failed"),
    QStringLiteral("cancelled"), QStringLiteral("retry_expired"), QStringLiteral("voicemail")};
inline const QSet<QString> LiveStatuses = {QStringLiteral("created"), QStringLiteral("initiated"),
                                           QStringLiteral("sent"), QStringLiteral("received")};

inline QJsonValue at(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key));
}

inline QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case

    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
    QJsonObject object() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray data() const { return at(object(), "data").toArray(); }
    QJsonObject meta() const { return at(object(), "meta").toObject(); }
};

inline QStringList idsOf(const QJsonArray &calls)
{
    QStringList ids;
    for (const QJsonValue &v : calls)
        ids << text(v.toObject(), "id");
    return ids;
}

inline QJsonArray filtered(const QJsonArray &calls, const std::function<bool(const QJsonObject &)> &keep)
{
    QJsonArray out;
    for (const QJsonValue &v : calls)
        if (keep(v.toObject()))
            out.append(v);
    return out;
}

// A test class derives from it and calls setUp() from init() and tearDown() from cleanup().
class SimApiFixture
{
protected:
    void setUp()
    {
        sim::SimConfig config;
        config.seed = 42;
        config.rateLimit = 1000000; // only the rate-limit test wants a small budget
        makeSim(config);
    }

    void tearDown()
    {
        m_nam.reset();
        m_server.reset();
        m_sim.reset();
        m_clock.reset();
    }

    void makeSim(sim::SimConfig config)
    {
        tearDown();
        m_clock = std::make_unique<ManualClock>(Start);
        m_sim = std::make_unique<sim::Simulator>(m_clock.get(), config);
        m_server = std::make_unique<sim::SimServer>(m_sim.get());
        QVERIFY(m_server->listen());
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    HttpResult getUrl(const QUrl &url, const QByteArray &key,
                      const QList<QPair<QByteArray, QByteArray>> &extraHeaders = {})
    {
        QNetworkRequest request(url);
        request.setTransferTimeout(15000);
        if (!key.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + key);
        for (const auto &[name, value] : extraHeaders)
            request.setRawHeader(name, value);
        std::unique_ptr<QNetworkReply> reply(m_nam->get(request));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000); // real I/O on loopback; no simulated time passes here
        HttpResult r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = reply->error();
        r.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        return r;
    }

    HttpResult get(const QString &pathAndQuery) { return getWithKey(pathAndQuery, apiKey()); }
    HttpResult getWithKey(const QString &pathAndQuery, const QByteArray &key)
    {
        return getUrl(QUrl(m_server->baseUrl().toString() + pathAndQuery), key);
    }
    QByteArray apiKey() const { return m_sim->config().apiKey.toUtf8(); }

    // Reads every page of a list query (limit 100) and checks the meta on the way.
    QJsonArray allPages(const QString &path, const QString &query)
    {
        QJsonArray all;
        for (int page = 1;; ++page) {
            const HttpResult r = get(QStringLiteral("%1?%2%3page=%4&limit=100")
                                         .arg(path, query, query.isEmpty() ? "" : "&")
                                         .arg(page));
            if (r.status != 200) {
                qWarning() << "page" << page << "of" << path << query << "answered" << r.status
                           << r.body;
                return {};
            }
            const QJsonObject meta = r.meta();
            const int total = at(meta, "total").toInt();
            const int totalPages = at(meta, "totalPages").toInt();
            if (at(meta, "page").toInt() != page || at(meta, "limit").toInt() != 100 ||
                totalPages != (total + 99) / 100) {
                qWarning() << "inconsistent meta" << meta;
                return {};
            }
            for (const QJsonValue &v : r.data())
                all.append(v);
            if (page >= totalPages)
                return all;
        }
    }

    std::unique_ptr<ManualClock> m_clock;
    std::unique_ptr<sim::Simulator> m_sim;
    std::unique_ptr<sim::SimServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace callboard::simtest
